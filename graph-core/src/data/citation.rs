//! Splits a `bron` cell into links and text, so the views can show sources as links without ever
//! turning anything but an `http(s):` address into one.

use crate::links::is_web_link;

/// A piece of a `bron` cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Citation {
    /// A web address that is safe to link.
    Link(String),
    /// Plain text, shown as text.
    Text(String),
}

/// Splits `bron` on `;` and whitespace into addresses and the text around them.
pub fn citations(bron: &str) -> Vec<Citation> {
    let mut parts = Vec::new();
    for piece in bron
        .split(';')
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
    {
        let mut text = String::new();
        for word in piece.split_whitespace() {
            let trimmed = word
                .trim_end_matches([',', ')', ']'])
                .trim_start_matches(['(', '[']);
            if is_web_link(trimmed) {
                if !text.trim().is_empty() {
                    parts.push(Citation::Text(text.trim().to_owned()));
                }
                text.clear();
                parts.push(Citation::Link(trimmed.to_owned()));
            } else {
                text.push_str(word);
                text.push(' ');
            }
        }
        if !text.trim().is_empty() {
            parts.push(Citation::Text(text.trim().to_owned()));
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_text() {
        assert_eq!(
            citations("https://a.nl/x ; https://b.nl (te verifiëren) ; jaarverslag 2024"),
            vec![
                Citation::Link("https://a.nl/x".into()),
                Citation::Link("https://b.nl".into()),
                Citation::Text("(te verifiëren)".into()),
                Citation::Text("jaarverslag 2024".into()),
            ]
        );
    }

    #[test]
    fn only_web_links_become_links() {
        assert_eq!(
            citations("javascript:alert(1)"),
            vec![Citation::Text("javascript:alert(1)".into())]
        );
        assert_eq!(
            citations("\"><img src=x onerror=alert(1)>"),
            vec![Citation::Text("\"><img src=x onerror=alert(1)>".into())]
        );
        assert!(citations("").is_empty());
    }
}
