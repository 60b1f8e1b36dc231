#!/usr/bin/env bash
# Fuzzes one target for a fixed time: pack_load (content packs: pack.toml + .ftl, the default)
# or decode (the evidence decoder: any pasted bytes). Not run in CI.
#
# Usage: fuzz/run.sh [TARGET] [SECONDS] [LIBFUZZER_ARGS...]   (default pack_load, 300 seconds;
# any directory)
#
# Installs what is missing (the nightly pinned in fuzz/rust-toolchain.toml, cargo-fuzz), runs
# the target on the seeds in fuzz/corpus/TARGET (read-only; new inputs go to fuzz/corpus-work
# for pack_load, fuzz/corpus-work-TARGET for the others), and exits non-zero when the fuzzer
# finds a crash, naming the input.
#
# SANITIZER=address (or memory, thread, leak) builds with that sanitizer; the default is none.
# The crate denies unsafe code, so a sanitizer can only find faults in dependencies' unsafe
# code, and AddressSanitizer costs pack_load three to five times its speed (docs/performance.md,
# "Fuzzing"). Each sanitizer builds into its own target folder.
set -euo pipefail

usage() {
    echo "usage: $0 [TARGET] [SECONDS] [LIBFUZZER_ARGS...]   (targets: pack_load (default), decode; default 300 seconds)" >&2
    exit 2
}

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target=pack_load
if [[ $# -gt 0 && -f "$fuzz_dir/fuzz_targets/$1.rs" ]]; then
    target="$1"
    shift
fi

seconds=300
if [[ $# -gt 0 ]]; then
    case "$1" in
        -h | --help) usage ;;
        *[!0-9]* | '') usage ;;
        *) seconds="$1"; shift ;;
    esac
fi

repo_dir="$(dirname "$fuzz_dir")"
seeds="$fuzz_dir/corpus/$target"
# pack_load keeps the folder it always had; other targets get their own.
if [[ $target == pack_load ]]; then
    work="$fuzz_dir/corpus-work"
else
    work="$fuzz_dir/corpus-work-$target"
fi
artifacts="$fuzz_dir/artifacts/$target"

toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$fuzz_dir/rust-toolchain.toml")"
if [[ -z "$toolchain" ]]; then
    echo "error: no channel in $fuzz_dir/rust-toolchain.toml" >&2
    exit 2
fi

command -v rustup >/dev/null || { echo "error: rustup is needed (https://rustup.rs)" >&2; exit 2; }
if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
    echo "== installing Rust $toolchain"
    rustup toolchain install "$toolchain" --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    # Built with the default toolchain, outside the repository's pinned ones.
    (cd / && cargo install cargo-fuzz --locked)
fi

mkdir -p "$work" "$artifacts"
# Its own target directory: never the main crate's (sanitizer builds would not be reused there).
sanitizer="${SANITIZER:-none}"
case "$sanitizer" in
    none | address | memory | thread | leak) ;;
    *) echo "error: SANITIZER must be none, address, memory, thread or leak (got '$sanitizer')" >&2; exit 2 ;;
esac
export CARGO_TARGET_DIR="$fuzz_dir/target/sanitizer-$sanitizer"

# File names in a folder, sorted (portable: no GNU find -printf).
list() { (cd "$1" && find . -maxdepth 1 -type f | sed 's|^\./||' | sort); }

# From the repository root, with `+toolchain`: the root's rust-toolchain.toml pins stable.
cd "$repo_dir"
echo "== building $target with $toolchain (the first build takes several minutes)"
start=$SECONDS
if ! cargo "+$toolchain" fuzz build --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" "$target"; then
    echo "error: the fuzz target does not build" >&2
    exit 2
fi
echo "== built in $((SECONDS - start))s"

before="$(list "$artifacts")"
echo "== fuzzing $target for ${seconds}s (seeds: fuzz/corpus/$target, new inputs: ${work#"$repo_dir"/})"
start=$SECONDS
status=0
cargo "+$toolchain" fuzz run --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" "$target" "$work" "$seeds" -- \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=30 "$@" || status=$?
echo "== fuzzed for $((SECONDS - start))s, exit status $status"

new="$(comm -13 <(printf '%s\n' "$before") <(list "$artifacts") | sed '/^$/d')"
if [[ $status -ne 0 || -n "$new" ]]; then
    echo "== the fuzzer found a problem (exit status $status)" >&2
    while IFS= read -r file; do
        [[ -n "$file" ]] || continue
        echo "   input: fuzz/artifacts/$target/$file" >&2
        echo "   reproduce: CARGO_TARGET_DIR=fuzz/target/sanitizer-$sanitizer cargo +$toolchain fuzz run --fuzz-dir fuzz --sanitizer $sanitizer $target fuzz/artifacts/$target/$file" >&2
        echo "   shrink:    cargo +$toolchain fuzz tmin $target fuzz/artifacts/$target/$file" >&2
    done <<<"$new"
    [[ -n "$new" ]] || echo "   no new file under fuzz/artifacts/$target; see the output above" >&2
    exit 1
fi
echo "== no crash; ${work#"$repo_dir"/} holds $(list "$work" | wc -l) inputs"
