#!/usr/bin/env bash
# Regenerates every app icon file from the one source, assets/icons/icon.svg. Run from the
# repository root after editing the SVG, then commit the outputs:
#   bash packaging/icons/make-icons.sh
# Needs: Debian/Ubuntu with python3 (installs librsvg2-bin, icoutils, icnsutils and optipng with
# apt-get when a tool is missing: run as root or with the tools installed). Takes about 5 s.
#
# Writes into assets/icons/:
# - icon-{16,32,48,64,128,256,512,1024}.png: the PNG set. Linux packages install 16-512 into
#   the hicolor theme; icon-256.png is also the window icon main.rs embeds at run time.
# - icon.ico: Windows (exe resource via build.rs, NSIS/MSI installers); 16, 24, 32, 48 px as
#   BMP for old shell views, 64 and 256 px as PNG (Vista+ format) to keep the file small.
# - icon.icns: macOS .app/.dmg; 16-1024 px and the @2x variants (details below).
set -euo pipefail

src=assets/icons/icon.svg
out=assets/icons
if [[ ! -f $src ]]; then
    echo "make-icons.sh: $src not found; run this from the repository root" >&2
    exit 1
fi

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
command -v png2icns >/dev/null || need+=(icnsutils)
command -v optipng >/dev/null || need+=(optipng)
if ((${#need[@]})); then
    echo "make-icons.sh: installing ${need[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; } >/dev/null; then
        echo "make-icons.sh: could not install ${need[*]} with apt-get (run as root, or install them yourself)" >&2
        exit 1
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # render SIZE FILE
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$src" --output "$2"
    # Lossless recompression and no metadata chunks, so the same SVG always gives the same bytes.
    optipng -quiet -o5 -strip all "$2"
}

for size in 16 32 48 64 128 256 512 1024; do
    render "$size" "$out/icon-$size.png"
done
render 24 "$work/icon-24.png"

icotool --create --output "$out/icon.ico" \
    "$out/icon-16.png" "$work/icon-24.png" "$out/icon-32.png" "$out/icon-48.png" \
    --raw="$out/icon-64.png" --raw="$out/icon-256.png"

# icon.icns: png2icns writes the 16 and 32 px icons in the classic RLE + mask form every macOS
# reads; the larger sizes go in as PNG elements (macOS 10.7+), because png2icns would store them
# as JPEG 2000 at four times the size. ic07-ic10 are 128-1024 px, ic11-ic14 the @2x variants.
png2icns "$work/small.icns" "$out/icon-16.png" "$out/icon-32.png" >/dev/null
python3 - "$work/small.icns" "$out" <<'PY'
import pathlib, struct, sys
small, out = pathlib.Path(sys.argv[1]).read_bytes(), pathlib.Path(sys.argv[2])
assert small[:4] == b"icns" and struct.unpack(">I", small[4:8])[0] == len(small), "png2icns output is not an icns file"
body = small[8:]
for kind, size in [("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
                   ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]:
    png = (out / f"icon-{size}.png").read_bytes()
    body += kind.encode() + struct.pack(">I", len(png) + 8) + png
(out / "icon.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY

# Fail loudly if a tool wrote something unusable rather than leaving a bad file to be committed.
icotool --list "$out/icon.ico" >/dev/null
python3 - "$out/icon.icns" <<'PY'
import pathlib, struct, sys
data = pathlib.Path(sys.argv[1]).read_bytes()
assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data), "bad icns header"
at, kinds = 8, []
while at < len(data):
    kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
    assert length >= 8 and at + length <= len(data), f"bad icns element {kind}"
    payload = data[at + 8:at + length]
    if kind.startswith("ic"):
        assert payload[:8] == b"\x89PNG\r\n\x1a\n", f"{kind} is not a PNG"
        kinds.append(f"{kind}:{struct.unpack('>I', payload[16:20])[0]}px")
    else:
        kinds.append(kind)
    at += length
expected = {"is32", "s8mk", "il32", "l8mk", "ic07:128px", "ic08:256px", "ic09:512px", "ic10:1024px",
            "ic11:32px", "ic12:64px", "ic13:256px", "ic14:512px"}
assert set(kinds) == expected, f"icns elements {kinds}"
PY
echo "make-icons.sh: wrote" "$out"/icon-*.png "$out/icon.ico" "$out/icon.icns"
echo "make-icons.sh: $(cat "$out"/icon-*.png "$out/icon.ico" "$out/icon.icns" | wc -c) bytes in total"
