//! The worker's two jobs and their messages. The worker says `{reply: "ready"}` once it
//! listens; the page then sends one request and ends the worker after the last reply, which
//! gives its memory back.
//!
//! - `{job: "export", packet, files, passphrase?}`: `packet` is the packet's JSON with its
//!   `documents` listed, `files` their Blobs in that order. Replies `{reply: "progress", done,
//!   total}` as it goes, then `{reply: "exported", archive}` (a Blob).
//! - `{job: "open", file, passphrase?}`: replies `{reply: "locked"}` for a sealed file without
//!   a passphrase, `{reply: "progress", …}` as it reads, then `{reply: "opened", packet, files}`
//!   (the packet's JSON, and a Blob for each of its `documents`, in order).
//! - Any failure: `{reply: "failed", error}`, a `JobFailure` as JSON.

use std::io::Read;

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, MessageEvent};

use japan_care_planner::domain::archive::jobs::{JobError, JobFailure};
use japan_care_planner::domain::archive::read::{
    is_zip, read_archive, ReadError, MAX_ARCHIVE_BYTES,
};
use japan_care_planner::domain::archive::seal::{
    is_sealed, seal, unseal, UnsealError, WORK_FACTOR,
};
use japan_care_planner::domain::archive::write::write_archive;
use japan_care_planner::domain::packet::Packet;

use crate::blob_io::{BlobReader, BlobSink};

/// Starts answering the page's requests.
pub fn listen() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let request = event.data();
        let reply = match field_text(&request, "job").as_deref() {
            Some("export") => export(&request),
            Some("open") => open(&request),
            _ => Err(JobError::Browser {
                reason: "unknown job".to_owned(),
            }),
        };
        post(&reply.unwrap_or_else(|error| {
            let failure = JobFailure::from(&error).to_json();
            message("failed", &[("error", failure.into())])
        }));
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its listener.
    on_message.forget();
    // Loading the wasm is asynchronous: a request posted before this point would have found
    // no listener, so the page waits for this.
    post(&message("ready", &[]));
}

fn export(request: &JsValue) -> Result<JsValue, JobError> {
    let packet_json = field_text(request, "packet").unwrap_or_default();
    let packet = Packet::parse(&packet_json).map_err(|error| JobError::Browser {
        reason: error.to_string(),
    })?;
    let files: Array = field(request, "files")
        .dyn_into()
        .map_err(|_| browser("no files"))?;
    let total: u64 = packet.documents.iter().map(|document| document.size).sum();
    let mut open = |index: usize| -> std::io::Result<Box<dyn Read>> {
        let blob: Blob = files
            .get(index as u32)
            .dyn_into()
            .map_err(|_| std::io::Error::other("a file is missing"))?;
        Ok(Box::new(BlobReader::new(blob, Box::new(|_| {}))?))
    };
    let mut progress = |done: u64| post_progress(done, total);
    let archive = match field_text(request, "passphrase").filter(|secret| !secret.is_empty()) {
        None => write_archive(BlobSink::new(), &packet, &mut open, &mut progress)?
            .finish("application/zip"),
        Some(passphrase) => {
            let sealer = seal(BlobSink::new(), &passphrase, WORK_FACTOR).map_err(io_error)?;
            write_archive(sealer, &packet, &mut open, &mut progress)?
                .finish()
                .map_err(io_error)?
                .finish("application/octet-stream")
        }
    }
    .map_err(io_error)?;
    Ok(message("exported", &[("archive", archive.into())]))
}

fn open(request: &JsValue) -> Result<JsValue, JobError> {
    let file: Blob = field(request, "file")
        .dyn_into()
        .map_err(|_| browser("no file"))?;
    let size = file.size() as u64;
    if size > MAX_ARCHIVE_BYTES + 1024 * 1024 {
        return Err(JobError::Read(ReadError::ArchiveTooLarge { bytes: size }));
    }
    let progress = Box::new(move |done: u64| post_progress(done, size));
    let mut prefix = [0u8; 32];
    let prefix_len = BlobReader::new(file.clone(), Box::new(|_| {}))
        .and_then(|mut reader| reader.read(&mut prefix))
        .map_err(io_error)?;
    let prefix = &prefix[..prefix_len];
    let bytes = if is_sealed(prefix) {
        let Some(passphrase) =
            field_text(request, "passphrase").filter(|secret| !secret.is_empty())
        else {
            return Ok(message("locked", &[]));
        };
        let source = BlobReader::new(file, progress).map_err(io_error)?;
        let reader = unseal(source, &passphrase).map_err(JobError::Unseal)?;
        // Damage inside the sealed body shows while reading: every chunk is authenticated.
        read_capped(reader).map_err(|error| match error {
            Some(error) => error,
            None => JobError::Unseal(UnsealError::Damaged),
        })?
    } else if is_zip(prefix) {
        let reader = BlobReader::new(file, progress).map_err(io_error)?;
        read_capped(reader).map_err(|error| error.unwrap_or_else(|| browser("unreadable")))?
    } else {
        return Err(JobError::Read(ReadError::NotAnArchive));
    };
    let opened = read_archive(&bytes).map_err(JobError::Read)?;
    let files = Array::new();
    for document in &opened.documents {
        let parts = Array::of1(&Uint8Array::from(document.bytes.as_slice(&bytes)));
        let options = BlobPropertyBag::new();
        options.set_type(&document.entry.media_type);
        let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(|_| browser("out of memory"))?;
        files.push(&blob);
    }
    Ok(message(
        "opened",
        &[
            ("packet", opened.packet.to_json().into()),
            ("files", files.into()),
        ],
    ))
}

/// Everything `reader` gives, refused past the largest archive read. `None` for a read that
/// failed (a damaged sealed body).
fn read_capped(reader: impl Read) -> Result<Vec<u8>, Option<JobError>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_ARCHIVE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| None)?;
    if bytes.len() as u64 > MAX_ARCHIVE_BYTES {
        return Err(Some(JobError::Read(ReadError::ArchiveTooLarge {
            bytes: bytes.len() as u64,
        })));
    }
    Ok(bytes)
}

fn post_progress(done: u64, total: u64) {
    post(&message(
        "progress",
        &[
            ("done", (done as f64).into()),
            ("total", (total as f64).into()),
        ],
    ));
}

fn message(reply: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"reply".into(), &reply.into());
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

fn post(message: &JsValue) {
    let _ = scope().post_message(message);
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn field_text(object: &JsValue, name: &str) -> Option<String> {
    field(object, name).as_string()
}

fn browser(reason: &str) -> JobError {
    JobError::Browser {
        reason: reason.to_owned(),
    }
}

fn io_error(error: std::io::Error) -> JobError {
    JobError::Browser {
        reason: error.to_string(),
    }
}
