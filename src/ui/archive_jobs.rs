//! Runs a job in the archive worker (`src/bin/archive_worker`): one worker per job, ended
//! after its last reply so the memory it used goes back to the system. Its code is fetched
//! on the first job (and kept by the service worker for offline use).

use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, MessageEvent, Worker};

use crate::domain::archive::jobs::{FailureKind, JobFailure};
use crate::domain::archive::{archived_documents, ArchivedDocument};
use crate::domain::documents::{total_size, DocumentFile};
use crate::i18n::{Args, I18n};
use crate::storage::download_blob;
use crate::storage::file_store::FileStore;
use leptos::prelude::{RwSignal, Set};

/// The worker's script, beside the pages.
const WORKER_URL: &str = "/archive-worker.js";

/// How a job ended.
pub enum Outcome {
    /// The archive made by an export.
    Exported(Blob),
    /// A sealed archive was given without a passphrase.
    Locked,
    /// An opened archive: the packet's JSON, and each listed document's bytes, in order.
    Opened {
        packet: String,
        files: Vec<Blob>,
    },
    Failed(JobFailure),
}

/// Exports `packet` (its JSON, listing the documents) with `files` in that order, sealed
/// when `passphrase` is given. `progress` hears the bytes done of the total.
pub async fn export(
    packet: &str,
    files: &[Blob],
    passphrase: Option<String>,
    progress: impl Fn(f64, f64) + 'static,
) -> Outcome {
    let list = Array::new();
    for file in files {
        list.push(file);
    }
    let request = request(
        "export",
        &[("packet", packet.into()), ("files", list.into())],
    );
    run(request, passphrase, progress).await
}

/// Opens the archive `file`, sealed or not.
pub async fn open(
    file: &Blob,
    passphrase: Option<String>,
    progress: impl Fn(f64, f64) + 'static,
) -> Outcome {
    run(
        request("open", &[("file", file.into())]),
        passphrase,
        progress,
    )
    .await
}

/// The packet with documents, from the patient's side: the bytes of `files` read from `store`,
/// the packet's JSON and file name made by `packet` from their entries (and whether it is
/// sealed), archived by the worker (sealed with `secret` when not empty) while `progress`
/// follows, and offered as a download. Files whose bytes are gone are left out and named.
/// Returns what to tell the user.
pub async fn export_with_documents(
    i18n: I18n,
    store: &FileStore,
    files: Vec<DocumentFile>,
    secret: String,
    progress: RwSignal<Option<(f64, f64)>>,
    packet: impl FnOnce(Vec<ArchivedDocument>, bool) -> (String, String),
) -> String {
    let mut kept = Vec::new();
    let mut blobs = Vec::new();
    let mut missing = Vec::new();
    for file in files {
        match store.blob(&file.id).await {
            Ok(Some(blob)) => {
                kept.push(file);
                blobs.push(blob);
            }
            _ => missing.push(file.name),
        }
    }
    let sealed = !secret.is_empty();
    let (json, file_name) = packet(archived_documents(&kept), sealed);
    progress.set(Some((0.0, total_size(&kept) as f64)));
    let outcome = export(
        &json,
        &blobs,
        sealed.then_some(secret),
        move |done, total| progress.set(Some((done, total))),
    )
    .await;
    progress.set(None);
    let mut message = match outcome {
        Outcome::Exported(archive) if download_blob(&file_name, &archive) => i18n.t_args(
            "archive-done",
            &Args::new()
                .text("file", file_name)
                .int("count", kept.len() as i64),
        ),
        Outcome::Failed(failure) => job_error_text(i18n, &failure),
        _ => job_error_text(i18n, &JobFailure::browser("the download was refused")),
    };
    if !missing.is_empty() {
        message.push(' ');
        message.push_str(&i18n.t_args(
            "archive-left-out",
            &Args::new().text("names", missing.join(", ")),
        ));
    }
    message
}

fn request(job: &str, fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    let _ = Reflect::set(&object, &"job".into(), &job.into());
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

async fn run(
    request: Object,
    passphrase: Option<String>,
    progress: impl Fn(f64, f64) + 'static,
) -> Outcome {
    if let Some(passphrase) = passphrase {
        let normalized = crate::storage::crypto::nfc(&passphrase).unwrap_or(passphrase);
        let _ = Reflect::set(&request, &"passphrase".into(), &normalized.into());
    }
    let Ok(worker) = Worker::new(WORKER_URL) else {
        return unavailable();
    };
    // The listeners live until the job's last reply settles the promise.
    let mut listeners: Vec<Closure<dyn FnMut(JsValue)>> = Vec::new();
    let progress = Rc::new(progress);
    let promise = Promise::new(&mut |resolve, _| {
        let on_message = {
            let resolve = resolve.clone();
            let progress = progress.clone();
            let (worker, request) = (worker.clone(), request.clone());
            Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                let data = event
                    .dyn_ref::<MessageEvent>()
                    .map(MessageEvent::data)
                    .unwrap_or(JsValue::UNDEFINED);
                match field(&data, "reply").as_string().as_deref() {
                    // Its wasm is loaded and it listens: a request sent earlier would be lost.
                    Some("ready") => {
                        if worker.post_message(&request).is_err() {
                            let _ = resolve.call1(&JsValue::NULL, &JsValue::UNDEFINED);
                        }
                    }
                    Some("progress") => {
                        let number = |name| field(&data, name).as_f64().unwrap_or_default();
                        progress(number("done"), number("total"));
                    }
                    _ => {
                        let _ = resolve.call1(&JsValue::NULL, &data);
                    }
                }
            })
        };
        // The script could not be loaded (offline before it was ever cached) or crashed.
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::UNDEFINED);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        listeners.extend([on_message, on_error]);
    });
    let reply = JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED);
    worker.terminate();
    drop(listeners);
    outcome(&reply)
}

fn outcome(reply: &JsValue) -> Outcome {
    match field(reply, "reply").as_string().as_deref() {
        Some("exported") => match field(reply, "archive").dyn_into::<Blob>() {
            Ok(archive) => Outcome::Exported(archive),
            Err(_) => unavailable(),
        },
        Some("locked") => Outcome::Locked,
        Some("opened") => {
            let files = field(reply, "files")
                .dyn_into::<Array>()
                .map(|files| {
                    files
                        .iter()
                        .filter_map(|file| file.dyn_into().ok())
                        .collect()
                })
                .unwrap_or_default();
            Outcome::Opened {
                packet: field(reply, "packet").as_string().unwrap_or_default(),
                files,
            }
        }
        Some("failed") => Outcome::Failed(JobFailure::from_json(
            &field(reply, "error").as_string().unwrap_or_default(),
        )),
        _ => unavailable(),
    }
}

fn unavailable() -> Outcome {
    Outcome::Failed(JobFailure::browser(
        "the archive worker could not be started",
    ))
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// What to tell the reader about a failed export or opening.
pub fn job_error_text(i18n: I18n, failure: &JobFailure) -> String {
    let id = match failure.kind {
        FailureKind::NotAnArchive => "archive-not-zip",
        FailureKind::TooLarge => "archive-too-large",
        FailureKind::UnsafeName => "archive-unsafe-name",
        FailureKind::Bomb => "archive-bomb",
        FailureKind::Duplicate => "archive-duplicate",
        FailureKind::Damaged => "archive-damaged",
        FailureKind::HashMismatch => "archive-hash-mismatch",
        FailureKind::Kind => "archive-file-kind",
        FailureKind::DisguisedName => "archive-disguised-name",
        FailureKind::NotAPacket => "archive-not-packet",
        FailureKind::WrongPassphrase => "file-wrong-passphrase",
        FailureKind::SealedDamaged => "archive-sealed-damaged",
        FailureKind::TooMuchWork => "archive-sealed-too-much-work",
        FailureKind::SealedOther => "archive-sealed-other",
        FailureKind::Changed => "archive-changed",
        FailureKind::Browser => "archive-browser-failed",
    };
    // Each message names what it is about as `name` (an entry, a file) or `reason`.
    let args = Args::new()
        .text("name", failure.detail.clone())
        .text("reason", failure.detail.clone());
    i18n.t_args(id, &args)
}
