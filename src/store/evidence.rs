//! Reads a file the agent dropped on the Decode pane: its bytes only, up to a size limit. The
//! decoder ([`crate::decode::text_from_bytes`], called by the window) turns them into text or
//! refuses them; nothing is written and nothing is kept on disk.

use std::io::Read;
use std::path::Path;

/// Largest evidence file read, in bytes (32 MiB: a month of a tenant's audit-log CSV is far
/// less; anything larger is most likely not an export).
pub const MAX_EVIDENCE_BYTES: u64 = 32 * 1024 * 1024;

/// Why a dropped file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceFileError {
    /// Larger than [`MAX_EVIDENCE_BYTES`].
    #[error("the file is {bytes} bytes, more than the {max} the decoder reads")]
    TooLarge {
        /// The file's size, in bytes.
        bytes: u64,
        /// The limit, in bytes.
        max: u64,
    },
    /// The OS refused (missing, a folder, no permission).
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The bytes of the file at `path`.
///
/// # Errors
/// [`EvidenceFileError::TooLarge`] for a file over [`MAX_EVIDENCE_BYTES`] (checked before
/// reading, and again while reading a file that grows), [`EvidenceFileError::Io`] otherwise.
pub fn read_evidence(path: &Path) -> Result<Vec<u8>, EvidenceFileError> {
    let file = std::fs::File::open(path)?;
    let bytes = file.metadata()?.len();
    if bytes > MAX_EVIDENCE_BYTES {
        return Err(EvidenceFileError::TooLarge {
            bytes,
            max: MAX_EVIDENCE_BYTES,
        });
    }
    let mut data = Vec::with_capacity(usize::try_from(bytes).unwrap_or(0));
    file.take(MAX_EVIDENCE_BYTES + 1).read_to_end(&mut data)?;
    let read = u64::try_from(data.len()).unwrap_or(u64::MAX);
    if read > MAX_EVIDENCE_BYTES {
        return Err(EvidenceFileError::TooLarge {
            bytes: read,
            max: MAX_EVIDENCE_BYTES,
        });
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_and_names_what_went_wrong_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.csv");
        std::fs::write(&path, b"Date (UTC),Activity\n").unwrap();
        assert_eq!(read_evidence(&path).unwrap(), b"Date (UTC),Activity\n");
        assert!(matches!(
            read_evidence(&dir.path().join("missing.csv")),
            Err(EvidenceFileError::Io(_))
        ));
        let big = dir.path().join("big.bin");
        std::fs::File::create(&big).unwrap().set_len(MAX_EVIDENCE_BYTES + 1).unwrap();
        assert!(matches!(read_evidence(&big), Err(EvidenceFileError::TooLarge { .. })));
    }
}
