//! `manifest.json`: every document in the archive with its checklist item, name, type, size
//! and SHA-256, so a reader (this app, or a person with `unzip` and `sha256sum`) can check
//! that nothing was changed or lost on the way.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::domain::data_file::is_slug;
use crate::domain::document_names::{archive_paths, sent_file_name};
use crate::domain::documents::{is_sha256_hex, DocumentFile, FileKind};

/// The `format` value of the manifest.
pub const MANIFEST_FORMAT: &str = "japan-care-planner/documents-manifest";
/// The manifest version this build writes and reads.
pub const MANIFEST_VERSION: u32 = 1;

/// One document in the archive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchivedDocument {
    /// Its path in the archive: `documents/<item>/<name>`.
    pub path: String,
    /// The checklist item it belongs to.
    pub item: String,
    /// Its name as the patient kept it (the path's name is made safe for file systems).
    pub name: String,
    /// Its media type.
    #[serde(rename = "type")]
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
    /// When the patient added it (ISO 8601, UTC).
    pub added: String,
}

impl ArchivedDocument {
    /// The entry for `file` at `path`, under the name and type of its kind: a reader
    /// refuses any other.
    pub fn new(file: &DocumentFile, path: String) -> ArchivedDocument {
        let media_type = FileKind::of(&file.media_type, &file.name).map_or_else(
            || file.media_type.clone(),
            |kind| kind.media_type().to_owned(),
        );
        ArchivedDocument {
            path,
            item: file.item.clone(),
            name: sent_file_name(file),
            media_type,
            size: file.size,
            sha256: file.sha256.clone(),
            added: file.added.clone(),
        }
    }
}

/// The entries of `files` in an archive, each at its path (`archive_paths`), in order.
pub fn archived_documents(files: &[DocumentFile]) -> Vec<ArchivedDocument> {
    archive_paths(files)
        .into_iter()
        .zip(files)
        .map(|(path, file)| ArchivedDocument::new(file, path))
        .collect()
}

/// `manifest.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub files: Vec<ArchivedDocument>,
}

impl Manifest {
    pub fn new(files: Vec<ArchivedDocument>) -> Manifest {
        Manifest {
            format: MANIFEST_FORMAT.to_owned(),
            version: MANIFEST_VERSION,
            files,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a manifest and checks each entry: its path under its item's folder, a hash
    /// that is a SHA-256.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let manifest: Manifest = serde_json::from_str(text).map_err(|error| error.to_string())?;
        if manifest.format != MANIFEST_FORMAT {
            return Err(format!("format is {:?}", manifest.format));
        }
        if manifest.version != MANIFEST_VERSION {
            return Err(format!("version {} is not supported", manifest.version));
        }
        for file in &manifest.files {
            let folder = format!("documents/{}/", file.item);
            if !is_slug(&file.item) || !file.path.starts_with(&folder) {
                return Err(format!("{} is not in its item's folder", file.path));
            }
            if !is_sha256_hex(&file.sha256) {
                return Err(format!("{} has no SHA-256", file.path));
            }
        }
        Ok(manifest)
    }
}
