#!/usr/bin/env bash
# Builds the Debian package: target/packages/sspr-helpdesk_<version>_<arch>.deb
#   bash packaging/build-deb.sh
# Installs the pinned cargo-packager if it is missing (about 5 min the first time), builds the
# release binary (about 7 min from clean, fat LTO) and packages the deb format only; the
# other formats are built on their own OS (packaging/README.md). Works offline once
# cargo-packager and the crates are in place: the deb format downloads nothing.
# Then check it with: bash packaging/check-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so every machine builds the same package layout; bump deliberately and re-run
# packaging/check-deb.sh.
packager_version=0.11.8
out_dir=target/packages

fail() {
    echo "build-deb.sh: $*" >&2
    exit 1
}

installed=$(cargo packager --version 2>/dev/null || true)
if [[ $installed != "cargo-packager $packager_version" ]]; then
    echo "== installing cargo-packager $packager_version (found: ${installed:-none})"
    cargo install cargo-packager --locked --version "$packager_version" ||
        fail "could not install cargo-packager $packager_version (needs crates.io)"
fi

echo "== cargo build --release --locked"
cargo build --release --locked || fail "the release build failed"

echo "== cargo packager --release --formats deb"
version=$(cargo pkgid | sed 's/.*[#@]//')
arch=$(dpkg --print-architecture)
deb=$out_dir/sspr-helpdesk_${version}_${arch}.deb
rm -f "$deb"
# The before-packaging-command in Cargo.toml rebuilds; the binary is up to date, so it is a no-op.
cargo packager --release --formats deb --out-dir "$out_dir" ||
    fail "cargo packager could not build the deb (config: [package.metadata.packager] in Cargo.toml)"
[[ -f $deb ]] || fail "cargo packager finished but $deb is missing"
echo "build-deb.sh: built $deb ($(du -h "$deb" | cut -f1))"
