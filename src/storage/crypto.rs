//! Passphrase protection for an exported packet, through the browser's WebCrypto.
//!
//! The file format (and what exactly is derived and encrypted) is [`crate::domain::sealed`];
//! this module only runs PBKDF2 and AES-GCM. WebCrypto rather than a Rust crate: the
//! browser's code is native, constant-time and audited, and adds no bytes to the wasm. It
//! exists only in secure contexts (https:// pages and localhost); elsewhere, and outside a
//! browser, every call is [`CryptoError::Unavailable`]. Every failure is a value; nothing
//! here panics.

use std::fmt;

use js_sys::{Array, ArrayBuffer, JsString, Promise, Reflect, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, DomException, Pbkdf2Params, SubtleCrypto,
};

use crate::domain::sealed::{
    SealedPacket, CIPHER_NAME, IV_LEN, KDF_HASH, KDF_NAME, KEY_BITS, MIN_ITERATIONS, SALT_LEN,
};

/// Why a packet could not be sealed or opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CryptoError {
    #[error("encryption is not available here: browsers offer it only on secure (https) pages")]
    Unavailable,
    #[error("a passphrase is needed")]
    EmptyPassphrase,
    #[error("the passphrase is wrong, or the file was changed or damaged")]
    WrongPassphrase,
    #[error("the opened packet is not text")]
    NotText,
    #[error("the browser could not encrypt or decrypt: {reason}")]
    Failed { reason: String },
}

/// Encrypts `plain` with `passphrase`. A new salt and IV every time, so sealing the same
/// packet twice gives two unrelated files.
pub async fn seal(plain: &str, passphrase: &str) -> Result<SealedPacket, CryptoError> {
    require_passphrase(passphrase)?;
    let (crypto, subtle) = web_crypto()?;
    let salt = random_bytes::<SALT_LEN>(&crypto)?;
    let iv = random_bytes::<IV_LEN>(&crypto)?;
    let key = derive_key(&subtle, passphrase, &salt, MIN_ITERATIONS).await?;
    let ciphertext = encrypt(&subtle, &key, &iv, plain.as_bytes()).await?;
    SealedPacket::new(MIN_ITERATIONS, salt, iv, ciphertext).map_err(|error| CryptoError::Failed {
        reason: error.to_string(),
    })
}

/// Decrypts a sealed packet. GCM authenticates as it decrypts, so a wrong passphrase and a
/// changed byte anywhere in the file are both [`CryptoError::WrongPassphrase`], never
/// garbage text.
pub async fn open(sealed: &SealedPacket, passphrase: &str) -> Result<String, CryptoError> {
    require_passphrase(passphrase)?;
    let (_, subtle) = web_crypto()?;
    let key = derive_key(&subtle, passphrase, sealed.salt(), sealed.iterations()).await?;
    let plain = decrypt(&subtle, &key, sealed.iv(), sealed.ciphertext()).await?;
    String::from_utf8(plain).map_err(|_| CryptoError::NotText)
}

/// Refused before any work: an empty passphrase protects nothing, and opening with one
/// would only make the user wait for the key derivation to fail.
fn require_passphrase(passphrase: &str) -> Result<(), CryptoError> {
    if passphrase.is_empty() {
        Err(CryptoError::EmptyPassphrase)
    } else {
        Ok(())
    }
}

/// `window.crypto` and its `subtle`, checked rather than assumed: `subtle` is undefined
/// outside secure contexts, and web-sys's getters do not check.
fn web_crypto() -> Result<(Crypto, SubtleCrypto), CryptoError> {
    // Native builds (`cargo test`) have no window: web-sys calls there would panic.
    let window = crate::web::window().ok_or(CryptoError::Unavailable)?;
    let crypto: Crypto = property(&window, "crypto")?;
    let subtle: SubtleCrypto = property(&crypto, "subtle")?;
    Ok((crypto, subtle))
}

/// A property of a browser object, `Unavailable` when missing or of another type.
fn property<T: JsCast>(target: &JsValue, name: &str) -> Result<T, CryptoError> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.dyn_into::<T>().ok())
        .ok_or(CryptoError::Unavailable)
}

/// Bytes from the browser's cryptographic random generator.
fn random_bytes<const N: usize>(crypto: &Crypto) -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|error| rejected(Step::Random, &error))?;
    Ok(bytes)
}

/// The AES-GCM key for `passphrase`, not extractable: script on the page can use it for
/// this call but never read it.
async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let password = Uint8Array::from(nfc(passphrase)?.as_bytes());
    let derive_only = Array::of1(&JsValue::from_str("deriveKey"));
    let import = subtle.import_key_with_str("raw", &password, KDF_NAME, false, &derive_only);
    let base: CryptoKey = settle(Step::ImportKey, import).await?;
    let params =
        Pbkdf2Params::new_with_str(KDF_NAME, KDF_HASH, iterations, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new(CIPHER_NAME, KEY_BITS);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let derive = subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages);
    settle(Step::DeriveKey, derive).await
}

/// SHA-256 of `bytes`, lowercase hex: a document's hash, checked again when the coordinator
/// opens the archive.
pub async fn sha256_hex(bytes: &ArrayBuffer) -> Result<String, CryptoError> {
    let (_, subtle) = web_crypto()?;
    let call = subtle.digest_with_str_and_buffer_source("SHA-256", bytes);
    let digest: ArrayBuffer = settle(Step::Digest, call).await?;
    Ok(crate::domain::documents::hex(
        &Uint8Array::new(&digest).to_vec(),
    ))
}

/// The passphrase in Unicode NFC, as the format defines it: the same words typed on another
/// system (composed or decomposed kana and accents) must give the same key. Sealed archives
/// (age) take their passphrase the same way.
pub fn nfc(passphrase: &str) -> Result<String, CryptoError> {
    JsString::from(passphrase)
        .normalize("NFC")
        .as_string()
        .ok_or_else(|| CryptoError::Failed {
            reason: "the passphrase could not be normalised".to_owned(),
        })
}

async fn encrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    iv: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let params = AesGcmParams::new(CIPHER_NAME, &Uint8Array::from(iv));
    let call = subtle.encrypt_with_object_and_js_u8_array(&params, key, &Uint8Array::from(plain));
    let buffer: ArrayBuffer = settle(Step::Encrypt, call).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

async fn decrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    iv: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let params = AesGcmParams::new(CIPHER_NAME, &Uint8Array::from(iv));
    let call =
        subtle.decrypt_with_object_and_js_u8_array(&params, key, &Uint8Array::from(ciphertext));
    let buffer: ArrayBuffer = settle(Step::Decrypt, call).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Awaits a WebCrypto call and checks what it resolved to. A call that threw before
/// returning a promise and a promise that rejected mean the same to the caller.
async fn settle<T: JsCast>(step: Step, call: Result<Promise, JsValue>) -> Result<T, CryptoError> {
    let promise = call.map_err(|error| rejected(step, &error))?;
    let value = JsFuture::from(promise)
        .await
        .map_err(|error| rejected(step, &error))?;
    value.dyn_into::<T>().map_err(|_| CryptoError::Failed {
        reason: format!("{step}: the browser returned something unexpected"),
    })
}

/// The WebCrypto call that failed, named in error reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Random,
    ImportKey,
    DeriveKey,
    Encrypt,
    Decrypt,
    Digest,
}

impl fmt::Display for Step {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Step::Random => "getRandomValues",
            Step::ImportKey => "importKey",
            Step::DeriveKey => "deriveKey",
            Step::Encrypt => "encrypt",
            Step::Decrypt => "decrypt",
            Step::Digest => "digest",
        })
    }
}

/// Reads the name and message of whatever the browser threw or rejected with.
fn rejected(step: Step, error: &JsValue) -> CryptoError {
    if let Some(exception) = error.dyn_ref::<DomException>() {
        classify(step, &exception.name(), &exception.message())
    } else if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        classify(
            step,
            &String::from(error.name()),
            &String::from(error.message()),
        )
    } else {
        classify(step, "", &format!("{error:?}"))
    }
}

/// Sorts a WebCrypto failure. AES-GCM decryption rejects with `OperationError` exactly when
/// the tag does not match: a wrong passphrase or a changed file. `NotSupportedError` means
/// this browser lacks an algorithm. Anything else is the browser's own problem.
fn classify(step: Step, name: &str, message: &str) -> CryptoError {
    match (step, name) {
        (Step::Decrypt, "OperationError") => CryptoError::WrongPassphrase,
        (_, "NotSupportedError") => CryptoError::Unavailable,
        _ => CryptoError::Failed {
            reason: format!("{step}: {name}: {message}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use super::*;

    /// Polls a future that must finish without waiting (no browser to wait for).
    fn ready<T>(future: impl Future<Output = T>) -> T {
        match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("the future waited"),
        }
    }

    #[test]
    fn only_a_failed_decryption_means_a_wrong_passphrase() {
        assert_eq!(
            classify(Step::Decrypt, "OperationError", ""),
            CryptoError::WrongPassphrase
        );
        assert_eq!(
            classify(Step::DeriveKey, "OperationError", "too long"),
            CryptoError::Failed {
                reason: "deriveKey: OperationError: too long".to_owned()
            }
        );
        assert_eq!(
            classify(Step::ImportKey, "NotSupportedError", "no PBKDF2"),
            CryptoError::Unavailable
        );
        assert_eq!(
            classify(Step::Encrypt, "TypeError", "bad iv"),
            CryptoError::Failed {
                reason: "encrypt: TypeError: bad iv".to_owned()
            }
        );
    }

    #[test]
    fn outside_a_browser_nothing_is_attempted() {
        assert_eq!(
            ready(seal("{}", "passphrase")),
            Err(CryptoError::Unavailable)
        );
        let sealed = SealedPacket::new(MIN_ITERATIONS, [0; SALT_LEN], [0; IV_LEN], vec![0; 16])
            .expect("a valid envelope");
        assert_eq!(
            ready(open(&sealed, "passphrase")),
            Err(CryptoError::Unavailable)
        );
    }

    #[test]
    fn an_empty_passphrase_is_refused_first() {
        assert_eq!(ready(seal("{}", "")), Err(CryptoError::EmptyPassphrase));
        let sealed = SealedPacket::new(MIN_ITERATIONS, [0; SALT_LEN], [0; IV_LEN], vec![0; 16])
            .expect("a valid envelope");
        assert_eq!(ready(open(&sealed, "")), Err(CryptoError::EmptyPassphrase));
    }
}
