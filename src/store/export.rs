//! Writes an exported ticket summary where the agent chose to save it.

use std::path::{Path, PathBuf};

use crate::store::atomic::write_atomically;

/// The file name an export suggests: `sspr-summary-<ticket>-<stamp>.md`, the ticket reduced to
/// ASCII letters, digits and `-` (at most 40), or `sspr-summary-<stamp>.md` without one.
/// `stamp` is the local time, e.g. `20261206-0930`.
pub fn summary_file_name(ticket: &str, stamp: &str) -> String {
    let ticket: String = ticket.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect();
    if ticket.is_empty() {
        format!("sspr-summary-{stamp}.md")
    } else {
        format!("sspr-summary-{ticket}-{stamp}.md")
    }
}

/// Writes `text` to `path`, atomically when the path names a folder (a crash mid-write leaves
/// no half file). Returns the folder, to be remembered for the next export.
///
/// # Errors
/// The I/O error; the file is then unchanged.
pub fn write_summary(path: &Path, text: &str) -> std::io::Result<Option<PathBuf>> {
    let folder = path.parent().map(Path::to_path_buf);
    match &folder {
        Some(dir) if !dir.as_os_str().is_empty() => write_atomically(dir, path, text.as_bytes())?,
        _ => std::fs::write(path, text.as_bytes())?,
    }
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ticket_is_kept_to_safe_characters() {
        assert_eq!(
            summary_file_name("INC 0012/777", "20261206-0930"),
            "sspr-summary-INC0012777-20261206-0930.md"
        );
        assert_eq!(summary_file_name("工单", "20261206-0930"), "sspr-summary-20261206-0930.md");
    }

    #[test]
    fn a_summary_is_written_whole_and_its_folder_returned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.md");
        assert_eq!(write_summary(&path, "# Summary").unwrap(), Some(dir.path().to_path_buf()));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# Summary");
        assert!(write_summary(&dir.path().join("missing/s.md"), "x").is_ok(), "the folder is made");
    }
}
