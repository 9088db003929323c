//! The sealed packet: a packet encrypted with a passphrase, kept as one JSON document.
//!
//! A patient may protect an exported packet before sending it by email or chat; the
//! coordinator opens it in the app with the passphrase, given to them another way. The
//! encryption is the browser's WebCrypto (`storage::crypto`); this module is only the file
//! format, checked without a browser so a damaged or hostile file is refused before any key
//! derivation starts.
//!
//! # Format, version 1
//!
//! ```json
//! {
//!   "format": "japan-care-planner/sealed-packet",
//!   "version": 1,
//!   "kdf": {
//!     "name": "PBKDF2",
//!     "hash": "SHA-256",
//!     "iterations": 600000,
//!     "salt": "<base64 of 16 random bytes>"
//!   },
//!   "cipher": {
//!     "name": "AES-GCM",
//!     "length": 256,
//!     "iv": "<base64 of 12 random bytes>"
//!   },
//!   "ciphertext": "<base64 of the AES-GCM output: the encrypted bytes, then the 16-byte tag>"
//! }
//! ```
//!
//! - key = PBKDF2-HMAC-SHA-256(password = the UTF-8 bytes of the passphrase in Unicode
//!   normalization form C, salt, iterations), 32 bytes long. NFC because the same passphrase
//!   typed on two systems can arrive composed or decomposed (が or か + ◌゙).
//! - ciphertext = AES-256-GCM(key, iv, the UTF-8 bytes of the packet JSON), no additional
//!   data, 128-bit tag appended (the layout WebCrypto produces and expects).
//! - base64 is the standard alphabet of RFC 4648 §4 with `=` padding and no line breaks.
//! - Every sealing draws a new salt and IV. This build writes 600 000 iterations (OWASP's
//!   2023 figure for PBKDF2-HMAC-SHA-256); readers accept 600 000 to 10 000 000, so a weak
//!   file is not silently trusted and a hostile one cannot keep the browser busy for hours.
//! - Unknown fields inside `kdf` and `cipher` are refused (they could change how the key or
//!   the cipher is computed); unknown top-level fields are ignored. Key order and whitespace
//!   do not matter; [`SealedPacket::to_json`] writes the order above, pretty-printed.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

/// The `format` value every sealed packet carries.
pub const SEALED_FORMAT: &str = "japan-care-planner/sealed-packet";
/// The envelope version this build writes and the only one it reads.
pub const SEALED_VERSION: u32 = 1;
/// Fewest PBKDF2 iterations written or accepted.
pub const MIN_ITERATIONS: u32 = 600_000;
/// Most PBKDF2 iterations accepted: a few seconds in a browser, not hours.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The key derivation, as WebCrypto names it.
pub const KDF_NAME: &str = "PBKDF2";
/// The PBKDF2 hash, as WebCrypto names it.
pub const KDF_HASH: &str = "SHA-256";
/// The cipher, as WebCrypto names it.
pub const CIPHER_NAME: &str = "AES-GCM";
/// The AES key length in bits.
pub const KEY_BITS: u32 = 256;
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;
/// AES-GCM IV length in bytes (96 bits, the length GCM is designed for).
pub const IV_LEN: usize = 12;
/// AES-GCM tag length in bytes; WebCrypto appends it to the ciphertext.
pub const TAG_LEN: usize = 16;
/// Largest ciphertext written or read: a packet is at most 5 MiB (`packet::MAX_PACKET_BYTES`)
/// and the tag adds 16 bytes.
pub const MAX_CIPHERTEXT_BYTES: usize = 6 * 1024 * 1024;
/// Larger texts are refused before they are parsed: the ciphertext's base64 plus room for
/// the other fields.
pub const MAX_SEALED_BYTES: usize = MAX_CIPHERTEXT_BYTES.div_ceil(3) * 4 + 4096;

/// A sealed packet whose fields have been checked: supported algorithms, iterations in
/// range, salt and IV of the right length, a ciphertext long enough to hold a tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Wire", into = "Wire")]
pub struct SealedPacket {
    iterations: u32,
    salt: [u8; SALT_LEN],
    iv: [u8; IV_LEN],
    ciphertext: Vec<u8>,
}

/// Why a text is not a sealed packet this app can open.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SealedError {
    #[error("the file is not a sealed packet")]
    NotSealed,
    #[error("the sealed packet is too large ({bytes} bytes)")]
    TooLarge { bytes: usize },
    #[error("the sealed packet is damaged: {reason}")]
    Malformed { reason: String },
    #[error("the sealed packet is version {version}; this app reads version {SEALED_VERSION}")]
    NewerVersion { version: u64 },
    #[error("the sealed packet uses settings this app does not accept: {reason}")]
    Unsupported { reason: String },
}

impl SealedPacket {
    /// A sealed packet from the parts WebCrypto produced. Checked like a parsed file, so
    /// whatever this build writes, it can read back.
    pub fn new(
        iterations: u32,
        salt: [u8; SALT_LEN],
        iv: [u8; IV_LEN],
        ciphertext: Vec<u8>,
    ) -> Result<SealedPacket, SealedError> {
        let iterations = check_iterations(u64::from(iterations))?;
        if ciphertext.len() < TAG_LEN {
            return Err(malformed(format!(
                "the ciphertext is {} bytes, shorter than the {TAG_LEN}-byte tag",
                ciphertext.len()
            )));
        }
        if ciphertext.len() > MAX_CIPHERTEXT_BYTES {
            return Err(SealedError::TooLarge {
                bytes: ciphertext.len(),
            });
        }
        Ok(SealedPacket {
            iterations,
            salt,
            iv,
            ciphertext,
        })
    }

    /// Reads a sealed packet file. `NotSealed` exactly when [`is_sealed`] is false; the
    /// version is checked before the shape, so a newer file is reported as newer rather than
    /// as damaged.
    pub fn parse(text: &str) -> Result<SealedPacket, SealedError> {
        let text = without_bom(text);
        if !claims_sealed(text) {
            return Err(SealedError::NotSealed);
        }
        if text.len() > MAX_SEALED_BYTES {
            return Err(SealedError::TooLarge { bytes: text.len() });
        }
        let value: Value = serde_json::from_str(text)
            .map_err(|error| malformed(format!("not valid JSON: {error}")))?;
        if value.get("format").and_then(Value::as_str) != Some(SEALED_FORMAT) {
            return Err(malformed(format!("format is not {SEALED_FORMAT}")));
        }
        let version = value
            .get("version")
            .and_then(Value::as_u64)
            .ok_or_else(|| malformed("version is missing or not a whole number".to_owned()))?;
        check_version(version)?;
        let wire: Wire =
            serde_json::from_value(value).map_err(|error| malformed(error.to_string()))?;
        SealedPacket::try_from(wire)
    }

    /// The file text, in the documented key order.
    pub fn to_json(&self) -> String {
        // Serialising strings and integers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// PBKDF2 iterations, within `MIN_ITERATIONS..=MAX_ITERATIONS`.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    pub fn salt(&self) -> &[u8; SALT_LEN] {
        &self.salt
    }

    pub fn iv(&self) -> &[u8; IV_LEN] {
        &self.iv
    }

    /// The encrypted bytes followed by the 16-byte tag.
    pub fn ciphertext(&self) -> &[u8] {
        &self.ciphertext
    }
}

/// Whether `text` claims to be a sealed packet, so an importer can route it: a JSON object
/// whose `format` is [`SEALED_FORMAT`], or a text that begins like one
/// (`{"format": "japan-care-planner/sealed-packet"`, whitespace aside), so a file cut short is
/// reported as a damaged sealed packet rather than as something else. Never panics.
pub fn is_sealed(text: &str) -> bool {
    claims_sealed(without_bom(text))
}

fn claims_sealed(text: &str) -> bool {
    begins_like_sealed(text) || (text.len() <= MAX_SEALED_BYTES && names_sealed_format(text))
}

/// The start of every file [`SealedPacket::to_json`] writes, compared without JSON
/// whitespace; cheap whatever the text's length.
fn begins_like_sealed(text: &str) -> bool {
    let start = format!("{{\"format\":\"{SEALED_FORMAT}\"");
    text.bytes()
        .filter(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
        .take(start.len())
        .eq(start.bytes())
}

/// For files another tool rewrote with the keys in a different order.
fn names_sealed_format(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<String>,
    }
    // serde also reads a struct from a JSON array; only an object can be a sealed packet.
    text.trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
        && serde_json::from_str::<Probe>(text)
            .is_ok_and(|probe| probe.format.as_deref() == Some(SEALED_FORMAT))
}

/// Editors on Windows may save UTF-8 with a byte order mark, which JSON parsers refuse.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn malformed(reason: String) -> SealedError {
    SealedError::Malformed { reason }
}

fn unsupported(reason: String) -> SealedError {
    SealedError::Unsupported { reason }
}

fn check_version(version: u64) -> Result<(), SealedError> {
    match version {
        0 => Err(malformed("version 0 does not exist".to_owned())),
        1 => Ok(()),
        newer => Err(SealedError::NewerVersion { version: newer }),
    }
}

fn check_iterations(iterations: u64) -> Result<u32, SealedError> {
    u32::try_from(iterations)
        .ok()
        .filter(|count| (MIN_ITERATIONS..=MAX_ITERATIONS).contains(count))
        .ok_or_else(|| {
            unsupported(format!(
                "{iterations} PBKDF2 iterations (accepted: {MIN_ITERATIONS} to {MAX_ITERATIONS})"
            ))
        })
}

/// Decodes a base64 field that must hold exactly `N` bytes.
fn decode_exact<const N: usize>(field: &str, text: &str) -> Result<[u8; N], SealedError> {
    let bytes = base64::decode(text).map_err(|error| malformed(format!("{field}: {error}")))?;
    let length = bytes.len();
    <[u8; N]>::try_from(bytes).map_err(|_| malformed(format!("{field} is {length} bytes, not {N}")))
}

/// The envelope as it is written, before its fields are checked.
#[derive(Serialize, Deserialize)]
struct Wire {
    format: String,
    version: u64,
    kdf: WireKdf,
    cipher: WireCipher,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireKdf {
    name: String,
    hash: String,
    iterations: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireCipher {
    name: String,
    length: u64,
    iv: String,
}

impl TryFrom<Wire> for SealedPacket {
    type Error = SealedError;

    fn try_from(wire: Wire) -> Result<SealedPacket, SealedError> {
        if wire.format != SEALED_FORMAT {
            return Err(SealedError::NotSealed);
        }
        check_version(wire.version)?;
        let WireKdf {
            name,
            hash,
            iterations,
            salt,
        } = wire.kdf;
        if name != KDF_NAME || hash != KDF_HASH {
            return Err(unsupported(format!("key derivation {name} with {hash}")));
        }
        let WireCipher { name, length, iv } = wire.cipher;
        if name != CIPHER_NAME || length != u64::from(KEY_BITS) {
            return Err(unsupported(format!(
                "cipher {name} with a {length}-bit key"
            )));
        }
        let iterations = check_iterations(iterations)?;
        let salt = decode_exact::<SALT_LEN>("kdf.salt", &salt)?;
        let iv = decode_exact::<IV_LEN>("cipher.iv", &iv)?;
        let ciphertext = base64::decode(&wire.ciphertext)
            .map_err(|error| malformed(format!("ciphertext: {error}")))?;
        SealedPacket::new(iterations, salt, iv, ciphertext)
    }
}

impl From<SealedPacket> for Wire {
    fn from(packet: SealedPacket) -> Wire {
        Wire {
            format: SEALED_FORMAT.to_owned(),
            version: u64::from(SEALED_VERSION),
            kdf: WireKdf {
                name: KDF_NAME.to_owned(),
                hash: KDF_HASH.to_owned(),
                iterations: u64::from(packet.iterations),
                salt: base64::encode(&packet.salt),
            },
            cipher: WireCipher {
                name: CIPHER_NAME.to_owned(),
                length: u64::from(KEY_BITS),
                iv: base64::encode(&packet.iv),
            },
            ciphertext: base64::encode(&packet.ciphertext),
        }
    }
}

/// Standard base64 (RFC 4648 §4) with padding: a few lines here instead of a dependency.
/// Decoding is strict (no whitespace, no URL-safe letters, no stray bits), so every text it
/// accepts is exactly what [`encode`] writes for the decoded bytes.
pub mod base64 {
    use thiserror::Error;

    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
    pub enum Base64Error {
        #[error("base64 length {0} is not a multiple of 4")]
        Length(usize),
        #[error("not a base64 character at byte {0}")]
        Character(usize),
        #[error("misplaced base64 padding")]
        Padding,
        #[error("base64 with bits set after the last byte")]
        TrailingBits,
    }

    pub fn encode(bytes: &[u8]) -> String {
        let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let byte_at = |index: usize| u32::from(chunk.get(index).copied().unwrap_or(0));
            let group = byte_at(0) << 16 | byte_at(1) << 8 | byte_at(2);
            for position in 0..4 {
                if position <= chunk.len() {
                    let sextet = (group >> (18 - 6 * position)) & 0x3f;
                    text.push(char::from(ALPHABET[sextet as usize]));
                } else {
                    text.push('=');
                }
            }
        }
        text
    }

    pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
        let input = text.as_bytes();
        if !input.len().is_multiple_of(4) {
            return Err(Base64Error::Length(input.len()));
        }
        let groups = input.len() / 4;
        let mut bytes = Vec::with_capacity(groups * 3);
        for (index, quad) in input.chunks_exact(4).enumerate() {
            let padding = quad.iter().rev().take_while(|&&byte| byte == b'=').count();
            if padding > 2 || (padding > 0 && index + 1 < groups) {
                return Err(Base64Error::Padding);
            }
            let mut group = 0u32;
            for (offset, &byte) in quad[..4 - padding].iter().enumerate() {
                let sextet = sextet(byte).ok_or(Base64Error::Character(index * 4 + offset))?;
                group = group << 6 | sextet;
            }
            group <<= 6 * padding;
            let decoded = group.to_be_bytes();
            let kept = 3 - padding;
            if decoded[1 + kept..].iter().any(|&byte| byte != 0) {
                return Err(Base64Error::TrailingBits);
            }
            bytes.extend_from_slice(&decoded[1..1 + kept]);
        }
        Ok(bytes)
    }

    fn sextet(byte: u8) -> Option<u32> {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(u32::from(value))
    }
}

#[cfg(test)]
mod tests {
    use super::base64::{decode, encode, Base64Error};
    use super::*;

    /// Written by Python's `cryptography` (PBKDF2HMAC + AESGCM), not by this app: the format
    /// description above is enough to produce a file the app reads. Passphrase
    /// "がんばって correct horse", plaintext in `FIXTURE_PLAIN`; opened in `tests/web_crypto.rs`.
    const FIXTURE: &str = r#"{"format": "japan-care-planner/sealed-packet", "version": 1, "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "AAECAwQFBgcICQoLDA0ODw=="}, "cipher": {"name": "AES-GCM", "length": 256, "iv": "oKGio6Slpqeoqaqr"}, "ciphertext": "mycM+4INHJnqo9xIAMqdpyDqRyc9PbHWAH5njHbDzj6v8wWSVA8mRcPFHKtnWhWXfyZeyxrdpqPMB1i78Ls18j8FOTaAplg/NrKHLXjd3NxECXDb"}"#;
    const FIXTURE_PLAIN: &str = r#"{"format":"japan-care-planner/packet","note":"前立腺がん 🏥"}"#;

    fn sample() -> SealedPacket {
        SealedPacket::new(
            MIN_ITERATIONS,
            [7; SALT_LEN],
            [9; IV_LEN],
            (0..=40).collect(),
        )
        .unwrap()
    }

    /// The sample's JSON with `from` replaced by `to`, which must occur exactly once.
    fn edited(from: &str, to: &str) -> String {
        let json = sample().to_json();
        assert_eq!(json.matches(from).count(), 1, "{from} in {json}");
        json.replace(from, to)
    }

    fn assert_malformed(text: &str) {
        assert!(
            matches!(
                SealedPacket::parse(text),
                Err(SealedError::Malformed { .. })
            ),
            "{text}: {:?}",
            SealedPacket::parse(text)
        );
    }

    fn assert_unsupported(text: &str) {
        assert!(
            matches!(
                SealedPacket::parse(text),
                Err(SealedError::Unsupported { .. })
            ),
            "{text}: {:?}",
            SealedPacket::parse(text)
        );
    }

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(decode(coded), Ok(plain.as_bytes().to_vec()));
        }
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "+/+/");
        assert_eq!(decode("+/+/"), Ok(vec![0xfb, 0xff, 0xbf]));
    }

    #[test]
    fn base64_round_trips_every_length_and_every_byte() {
        for length in 0..=40usize {
            for seed in [0u8, 1, 0x55, 0xaa, 0xff] {
                let bytes: Vec<u8> = (0..length)
                    .map(|index| (index as u8).wrapping_mul(37).wrapping_add(seed))
                    .collect();
                let coded = encode(&bytes);
                assert_eq!(coded.len(), length.div_ceil(3) * 4);
                assert_eq!(decode(&coded), Ok(bytes));
            }
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)), Ok(all));
    }

    #[test]
    fn base64_refuses_what_it_does_not_write() {
        for (text, error) in [
            ("Z", Base64Error::Length(1)),
            ("Zg=", Base64Error::Length(3)),
            ("Zm9vY", Base64Error::Length(5)),
            ("Zm9v!A==", Base64Error::Character(4)),
            ("Zm-v", Base64Error::Character(2)),
            ("Zm_v", Base64Error::Character(2)),
            (" Zm9", Base64Error::Character(0)),
            ("Zm9\n", Base64Error::Character(3)),
            ("Zé=", Base64Error::Character(1)),
            ("Zm=v", Base64Error::Character(2)),
            ("Z=g=", Base64Error::Character(1)),
            ("====", Base64Error::Padding),
            ("Z===", Base64Error::Padding),
            ("Zg==Zg==", Base64Error::Padding),
            ("Zh==", Base64Error::TrailingBits),
            ("Zm9=", Base64Error::TrailingBits),
        ] {
            assert_eq!(decode(text), Err(error), "{text:?}");
        }
    }

    /// Every short text over letters, padding and foreign characters: decoding never panics,
    /// and what it accepts is exactly what encoding writes.
    #[test]
    fn base64_decoding_accepts_only_canonical_text() {
        let symbols = ["A", "g", "/", "=", "-", " ", "é"];
        let mut texts = vec![String::new()];
        let mut accepted = 0;
        for _ in 0..6 {
            texts = texts
                .iter()
                .flat_map(|text| symbols.iter().map(move |symbol| format!("{text}{symbol}")))
                .collect();
            for text in &texts {
                if let Ok(bytes) = decode(text) {
                    assert_eq!(&encode(&bytes), text);
                    accepted += 1;
                }
            }
        }
        assert!(accepted > 0);
    }

    #[test]
    fn an_envelope_round_trips_through_its_json() {
        let packet = sample();
        let json = packet.to_json();
        assert_eq!(SealedPacket::parse(&json), Ok(packet.clone()));
        assert_eq!(
            serde_json::from_str::<SealedPacket>(&json).ok(),
            Some(packet)
        );
    }

    /// The text is the documented format, key for key.
    #[test]
    fn the_json_is_the_documented_format() {
        let expected = r#"{
  "format": "japan-care-planner/sealed-packet",
  "version": 1,
  "kdf": {
    "name": "PBKDF2",
    "hash": "SHA-256",
    "iterations": 600000,
    "salt": "BwcHBwcHBwcHBwcHBwcHBw=="
  },
  "cipher": {
    "name": "AES-GCM",
    "length": 256,
    "iv": "CQkJCQkJCQkJCQkJ"
  },
  "ciphertext": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJyg="
}"#;
        assert_eq!(sample().to_json(), expected);
    }

    #[test]
    fn a_file_written_by_another_implementation_is_read() {
        let packet = SealedPacket::parse(FIXTURE).unwrap();
        assert_eq!(packet.iterations(), 600_000);
        assert_eq!(packet.salt(), &core::array::from_fn(|index| index as u8));
        assert_eq!(
            packet.iv(),
            &core::array::from_fn(|index| 0xa0 + index as u8)
        );
        assert_eq!(
            packet.ciphertext().len(),
            FIXTURE_PLAIN.len() + TAG_LEN,
            "GCM adds only the tag"
        );
        assert!(is_sealed(FIXTURE));
    }

    #[test]
    fn a_newer_version_is_reported_even_when_its_shape_changed() {
        assert_eq!(
            SealedPacket::parse(&format!(
                r#"{{"format": "{SEALED_FORMAT}", "version": 2, "kem": "ML-KEM-768"}}"#
            )),
            Err(SealedError::NewerVersion { version: 2 })
        );
        assert_eq!(
            SealedPacket::parse(&edited(
                "\"version\": 1",
                "\"version\": 18446744073709551615"
            )),
            Err(SealedError::NewerVersion { version: u64::MAX })
        );
        for version in ["0", "1.5", "\"1\"", "-1", "null"] {
            assert_malformed(&edited(
                "\"version\": 1",
                &format!("\"version\": {version}"),
            ));
        }
        assert_malformed(&edited("\"version\": 1,", ""));
    }

    #[test]
    fn other_algorithms_and_iteration_counts_are_unsupported() {
        for (from, to) in [
            ("\"PBKDF2\"", "\"scrypt\""),
            ("\"SHA-256\"", "\"SHA-1\""),
            ("\"AES-GCM\"", "\"AES-CBC\""),
            ("\"length\": 256", "\"length\": 128"),
            ("600000", "599999"),
            ("600000", "0"),
            ("600000", "10000001"),
            ("600000", "4294967296"),
        ] {
            assert_unsupported(&edited(from, to));
        }
        assert_eq!(
            SealedPacket::parse(&edited("600000", "10000000")).map(|packet| packet.iterations()),
            Ok(MAX_ITERATIONS)
        );
        assert_eq!(
            SealedPacket::new(MIN_ITERATIONS - 1, [0; SALT_LEN], [0; IV_LEN], vec![0; 16]),
            Err(SealedError::Unsupported {
                reason: "599999 PBKDF2 iterations (accepted: 600000 to 10000000)".to_owned()
            })
        );
    }

    #[test]
    fn damaged_fields_are_malformed() {
        let salt = "BwcHBwcHBwcHBwcHBwcHBw==";
        let iv = "CQkJCQkJCQkJCQkJ";
        let ciphertext = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJyg=";
        let ciphertext_field = format!("\"ciphertext\": \"{ciphertext}\"");
        for (from, to) in [
            // Salt of 15 and 17 bytes, IV of 11 and 13, not base64 at all.
            (salt, "BwcHBwcHBwcHBwcHBwcH"),
            (salt, "BwcHBwcHBwcHBwcHBwcHBwc="),
            (iv, "CQkJCQkJCQkJCQk="),
            (iv, "CQkJCQkJCQkJCQkJCQ=="),
            (iv, "CQkJCQkJCQkJCQkJ\\n"),
            (salt, "not base64!"),
            // Ciphertext shorter than a tag, or damaged in transit.
            (ciphertext, "AAECAwQFBgcICQoLDA0O"),
            (ciphertext, ""),
            (
                ciphertext,
                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJyg",
            ),
            (
                ciphertext,
                "AAECAwQFBgcI CQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJyg=",
            ),
            // Wrong types, missing fields, unknown fields where they would change the crypto.
            ("\"iterations\": 600000", "\"iterations\": \"600000\""),
            ("\"iterations\": 600000", "\"iterations\": 6e5"),
            ("\"iterations\": 600000,", ""),
            (
                "\"hash\": \"SHA-256\",",
                "\"hash\": \"SHA-256\", \"dkLen\": 16,",
            ),
            ("\"length\": 256,", "\"length\": 256, \"tagLength\": 96,"),
            (ciphertext_field.as_str(), "\"ciphertext\": null"),
        ] {
            assert_malformed(&edited(from, to));
        }
        assert_eq!(
            SealedPacket::parse(&edited(salt, "BwcHBwcHBwcHBwcHBwcH")),
            Err(SealedError::Malformed {
                reason: "kdf.salt is 15 bytes, not 16".to_owned()
            })
        );
        assert_eq!(
            SealedPacket::new(MIN_ITERATIONS, [0; SALT_LEN], [0; IV_LEN], vec![0; 15]),
            Err(SealedError::Malformed {
                reason: "the ciphertext is 15 bytes, shorter than the 16-byte tag".to_owned()
            })
        );
    }

    #[test]
    fn unknown_top_level_fields_are_ignored() {
        let annotated = edited(
            "\"version\": 1,",
            "\"version\": 1, \"note\": \"for Dr. Sato\",",
        );
        assert_eq!(SealedPacket::parse(&annotated), Ok(sample()));
    }

    #[test]
    fn reordered_and_bom_prefixed_files_are_read() {
        let json = sample().to_json();
        let mut value: serde_json::Map<String, Value> = serde_json::from_str(&json).unwrap();
        let format = value.remove("format").unwrap();
        value.insert("format".to_owned(), format);
        let reordered = serde_json::to_string(&value).unwrap();
        assert!(!reordered.starts_with("{\"format\""));
        assert!(is_sealed(&reordered));
        assert_eq!(SealedPacket::parse(&reordered), Ok(sample()));
        let with_bom = format!("\u{feff}{json}");
        assert!(is_sealed(&with_bom));
        assert_eq!(SealedPacket::parse(&with_bom), Ok(sample()));
    }

    #[test]
    fn other_texts_are_not_sealed() {
        for text in [
            "",
            " ",
            "\u{feff}",
            "{",
            "[",
            "null",
            "\"japan-care-planner/sealed-packet\"",
            "garbage \u{0}\u{7f} ∞",
            r#"{"format": "japan-care-planner/packet", "schema_version": 1}"#,
            r#"{"format": "japan-care-planner/sealed-packet-v2"}"#,
            r#"{"format": 1}"#,
            r#"{"note": "{\"format\":\"japan-care-planner/sealed-packet\"}"}"#,
            r#"["japan-care-planner/sealed-packet"]"#,
            "\u{feff}\u{feff}{\"format\":\"japan-care-planner/sealed-packet\"}",
        ] {
            assert!(!is_sealed(text), "{text:?}");
            assert_eq!(SealedPacket::parse(text), Err(SealedError::NotSealed));
        }
    }

    /// A file cut short anywhere (an email client, a failed download) is never mistaken for
    /// something else once its start is there, and nothing panics on the way.
    #[test]
    fn every_truncation_is_refused_consistently() {
        let json = sample().to_json();
        let sealed_from = json
            .find("sealed-packet\"")
            .map(|at| at + "sealed-packet\"".len())
            .unwrap();
        for (end, _) in json.char_indices() {
            let cut = &json[..end];
            let result = SealedPacket::parse(cut);
            assert!(result.is_err(), "{cut}");
            assert_eq!(
                result == Err(SealedError::NotSealed),
                !is_sealed(cut),
                "{cut}"
            );
            assert_eq!(is_sealed(cut), end >= sealed_from, "{cut}");
        }
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let padded = format!("{}{}", sample().to_json(), " ".repeat(MAX_SEALED_BYTES));
        assert!(is_sealed(&padded));
        assert_eq!(
            SealedPacket::parse(&padded),
            Err(SealedError::TooLarge {
                bytes: padded.len()
            })
        );
        let plain = format!(
            r#"{{"format": "x", "pad": "{}"}}"#,
            " ".repeat(MAX_SEALED_BYTES)
        );
        assert_eq!(SealedPacket::parse(&plain), Err(SealedError::NotSealed));
    }

    /// The largest packet the app exports still seals into a file the app reads.
    #[test]
    fn the_largest_packet_fits() {
        let largest = crate::domain::packet::MAX_PACKET_BYTES + TAG_LEN;
        assert!(largest <= MAX_CIPHERTEXT_BYTES);
        let packet =
            SealedPacket::new(MIN_ITERATIONS, [1; SALT_LEN], [2; IV_LEN], vec![3; largest])
                .unwrap();
        let json = packet.to_json();
        assert!(json.len() <= MAX_SEALED_BYTES);
        assert_eq!(SealedPacket::parse(&json), Ok(packet));
        assert_eq!(
            SealedPacket::new(
                MIN_ITERATIONS,
                [1; SALT_LEN],
                [2; IV_LEN],
                vec![3; MAX_CIPHERTEXT_BYTES + 1]
            ),
            Err(SealedError::TooLarge {
                bytes: MAX_CIPHERTEXT_BYTES + 1
            })
        );
    }
}
