//! Everything that runs the real executable, as a user or a script would: the commands
//! (`search`, `lookup`, `ids`, `validate` on the broken pack fixtures, `decode` on the decoder's
//! fixtures) and the window starting under a virtual X display. The window tests need Xvfb and
//! are `#[ignore = "needs Xvfb"]`: run them with `cargo test --test cli -- --ignored` (`.ci/run`
//! does).

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on broken fixtures, which is the point")]

/// `decode` over every fixture of tests/fixtures/decode, against golden files.
mod decode;
/// `validate` over every broken pack fixture, and packs through the library.
mod packs;
/// `search`, `lookup` and `ids`.
mod search;
/// `--version`, and the window under Xvfb with each renderer.
mod startup;
/// Running our own binary.
mod support;
