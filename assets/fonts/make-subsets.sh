#!/usr/bin/env bash
# Rebuilds the bundled font subsets from Debian's packages. Run from the repository root after
# changing any .ftl file (the content tests fail on a character the subset lacks):
#   bash assets/fonts/make-subsets.sh
# Needs: apt-get (Debian/Ubuntu), python3 with pip. Takes about 10 s.
#
# - NotoSansSC-Regular-subset.otf: Noto Sans CJK SC Regular (face 2 of NotoSansCJK-Regular.ttc,
#   Debian package fonts-noto-cjk), cut down to the 6,763 GB2312 hanzi and its symbols, Latin-1,
#   general and CJK punctuation, full-width forms, and every character in locales/; without
#   layout tables or vertical metrics (see below).
# - NotoSans-Regular-subset.ttf: Noto Sans Regular (Debian package fonts-noto-core), Latin,
#   Latin-1, Latin Extended-A, general punctuation and the characters of locales/ it has.
# Both fonts are under the SIL Open Font License 1.1 (OFL.txt beside them).
set -euo pipefail
root=$(pwd)
out=$root/assets/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip install -q 'fonttools>=4.50' >/dev/null 2>&1 || python3 -m pip install -q fonttools
cd "$work"
apt-get download fonts-noto-cjk fonts-noto-core >/dev/null
dpkg-deb -x fonts-noto-cjk_*.deb cjk
dpkg-deb -x fonts-noto-core_*.deb core

python3 - "$root" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
chars = set()
# Every two-byte GB2312 code (rows 0xA1-0xF7, cells 0xA1-0xFE).
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2190, 0x21FF), (0x2460, 0x24FF)]
for lo, hi in ranges:
    chars.update(chr(c) for c in range(lo, hi + 1))
for ftl in sorted((root / "locales").rglob("*.ftl")):
    chars.update(ftl.read_text(encoding="utf-8"))
chars.discard("\n"); chars.discard("\r"); chars.discard("\t")
pathlib.Path("chars.txt").write_text("".join(sorted(chars)), encoding="utf-8")
print(f"{len(chars)} characters requested")
PY

# No OpenType layout tables (GSUB, GPOS, GDEF, BASE) and no vertical metrics: egui shapes
# horizontal text only, the SC face's default glyphs are already the Simplified Chinese forms,
# and the glyphs that GSUB reaches (vertical, traditional and proportional alternates) would
# double the file (3.2 MB with them, 1.6 MB without). Outlines desubroutinized: faster to draw.
pyftsubset cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --text-file=chars.txt --layout-features='' --no-hinting --desubroutinize \
  --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG \
  --output-file="$out/NotoSansSC-Regular-subset.otf"
pyftsubset core/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf \
  --text-file=chars.txt --unicodes='U+0020-024F,U+2000-206F,U+20AC,U+2122,U+2190-21FF' --layout-features='*' \
  --output-file="$out/NotoSans-Regular-subset.ttf"
ls -l "$out"/*.otf "$out"/*.ttf
