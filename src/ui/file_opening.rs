//! Opening a file the user chose: its size checked before it is read, an encrypted one held
//! until its passphrase is given, then handed to the page's own reader. Every failure is a
//! message in the reader's language; nothing stored changes.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::sealed::{is_sealed, SealedPacket};
use crate::i18n::{Args, I18n};
use crate::storage::crypto::{self, CryptoError};

/// Where opening a file stands.
#[derive(Clone)]
pub enum Opened<T> {
    Nothing,
    /// Encrypted: waiting for the passphrase. `retry` says the last one was wrong.
    Locked {
        sealed: SealedPacket,
        retry: bool,
    },
    Shown(T),
    Failed(String),
}

/// How a page reads the text of a file (after decryption): what it shows, or why not.
pub type Reader<T> = fn(I18n, &str) -> Result<T, String>;

/// Reads `file` into `opened`: too large (over `max_bytes`) or unreadable files are named,
/// encrypted ones wait for their passphrase, the rest go to `read`.
pub fn open_file<T: Clone + Send + Sync + 'static>(
    i18n: I18n,
    file: web_sys::File,
    max_bytes: usize,
    opened: RwSignal<Opened<T>>,
    read: Reader<T>,
) {
    if file.size() > max_bytes as f64 {
        opened.set(Opened::Failed(too_large_text(i18n, file.size(), max_bytes)));
        return;
    }
    spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        opened.set(match text.ok().and_then(|text| text.as_string()) {
            None => Opened::Failed(i18n.t("file-unreadable")),
            Some(text) => open_text(i18n, &text, read),
        });
    });
}

/// Decrypts a locked file with `secret` and reads it; a wrong passphrase keeps the prompt.
pub fn unlock<T: Clone + Send + Sync + 'static>(
    i18n: I18n,
    sealed: SealedPacket,
    secret: String,
    opened: RwSignal<Opened<T>>,
    read: Reader<T>,
) {
    spawn_local(async move {
        opened.set(match crypto::open(&sealed, &secret).await {
            Ok(text) => open_text(i18n, &text, read),
            Err(CryptoError::Unavailable) => Opened::Failed(i18n.t("file-crypto-unavailable")),
            Err(_) => Opened::Locked {
                sealed,
                retry: true,
            },
        });
    });
}

fn open_text<T>(i18n: I18n, text: &str, read: Reader<T>) -> Opened<T> {
    if is_sealed(text) {
        return match SealedPacket::parse(text) {
            Ok(sealed) => Opened::Locked {
                sealed,
                retry: false,
            },
            Err(error) => Opened::Failed(i18n.t_args(
                "file-sealed-damaged",
                &Args::new().text("reason", error.to_string()),
            )),
        };
    }
    match read(i18n, text) {
        Ok(value) => Opened::Shown(value),
        Err(message) => Opened::Failed(message),
    }
}

/// "The file is too large (5.2 MB; at most 5.0 MB)": for a file refused before it is read,
/// and for text a reader found too long.
pub fn too_large_text(i18n: I18n, bytes: f64, max_bytes: usize) -> String {
    let megabytes = |bytes: f64| format!("{:.1}", bytes / 1_048_576.0);
    i18n.t_args(
        "file-too-large",
        &Args::new()
            .text("size", megabytes(bytes))
            .text("limit", megabytes(max_bytes as f64)),
    )
}
