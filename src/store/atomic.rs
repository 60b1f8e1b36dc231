//! Atomic file writes: new content goes to a temporary file in the same folder and is renamed
//! over the old one, so a crash or power cut mid-write leaves the previous file intact.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in `dir` and a rename.
///
/// # Errors
/// Any I/O error; `path` is unchanged when one happens.
pub fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
