//! `storage::crypto` against Chromium's real WebCrypto: a sealed packet opens with its
//! passphrase and with no other, a changed byte is caught, and a file written by another
//! implementation from the documented format opens.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

use japan_care_planner::domain::sealed::{SealedPacket, MIN_ITERATIONS};
use japan_care_planner::storage::crypto::{open, seal, CryptoError};

wasm_bindgen_test_configure!(run_in_browser);

const PACKET: &str = r#"{"format":"japan-care-planner/packet","intake":{"diagnosis":"前立腺がん","note":"Спасибо! よろしくお願いします 🙏🏥"}}"#;
const PASSPHRASE: &str = "桜 blossoms over Kyoto, 2027";

/// A copy of `sealed` with one byte changed by `edit`, as damage in transit would.
fn tampered(
    sealed: &SealedPacket,
    edit: impl FnOnce(&mut [u8; 16], &mut [u8; 12], &mut Vec<u8>),
) -> SealedPacket {
    let (mut salt, mut iv, mut ciphertext) =
        (*sealed.salt(), *sealed.iv(), sealed.ciphertext().to_vec());
    edit(&mut salt, &mut iv, &mut ciphertext);
    SealedPacket::new(sealed.iterations(), salt, iv, ciphertext).expect("still well-formed")
}

#[wasm_bindgen_test]
async fn a_sealed_packet_opens_with_its_passphrase() {
    let started = js_sys::Date::now();
    let sealed = seal(PACKET, PASSPHRASE).await.expect("sealed");
    let sealed_at = js_sys::Date::now();
    let opened = open(&sealed, PASSPHRASE).await.expect("opened");
    let opened_at = js_sys::Date::now();
    assert_eq!(opened, PACKET);
    console_log!(
        "seal {:.0} ms + open {:.0} ms = {:.0} ms at {MIN_ITERATIONS} PBKDF2 iterations",
        sealed_at - started,
        opened_at - sealed_at,
        opened_at - started
    );
}

#[wasm_bindgen_test]
async fn the_envelope_survives_its_json_and_never_repeats_salt_or_iv() {
    let first = seal(PACKET, PASSPHRASE).await.expect("sealed");
    let second = seal(PACKET, PASSPHRASE).await.expect("sealed");
    let read_back = SealedPacket::parse(&first.to_json()).expect("parses");
    assert_eq!(read_back, first);
    assert!(read_back.iterations() >= 600_000);
    assert_ne!(first.salt(), second.salt());
    assert_ne!(first.iv(), second.iv());
    assert_ne!(first.ciphertext(), second.ciphertext());
    assert_ne!(first.salt(), &[0; 16], "random bytes were written back");
    assert_eq!(
        first.ciphertext().len(),
        PACKET.len() + 16,
        "GCM adds only the tag"
    );
    assert_eq!(
        open(&read_back, PASSPHRASE).await.as_deref(),
        Ok(PACKET),
        "a sealed packet opens after a trip through its file"
    );
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_told_as_such() {
    let sealed = seal(PACKET, PASSPHRASE).await.expect("sealed");
    for wrong in [
        "桜 blossoms over Kyoto, 2026",
        "桜 blossoms over kyoto, 2027",
        " ",
    ] {
        assert_eq!(
            open(&sealed, wrong).await,
            Err(CryptoError::WrongPassphrase),
            "{wrong:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_changed_byte_anywhere_is_caught() {
    let sealed = seal(PACKET, PASSPHRASE).await.expect("sealed");
    let damaged = [
        tampered(&sealed, |_, _, ciphertext| ciphertext[0] ^= 0x01),
        tampered(&sealed, |_, _, ciphertext| {
            let tag_end = ciphertext.len() - 1;
            ciphertext[tag_end] ^= 0x80;
        }),
        tampered(&sealed, |_, iv, _| iv[11] ^= 0x01),
        tampered(&sealed, |salt, _, _| salt[0] ^= 0x01),
    ];
    for (index, packet) in damaged.iter().enumerate() {
        assert_eq!(
            open(packet, PASSPHRASE).await,
            Err(CryptoError::WrongPassphrase),
            "damage {index}"
        );
    }
}

#[wasm_bindgen_test]
async fn an_empty_passphrase_is_refused() {
    assert_eq!(seal(PACKET, "").await, Err(CryptoError::EmptyPassphrase));
    let sealed = seal(PACKET, PASSPHRASE).await.expect("sealed");
    assert_eq!(open(&sealed, "").await, Err(CryptoError::EmptyPassphrase));
}

/// Written by Python's `cryptography` (PBKDF2HMAC + AESGCM) from the format in
/// `domain::sealed`, not by this app; the passphrase is "がんばって correct horse".
const FOREIGN: &str = r#"{"format": "japan-care-planner/sealed-packet", "version": 1, "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "AAECAwQFBgcICQoLDA0ODw=="}, "cipher": {"name": "AES-GCM", "length": 256, "iv": "oKGio6Slpqeoqaqr"}, "ciphertext": "mycM+4INHJnqo9xIAMqdpyDqRyc9PbHWAH5njHbDzj6v8wWSVA8mRcPFHKtnWhWXfyZeyxrdpqPMB1i78Ls18j8FOTaAplg/NrKHLXjd3NxECXDb"}"#;

#[wasm_bindgen_test]
async fn a_file_from_another_implementation_opens_whatever_the_normalisation() {
    let sealed = SealedPacket::parse(FOREIGN).expect("parses");
    let plain = r#"{"format":"japan-care-planner/packet","note":"前立腺がん 🏥"}"#;
    let composed = "\u{304c}\u{3093}\u{3070}\u{3063}\u{3066} correct horse";
    let decomposed = "\u{304b}\u{3099}\u{3093}\u{306f}\u{3099}\u{3063}\u{3066} correct horse";
    assert_ne!(composed, decomposed);
    assert_eq!(open(&sealed, composed).await.as_deref(), Ok(plain));
    assert_eq!(open(&sealed, decomposed).await.as_deref(), Ok(plain));
}

/// Also written by Python: "café" in Latin-1 (not UTF-8), passphrase "latin-1".
const NOT_UTF8: &str = r#"{"format": "japan-care-planner/sealed-packet", "version": 1, "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "EBESExQVFhcYGRobHB0eHw=="}, "cipher": {"name": "AES-GCM", "length": 256, "iv": "AAECAwQFBgcICQoL"}, "ciphertext": "0FxQue1d2Va8zr4D3C8j5CYL6vQ="}"#;

#[wasm_bindgen_test]
async fn a_file_that_decrypts_to_something_other_than_utf8_is_not_text() {
    let sealed = SealedPacket::parse(NOT_UTF8).expect("parses");
    assert_eq!(open(&sealed, "latin-1").await, Err(CryptoError::NotText));
}
