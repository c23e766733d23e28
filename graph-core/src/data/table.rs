//! Reads one CSV file into rows of text cells with their line numbers, and reads typed values out
//! of the cells while recording every problem with its line and column.

use std::str::FromStr;

use crate::data::decode::{Encoding, decode, sniff_delimiter};
use crate::data::model::Choice;
use crate::data::problem::{Problems, quote};
use crate::period::{Date, Period};

/// Limits that keep a hostile file from exhausting the browser's memory.
pub mod limits {
    /// Largest file accepted, in bytes.
    pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
    /// Most data rows accepted in one file.
    pub const MAX_ROWS: usize = 250_000;
    /// Most columns accepted in the header.
    pub const MAX_COLUMNS: usize = 100;
    /// Longest cell accepted, in characters.
    pub const MAX_FIELD_CHARS: usize = 10_000;
}

/// One column a file kind knows.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The column name in the header.
    pub name: &'static str,
    /// Whether the column must be present in the header.
    pub required: bool,
    /// Short Dutch documentation, used in templates.
    pub doc: &'static str,
}

/// A data row: its line number and its cells (one allocation per row, not per cell).
#[derive(Debug)]
pub struct Row {
    /// Line in the file where the record starts (header is line 1).
    pub line: u64,
    record: csv::StringRecord,
    /// Positions of cells that were too long and count as empty.
    blanked: Vec<usize>,
}

impl Row {
    fn cell(&self, position: usize) -> &str {
        if self.blanked.contains(&position) {
            return "";
        }
        self.record.get(position).map_or("", |cell| {
            // A byte-order mark inside a file (two exports pasted together) is never data.
            crate::data::cells::unneutralise(
                cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'),
            )
        })
    }
}

/// A file read into rows, with the header mapped onto the known columns.
#[derive(Debug)]
pub struct Table {
    /// The file name for messages.
    pub file: String,
    /// The encoding the file was read in.
    pub encoding: Encoding,
    /// The delimiter that was used.
    pub delimiter: u8,
    /// Known column name → position in the file; a short list, faster than hashing per cell.
    index: Vec<(&'static str, usize)>,
    /// The data rows, blank lines left out.
    pub rows: Vec<Row>,
}

fn normalise_header(name: &str) -> String {
    name.trim()
        .trim_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// The line and column (in characters) of the quote that opens a field and is never closed,
/// if any.
fn unclosed_quote(text: &str) -> Option<(u64, usize)> {
    let (mut line, mut column) = (1u64, 0usize);
    let mut open_at = None;
    for c in text.chars() {
        column += 1;
        match c {
            '"' => {
                open_at = if open_at.is_some() {
                    None
                } else {
                    Some((line, column))
                }
            }
            '\n' => (line, column) = (line + 1, 0),
            _ => {}
        }
    }
    open_at
}

/// Lines that start with `#` are comments (the templates document their columns that way).
fn is_comment(record: &csv::StringRecord) -> bool {
    record
        .get(0)
        .is_some_and(|first| first.trim_start().starts_with('#'))
}

/// Reads a file. Returns `None` when the file as a whole is unusable (the problems say why).
pub fn read_table(
    file: &str,
    bytes: &[u8],
    columns: &[Column],
    problems: &mut Problems,
) -> Option<Table> {
    if bytes.len() > limits::MAX_FILE_BYTES {
        problems.error(
            file,
            1,
            1,
            format!(
                "het bestand is {:.1} MB; de grens is {} MB",
                bytes.len() as f64 / 1_048_576.0,
                limits::MAX_FILE_BYTES / 1_048_576
            ),
        );
        return None;
    }
    let (text, encoding) = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(error) => {
            let nul_at = bytes.iter().position(|&b| b == 0).unwrap_or(0);
            let line = 1 + bytes[..nul_at].iter().filter(|&&b| b == b'\n').count() as u64;
            problems.error(file, line, 1, error.to_string());
            return None;
        }
    };
    if text.trim().is_empty() {
        problems.error(
            file,
            1,
            1,
            "het bestand is leeg; verwacht een kopregel met kolomnamen",
        );
        return None;
    }
    if let Some((line, column)) = unclosed_quote(&text) {
        problems.error(
            file,
            line,
            column,
            "een aanhalingsteken (\") wordt geopend maar nergens gesloten",
        );
        return None;
    }
    // The csv crate does not count blank lines in its line numbers, so lines are computed from
    // byte offsets instead.
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|(_, byte)| *byte == b'\n')
        .map(|(offset, _)| offset)
        .collect();
    let line_at = |position: Option<&csv::Position>| -> u64 {
        position.map_or(1, |position| {
            let mut byte = usize::try_from(position.byte()).unwrap_or(usize::MAX);
            // A record's position may point at the blank lines skipped before it.
            while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
                byte += 1;
            }
            1 + newlines.partition_point(|&offset| offset < byte) as u64
        })
    };
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());

    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => {
                problems.error(file, 1, 1, "het bestand heeft geen kopregel");
                return None;
            }
            Some(Err(error)) => {
                let line = line_at(error.position());
                problems.error(file, line, 1, format!("onleesbare regel: {error}"));
                return None;
            }
            Some(Ok(record)) if record.iter().all(|cell| cell.trim().is_empty()) => continue,
            Some(Ok(record)) if is_comment(&record) => continue,
            Some(Ok(record)) => break record,
        }
    };
    let header_line = line_at(header.position());
    if header.len() > limits::MAX_COLUMNS {
        problems.error(
            file,
            header_line,
            limits::MAX_COLUMNS + 1,
            format!(
                "de kopregel heeft {} kolommen; de grens is {}",
                header.len(),
                limits::MAX_COLUMNS
            ),
        );
        return None;
    }

    let mut index: Vec<(&'static str, usize)> = Vec::new();
    for (position, name) in header.iter().enumerate() {
        let normalised = normalise_header(name);
        if normalised.is_empty() {
            continue;
        }
        match columns.iter().find(|column| column.name == normalised) {
            Some(column) => {
                if index.iter().any(|(name, _)| *name == column.name) {
                    problems.error(
                        file,
                        header_line,
                        position + 1,
                        format!(
                            "kolom {} staat twee keer in de kopregel",
                            quote(column.name)
                        ),
                    );
                }
                index.push((column.name, position));
            }
            None => problems.warning(
                file,
                header_line,
                position + 1,
                format!(
                    "onbekende kolom {} wordt genegeerd (bekende kolommen: {})",
                    quote(name.trim()),
                    columns
                        .iter()
                        .map(|c| c.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        }
    }
    let mut header_ok = true;
    for column in columns.iter().filter(|column| column.required) {
        if !index.iter().any(|(name, _)| *name == column.name) {
            header_ok = false;
            problems.error(
                file,
                header_line,
                header.len() + 1,
                format!(
                    "de kolom {} ontbreekt in de kopregel (gevonden: {}); controleer ook het scheidingsteken",
                    quote(column.name),
                    header
                        .iter()
                        .map(|name| name.trim())
                        .filter(|name| !name.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
    if !header_ok {
        return None;
    }
    let last_known = index
        .iter()
        .map(|(_, position)| *position)
        .max()
        .unwrap_or(0);
    let width = header.len();

    let mut rows = Vec::new();
    for result in records {
        let record = match result {
            Ok(record) => record,
            Err(error) => {
                let line = line_at(error.position());
                problems.error(file, line, 1, format!("onleesbare regel: {error}"));
                continue;
            }
        };
        let line = line_at(record.position());
        if record.iter().all(|cell| cell.trim().is_empty()) || is_comment(&record) {
            continue;
        }
        if rows.len() == limits::MAX_ROWS {
            problems.error(
                file,
                line,
                1,
                format!(
                    "meer dan {} regels; de rest is niet gelezen",
                    limits::MAX_ROWS
                ),
            );
            break;
        }
        if let Some((position, _)) = record
            .iter()
            .enumerate()
            .skip(width)
            .find(|(_, cell)| !cell.trim().is_empty())
        {
            problems.error(
                file,
                line,
                position + 1,
                format!(
                    "de regel heeft {} velden maar de kopregel {} kolommen; controleer scheidingstekens en aanhalingstekens",
                    record.len(),
                    width
                ),
            );
            continue;
        }
        if record.len() <= last_known {
            problems.error(
                file,
                line,
                record.len() + 1,
                format!(
                    "de regel heeft {} velden maar de kopregel {} kolommen; controleer scheidingstekens en aanhalingstekens",
                    record.len(),
                    width
                ),
            );
            continue;
        }
        let mut blanked = Vec::new();
        for (position, cell) in record.iter().take(width).enumerate() {
            // Bytes bound characters from above: count only when it may matter.
            if cell.len() > limits::MAX_FIELD_CHARS
                && cell.chars().count() > limits::MAX_FIELD_CHARS
            {
                problems.error(
                    file,
                    line,
                    position + 1,
                    format!("het veld is langer dan {} tekens", limits::MAX_FIELD_CHARS),
                );
                blanked.push(position);
            }
        }
        rows.push(Row {
            line,
            record,
            blanked,
        });
    }
    Some(Table {
        file: file.to_owned(),
        encoding,
        delimiter,
        index,
        rows,
    })
}

impl Table {
    /// The 1-based column number of a known column, or 0 when the file lacks it.
    pub fn column_number(&self, name: &str) -> usize {
        self.index
            .iter()
            .find(|(known, _)| *known == name)
            .map_or(0, |(_, position)| position + 1)
    }

    /// The typed reader for one row.
    pub fn cells<'a>(&'a self, row: &'a Row, problems: &'a mut Problems) -> Cells<'a> {
        Cells {
            table: self,
            row,
            problems,
        }
    }
}

/// Reads typed values from one row, recording a problem for every bad cell.
pub struct Cells<'a> {
    table: &'a Table,
    row: &'a Row,
    problems: &'a mut Problems,
}

/// Reads a number as people type it: `12`, `12.5` or `12,5`. Refuses thousands separators,
/// exponents, `NaN` and `inf`, which `f64::from_str` would accept.
pub fn parse_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut separators = 0;
    for (position, byte) in digits.bytes().enumerate() {
        match byte {
            b'0'..=b'9' => {}
            b'.' | b',' if position > 0 && position + 1 < digits.len() => separators += 1,
            _ => return None,
        }
    }
    if digits.is_empty() || separators > 1 {
        return None;
    }
    let value = f64::from_str(&text.replace(',', ".")).ok()?;
    // `-0` is zero, not a negative number.
    Some(if value == 0.0 { 0.0 } else { value })
}

impl Cells<'_> {
    /// The line of the row.
    pub fn line(&self) -> u64 {
        self.row.line
    }

    fn raw(&self, name: &str) -> &str {
        self.table
            .index
            .iter()
            .find(|(known, _)| *known == name)
            .map_or("", |(_, position)| self.row.cell(*position))
    }

    fn error(&mut self, name: &str, message: String) {
        let column = self.table.column_number(name);
        self.problems
            .error(&self.table.file, self.row.line, column, message);
    }

    /// Records a warning on a cell.
    pub fn warning(&mut self, name: &str, message: String) {
        let column = self.table.column_number(name);
        self.problems
            .warning(&self.table.file, self.row.line, column, message);
    }

    /// Optional text; empty when absent.
    pub fn text(&mut self, name: &str) -> String {
        self.raw(name).to_owned()
    }

    /// Text that must not be empty.
    pub fn required(&mut self, name: &str) -> Option<String> {
        let value = self.raw(name);
        if value.is_empty() {
            self.error(name, format!("{name} is leeg; dit veld is verplicht"));
            None
        } else {
            Some(value.to_owned())
        }
    }

    /// A lowercase slug id (`dienst-toeslagen`); `optional` allows an empty cell.
    pub fn slug(&mut self, name: &str, optional: bool) -> Option<String> {
        let value = self.raw(name).to_owned();
        if value.is_empty() {
            if !optional {
                self.error(name, format!("{name} is leeg; dit veld is verplicht"));
            }
            return None;
        }
        if crate::id::is_slug(&value) {
            Some(value)
        } else {
            self.error(
                name,
                format!(
                    "{name} {} is geen geldige id: gebruik kleine letters, cijfers en streepjes (zoals dienst-toeslagen)",
                    quote(&value)
                ),
            );
            None
        }
    }

    /// An uppercase code (`UIT`, `B`).
    pub fn code(&mut self, name: &str) -> Option<String> {
        let value = self.required(name)?;
        if crate::id::is_code(&value) {
            Some(value)
        } else if crate::id::is_code(&value.to_ascii_uppercase()) {
            Some(value.to_ascii_uppercase())
        } else {
            self.error(
                name,
                format!(
                    "{name} {} is geen geldige code: gebruik hoofdletters en cijfers (zoals UIT)",
                    quote(&value)
                ),
            );
            None
        }
    }

    /// A number ≥ 0; `optional` allows an empty cell.
    pub fn number(&mut self, name: &str, optional: bool) -> Option<f64> {
        let value = self.raw(name).to_owned();
        if value.is_empty() {
            if !optional {
                self.error(name, format!("{name} is leeg; vul een getal ≥ 0 in"));
            }
            return None;
        }
        match parse_number(&value) {
            Some(number) if number >= 0.0 && number.is_finite() => Some(number),
            Some(_) => {
                self.error(
                    name,
                    format!("{name} moet een getal ≥ 0 zijn, niet {}", quote(&value)),
                );
                None
            }
            None => {
                let hint = if value.starts_with('=') {
                    " (een formule; sla het blad op met de waarden)"
                } else if value.contains('.') && value.contains(',') {
                    " (gebruik geen scheidingsteken voor duizendtallen)"
                } else {
                    ""
                };
                self.error(
                    name,
                    format!(
                        "{name} moet een getal ≥ 0 zijn, zoals 12 of 12,5; niet {}{hint}",
                        quote(&value)
                    ),
                );
                None
            }
        }
    }

    /// A year (`2024`); `optional` allows an empty cell.
    pub fn year(&mut self, name: &str, optional: bool) -> Option<u16> {
        let value = self.raw(name).to_owned();
        if value.is_empty() {
            if !optional {
                self.error(name, format!("{name} is leeg; vul een jaartal in"));
            }
            return None;
        }
        match value.parse::<Period>() {
            Ok(Period::Year(year)) => Some(year),
            _ => {
                self.error(
                    name,
                    format!("{name} {} is geen jaartal (zoals 2024)", quote(&value)),
                );
                None
            }
        }
    }

    /// A period (`2027`, `2027-Q3`).
    pub fn period(&mut self, name: &str) -> Option<Period> {
        let value = self.required(name)?;
        match value.parse::<Period>() {
            Ok(period) => Some(period),
            Err(error) => {
                self.error(name, format!("{name} {} {error}", quote(&value)));
                None
            }
        }
    }

    /// A calendar date; `optional` allows an empty cell.
    pub fn date(&mut self, name: &str, optional: bool) -> Option<Date> {
        let value = self.raw(name).to_owned();
        if value.is_empty() {
            if !optional {
                self.error(
                    name,
                    format!("{name} is leeg; vul een datum in (JJJJ-MM-DD)"),
                );
            }
            return None;
        }
        match value.parse::<Date>() {
            Ok(date) => Some(date),
            Err(error) => {
                self.error(name, format!("{name} {} {error}", quote(&value)));
                None
            }
        }
    }

    /// One of a closed set of values (case-insensitive).
    pub fn choice<T: Choice>(&mut self, name: &str) -> Option<T> {
        let value = self.required(name)?;
        let lowered = value.to_lowercase();
        match T::ALL.iter().find(|choice| choice.code() == lowered) {
            Some(choice) => Some(*choice),
            None => {
                let allowed: Vec<&str> = T::ALL.iter().map(|choice| choice.code()).collect();
                self.error(
                    name,
                    format!(
                        "{name} {} is geen toegestane waarde; kies uit: {}",
                        quote(&value),
                        allowed.join(", ")
                    ),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("-0"), Some(0.0));
        for bad in [
            "", "NaN", "inf", "1e400", "12.5.3", "1.234,5", ",5", "5,", "12 5", "=SUM(A1)", "-",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    const COLUMNS: &[Column] = &[
        Column {
            name: "id",
            required: true,
            doc: "",
        },
        Column {
            name: "fte",
            required: false,
            doc: "",
        },
    ];

    type Lines = Vec<(u64, Vec<String>)>;

    fn read(text: &str) -> (Option<Lines>, Vec<String>) {
        let mut problems = Problems::default();
        let table = read_table("t.csv", text.as_bytes(), COLUMNS, &mut problems);
        let rows = table.map(|table| {
            table
                .rows
                .iter()
                .map(|row| {
                    let cells = (0..row.record.len())
                        .map(|i| row.cell(i).to_owned())
                        .collect();
                    (row.line, cells)
                })
                .collect()
        });
        let messages = problems
            .into_sorted()
            .iter()
            .map(ToString::to_string)
            .collect();
        (rows, messages)
    }

    #[test]
    fn semicolons_blank_lines_and_quoted_newlines() {
        let (rows, problems) = read("id;fte;;\n\na;\"1\n2\";;\nb;3\n");
        assert_eq!(problems, Vec::<String>::new());
        let rows = rows.unwrap();
        assert_eq!(rows[0].0, 3);
        assert_eq!(rows[0].1[1], "1\n2");
        assert_eq!(rows[1].0, 5);
    }

    #[test]
    fn header_problems() {
        let (rows, problems) = read("naam,fte\nx,1\n");
        assert!(rows.is_none());
        assert!(
            problems[1].starts_with("t.csv:1:3: de kolom \"id\" ontbreekt"),
            "{problems:?}"
        );
        assert!(problems[0].starts_with("t.csv:1:1: waarschuwing: onbekende kolom \"naam\""));
    }

    #[test]
    fn ragged_rows_and_quotes() {
        let (_, problems) = read("id,fte\na,1,extra\n");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("t.csv:2:3: de regel heeft 3 velden"));
        let (rows, problems) = read("id,fte\n\"a,1\n");
        assert!(rows.is_none());
        assert_eq!(
            problems,
            ["t.csv:2:1: een aanhalingsteken (\") wordt geopend maar nergens gesloten"]
        );
        // The place is the opening quote itself, also further along a line.
        let (_, problems) = read("id,fte\na,1\nbé,\"2\n");
        assert_eq!(
            problems,
            ["t.csv:3:4: een aanhalingsteken (\") wordt geopend maar nergens gesloten"]
        );
    }
}
