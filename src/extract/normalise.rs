//! The text an article is hashed and read as: line ends as `\n`, no zero-width or bidi control
//! characters, non-breaking spaces as spaces. A copy of a page with other line ends or invisible
//! marks is the same article, and names are not broken by characters nobody sees ("Anar
//! Ala\u{200b}k"). Offsets in the catalog count characters of the body laid out from this text.

use std::borrow::Cow;

/// Characters that are never shown: zero-width spaces and joiners, word joiners, byte-order
/// marks, and the bidirectional marks, embeddings, overrides and isolates.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}'
    )
}

fn is_nonbreaking_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

pub fn normalise(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c == '\r' || is_invisible(c) || is_nonbreaking_space(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // CRLF and a lone CR both end a line.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if is_invisible(c) => {}
            c if is_nonbreaking_space(c) => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn line_ends_invisible_marks_and_nonbreaking_spaces_are_normalised() {
        assert_eq!(normalise("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalise("Ola\u{200b} Hol\u{200d}m\u{200f}"), "Ola Holm");
        assert_eq!(normalise("3\u{a0}May\u{202f}2022"), "3 May 2022");
        assert_eq!(normalise("\u{202e}abc\u{202c}"), "abc");
        assert!(matches!(normalise("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
