//! Entry names a reader will accept: only what this app writes, nothing that could leave a
//! folder when someone unpacks the archive with another tool.

use crate::domain::document_names::is_hidden_char;

/// Why a name is refused, or `None` if it is safe. Refused: not UTF-8, control, bidi and
/// other hidden characters (`is_hidden_char`), a backslash or a drive letter, an absolute path, empty, `.` or `..` components.
pub fn unsafe_name(raw: &[u8]) -> Option<String> {
    let Ok(name) = std::str::from_utf8(raw) else {
        return Some(String::from_utf8_lossy(raw).into_owned());
    };
    let refused = name.is_empty()
        || name
            .chars()
            .any(|c| is_hidden_char(c) || c == '\\' || c == ':')
        || name.starts_with('/')
        || name
            .trim_end_matches('/')
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    refused.then(|| name.escape_default().to_string())
}

/// A folder entry that other zip tools add when an archive is packed again
/// (`documents/`, `documents/passport/`): allowed, and skipped.
pub fn is_folder(name: &str) -> bool {
    name.ends_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_folder_or_hide_characters_are_refused() {
        for name in [
            "../packet.json",
            "documents/../../x",
            "/etc/passwd",
            "documents//a.pdf",
            "documents/./a.pdf",
            "C:\\x.pdf",
            "documents\\a.pdf",
            "a\u{0}b",
            "a\nb",
            "a\u{85}b",
            "documents/passport/a\u{202E}fdp.exe",
            "documents/passport/a\u{200B}.pdf",
            "",
        ] {
            assert!(unsafe_name(name.as_bytes()).is_some(), "{name:?}");
        }
        assert!(unsafe_name(b"\xff\xfe").is_some());
        for name in [
            "packet.json",
            "documents/passport/パスポート (2).pdf",
            "documents/",
        ] {
            assert_eq!(unsafe_name(name.as_bytes()), None, "{name:?}");
        }
    }
}
