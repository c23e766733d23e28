//! Checks across files, driven by each file's schema: every reference points at an id its file
//! has, every key is unique within its file, rows do not contradict themselves, and supervision
//! does not go round in a circle. Every problem is placed at its file, line and column.

use std::collections::{HashMap, HashSet};

use crate::data::dataset::DataSet;
use crate::data::model::{FileKind, RowRef};
use crate::data::problem::{Problems, quote};
use crate::data::schema::chain_relations::supervision_in_circles;
use crate::data::schema::{Record, Row, rows_of, with_record};

/// Column positions per file, for messages about references between files.
pub(crate) type ColumnNumbers = HashMap<FileKind, (String, HashMap<&'static str, usize>)>;

/// The ids each file that others refer to holds; `None` for a file that could not be read at
/// all: it has its own error, and a flood of "unknown" messages would hide it.
type Known<'d> = HashMap<FileKind, Option<HashSet<&'d str>>>;

struct Refs<'a> {
    columns: &'a ColumnNumbers,
    problems: &'a mut Problems,
}

impl Refs<'_> {
    fn report(&mut self, row: RowRef, column: &str, message: String) {
        let (file, numbers) = self
            .columns
            .get(&row.file)
            .map(|(file, numbers)| (file.as_str(), numbers.get(column).copied().unwrap_or(0)))
            .unwrap_or((row.file.file_name(), 0));
        self.problems.error(file, row.line, numbers, message);
    }

    /// Reports a reference to an id the file it points into does not have.
    fn check(&mut self, known: &Known<'_>, value: &str, row: RowRef, column: &str, file: FileKind) {
        let Some(Some(known)) = known.get(&file) else {
            return;
        };
        let what = match file {
            FileKind::Ministries => "onbekend ministerie",
            FileKind::Registers => "onbekend register",
            FileKind::Tasks => "onbekende taak",
            FileKind::TargetGroups => "onbekende doelgroep",
            _ => "onbekende organisatie",
        };
        if !known.contains(value) {
            self.report(
                row,
                column,
                format!(
                    "{column} {} verwijst naar een {what} (niet in {})",
                    quote(value),
                    file.file_name()
                ),
            );
        }
    }
}

/// The ids of every file that has them.
fn known_ids(data: &DataSet) -> Known<'_> {
    let mut known = HashMap::new();
    for kind in FileKind::ALL {
        with_record!(kind, R => {
            if R::IDENTIFIED {
                let present = data.file(kind).is_some();
                let ids = present.then(|| R::all(data).iter().filter_map(R::id).collect());
                known.insert(kind, ids);
            }
        });
    }
    known
}

/// One file's rows: references, keys and contradictions.
fn check_file(rows: &[&dyn Row], known: &Known<'_>, refs: &mut Refs<'_>) {
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in rows {
        let at = row.at();
        for reference in row.references() {
            refs.check(known, reference.id, at, reference.column, reference.file);
        }
        if let Some(key) = row.key() {
            match seen.entry(key.joined) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    let message = format!(
                        "{} komt twee keer voor (eerder op regel {})",
                        row.duplicate(),
                        first.get()
                    );
                    refs.report(at, key.column, message);
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(at.line);
                }
            }
        }
        for (column, message) in row.contradictions() {
            refs.report(at, column, message);
        }
    }
}

/// Checks every file against the others.
pub(crate) fn check_references(data: &DataSet, columns: &ColumnNumbers, problems: &mut Problems) {
    let mut refs = Refs { columns, problems };
    let known = known_ids(data);
    for kind in FileKind::ALL {
        check_file(&rows_of(data, kind), &known, &mut refs);
    }
    for (row, message) in supervision_in_circles(&data.chain_relations) {
        refs.report(row, "naar", message);
    }
}
