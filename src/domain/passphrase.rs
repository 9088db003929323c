//! The rule a passphrase meets before anything is sealed with it. A sealed file leaves the
//! device: whoever holds it can try passphrases offline for as long as they like, so the
//! key stretching (scrypt 2^18, PBKDF2 600 000) only helps a passphrase that is not short.
//! Twelve characters is what a phrase of three or four ordinary words comes to, and what a
//! patient can read out on the phone; a confirmation catches the typo that would otherwise
//! leave a file nobody can open.

/// Fewest characters (Unicode scalar values, so 12 kanji count as 12).
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// Fewest different characters: `aaaaaaaaaaaa` and `121212121212` are long but guessed at once.
const MIN_DISTINCT_CHARS: usize = 4;

/// Why a passphrase is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Under [`MIN_PASSPHRASE_CHARS`] characters.
    TooShort { min: usize },
    /// Long enough but made of a few characters repeated.
    Repetitive,
    /// The confirmation is not the same.
    Mismatch,
}

/// The passphrase to seal with: `None` when both fields are empty (no encryption), or why
/// the one typed is refused. Spaces count: they are part of what the reader types to open.
pub fn chosen_passphrase<'a>(
    passphrase: &'a str,
    confirmation: &str,
) -> Result<Option<&'a str>, PassphraseProblem> {
    if passphrase.is_empty() && confirmation.is_empty() {
        return Ok(None);
    }
    let count = passphrase.chars().count();
    if count < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    let mut distinct: Vec<char> = passphrase.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < MIN_DISTINCT_CHARS {
        return Err(PassphraseProblem::Repetitive);
    }
    if passphrase != confirmation {
        return Err(PassphraseProblem::Mismatch);
    }
    Ok(Some(passphrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_passphrase_means_no_encryption() {
        assert_eq!(chosen_passphrase("", ""), Ok(None));
    }

    #[test]
    fn a_short_or_repetitive_passphrase_is_refused() {
        for short in ["a", "1234", "correct hor", "四つの言葉"] {
            assert_eq!(
                chosen_passphrase(short, short),
                Err(PassphraseProblem::TooShort { min: 12 }),
                "{short}"
            );
        }
        for repeated in ["aaaaaaaaaaaa", "121212121212", "abcabcabcabc"] {
            assert_eq!(
                chosen_passphrase(repeated, repeated),
                Err(PassphraseProblem::Repetitive),
                "{repeated}"
            );
        }
        // Only a confirmation typed: the passphrase itself is what is missing.
        assert_eq!(
            chosen_passphrase("", "correct horse battery"),
            Err(PassphraseProblem::TooShort { min: 12 })
        );
    }

    #[test]
    fn the_confirmation_must_be_the_same() {
        assert_eq!(
            chosen_passphrase("correct horse battery", "correct horse batery"),
            Err(PassphraseProblem::Mismatch)
        );
        assert_eq!(
            chosen_passphrase("correct horse battery", "correct horse battery"),
            Ok(Some("correct horse battery"))
        );
        assert_eq!(
            chosen_passphrase("十二文字の合言葉を使います", "十二文字の合言葉を使います"),
            Ok(Some("十二文字の合言葉を使います"))
        );
    }
}
