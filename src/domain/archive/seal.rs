//! Sealing an archive with a passphrase in the age format (age-encryption.org/v1, scrypt
//! recipient), through the `age` crate: a documented format that the `age` command-line tool
//! opens too, encrypted as a stream in 64 KiB chunks, so sealing holds one chunk, not the
//! archive. Parameters and the choice: docs/decisions/packet-archive.md.

use std::io::{self, Read, Write};
use std::iter;

use age::secrecy::SecretString;
use age::stream::{StreamReader, StreamWriter};
use age::{DecryptError, Decryptor, Encryptor};
use thiserror::Error;

/// scrypt's work factor written: log2 of N, with r = 8 and p = 1, as the `age` tool writes by
/// default. It needs 256 MiB for about a second (more on a phone), once per sealing.
pub const WORK_FACTOR: u8 = 18;
/// The highest work factor read: 2^19 needs 512 MiB. 2^20 (1 GiB) is about all a browser tab
/// can get, and the worker holds the archive (up to 282 MB) and its documents beside it, so
/// a phone would run out of memory; a file asking for more is refused before any memory is
/// taken, with a message that says why.
pub const MAX_WORK_FACTOR: u8 = 19;

/// How every age file begins.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Why a sealed archive could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum UnsealError {
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    #[error("the file is sealed for a key, not with a passphrase")]
    NotPassphrase,
    #[error("the file asks for more work to open than a browser can give")]
    TooMuchWork,
    #[error("the sealed file is damaged or cut short")]
    Damaged,
    #[error("the sealed file is of a newer age version")]
    Newer,
}

/// Whether `prefix` begins an age file.
pub fn is_sealed(prefix: &[u8]) -> bool {
    prefix.starts_with(AGE_MAGIC)
}

/// A writer that seals what is written into `sink`; `finish` it, or the file is cut short.
pub fn seal<W: Write>(sink: W, passphrase: &str, work_factor: u8) -> io::Result<StreamWriter<W>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    let encryptor = Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|error| io::Error::other(error.to_string()))?;
    encryptor.wrap_output(sink)
}

/// A reader of what `source` seals. Damage in the body shows later, as an error from `read`
/// (age authenticates each chunk as it is read).
pub fn unseal<R: Read>(source: R, passphrase: &str) -> Result<StreamReader<R>, UnsealError> {
    let decryptor = Decryptor::new(source).map_err(unseal_error)?;
    if !decryptor.is_scrypt() {
        return Err(UnsealError::NotPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
        .map_err(unseal_error)
}

fn unseal_error(error: DecryptError) -> UnsealError {
    match error {
        DecryptError::DecryptionFailed | DecryptError::NoMatchingKeys => {
            UnsealError::WrongPassphrase
        }
        DecryptError::ExcessiveWork { .. } => UnsealError::TooMuchWork,
        DecryptError::UnknownFormat => UnsealError::Newer,
        _ => UnsealError::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Low, so the tests run fast; the format is the same.
    const TEST_WORK: u8 = 10;

    fn sealed(plain: &[u8], passphrase: &str) -> Vec<u8> {
        let mut writer = seal(Vec::new(), passphrase, TEST_WORK).expect("seals");
        writer.write_all(plain).expect("writes");
        writer.finish().expect("finishes")
    }

    #[test]
    fn what_is_sealed_opens_with_its_passphrase_only() {
        let plain: Vec<u8> = (0..200_000u32).map(|n| (n % 251) as u8).collect();
        let file = sealed(&plain, "月が綺麗ですね");
        assert!(is_sealed(&file));
        let mut opened = Vec::new();
        unseal(file.as_slice(), "月が綺麗ですね")
            .expect("opens")
            .read_to_end(&mut opened)
            .expect("reads");
        assert_eq!(opened, plain);
        assert!(matches!(
            unseal(file.as_slice(), "wrong"),
            Err(UnsealError::WrongPassphrase)
        ));
    }

    #[test]
    fn a_cut_or_changed_file_fails_while_reading() {
        let plain = vec![7u8; 150_000];
        let file = sealed(&plain, "pass");
        let cut = &file[..file.len() - 1000];
        let mut out = Vec::new();
        let read = unseal(cut, "pass").map(|mut reader| reader.read_to_end(&mut out));
        assert!(matches!(read, Ok(Err(_))));
        let mut changed = file.clone();
        let last = changed.len() - 10;
        changed[last] ^= 1;
        let read =
            unseal(changed.as_slice(), "pass").map(|mut reader| reader.read_to_end(&mut out));
        assert!(matches!(read, Ok(Err(_))));
        assert!(matches!(
            unseal(&file[..20], "pass"),
            Err(UnsealError::Damaged)
        ));
    }

    /// A sealed file of `b"x"` whose scrypt stanza asks for `work_factor`.
    fn asking_for(work_factor: u8) -> String {
        // The work factor is the stanza's last argument; the header's MAC can only be checked
        // after the work, so the figure is refused first.
        let file = String::from_utf8_lossy(&sealed(b"x", "pass")).into_owned();
        let header_end = file.find('\n').expect("a header line") + 1;
        let stanza_end = header_end + file[header_end..].find('\n').expect("a stanza");
        format!(
            "{} {}{}",
            file[..stanza_end].rsplit_once(' ').expect("arguments").0,
            work_factor,
            &file[stanza_end..]
        )
    }

    #[test]
    fn a_file_asking_for_too_much_work_is_refused_before_the_work() {
        assert!(matches!(
            unseal(asking_for(MAX_WORK_FACTOR + 1).as_bytes(), "pass"),
            Err(UnsealError::TooMuchWork)
        ));
    }

    /// 2^20 takes 1 GiB, more than a phone's tab can give beside an archive of up to 282 MB
    /// in the worker (F21 of the security review).
    #[test]
    fn a_file_asking_for_a_gibibyte_is_refused() {
        assert!(matches!(
            unseal(asking_for(20).as_bytes(), "pass"),
            Err(UnsealError::TooMuchWork)
        ));
    }
}
