#!/usr/bin/env bash
# Checks the Debian package built by packaging/build-deb.sh: metadata, the files it must hold,
# and that the packaged binary starts (`--version`, which opens no window).
#   bash packaging/check-deb.sh [path/to/sspr-helpdesk_<version>_<arch>.deb]
# Needs only dpkg-deb (Debian/Ubuntu). Exits non-zero, naming every problem, if a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(cargo pkgid | sed 's/.*[#@]//')
deb=${1:-target/packages/sspr-helpdesk_${version}_$(dpkg --print-architecture).deb}
doc=usr/share/doc/sspr-helpdesk

if [[ ! -f $deb ]]; then
    echo "check-deb.sh: $deb not found; build it first with: bash packaging/build-deb.sh" >&2
    exit 1
fi

passed=0
problems=0
problem() {
    echo "check-deb.sh: FAIL: $*" >&2
    problems=$((problems + 1))
}
ok() {
    echo "  ok: $*"
    passed=$((passed + 1))
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== $deb"
# Control fields: the package name the doc folder is named after, and the crate's version.
dpkg-deb --field "$deb" Package Version Architecture Depends >"$work/fields" ||
    problem "dpkg-deb cannot read the control file of $deb"
if grep -qx 'Package: sspr-helpdesk' "$work/fields"; then
    ok "Package: sspr-helpdesk"
else
    problem "Package is not sspr-helpdesk: $(grep '^Package' "$work/fields" || echo missing)"
fi
if grep -qx "Version: $version" "$work/fields"; then
    ok "Version: $version"
else
    problem "Version is not $version (Cargo.toml): $(grep '^Version' "$work/fields" || echo missing)"
fi

# Contents: normalise tar's names to "usr/...".
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./##; s#^/##' | sort >"$work/contents" ||
    problem "dpkg-deb cannot list the contents of $deb"
for path in \
    usr/bin/sspr-helpdesk \
    usr/share/applications/sspr-helpdesk.desktop \
    usr/share/icons/hicolor/16x16/apps/sspr-helpdesk.png \
    usr/share/icons/hicolor/48x48/apps/sspr-helpdesk.png \
    usr/share/icons/hicolor/256x256/apps/sspr-helpdesk.png \
    usr/share/icons/hicolor/512x512/apps/sspr-helpdesk.png \
    "$doc/copyright" \
    "$doc/LICENSE-MIT" \
    "$doc/LICENSE-APACHE" \
    "$doc/OFL.txt" \
    usr/lib/sspr-helpdesk/examples/contoso-pack/pack.toml \
    usr/lib/sspr-helpdesk/examples/contoso-pack/locales/en-US/contoso.ftl \
    usr/lib/sspr-helpdesk/examples/contoso-pack/locales/zh-CN/contoso.ftl; do
    if grep -qx "$path" "$work/contents"; then ok "$path"; else problem "$path is missing from the package"; fi
done

# Extract and compare the files that have a source in the repository.
mkdir "$work/root"
dpkg-deb --extract "$deb" "$work/root" || problem "dpkg-deb cannot extract $deb"
same() { # same PACKAGED SOURCE
    if cmp -s "$work/root/$1" "$2"; then ok "$1 matches $2"; else problem "$1 differs from $2"; fi
}
same usr/share/applications/sspr-helpdesk.desktop packaging/linux/sspr-helpdesk.desktop
same "$doc/OFL.txt" assets/fonts/OFL.txt
same "$doc/LICENSE-MIT" LICENSE-MIT
same "$doc/LICENSE-APACHE" LICENSE-APACHE
same usr/share/icons/hicolor/256x256/apps/sspr-helpdesk.png assets/icons/icon-256.png
same usr/lib/sspr-helpdesk/examples/contoso-pack/pack.toml examples/contoso-pack/pack.toml
# The packaged binary accepts the packaged example pack (no window needed).
if "$work/root/usr/bin/sspr-helpdesk" validate "$work/root/usr/lib/sspr-helpdesk/examples/contoso-pack" >"$work/validate.txt" 2>&1; then
    ok "the packaged example pack validates clean"
else
    problem "the packaged example pack does not validate: $(cat "$work/validate.txt")"
fi
if command -v desktop-file-validate >/dev/null; then
    # Hints (two main categories, on purpose) are not errors; errors exit non-zero.
    if desktop-file-validate "$work/root/usr/share/applications/sspr-helpdesk.desktop" >/dev/null; then
        ok "desktop-file-validate"
    else
        problem "desktop-file-validate rejects the .desktop file"
    fi
fi

# The packaged binary starts: --version prints and exits before any window or GPU is touched.
# No display variables, so a regression that opened a window fails here instead of hanging.
bin=$work/root/usr/bin/sspr-helpdesk
if [[ -x $bin ]]; then
    if output=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 "$bin" --version 2>&1); then
        if [[ $output == "sspr-helpdesk $version" ]]; then
            ok "usr/bin/sspr-helpdesk --version: $output"
        else
            problem "usr/bin/sspr-helpdesk --version printed '$output', expected 'sspr-helpdesk $version'"
        fi
    else
        problem "usr/bin/sspr-helpdesk --version failed (exit $?): $output"
    fi
else
    problem "usr/bin/sspr-helpdesk is not an executable file"
fi

# The closing line in the "N passed, N failed" form CI logs recognise.
if ((problems)); then
    echo "check-deb.sh: $problems problem(s) in $deb" >&2
    echo "check-deb: $passed passed, $problems failed"
    exit 1
fi
echo "check-deb.sh: $deb is complete and its binary starts"
echo "check-deb: $passed passed, $problems failed"
