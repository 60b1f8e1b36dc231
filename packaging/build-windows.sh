#!/usr/bin/env bash
# Cross-builds the Windows release .exe on Linux and packs it into the MSI installer:
#   bash packaging/build-windows.sh
#   -> target/x86_64-pc-windows-gnu/release/sspr-helpdesk.exe
#   -> target/packages/sspr-helpdesk_<version>_x64.msi
# Installs what a fresh Debian machine lacks (the rustup target x86_64-pc-windows-gnu, MinGW-w64
# for the linker and windres, wixl for the MSI). The .exe is built with the real [profile.release]
# (fat LTO), the same binary a release ships. The MSI is described by
# packaging/windows/sspr-helpdesk.wxs (per-machine, Program Files, Start menu; see
# packaging/README.md). Then check both under Wine with: bash packaging/check-windows.sh
# Signing: with SSPR_SIGN_COMMAND set, `$SSPR_SIGN_COMMAND FILE` is run on the .exe that goes into
# the MSI (a copy; target/ stays as cargo made it) and then on the MSI, and must sign FILE in place
# (packaging/README.md, "Signing", has one for osslsigncode and one for signtool).
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
out_dir=target/packages

fail() {
    echo "build-windows.sh: $*" >&2
    exit 1
}
sign() {
    [[ -n ${SSPR_SIGN_COMMAND:-} ]] || return 0
    echo "== signing $1"
    # Word-split on purpose: the command may carry arguments.
    # shellcheck disable=SC2086
    $SSPR_SIGN_COMMAND "$1" || fail "SSPR_SIGN_COMMAND failed on $1"
}

# What the build needs, installed only when missing (CI starts from a fresh machine).
if ! rustup target list --installed | grep -qx "$target"; then
    echo "== rustup target add $target"
    rustup target add "$target" || fail "could not add the Rust target $target"
fi
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wixl >/dev/null || need+=(wixl)
if ((${#need[@]})); then
    echo "== installing ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") ||
        fail "could not install ${need[*]} with apt-get"
fi

echo "== cargo build --release --locked --target $target"
start=$(date +%s)
cargo build --release --locked --target "$target" || fail "the Windows release build failed"
exe=target/$target/release/sspr-helpdesk.exe
[[ -f $exe ]] || fail "the build finished but $exe is missing"
echo "build-windows.sh: built $exe ($(du -h "$exe" | cut -f1)) in $(($(date +%s) - start)) s"

echo "== wixl: the MSI"
version=$(cargo pkgid | sed 's/.*[#@]//')
msi=$out_dir/sspr-helpdesk_${version}_x64.msi
# wixl looks source files up relative to the current folder (absolute paths fail), so the
# files are laid out in one staging folder named as the .wxs expects, and wixl runs there.
stage=$out_dir/msi-staging
rm -rf "$stage" "$msi"
mkdir -p "$stage/examples"
cp "$exe" LICENSE-MIT LICENSE-APACHE assets/fonts/OFL.txt assets/icons/icon.ico "$stage/"
cp -r examples/contoso-pack "$stage/examples/"
sign "$stage/sspr-helpdesk.exe"
(cd "$stage" && wixl --arch x64 --define Version="$version" --define SourceDir=. \
    --output ../"$(basename "$msi")" ../../../packaging/windows/sspr-helpdesk.wxs) ||
    fail "wixl could not build the MSI from packaging/windows/sspr-helpdesk.wxs"
rm -rf "$stage"
[[ -f $msi ]] || fail "wixl finished but $msi is missing"
sign "$msi"
echo "build-windows.sh: built $msi ($(du -h "$msi" | cut -f1))"
