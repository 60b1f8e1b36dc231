//! Running our own binary: the path Cargo built, and a helper that returns the exit code and
//! both outputs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `sspr-helpdesk` binary this test run built.
pub const BIN: &str = env!("CARGO_BIN_EXE_sspr-helpdesk");

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A command for `program` (our binary, or Xvfb).
#[expect(
    clippy::disallowed_methods,
    reason = "the tests run our own binary and Xvfb, never anything from content"
)]
pub fn command(program: &str) -> Command {
    Command::new(program)
}

/// Runs the binary with `args` (logging off): exit code, stdout, stderr.
pub fn cli(args: &[&str]) -> (i32, String, String) {
    let output = command(BIN).args(args).env("RUST_LOG", "off").output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
