use std::io::{Cursor, Read, Write};

use rawzip::path::EntryPath;
use rawzip::{CompressionMethod, ZipArchiveWriter};
use sha2::{Digest, Sha256};

use super::archived_documents;
use super::read::{read_archive, ReadError};
use super::write::{write_archive, WriteError};
use crate::domain::documents::{hex, DocumentFile};
use crate::domain::intake::Intake;
use crate::domain::packet::Packet;

fn document(item: &str, name: &str, media_type: &str, bytes: &[u8]) -> DocumentFile {
    DocumentFile {
        id: format!("{item}-{name}"),
        item: item.into(),
        name: name.into(),
        media_type: media_type.into(),
        size: bytes.len() as u64,
        sha256: hex(&Sha256::digest(bytes)),
        added: "2026-11-29T10:00:00Z".into(),
        case: String::new(),
    }
}

/// A packet listing `files` with their contents.
fn packet_with(files: &[(DocumentFile, Vec<u8>)]) -> Packet {
    let mut packet = Packet::new(
        "2026-11-29T10:00:00Z".into(),
        "en".into(),
        "Draft 1".into(),
        Intake::default(),
    );
    let kept: Vec<DocumentFile> = files.iter().map(|(file, _)| file.clone()).collect();
    packet.documents = archived_documents(&kept);
    packet
}

fn archive_of(files: &[(DocumentFile, Vec<u8>)]) -> Vec<u8> {
    let packet = packet_with(files);
    let contents: Vec<Vec<u8>> = files.iter().map(|(_, bytes)| bytes.clone()).collect();
    write_archive(
        Vec::new(),
        &packet,
        &mut |index| Ok(Box::new(Cursor::new(contents[index].clone())) as Box<dyn Read>),
        &mut |_| {},
    )
    .expect("writes")
}

fn samples() -> Vec<(DocumentFile, Vec<u8>)> {
    let pdf = b"%PDF-1.4 referral".repeat(5000);
    let text: Vec<u8> = "血液検査 2026-11-01 Hb 13.2\n".repeat(20_000).into_bytes();
    vec![
        (
            document("referral-letter", "紹介状.pdf", "application/pdf", &pdf),
            pdf,
        ),
        (
            document("blood-tests", "blood.txt", "text/plain", &text),
            text,
        ),
        (
            document("passport", "12:30 a.jpg", "image/jpeg", &[0xff, 0xd8, 1, 2]),
            vec![0xff, 0xd8, 1, 2],
        ),
    ]
}

#[test]
fn an_archive_written_reads_back_verified_byte_for_byte() {
    let files = samples();
    let bytes = archive_of(&files);
    let opened = read_archive(&bytes).expect("reads");
    assert_eq!(opened.packet.documents.len(), 3);
    for ((file, content), verified) in files.iter().zip(&opened.documents) {
        assert_eq!(verified.entry.name, file.name);
        assert_eq!(verified.bytes.as_slice(&bytes), content.as_slice());
    }
    // Names outside ASCII are marked UTF-8 (general purpose flag bit 11), so other tools
    // read them as written; a ':' never reaches the archive.
    assert_eq!(
        opened.documents[2].entry.path,
        "documents/passport/12_30 a.jpg"
    );
    let archive = rawzip::ZipArchive::from_slice(&bytes).expect("a zip");
    let mut entries = archive.entries();
    let mut flagged = Vec::new();
    while let Some(entry) = entries.next_entry().expect("an entry") {
        flagged.push(entry.flags().bits() & 0x800 != 0);
    }
    assert_eq!(flagged, [false, false, true, false, false]);
    // Text is deflated, the rest stored.
    assert!(bytes.len() < files.iter().map(|(_, c)| c.len()).sum::<usize>());
}

#[test]
fn progress_counts_every_document_byte_and_a_changed_file_stops_the_export() {
    let files = samples();
    let packet = packet_with(&files);
    let mut last = 0;
    let mut open =
        |index: usize| Ok(Box::new(Cursor::new(files[index].1.clone())) as Box<dyn Read>);
    write_archive(Vec::new(), &packet, &mut open, &mut |done| last = done).expect("writes");
    assert_eq!(last, files.iter().map(|(_, c)| c.len() as u64).sum::<u64>());
    let mut damaged = |index: usize| {
        let mut bytes = files[index].1.clone();
        bytes[0] ^= 1;
        Ok(Box::new(Cursor::new(bytes)) as Box<dyn Read>)
    };
    assert!(matches!(
        write_archive(Vec::new(), &packet, &mut damaged, &mut |_| {}),
        Err(WriteError::Changed { name }) if name == "紹介状.pdf"
    ));
}

/// An archive made by hand, entry by entry, as another tool (or an attacker) would.
fn raw_zip(entries: &[(&[u8], CompressionMethod, &[u8])]) -> Vec<u8> {
    let mut archive = ZipArchiveWriter::new(Vec::new());
    for (name, method, content) in entries {
        let (mut entry, config) = archive
            .new_file(EntryPath::verbatim(*name))
            .compression_method(*method)
            .start()
            .expect("starts");
        if *method == CompressionMethod::DEFLATE {
            let encoder =
                flate2::write::DeflateEncoder::new(&mut entry, flate2::Compression::best());
            let mut writer = config.wrap(encoder);
            writer.write_all(content).expect("writes");
            let (encoder, descriptor) = writer.finish().expect("finishes");
            encoder.finish().expect("flushes");
            entry.finish(descriptor).expect("ends");
        } else {
            let mut writer = config.wrap(&mut entry);
            writer.write_all(content).expect("writes");
            let (_, descriptor) = writer.finish().expect("finishes");
            entry.finish(descriptor).expect("ends");
        }
    }
    archive.finish().expect("finishes")
}

/// The sample archive's packet and manifest, then `extra`.
fn valid_with(extra: &[(&[u8], CompressionMethod, &[u8])]) -> Vec<u8> {
    let packet = packet_with(&[]);
    let manifest = super::Manifest::new(Vec::new()).to_json();
    let json = packet.to_json();
    let mut entries: Vec<(&[u8], CompressionMethod, &[u8])> = vec![
        (b"packet.json", CompressionMethod::STORE, json.as_bytes()),
        (
            b"manifest.json",
            CompressionMethod::STORE,
            manifest.as_bytes(),
        ),
    ];
    entries.extend_from_slice(extra);
    raw_zip(&entries)
}

#[test]
fn hostile_archives_are_refused_each_with_its_reason() {
    assert!(read_archive(&valid_with(&[])).is_ok());
    let store = CompressionMethod::STORE;
    for name in [
        &b"../evil.txt"[..],
        b"/etc/passwd",
        b"documents/a\x01.pdf",
        b"C:\\x",
    ] {
        assert!(
            matches!(
                read_archive(&valid_with(&[(name, store, b"x")])),
                Err(ReadError::UnsafeName { .. })
            ),
            "{name:?}"
        );
    }
    assert!(matches!(
        read_archive(&valid_with(&[(b"Packet.JSON", store, b"x")])),
        Err(ReadError::Duplicate { .. })
    ));
    let zeros = vec![0u8; 20 * 1024 * 1024];
    assert!(matches!(
        read_archive(&valid_with(&[(
            b"documents/x/zeros.txt",
            CompressionMethod::DEFLATE,
            &zeros
        )])),
        Err(ReadError::Bomb { .. })
    ));
    let too_large = vec![1u8; 26 * 1024 * 1024];
    assert!(matches!(
        read_archive(&valid_with(&[(
            b"documents/x/large.txt",
            store,
            &too_large
        )])),
        Err(ReadError::TooLarge { .. })
    ));
    assert!(matches!(
        read_archive(&valid_with(&[(b"documents/x/extra.txt", store, b"x")])),
        Err(ReadError::NotAPacketArchive { .. })
    ));
    assert!(matches!(
        read_archive(b"PK\x03\x04 not really"),
        Err(ReadError::NotAnArchive)
    ));
}

#[test]
fn a_truncated_or_tampered_archive_is_refused() {
    let bytes = archive_of(&samples());
    for cut in [1, 100, bytes.len() / 2, bytes.len() - 30] {
        assert!(read_archive(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    // A stored document's byte flipped: its CRC no longer matches.
    let position = bytes
        .windows(8)
        .position(|window| window == b"%PDF-1.4")
        .expect("the PDF is stored");
    let mut tampered = bytes.clone();
    tampered[position + 100] ^= 1;
    assert!(matches!(
        read_archive(&tampered),
        Err(ReadError::Damaged { .. })
    ));
}

#[test]
fn a_document_whose_hash_is_not_the_manifests_is_refused() {
    let mut files = samples();
    files[2].0.sha256 = "0".repeat(64);
    let packet = packet_with(&files);
    let manifest = super::Manifest::new(packet.documents.clone()).to_json();
    let json = packet.to_json();
    let bytes = raw_zip(&[
        (b"packet.json", CompressionMethod::STORE, json.as_bytes()),
        (
            b"manifest.json",
            CompressionMethod::STORE,
            manifest.as_bytes(),
        ),
        (
            b"documents/referral-letter/\xe7\xb4\xb9\xe4\xbb\x8b\xe7\x8a\xb6.pdf",
            CompressionMethod::STORE,
            &files[0].1,
        ),
        (
            b"documents/blood-tests/blood.txt",
            CompressionMethod::STORE,
            &files[1].1,
        ),
        (
            b"documents/passport/12_30 a.jpg",
            CompressionMethod::STORE,
            &files[2].1,
        ),
    ]);
    assert!(matches!(
        read_archive(&bytes),
        Err(ReadError::HashMismatch { name }) if name == "documents/passport/12_30 a.jpg"
    ));
}

#[test]
fn unzip_reads_every_name_as_written() {
    // Regression: entries made by "MS-DOS" had their UTF-8 local names read as code page 437
    // by Info-ZIP's unzip, which then reported the archive as faulty.
    let bytes = archive_of(&samples());
    let path = std::env::temp_dir().join(format!("unzip-names-{}.zip", std::process::id()));
    std::fs::write(&path, &bytes).expect("written");
    let tested = std::process::Command::new("unzip")
        .arg("-t")
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    match tested {
        Ok(output) => assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stdout)
        ),
        // The set-up installs unzip (Makefile); without it this test says so.
        Err(error) => panic!("unzip could not be run: {error}"),
    }
}

/// An archive whose one document is listed, in both lists, as the sender wants it.
fn sent_as(name: &str, media_type: &str, bytes: &[u8]) -> Vec<u8> {
    let path = format!("documents/passport/{}", name.replace('\u{202E}', ""));
    let entry = super::ArchivedDocument {
        path: path.clone(),
        item: "passport".into(),
        name: name.into(),
        media_type: media_type.into(),
        size: bytes.len() as u64,
        sha256: hex(&Sha256::digest(bytes)),
        added: "2026-11-29T10:00:00Z".into(),
    };
    let mut packet = packet_with(&[]);
    packet.documents = vec![entry];
    let manifest = super::Manifest::new(packet.documents.clone()).to_json();
    let json = packet.to_json();
    raw_zip(&[
        (b"packet.json", CompressionMethod::STORE, json.as_bytes()),
        (
            b"manifest.json",
            CompressionMethod::STORE,
            manifest.as_bytes(),
        ),
        (path.as_bytes(), CompressionMethod::STORE, bytes),
    ])
}

#[test]
fn a_document_the_sender_calls_a_page_or_a_program_is_refused() {
    let page = b"<h1 id=owned>x</h1><script>document.title='ran'</script>";
    for (name, media_type) in [
        ("scan.pdf", "text/html"),
        ("scan.svg", "image/svg+xml"),
        ("x.html", "application/octet-stream"),
        ("x.html", ""),
    ] {
        assert!(
            matches!(
                read_archive(&sent_as(name, media_type, page)),
                Err(ReadError::Kind { .. })
            ),
            "{name} {media_type}"
        );
    }
    for name in ["report.pdf.exe", "scan\u{202E}fdp.exe", "scan.html"] {
        assert!(
            matches!(
                read_archive(&sent_as(name, "application/pdf", page)),
                Err(ReadError::DisguisedName { .. })
            ),
            "{name}"
        );
    }
}

#[test]
fn a_document_is_opened_under_its_kinds_type_not_the_senders_spelling() {
    let opened = read_archive(&sent_as("photo.JPG", "IMAGE/PJPEG", &[0xff, 0xd8])).expect("reads");
    assert_eq!(opened.documents[0].entry.media_type, "image/jpeg");
    assert_eq!(opened.packet.documents[0].media_type, "image/jpeg");
}

#[test]
fn a_kept_name_without_its_extension_is_sent_with_it_and_reads_back() {
    let bytes = [0x89, b'P', b'N', b'G'];
    let files = vec![(
        document("passport", "photo", "image/png", &bytes),
        bytes.to_vec(),
    )];
    let opened = read_archive(&archive_of(&files)).expect("reads");
    assert_eq!(opened.documents[0].entry.name, "photo.png");
    assert_eq!(
        opened.documents[0].entry.path,
        "documents/passport/photo.png"
    );
}
