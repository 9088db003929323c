//! Writing the archive as a stream into any `Write` (a file in tests; the age sealer, then
//! the browser's Blob, in the worker).

use std::io::{self, Read, Write};

use rawzip::path::EntryPath;
use rawzip::time::UtcDateTime;
use rawzip::{CompressionMethod, ZipArchiveWriter};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::{Manifest, MANIFEST_PATH, PACKET_PATH};
use crate::domain::documents::{hex, FileKind};
use crate::domain::packet::Packet;

/// Bytes read from a document at a time: small enough to report progress often.
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// Why the archive could not be written.
#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The file's bytes are not the ones kept when it was added (the browser lost or damaged
    /// them): nothing is sent that the coordinator would then refuse.
    #[error("{name} has changed since it was added")]
    Changed { name: String },
}

impl From<rawzip::Error> for WriteError {
    fn from(error: rawzip::Error) -> WriteError {
        WriteError::Io(io::Error::other(error.to_string()))
    }
}

/// Writes `packet` (whose `documents` lists the files, in order) and its manifest, then each
/// document, read from `open(index)`. `progress` is told the document bytes written so far.
/// Each file's size and SHA-256 are checked against the list as it is written.
pub fn write_archive<W: Write>(
    sink: W,
    packet: &Packet,
    open: &mut dyn FnMut(usize) -> io::Result<Box<dyn Read>>,
    progress: &mut dyn FnMut(u64),
) -> Result<W, WriteError> {
    let mut archive = ZipArchiveWriter::new(sink);
    let now = modified(&packet.created_at);
    write_entry(
        &mut archive,
        PACKET_PATH,
        true,
        now,
        &mut packet.to_json().as_bytes(),
        &mut |_| {},
    )?;
    let manifest = Manifest::new(packet.documents.clone()).to_json();
    write_entry(
        &mut archive,
        MANIFEST_PATH,
        true,
        now,
        &mut manifest.as_bytes(),
        &mut |_| {},
    )?;
    let mut done = 0;
    for (index, document) in packet.documents.iter().enumerate() {
        let mut source = open(index)?;
        let compress = FileKind::of(&document.media_type, &document.name)
            .is_some_and(|kind| !kind.is_compressed());
        let mut hasher = Sha256::new();
        let mut counted = 0u64;
        let mut tee = Tee {
            inner: &mut source,
            hasher: &mut hasher,
            counted: &mut counted,
        };
        write_entry(
            &mut archive,
            &document.path,
            compress,
            modified(&document.added),
            &mut tee,
            &mut |bytes| progress(done + bytes),
        )?;
        if counted != document.size || hex(&hasher.finalize()) != document.sha256 {
            return Err(WriteError::Changed {
                name: document.name.clone(),
            });
        }
        done += counted;
    }
    Ok(archive.finish()?)
}

/// One entry, its bytes copied from `source` a chunk at a time.
fn write_entry<W: Write>(
    archive: &mut ZipArchiveWriter<W>,
    path: &str,
    compress: bool,
    modified: UtcDateTime,
    source: &mut dyn Read,
    progress: &mut dyn FnMut(u64),
) -> Result<(), WriteError> {
    let method = if compress {
        CompressionMethod::DEFLATE
    } else {
        CompressionMethod::STORE
    };
    // Conformant: rawzip marks non-ASCII names as UTF-8 (without the mark, `unzip` and
    // Python read them as code page 437). Its normalising changes nothing in our paths: their
    // names are already safe (`safe_name`: no ':', '\\', leading or repeated separators).
    let (mut entry, config) = archive
        .new_file(EntryPath::conformant(path))
        .compression_method(method)
        .last_modified(modified)
        // "Made by" Unix: `unzip` then reads the UTF-8 names of the local headers as UTF-8 too
        // (made by MS-DOS, it converts them from code page 437 and warns of a mismatch).
        // Readable by their owner only, as medical records should be when unpacked.
        .unix_permissions(0o600)
        .start()?;
    if compress {
        let encoder =
            flate2::write::DeflateEncoder::new(&mut entry, flate2::Compression::default());
        let mut writer = config.wrap(encoder);
        copy(source, &mut writer, progress)?;
        let (encoder, descriptor) = writer.finish()?;
        encoder.finish()?;
        entry.finish(descriptor)?;
    } else {
        let mut writer = config.wrap(&mut entry);
        copy(source, &mut writer, progress)?;
        let (_, descriptor) = writer.finish()?;
        entry.finish(descriptor)?;
    }
    Ok(())
}

fn copy(
    source: &mut dyn Read,
    sink: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> io::Result<()> {
    let mut buffer = vec![0; CHUNK_BYTES];
    let mut written = 0u64;
    loop {
        let read = source.read(&mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        sink.write_all(&buffer[..read])?;
        written += read as u64;
        progress(written);
    }
}

/// The entry's time from an ISO 8601 date; an unreadable one is the zip epoch's.
fn modified(iso: &str) -> UtcDateTime {
    let seconds = chrono::DateTime::parse_from_rfc3339(iso)
        .map(|time| time.timestamp())
        .unwrap_or(315_532_800);
    UtcDateTime::from_unix(seconds)
}

/// Hashes and counts what passes through.
struct Tee<'a> {
    inner: &'a mut Box<dyn Read>,
    hasher: &'a mut Sha256,
    counted: &'a mut u64,
}

impl Read for Tee<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buffer)?;
        self.hasher.update(&buffer[..read]);
        *self.counted += read as u64;
        Ok(read)
    }
}
