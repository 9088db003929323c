//! The files a patient keeps with each checklist document (the referral letter, reports, the
//! passport page): what is known about each, which kinds are accepted, and the limits.
//!
//! The bytes live in the browser's IndexedDB (`storage::file_store`); this module is what is
//! decided about them, so it is tested natively.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Largest file kept: a scanned report or a phone photo is a few MB; 25 MB leaves room for a
/// long PDF while a packet of many documents stays small enough to send and to open on a phone.
pub const MAX_FILE_BYTES: u64 = 25 * 1024 * 1024;
/// Largest total kept: what a phone can seal and a coordinator's browser open in one go.
pub const MAX_TOTAL_BYTES: u64 = 250 * 1024 * 1024;
/// Most files kept; far more than any checklist needs, and a bound for the archive reader.
pub const MAX_FILES: usize = 500;

/// One file kept with a checklist document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentFile {
    /// Made on the device when the file is added; never shown.
    pub id: String,
    /// The checklist item the file belongs to (`referral-letter`).
    pub item: String,
    /// The file's name, as chosen or renamed by the user.
    pub name: String,
    /// Its media type (`application/pdf`).
    #[serde(rename = "type")]
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
    /// When it was added (ISO 8601, UTC).
    pub added: String,
    /// The case it belongs to: the id of the intake draft it was kept for. Empty for a file
    /// kept before files belonged to cases; [`cases_to_give`] hands those to the case open
    /// when they are first listed, so none is lost or shown to every case.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub case: String,
}

/// The files of `case`, oldest first as kept.
pub fn of_case<'a>(
    files: &'a [DocumentFile],
    case: &'a str,
) -> impl Iterator<Item = &'a DocumentFile> {
    files.iter().filter(move |file| file.case == case)
}

/// The files kept before files belonged to cases, given to `case`: what to write back.
pub fn cases_to_give(files: &[DocumentFile], case: &str) -> Vec<DocumentFile> {
    files
        .iter()
        .filter(|file| file.case.is_empty())
        .map(|file| DocumentFile {
            case: case.to_owned(),
            ..file.clone()
        })
        .collect()
}

/// The kinds of file accepted. Diagnostic images (DICOM) are not among them: hospitals ask
/// for those on CD/DVD or through their own transfer service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
    Text,
    /// iPhone photos: kept and sent, but browsers other than Safari cannot show them.
    Heic,
}

impl FileKind {
    pub const ALL: [FileKind; 5] = [
        FileKind::Pdf,
        FileKind::Jpeg,
        FileKind::Png,
        FileKind::Text,
        FileKind::Heic,
    ];

    /// The kind of a file from the type the browser reports, or from its name's extension
    /// when the browser reports none (HEIC on most systems).
    pub fn of(media_type: &str, name: &str) -> Option<FileKind> {
        let media_type = media_type.trim().to_ascii_lowercase();
        let by_type = FileKind::ALL
            .into_iter()
            .find(|kind| kind.media_types().contains(&media_type.as_str()));
        by_type.or_else(|| {
            if !media_type.is_empty() && media_type != "application/octet-stream" {
                return None;
            }
            let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
            FileKind::ALL
                .into_iter()
                .find(|kind| kind.extensions().contains(&extension.as_str()))
        })
    }

    /// The media type the file is kept and sent under.
    pub fn media_type(self) -> &'static str {
        self.media_types()[0]
    }

    fn media_types(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["application/pdf"],
            FileKind::Jpeg => &["image/jpeg", "image/jpg", "image/pjpeg"],
            FileKind::Png => &["image/png"],
            FileKind::Text => &["text/plain"],
            FileKind::Heic => &["image/heic", "image/heif"],
        }
    }

    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Png => &["png"],
            FileKind::Text => &["txt", "text"],
            FileKind::Heic => &["heic", "heif"],
        }
    }

    /// The file picker's `accept` list: every type and extension above.
    pub fn accept_list() -> String {
        let mut accepted: Vec<String> = Vec::new();
        for kind in FileKind::ALL {
            accepted.extend(kind.media_types().iter().map(|media| media.to_string()));
            accepted.extend(kind.extensions().iter().map(|ext| format!(".{ext}")));
        }
        accepted.join(",")
    }

    /// Whether the bytes are already compressed, so an archive stores them as they are:
    /// deflating a JPEG, PNG or HEIC (and a PDF, whose streams are compressed) costs time
    /// and saves nearly nothing.
    pub fn is_compressed(self) -> bool {
        !matches!(self, FileKind::Text)
    }

    /// Whether a browser shows it as an image (a thumbnail).
    pub fn is_image(self) -> bool {
        matches!(self, FileKind::Jpeg | FileKind::Png)
    }
}

/// Why a file cannot be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a PDF, JPEG, PNG, text or HEIC file.
    Kind,
    /// Over [`MAX_FILE_BYTES`].
    TooLarge { size: u64 },
    /// It would take the total over [`MAX_TOTAL_BYTES`]; `left` bytes are left.
    NoRoom { size: u64, left: u64 },
    /// [`MAX_FILES`] are kept already.
    TooMany,
}

/// Checks a file before it is read: its kind, its size, and room among the files kept
/// (`replacing` names the file it takes the place of, whose size is given back).
pub fn check_new_file(
    media_type: &str,
    name: &str,
    size: u64,
    kept: &[DocumentFile],
    replacing: Option<&str>,
) -> Result<FileKind, Refusal> {
    let kind = FileKind::of(media_type, name).ok_or(Refusal::Kind)?;
    if size > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { size });
    }
    let others = kept
        .iter()
        .filter(|file| Some(file.id.as_str()) != replacing);
    if replacing.is_none() && kept.len() >= MAX_FILES {
        return Err(Refusal::TooMany);
    }
    let used: u64 = others.map(|file| file.size).sum();
    let left = MAX_TOTAL_BYTES.saturating_sub(used);
    if size > left {
        return Err(Refusal::NoRoom { size, left });
    }
    Ok(kind)
}

/// Whether files of `sizes` can be kept beside `kept`: within the count and the total.
pub fn room_for(kept: &[DocumentFile], sizes: &[u64]) -> Result<(), Refusal> {
    if kept.len() + sizes.len() > MAX_FILES {
        return Err(Refusal::TooMany);
    }
    let size: u64 = sizes.iter().sum();
    let left = MAX_TOTAL_BYTES.saturating_sub(total_size(kept));
    if size > left {
        return Err(Refusal::NoRoom { size, left });
    }
    Ok(())
}

/// Total bytes of `files`.
pub fn total_size(files: &[DocumentFile]) -> u64 {
    files.iter().map(|file| file.size).sum()
}

/// Lowercase hex of `bytes` (a SHA-256 digest).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Whether `text` looks like a SHA-256 in lowercase hex.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A kept PDF record for tests: `id`, under `item`, named `name`, of `size` bytes.
#[cfg(test)]
pub(crate) fn test_file(id: &str, item: &str, name: &str, size: u64) -> DocumentFile {
    DocumentFile {
        id: id.into(),
        item: item.into(),
        name: name.into(),
        media_type: "application/pdf".into(),
        size,
        sha256: "0".repeat(64),
        added: "2026-11-29T00:00:00Z".into(),
        case: "first".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::test_file as file;
    use super::*;

    #[test]
    fn kinds_come_from_the_type_or_for_untyped_files_the_extension() {
        assert_eq!(FileKind::of("application/pdf", "x"), Some(FileKind::Pdf));
        assert_eq!(FileKind::of("IMAGE/JPEG", "x"), Some(FileKind::Jpeg));
        assert_eq!(FileKind::of("", "IMG_0001.HEIC"), Some(FileKind::Heic));
        assert_eq!(
            FileKind::of("application/octet-stream", "a.jpg"),
            Some(FileKind::Jpeg)
        );
        // A type that says otherwise wins over the name.
        assert_eq!(FileKind::of("application/dicom", "scan.pdf"), None);
        assert_eq!(FileKind::of("", "series.dcm"), None);
        assert!(FileKind::accept_list().contains(".heic"));
    }

    #[test]
    fn only_text_is_deflated() {
        let deflated: Vec<_> = FileKind::ALL
            .into_iter()
            .filter(|kind| !kind.is_compressed())
            .collect();
        assert_eq!(deflated, [FileKind::Text]);
    }

    #[test]
    fn a_file_is_refused_for_its_kind_its_size_or_lack_of_room() {
        let kept = vec![file("a", "passport", "a.pdf", MAX_TOTAL_BYTES - 10)];
        assert_eq!(
            check_new_file("video/mp4", "a.mp4", 1, &kept, None),
            Err(Refusal::Kind)
        );
        assert_eq!(
            check_new_file("image/png", "a.png", MAX_FILE_BYTES + 1, &[], None),
            Err(Refusal::TooLarge {
                size: MAX_FILE_BYTES + 1
            })
        );
        assert_eq!(
            check_new_file("image/png", "a.png", 11, &kept, None),
            Err(Refusal::NoRoom { size: 11, left: 10 })
        );
        assert_eq!(
            check_new_file("image/png", "a.png", 10, &kept, None),
            Ok(FileKind::Png)
        );
        // Replacing gives the old file's room back.
        assert_eq!(
            check_new_file("image/png", "a.png", 1000, &kept, Some("a")),
            Ok(FileKind::Png)
        );
    }

    #[test]
    fn room_is_counted_for_all_incoming_files_together() {
        let kept = vec![file("a", "passport", "a.pdf", MAX_TOTAL_BYTES - 100)];
        assert_eq!(room_for(&kept, &[60, 40]), Ok(()));
        assert_eq!(
            room_for(&kept, &[60, 41]),
            Err(Refusal::NoRoom {
                size: 101,
                left: 100
            })
        );
        assert_eq!(
            room_for(&[], &vec![1; MAX_FILES + 1]),
            Err(Refusal::TooMany)
        );
    }

    #[test]
    fn a_record_kept_before_cases_reads_and_goes_to_the_case_then_open() {
        // A record as IndexedDB holds it from before files belonged to cases.
        let before: DocumentFile = serde_json::from_str(
            r#"{"id":"a","item":"passport","name":"p.pdf","type":"application/pdf","size":3,
                "sha256":"00","added":"2026-11-29T00:00:00Z"}"#,
        )
        .expect("today's stored shape still reads");
        assert_eq!(before.case, "");
        let mut other = file("b", "visa", "v.pdf", 5);
        other.case = "draft-b".into();
        let files = vec![before.clone(), other.clone()];
        let given = cases_to_give(&files, "draft-a");
        assert_eq!(given.len(), 1);
        assert_eq!(
            given[0],
            DocumentFile {
                case: "draft-a".into(),
                ..before
            }
        );
        // Nothing else changes hands, and each case sees only its own.
        let after = vec![given[0].clone(), other];
        assert_eq!(
            of_case(&after, "draft-a")
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
            ["a"]
        );
        assert_eq!(
            of_case(&after, "draft-b")
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
            ["b"]
        );
        assert!(cases_to_give(&after, "draft-c").is_empty());
    }
}
