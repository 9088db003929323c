//! Reading an archive that came from anywhere: every limit is checked against the central
//! directory before any byte is inflated, inflating stops at the declared size, and every
//! document's size and SHA-256 must match the manifest. Nothing here panics on any input
//! (`make fuzz` feeds it a million damaged and random archives).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::ops::Range;

use rawzip::{CompressionMethod, ZipArchive, ZipSliceArchive};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::names::{is_folder, unsafe_name};
use super::{ArchivedDocument, Manifest, MANIFEST_PATH, PACKET_PATH};
use crate::domain::document_names::{check_received_name, DisguisedName};
use crate::domain::documents::{hex, FileKind, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES};
use crate::domain::packet::{Packet, PacketError, MAX_PACKET_BYTES};

/// Most entries: every file, the packet, the manifest, and folder entries another zip tool
/// may have added.
pub const MAX_ENTRIES: u64 = MAX_FILES as u64 + 100;
/// Most bytes all entries may inflate to.
pub const MAX_UNPACKED_BYTES: u64 = MAX_TOTAL_BYTES + MAX_PACKET_BYTES as u64 + MAX_MANIFEST_BYTES;
/// Largest archive read: what the entries may hold, and room for the zip's own headers.
pub const MAX_ARCHIVE_BYTES: u64 = MAX_UNPACKED_BYTES + 16 * 1024 * 1024;
/// Largest manifest: 500 entries of a few hundred bytes each.
const MAX_MANIFEST_BYTES: u64 = 1024 * 1024;
/// Deflated text shrinks 3 to 10 times; a hundredfold over a megabyte is a zip bomb.
const MAX_RATIO: u64 = 100;
const RATIO_FROM_BYTES: u64 = 1024 * 1024;

/// Why an archive is refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error("not a zip archive, or cut short")]
    NotAnArchive,
    #[error("the archive is {bytes} bytes; at most {MAX_ARCHIVE_BYTES} are read")]
    ArchiveTooLarge { bytes: u64 },
    #[error("an entry's name could leave its folder or hides characters: {name}")]
    UnsafeName { name: String },
    #[error("the archive has {count} entries; at most {MAX_ENTRIES} are read")]
    TooManyEntries { count: u64 },
    #[error("the archive would unpack to more than its limits ({name})")]
    TooLarge { name: String },
    #[error("{name} unpacks to far more than it holds, as a zip bomb does")]
    Bomb { name: String },
    #[error("{name} is in the archive twice")]
    Duplicate { name: String },
    #[error("{name} is damaged")]
    Damaged { name: String },
    #[error("{name} does not match its SHA-256 in the manifest")]
    HashMismatch { name: String },
    /// A document whose type is not one the app accepts (PDF, JPEG, PNG, text, HEIC): it
    /// could be a page or a program, whatever its name says.
    #[error("{name} is not a kind of file a packet holds")]
    Kind { name: String },
    /// A name written to mislead: hidden characters, or an extension not its kind's.
    #[error("{name} has a name that hides what it is")]
    DisguisedName { name: String, why: DisguisedName },
    #[error("not a packet archive: {reason}")]
    NotAPacketArchive { reason: String },
    #[error("{0}")]
    Packet(PacketError),
}

/// A document's bytes: where they are in the archive (stored), or inflated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentBytes {
    Stored(Range<usize>),
    Inflated(Vec<u8>),
}

impl DocumentBytes {
    pub fn as_slice<'a>(&'a self, archive: &'a [u8]) -> &'a [u8] {
        match self {
            DocumentBytes::Stored(range) => &archive[range.clone()],
            DocumentBytes::Inflated(bytes) => bytes,
        }
    }
}

/// A document whose size and hash matched the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedDocument {
    pub entry: ArchivedDocument,
    pub bytes: DocumentBytes,
}

/// An archive whose every check passed.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedArchive {
    pub packet: Packet,
    /// In the manifest's order.
    pub documents: Vec<VerifiedDocument>,
}

/// The local zip signature: how an archive is told from a JSON packet or a sealed file.
pub fn is_zip(prefix: &[u8]) -> bool {
    prefix.starts_with(b"PK\x03\x04")
}

/// An entry from the central directory, checked.
struct Entry {
    name: String,
    method: CompressionMethod,
    uncompressed: u64,
    wayfinder: rawzip::ZipArchiveEntryWayfinder,
}

/// Reads and verifies the archive in `bytes`.
pub fn read_archive(bytes: &[u8]) -> Result<OpenedArchive, ReadError> {
    if bytes.len() as u64 > MAX_ARCHIVE_BYTES {
        return Err(ReadError::ArchiveTooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let archive = ZipArchive::from_slice(bytes).map_err(|_| ReadError::NotAnArchive)?;
    if archive.entries_hint() > MAX_ENTRIES {
        return Err(ReadError::TooManyEntries {
            count: archive.entries_hint(),
        });
    }
    let entries = list_entries(&archive)?;
    let read = |name: &str| -> Result<DocumentBytes, ReadError> {
        let entry = entries
            .get(name)
            .ok_or_else(|| ReadError::NotAPacketArchive {
                reason: format!("{name} is missing"),
            })?;
        inflate(&archive, entry)
    };
    let text = |name: &str| -> Result<String, ReadError> {
        let bytes = read(name)?;
        String::from_utf8(bytes.as_slice(bytes_of(&archive)).to_vec()).map_err(|_| {
            ReadError::NotAPacketArchive {
                reason: format!("{name} is not text"),
            }
        })
    };
    let mut manifest = Manifest::parse(&text(MANIFEST_PATH)?)
        .map_err(|reason| ReadError::NotAPacketArchive { reason })?;
    let mut packet = Packet::parse(&text(PACKET_PATH)?).map_err(ReadError::Packet)?;
    if packet.documents != manifest.files {
        return Err(ReadError::NotAPacketArchive {
            reason: "the packet and the manifest list different files".into(),
        });
    }
    // The sender wrote both lists: what a document is, is decided here, never by them.
    for entry in &mut manifest.files {
        entry.media_type = accepted_type(entry)?.to_owned();
    }
    packet.documents.clone_from(&manifest.files);
    let listed: BTreeSet<&str> = manifest
        .files
        .iter()
        .map(|file| file.path.as_str())
        .collect();
    if let Some(extra) = entries.keys().find(|name| {
        !listed.contains(name.as_str()) && *name != PACKET_PATH && *name != MANIFEST_PATH
    }) {
        return Err(ReadError::NotAPacketArchive {
            reason: format!("{extra} is not in the manifest"),
        });
    }
    let documents = manifest
        .files
        .into_iter()
        .map(|entry| {
            let document = read(&entry.path)?;
            let data = document.as_slice(bytes_of(&archive));
            if data.len() as u64 != entry.size || hex(&Sha256::digest(data)) != entry.sha256 {
                return Err(ReadError::HashMismatch { name: entry.path });
            }
            Ok(VerifiedDocument {
                entry,
                bytes: document,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(OpenedArchive { packet, documents })
}

/// The type a document is opened under: its kind's, if the sender's type (or, for an untyped
/// file, its extension) names a kind the app accepts and its name shows that kind.
fn accepted_type(entry: &super::ArchivedDocument) -> Result<&'static str, ReadError> {
    let kind = FileKind::of(&entry.media_type, &entry.name).ok_or_else(|| ReadError::Kind {
        name: entry.path.clone(),
    })?;
    check_received_name(&entry.name, kind).map_err(|why| ReadError::DisguisedName {
        name: entry.name.escape_default().to_string(),
        why,
    })?;
    Ok(kind.media_type())
}

fn bytes_of<'a>(archive: &'a ZipSliceArchive<&'a [u8]>) -> &'a [u8] {
    archive.get_ref()
}

/// Every entry of the central directory, checked for names, duplicates, limits and ratio,
/// folders left out.
fn list_entries(archive: &ZipSliceArchive<&[u8]>) -> Result<BTreeMap<String, Entry>, ReadError> {
    let mut entries = BTreeMap::new();
    let mut folded = BTreeSet::new();
    let mut ranges = Vec::new();
    let mut total = 0u64;
    let mut count = 0u64;
    let mut records = archive.entries();
    loop {
        let record = match records.next_entry() {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(_) => return Err(ReadError::NotAnArchive),
        };
        count += 1;
        if count > MAX_ENTRIES {
            return Err(ReadError::TooManyEntries { count });
        }
        let raw = record.file_path();
        if let Some(name) = unsafe_name(raw.as_bytes()) {
            return Err(ReadError::UnsafeName { name });
        }
        let name = String::from_utf8_lossy(raw.as_bytes()).into_owned();
        // Two names that differ only in case unpack to one file on Windows and macOS.
        if !folded.insert(name.to_lowercase()) {
            return Err(ReadError::Duplicate { name });
        }
        let uncompressed = record.uncompressed_size_hint();
        let compressed = record.compressed_size_hint();
        let damaged = || ReadError::Damaged { name: name.clone() };
        if record.flags().is_encrypted() {
            return Err(damaged());
        }
        if is_folder(&name) {
            if uncompressed != 0 {
                return Err(damaged());
            }
            continue;
        }
        let method = record.compression_method();
        let stored = method == CompressionMethod::STORE;
        if !(stored || method == CompressionMethod::DEFLATE)
            || (stored && compressed != uncompressed)
        {
            return Err(damaged());
        }
        total = total.saturating_add(uncompressed);
        if uncompressed > entry_limit(&name) || total > MAX_UNPACKED_BYTES {
            return Err(ReadError::TooLarge { name });
        }
        if uncompressed > RATIO_FROM_BYTES && uncompressed / compressed.max(1) > MAX_RATIO {
            return Err(ReadError::Bomb { name });
        }
        let entry = archive
            .get_entry(record.wayfinder())
            .map_err(|_| damaged())?;
        if entry.local_header().file_path().as_bytes() != raw.as_bytes() {
            return Err(damaged());
        }
        ranges.push((entry.compressed_data_range(), name.clone()));
        entries.insert(
            name.clone(),
            Entry {
                name,
                method,
                uncompressed,
                wayfinder: record.wayfinder(),
            },
        );
    }
    // Entries sharing bytes are how the smallest zip bombs multiply one stream.
    ranges.sort();
    for pair in ranges.windows(2) {
        if pair[0].0 .1 > pair[1].0 .0 {
            return Err(ReadError::Bomb {
                name: pair[1].1.clone(),
            });
        }
    }
    Ok(entries)
}

fn entry_limit(name: &str) -> u64 {
    match name {
        PACKET_PATH => MAX_PACKET_BYTES as u64,
        MANIFEST_PATH => MAX_MANIFEST_BYTES,
        _ => MAX_FILE_BYTES,
    }
}

/// The entry's bytes, its CRC and size checked against the central directory; inflating
/// stops one byte past the declared size.
fn inflate(archive: &ZipSliceArchive<&[u8]>, entry: &Entry) -> Result<DocumentBytes, ReadError> {
    let damaged = || ReadError::Damaged {
        name: entry.name.clone(),
    };
    let zip_entry = archive.get_entry(entry.wayfinder).map_err(|_| damaged())?;
    if entry.method == CompressionMethod::STORE {
        let (start, end) = zip_entry.compressed_data_range();
        let mut verifier = zip_entry.verifying_reader(zip_entry.data());
        std::io::copy(&mut verifier, &mut std::io::sink()).map_err(|_| damaged())?;
        return Ok(DocumentBytes::Stored(start as usize..end as usize));
    }
    let decoder = flate2::bufread::DeflateDecoder::new(zip_entry.data());
    let mut out = Vec::with_capacity(entry.uncompressed as usize);
    zip_entry
        .verifying_reader(decoder)
        .take(entry.uncompressed + 1)
        .read_to_end(&mut out)
        .map_err(|_| damaged())?;
    Ok(DocumentBytes::Inflated(out))
}
