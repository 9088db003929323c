//! Blobs as Rust streams, synchronously: a worker may read a Blob with `FileReaderSync`, so the
//! archive code is plain `Read` and `Write`, a chunk at a time.

use std::io::{self, Read, Write};

use js_sys::{Array, Uint8Array};
use web_sys::{Blob, BlobPropertyBag, FileReaderSync};

use japan_care_planner::domain::archive::write::CHUNK_BYTES;

/// Reads a Blob from start to end, a chunk at a time, telling `progress` the bytes read.
pub struct BlobReader {
    blob: Blob,
    reader: FileReaderSync,
    offset: f64,
    progress: Box<dyn FnMut(u64)>,
}

impl BlobReader {
    pub fn new(blob: Blob, progress: Box<dyn FnMut(u64)>) -> io::Result<BlobReader> {
        let reader = FileReaderSync::new().map_err(browser_error)?;
        Ok(BlobReader {
            blob,
            reader,
            offset: 0.0,
            progress,
        })
    }
}

impl Read for BlobReader {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let size = self.blob.size();
        if self.offset >= size || buffer.is_empty() {
            return Ok(0);
        }
        let wanted = buffer.len().min(CHUNK_BYTES) as f64;
        let end = (self.offset + wanted).min(size);
        let slice = self
            .blob
            .slice_with_f64_and_f64(self.offset, end)
            .map_err(browser_error)?;
        // A Blob whose bytes the browser lost (evicted, or a file moved) fails here.
        let array_buffer = self
            .reader
            .read_as_array_buffer(&slice)
            .map_err(browser_error)?;
        let bytes = Uint8Array::new(&array_buffer);
        let read = bytes.length() as usize;
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the file ended early",
            ));
        }
        bytes.copy_to(&mut buffer[..read]);
        self.offset += read as f64;
        (self.progress)(self.offset as u64);
        Ok(read)
    }
}

/// Collects what is written into a Blob, handing the browser a chunk at a time so the
/// worker's memory holds one chunk, not the archive.
pub struct BlobSink {
    pending: Vec<u8>,
    parts: Array,
    blob: Option<Blob>,
}

/// Parts gathered before they are joined into one Blob the browser may keep on disk.
const PARTS_PER_BLOB: u32 = 16;

impl BlobSink {
    pub fn new() -> BlobSink {
        BlobSink {
            pending: Vec::with_capacity(CHUNK_BYTES),
            parts: Array::new(),
            blob: None,
        }
    }

    /// The Blob of everything written, of type `media_type`.
    pub fn finish(mut self, media_type: &str) -> io::Result<Blob> {
        self.hand_over()?;
        self.join()?;
        let parts = Array::new();
        if let Some(blob) = self.blob {
            parts.push(&blob);
        }
        let options = BlobPropertyBag::new();
        options.set_type(media_type);
        Blob::new_with_blob_sequence_and_options(&parts, &options).map_err(browser_error)
    }

    fn hand_over(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.parts.push(&Uint8Array::from(self.pending.as_slice()));
            self.pending.clear();
        }
        if self.parts.length() >= PARTS_PER_BLOB {
            self.join()?;
        }
        Ok(())
    }

    fn join(&mut self) -> io::Result<()> {
        if let Some(blob) = self.blob.take() {
            self.parts.unshift(&blob);
        }
        self.blob = Some(Blob::new_with_u8_array_sequence(&self.parts).map_err(browser_error)?);
        self.parts = Array::new();
        Ok(())
    }
}

impl Write for BlobSink {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        if self.pending.len() >= CHUNK_BYTES {
            self.hand_over()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn browser_error(error: wasm_bindgen::JsValue) -> io::Error {
    let reason = js_sys::Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .unwrap_or_else(|| "the browser refused".to_owned());
    io::Error::other(reason)
}
