//! A property target for the packet archive's readers: the zip reader and the age unsealer
//! must answer every input (damaged archives, random bytes, hand-made hostile entries) with
//! a value or an error, never a panic. Not in CI: `make fuzz` runs it (over a million inputs)
//! and prints how many ran.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use japan_care_planner::domain::archive::archived_documents;
use japan_care_planner::domain::archive::read::read_archive;
use japan_care_planner::domain::archive::seal::{seal, unseal};
use japan_care_planner::domain::archive::write::write_archive;
use japan_care_planner::domain::documents::{hex, DocumentFile};
use japan_care_planner::domain::intake::Intake;
use japan_care_planner::domain::packet::Packet;
use proptest::prelude::*;
use rawzip::path::EntryPath;
use rawzip::{CompressionMethod, ZipArchiveWriter};
use sha2::{Digest, Sha256};

static RAN: AtomicUsize = AtomicUsize::new(0);

fn read(bytes: &[u8]) {
    RAN.fetch_add(1, Ordering::Relaxed);
    let _ = read_archive(bytes);
}

/// A small valid archive: a PDF (stored), a text file (deflated), a JPEG.
fn valid_archive() -> Vec<u8> {
    let contents: Vec<(&str, &str, &str, Vec<u8>)> = vec![
        (
            "referral-letter",
            "紹介状.pdf",
            "application/pdf",
            b"%PDF-1.4 x".repeat(20),
        ),
        (
            "blood-tests",
            "blood.txt",
            "text/plain",
            b"Hb 13.2\n".repeat(40),
        ),
        (
            "passport",
            "p.jpg",
            "image/jpeg",
            vec![0xff, 0xd8, 0xff, 0xe0, 1, 2, 3],
        ),
    ];
    let files: Vec<DocumentFile> = contents
        .iter()
        .map(|(item, name, media_type, bytes)| DocumentFile {
            id: name.to_string(),
            item: item.to_string(),
            name: name.to_string(),
            media_type: media_type.to_string(),
            size: bytes.len() as u64,
            sha256: hex(&Sha256::digest(bytes)),
            added: "2026-11-29T10:00:00Z".into(),
            case: String::new(),
        })
        .collect();
    let mut packet = Packet::new(
        "2026-11-29T10:00:00Z".into(),
        "ja".into(),
        "案".into(),
        Intake::default(),
    );
    packet.documents = archived_documents(&files);
    write_archive(
        Vec::new(),
        &packet,
        &mut |index| Ok(Box::new(Cursor::new(contents[index].3.clone())) as Box<dyn Read>),
        &mut |_| {},
    )
    .expect("the sample archive is written")
}

fn damage(mut bytes: Vec<u8>, cuts: Vec<(prop::sample::Index, u8, u8)>) -> Vec<u8> {
    for (at, byte, how) in cuts {
        let index = at.index(bytes.len().max(1));
        match how {
            0 if index < bytes.len() => bytes[index] = byte,
            1 => bytes.insert(index.min(bytes.len()), byte),
            2 if index < bytes.len() => {
                bytes.remove(index);
            }
            _ => bytes.truncate(index),
        }
    }
    bytes
}

/// An archive made entry by entry from arbitrary names, methods and contents.
fn hand_made(entries: &[(Vec<u8>, bool, Vec<u8>)]) -> Vec<u8> {
    let mut archive = ZipArchiveWriter::new(Vec::new());
    for (name, deflate, content) in entries {
        let method = if *deflate {
            CompressionMethod::DEFLATE
        } else {
            CompressionMethod::STORE
        };
        let Ok((mut entry, config)) = archive
            .new_file(EntryPath::verbatim(name.as_slice()))
            .compression_method(method)
            .start()
        else {
            continue;
        };
        let mut writer = config.wrap(&mut entry);
        let _ = writer.write_all(content);
        if let Ok((_, descriptor)) = writer.finish() {
            let _ = entry.finish(descriptor);
        }
    }
    archive.finish().unwrap_or_default()
}

fn name() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"packet.json".to_vec()),
        Just(b"manifest.json".to_vec()),
        Just(b"documents/passport/p.jpg".to_vec()),
        Just(b"../x".to_vec()),
        prop::collection::vec(any::<u8>(), 0..20),
        "[a-z./\\\\:]{0,16}".prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600_000, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn a_damaged_archive_is_answered_without_a_panic(
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..6)
    ) {
        read(&damage(VALID.with(Clone::clone), cuts));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 250_000, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn random_bytes_are_answered_without_a_panic(
        body in prop::collection::vec(any::<u8>(), 0..400),
        zip_like in any::<bool>(),
    ) {
        let mut bytes = body;
        if zip_like {
            // A local header in front and an end-of-directory record behind, to get past
            // the first checks.
            bytes.splice(0..0, *b"PK\x03\x04");
            bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0\x2e\0\0\0\0\0\0\0\0\0");
        }
        read(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150_000, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn hand_made_archives_are_answered_without_a_panic(
        entries in prop::collection::vec((name(), any::<bool>(), prop::collection::vec(any::<u8>(), 0..64)), 0..6)
    ) {
        read(&hand_made(&entries));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn a_damaged_sealed_archive_is_answered_without_a_panic(
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..4)
    ) {
        RAN.fetch_add(1, Ordering::Relaxed);
        let sealed = damage(SEALED.with(Clone::clone), cuts);
        if let Ok(mut reader) = unseal(sealed.as_slice(), "pass") {
            let mut out = Vec::new();
            if reader.read_to_end(&mut out).is_ok() {
                let _ = read_archive(&out);
            }
        }
    }
}

thread_local! {
    static VALID: Vec<u8> = valid_archive();
    /// Sealed at a low work factor, so a damaged file whose header still parses is tried fast.
    static SEALED: Vec<u8> = {
        let mut writer = seal(Vec::new(), "pass", 4).expect("seals");
        writer.write_all(&valid_archive()).expect("writes");
        writer.finish().expect("finishes")
    };
}

#[test]
#[ignore = "long-running: make fuzz"]
fn zz_report() {
    // Runs after the others in the default alphabetical order with --test-threads=1.
    println!(
        "archive fuzz: {} inputs read, none panicked",
        RAN.load(Ordering::Relaxed)
    );
}
