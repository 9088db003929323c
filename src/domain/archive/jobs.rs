//! What the page and the archive worker say to each other about a failed job: one value,
//! sent as JSON, that the page turns into a message in the reader's language.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::read::ReadError;
use super::seal::UnsealError;
use super::write::WriteError;

/// Why exporting or opening an archive failed.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum JobError {
    #[error("{0}")]
    Read(ReadError),
    #[error("{0}")]
    Unseal(UnsealError),
    /// A kept file's bytes are not the ones it had when added.
    #[error("{name} has changed since it was added")]
    Changed { name: String },
    /// The browser could not read a file or make the archive (out of memory, a file gone).
    #[error("{reason}")]
    Browser { reason: String },
}

impl JobError {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The error a worker sent; anything unreadable is the browser's.
    pub fn from_json(text: &str) -> JobError {
        serde_json::from_str(text).unwrap_or_else(|_| JobError::Browser {
            reason: text.to_owned(),
        })
    }
}

impl From<WriteError> for JobError {
    fn from(error: WriteError) -> JobError {
        match error {
            WriteError::Changed { name } => JobError::Changed { name },
            WriteError::Io(error) => JobError::Browser {
                reason: error.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_to_the_page_unchanged() {
        for error in [
            JobError::Read(ReadError::Duplicate { name: "a".into() }),
            JobError::Unseal(UnsealError::WrongPassphrase),
            JobError::Changed {
                name: "紹介状.pdf".into(),
            },
        ] {
            assert_eq!(JobError::from_json(&error.to_json()), error);
        }
        assert_eq!(
            JobError::from_json("out of memory"),
            JobError::Browser {
                reason: "out of memory".into()
            }
        );
    }
}
