//! Turns the bytes of an uploaded file into text: UTF-8 (with or without byte-order mark),
//! UTF-16 (Excel's "Unicode text") and Windows-1252 (older Dutch Excel), and guesses the delimiter.

/// The text encoding a file was read in, for the report shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    /// UTF-8, possibly with a byte-order mark.
    Utf8,
    /// UTF-16 little endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16 big endian, with a byte-order mark.
    Utf16Be,
    /// Windows-1252, taken when the bytes are not valid UTF-8.
    Windows1252,
}

impl Encoding {
    /// A short Dutch-readable name.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 (LE)",
            Encoding::Utf16Be => "UTF-16 (BE)",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Why bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes contain NUL characters outside UTF-16: a binary file, not a CSV.
    #[error("het bestand bevat binaire gegevens (NUL-tekens) en is geen CSV-tekstbestand")]
    Binary,
    /// UTF-16 with an odd number of bytes or broken surrogates.
    #[error("het bestand begint als UTF-16 maar is beschadigd")]
    BrokenUtf16,
}

/// The characters 0x80–0x9F in Windows-1252; the other bytes map to the same code point.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn decode_utf16(bytes: &[u8], little_endian: bool) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::BrokenUtf16);
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::BrokenUtf16)
}

/// Decodes a file's bytes. A UTF-8 or UTF-16 byte-order mark is honoured and removed; bytes that
/// are not valid UTF-8 are read as Windows-1252, which every byte sequence is.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((decode_utf16(rest, true)?, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((decode_utf16(rest, false)?, Encoding::Utf16Be));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), Encoding::Utf8)),
        Err(_) => {
            let text = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            Ok((text, Encoding::Windows1252))
        }
    }
}

/// Guesses the delimiter from the first line outside quotes: the most frequent of `;`, `,` and tab.
/// Dutch Excel writes `;`; ties go to `;` because a comma may be a decimal comma.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    // Comment lines (`#`) and blank lines before the header say nothing about the delimiter.
    let mut rest = text;
    while let Some(line) = rest.lines().next() {
        let trimmed = line.trim_start_matches('\u{feff}').trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            rest = &rest[line.len()..];
            rest = rest
                .strip_prefix("\r\n")
                .or_else(|| rest.strip_prefix('\n'))
                .unwrap_or(rest);
            if rest.is_empty() {
                break;
            }
        } else {
            break;
        }
    }
    for c in rest.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => break,
            ';' if !in_quotes => counts[0] += 1,
            ',' if !in_quotes => counts[1] += 1,
            '\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b';', b',', b'\t'];
    let mut best = 0;
    for index in 1..3 {
        if counts[index] > counts[best] {
            best = index;
        }
    }
    candidates[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"a;b").unwrap(), ("a;b".to_owned(), Encoding::Utf8));
        assert_eq!(
            decode("\u{feff}Fryslân".as_bytes()).unwrap(),
            ("Fryslân".to_owned(), Encoding::Utf8)
        );
    }

    #[test]
    fn windows_1252() {
        let bytes = b"Frysl\xe2n \x80 \x93x\x94";
        assert_eq!(
            decode(bytes).unwrap(),
            ("Fryslân € “x”".to_owned(), Encoding::Windows1252)
        );
    }

    #[test]
    fn utf16() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(
            "id;naam\r\nfrl;Fryslân"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        assert_eq!(decode(&le).unwrap().0, "id;naam\r\nfrl;Fryslân");
        let mut be = vec![0xFE, 0xFF];
        be.extend("é".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), ("é".to_owned(), Encoding::Utf16Be));
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(DecodeError::BrokenUtf16));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"id\0naam"), Err(DecodeError::Binary));
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("id;naam;fte\n1,5"), b';');
        assert_eq!(sniff_delimiter("id,naam,fte\n"), b',');
        assert_eq!(sniff_delimiter("id\tnaam\tfte"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",c,d"), b',');
        assert_eq!(sniff_delimiter("id"), b';');
    }
}
