//! What a document's name may say. A name is shown to a coordinator and becomes a file on
//! their disk, so it must not hide what the file is: no characters that reorder or vanish
//! from what is shown (`scan\u{202E}fdp.exe` shows as "scanexe.pdf"), an extension that is
//! its kind's, and no stem Windows reserves for a device.

use std::collections::BTreeSet;

use super::documents::{DocumentFile, FileKind};

/// Longest file name kept in an archive, in characters, extension included.
const MAX_NAME_CHARS: usize = 100;

/// A name safe in any file system and in a zip: no path separators, no characters Windows
/// refuses, no hidden characters, no leading or trailing dots and spaces, no device stem
/// (`CON.pdf` becomes `_CON.pdf`), at most [`MAX_NAME_CHARS`] characters with the extension
/// kept. Letters of every script stay.
pub fn safe_name(name: &str) -> String {
    let shortened = shorten(name);
    if is_reserved(&shortened) {
        format!("_{shortened}")
    } else {
        shortened
    }
}

fn shorten(name: &str) -> String {
    let replaced: String = name
        .chars()
        .filter(|c| c.is_control() || !is_hidden_char(*c))
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = replaced.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let trimmed = if trimmed.is_empty() { "file" } else { trimmed };
    if trimmed.chars().count() < MAX_NAME_CHARS {
        return trimmed.to_owned();
    }
    let (stem, extension) = match trimmed.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 10 => {
            (stem, format!(".{extension}"))
        }
        _ => (trimmed, String::new()),
    };
    // One character is left for the `_` a device stem gets.
    let keep = MAX_NAME_CHARS - 1 - extension.chars().count();
    let stem: String = stem.chars().take(keep).collect();
    format!("{}{extension}", stem.trim_end())
}

/// Each file's path in the archive, `documents/<item>/<safe name>`, in the order given:
/// a name already taken in the same folder (compared without case, as Windows and macOS
/// do) gets " (2)", " (3)" … before its extension.
pub fn archive_paths(files: &[DocumentFile]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    files
        .iter()
        .map(|file| {
            let name = safe_name(&sent_file_name(file));
            let (stem, extension) = match name.rsplit_once('.') {
                Some((stem, extension)) if !stem.is_empty() => {
                    (stem.to_owned(), format!(".{extension}"))
                }
                _ => (name.clone(), String::new()),
            };
            let mut candidate = name;
            let mut number = 2;
            while !taken.insert(format!("{}/{}", file.item, candidate.to_lowercase())) {
                candidate = format!("{stem} ({number}){extension}");
                number += 1;
            }
            format!("documents/{}/{candidate}", file.item)
        })
        .collect()
}

/// The name `file` is written under in a packet ([`sent_name`]), as kept when its kind is
/// unknown (the reader then refuses it).
pub fn sent_file_name(file: &DocumentFile) -> String {
    match FileKind::of(&file.media_type, &file.name) {
        Some(kind) => sent_name(&file.name, kind),
        None => file.name.clone(),
    }
}

/// Characters that change how a name is shown without showing themselves: control
/// characters, bidi controls, zero-width and other format characters (Unicode category Cf).
pub fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{08E2}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
        )
}

/// Stems Windows keeps for devices: `CON.pdf` cannot be saved there.
const RESERVED_STEMS: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Whether `name`'s stem (before its first dot, spaces ignored) is a Windows device name.
pub fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default().trim();
    RESERVED_STEMS
        .iter()
        .any(|reserved| reserved.eq_ignore_ascii_case(stem))
}

/// Extensions of files that run or render when opened: a second one inside a name
/// (`results.exe.pdf`) is there to mislead.
const RUNNABLE_EXTENSIONS: &[&str] = &[
    "app", "bat", "cmd", "com", "cpl", "dll", "exe", "hta", "htm", "html", "jar", "js", "jse",
    "lnk", "msi", "ps1", "scr", "sh", "svg", "vbe", "vbs", "wsf", "xhtml",
];

/// The name a document is written under in a packet: hidden characters dropped, and its
/// kind's extension added when the name ends in another one or none.
pub fn sent_name(name: &str, kind: FileKind) -> String {
    let visible: String = name.chars().filter(|c| !is_hidden_char(*c)).collect();
    let visible = visible.trim();
    let visible = if visible.is_empty() { "file" } else { visible };
    if has_extension_of(visible, kind) {
        visible.to_owned()
    } else {
        format!("{visible}.{}", kind.extensions()[0])
    }
}

fn has_extension_of(name: &str, kind: FileKind) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, extension)| {
        !stem.is_empty()
            && kind
                .extensions()
                .iter()
                .any(|own| own.eq_ignore_ascii_case(extension))
    })
}

/// Why a received document's name is refused: it could only have been written to mislead,
/// since this app never writes such a name ([`sent_name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisguisedName {
    /// Characters that reorder or hide what is shown.
    HiddenCharacters,
    /// An extension that is not its kind's (`report.pdf.exe` sent as a PDF).
    WrongExtension,
}

/// Checks a received name against its kind.
pub fn check_received_name(name: &str, kind: FileKind) -> Result<(), DisguisedName> {
    if name.chars().any(is_hidden_char) {
        return Err(DisguisedName::HiddenCharacters);
    }
    if !has_extension_of(name, kind) {
        return Err(DisguisedName::WrongExtension);
    }
    Ok(())
}

/// What is shown beside a name that is allowed but worth a second look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameFlag {
    /// A runnable extension inside the name (`results.exe.pdf`).
    SecondExtension,
    /// A stem Windows reserves (`CON.pdf`); it is saved under another name.
    Reserved,
}

/// The flags of `name`.
pub fn name_flags(name: &str) -> Vec<NameFlag> {
    let mut flags = Vec::new();
    let parts: Vec<&str> = name.split('.').collect();
    let inner = parts.len().saturating_sub(1);
    if parts.iter().take(inner).skip(1).any(|part| {
        RUNNABLE_EXTENSIONS
            .iter()
            .any(|runnable| runnable.eq_ignore_ascii_case(part.trim()))
    }) {
        flags.push(NameFlag::SecondExtension);
    }
    if is_reserved(name) {
        flags.push(NameFlag::Reserved);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::test_file as file;

    #[test]
    fn paths_drop_hidden_characters_and_device_stems() {
        assert_eq!(safe_name("scan\u{202E}fdp.exe"), "scanfdp.exe");
        assert_eq!(safe_name("CON.pdf"), "_CON.pdf");
        assert_eq!(safe_name("nul"), "_nul");
        let files = vec![file("1", "passport", "report.pdf\u{200B}.exe", 1)];
        assert_eq!(
            archive_paths(&files),
            ["documents/passport/report.pdf.exe.pdf"]
        );
    }

    #[test]
    fn names_lose_what_file_systems_refuse_but_keep_every_script() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name("C:\\scan\u{0}.pdf"), "C__scan_.pdf");
        assert_eq!(safe_name("  紹介状 2026.pdf. "), "紹介状 2026.pdf");
        assert_eq!(safe_name("..."), "file");
        let long = format!("{}.pdf", "あ".repeat(300));
        let cut = safe_name(&long);
        assert_eq!(cut.chars().count(), MAX_NAME_CHARS - 1);
        assert!(cut.ends_with("あ.pdf"));
    }

    #[test]
    fn archive_paths_are_unique_per_folder_without_case() {
        let files = vec![
            file("1", "passport", "Scan.pdf", 1),
            file("2", "passport", "scan.pdf", 1),
            file("3", "passport", "scan.pdf", 1),
            file("4", "referral-letter", "scan.pdf", 1),
        ];
        assert_eq!(
            archive_paths(&files),
            [
                "documents/passport/Scan.pdf",
                "documents/passport/scan (2).pdf",
                "documents/passport/scan (3).pdf",
                "documents/referral-letter/scan.pdf",
            ]
        );
    }

    #[test]
    fn hidden_characters_are_found_and_letters_of_every_script_are_not() {
        for c in [
            '\u{202E}', '\u{200B}', '\u{2066}', '\u{FEFF}', '\u{061C}', '\u{0}',
        ] {
            assert!(is_hidden_char(c), "{:?}", c);
        }
        for c in "紹介状 نتائج результаты Kết quả 검사 .pdf".chars() {
            assert!(!is_hidden_char(c), "{c:?}");
        }
    }

    #[test]
    fn a_sent_name_shows_what_it_is_and_ends_in_its_kinds_extension() {
        assert_eq!(
            sent_name("scan\u{202E}fdp.exe", FileKind::Pdf),
            "scanfdp.exe.pdf"
        );
        assert_eq!(sent_name("紹介状.PDF", FileKind::Pdf), "紹介状.PDF");
        assert_eq!(sent_name("photo", FileKind::Jpeg), "photo.jpg");
        assert_eq!(sent_name("photo.jpeg", FileKind::Jpeg), "photo.jpeg");
        assert_eq!(sent_name("\u{200B}", FileKind::Text), "file.txt");
        assert_eq!(sent_name(".pdf", FileKind::Pdf), ".pdf.pdf");
    }

    #[test]
    fn a_received_name_that_hides_or_misnames_its_kind_is_refused() {
        assert_eq!(
            check_received_name("scan\u{202E}fdp.exe", FileKind::Pdf),
            Err(DisguisedName::HiddenCharacters)
        );
        assert_eq!(
            check_received_name("report.pdf.exe", FileKind::Pdf),
            Err(DisguisedName::WrongExtension)
        );
        assert_eq!(
            check_received_name("scan.html", FileKind::Pdf),
            Err(DisguisedName::WrongExtension)
        );
        assert_eq!(check_received_name("紹介状.pdf", FileKind::Pdf), Ok(()));
        // What this app writes, it reads.
        for name in ["a\u{202E}b.exe", "photo", "x.PNG"] {
            let sent = sent_name(name, FileKind::Png);
            assert_eq!(check_received_name(&sent, FileKind::Png), Ok(()), "{sent}");
        }
    }

    #[test]
    fn second_runnable_extensions_and_device_names_are_flagged() {
        assert_eq!(name_flags("results.exe.pdf"), [NameFlag::SecondExtension]);
        assert_eq!(name_flags("CON.pdf"), [NameFlag::Reserved]);
        assert_eq!(name_flags("com1.scan.pdf"), [NameFlag::Reserved]);
        assert!(name_flags("blood test 2026.11.01.pdf").is_empty());
        assert!(name_flags("console.pdf").is_empty());
    }
}
