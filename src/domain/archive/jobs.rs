//! What the page and the archive worker say to each other about a failed job: the worker's
//! [`JobError`] crosses as a flat [`JobFailure`] (a kind and the entry or reason it names),
//! which the page turns into a message in the reader's language. Flat, so the pages' bundles
//! carry a small reader rather than every error type's.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::read::ReadError;
use super::seal::UnsealError;
use super::write::WriteError;

/// Why exporting or opening an archive failed, in the worker.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
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

/// What the reader is told: one message per kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailureKind {
    NotAnArchive,
    TooLarge,
    UnsafeName,
    Bomb,
    Duplicate,
    Damaged,
    HashMismatch,
    /// A document of a kind the app does not accept (a page, a program).
    Kind,
    /// A document's name hides characters or its real kind.
    DisguisedName,
    NotAPacket,
    WrongPassphrase,
    SealedDamaged,
    TooMuchWork,
    SealedOther,
    Changed,
    Browser,
}

/// A failed job as the page receives it: its kind, and the entry, file or reason it names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobFailure {
    pub kind: FailureKind,
    #[serde(default)]
    pub detail: String,
}

impl JobFailure {
    pub fn browser(reason: &str) -> JobFailure {
        JobFailure {
            kind: FailureKind::Browser,
            detail: reason.to_owned(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What a worker sent; anything unreadable is the browser's failure.
    pub fn from_json(text: &str) -> JobFailure {
        serde_json::from_str(text).unwrap_or_else(|_| JobFailure::browser(text))
    }
}

impl From<&JobError> for JobFailure {
    fn from(error: &JobError) -> JobFailure {
        use FailureKind as Kind;
        let (kind, detail) = match error {
            JobError::Read(error) => match error {
                ReadError::NotAnArchive => (Kind::NotAnArchive, String::new()),
                ReadError::ArchiveTooLarge { .. }
                | ReadError::TooManyEntries { .. }
                | ReadError::TooLarge { .. } => (Kind::TooLarge, String::new()),
                ReadError::UnsafeName { name } => (Kind::UnsafeName, name.clone()),
                ReadError::Bomb { name } => (Kind::Bomb, name.clone()),
                ReadError::Duplicate { name } => (Kind::Duplicate, name.clone()),
                ReadError::Damaged { name } => (Kind::Damaged, name.clone()),
                ReadError::HashMismatch { name } => (Kind::HashMismatch, name.clone()),
                ReadError::Kind { name } => (Kind::Kind, name.clone()),
                ReadError::DisguisedName { name, .. } => (Kind::DisguisedName, name.clone()),
                ReadError::NotAPacketArchive { reason } => (Kind::NotAPacket, reason.clone()),
                ReadError::Packet(error) => (Kind::NotAPacket, error.to_string()),
            },
            JobError::Unseal(error) => match error {
                UnsealError::WrongPassphrase => (Kind::WrongPassphrase, String::new()),
                UnsealError::Damaged => (Kind::SealedDamaged, String::new()),
                UnsealError::TooMuchWork => (Kind::TooMuchWork, String::new()),
                UnsealError::NotPassphrase | UnsealError::Newer => {
                    (Kind::SealedOther, String::new())
                }
            },
            JobError::Changed { name } => (Kind::Changed, name.clone()),
            JobError::Browser { reason } => (Kind::Browser, reason.clone()),
        };
        JobFailure { kind, detail }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_cross_to_the_page_with_their_kind_and_name() {
        let cases = [
            (
                JobError::Read(ReadError::Duplicate { name: "a".into() }),
                FailureKind::Duplicate,
                "a",
            ),
            (
                JobError::Unseal(UnsealError::WrongPassphrase),
                FailureKind::WrongPassphrase,
                "",
            ),
            (
                JobError::Changed {
                    name: "紹介状.pdf".into(),
                },
                FailureKind::Changed,
                "紹介状.pdf",
            ),
            (
                JobError::Read(ReadError::TooManyEntries { count: 700 }),
                FailureKind::TooLarge,
                "",
            ),
        ];
        for (error, kind, detail) in cases {
            let failure = JobFailure::from(&error);
            assert_eq!((failure.kind, failure.detail.as_str()), (kind, detail));
            assert_eq!(JobFailure::from_json(&failure.to_json()), failure);
        }
        assert_eq!(
            JobFailure::from_json("out of memory"),
            JobFailure::browser("out of memory")
        );
    }
}
