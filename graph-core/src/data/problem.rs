//! Data problems: where they are (file, line, column) and what is wrong, in Dutch.

use crate::sort::SharedSort;
use std::fmt;

/// Whether a problem blocks the data from being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data cannot be used until this is fixed.
    Fout,
    /// The data can be used, but this looks wrong.
    Waarschuwing,
}

/// One problem in one place of one file. Line and column are 1-based; 0 means "the whole file"
/// or "the whole line".
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DataError {
    /// The file name as the user knows it (`capaciteit.csv`).
    pub file: String,
    /// The line in the file, counting the header as line 1.
    pub line: u64,
    /// The column, counting from 1.
    pub column: usize,
    /// Whether it blocks.
    pub severity: Severity,
    /// What is wrong, in Dutch, including the offending value where there is one.
    pub message: String,
}

impl DataError {
    /// Whether the problem blocks the data.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Fout
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Fout => "",
            Severity::Waarschuwing => "waarschuwing: ",
        };
        write!(
            f,
            "{}:{}:{}: {label}{}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Collects problems while a file is read, so that all of them come out at once.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<DataError>,
}

impl Problems {
    /// Records a blocking problem.
    pub fn error(&mut self, file: &str, line: u64, column: usize, message: impl Into<String>) {
        self.push(file, line, column, Severity::Fout, message.into());
    }

    /// Records a non-blocking problem.
    pub fn warning(&mut self, file: &str, line: u64, column: usize, message: impl Into<String>) {
        self.push(file, line, column, Severity::Waarschuwing, message.into());
    }

    fn push(&mut self, file: &str, line: u64, column: usize, severity: Severity, message: String) {
        self.list.push(DataError {
            file: file.to_owned(),
            line,
            column,
            severity,
            message,
        });
    }

    /// All problems, sorted by file, line and column so reports are stable.
    pub fn into_sorted(mut self) -> Vec<DataError> {
        self.list.shared_sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.list.dedup();
        self.list
    }
}

/// Quotes a value for a message, shortened so a giant field cannot flood the report.
pub fn quote(value: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut shown: String = value
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if value.chars().count() > MAX_CHARS {
        shown.push('…');
    }
    format!("\"{shown}\"")
}
