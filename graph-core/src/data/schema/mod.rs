//! One schema per data file: each row type declares, in its own module, the file it lives in, its
//! columns with their documentation, how a row is read from cells and written back to text, and
//! what it refers to and must keep unique. Loading, checking across files, exports and templates
//! are driven by these declarations, so a new column is one edit in one module (plus its test).

mod capacity;
pub(crate) mod chain_relations;
mod ministries;
mod organisation_registers;
mod organisation_target_groups;
mod organisation_tasks;
mod organisations;
mod portfolio;
mod registers;
mod schemes;
mod target_groups;
mod tasks;

use crate::data::dataset::DataSet;
use crate::data::model::{FileKind, RowRef};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::OrganisationId;

/// Declares columns: `"naam" verplicht "documentatie"` or `"naam" optioneel "documentatie"`.
macro_rules! columns {
    ($($name:literal $req:ident $doc:literal),+ $(,)?) => {
        &[$(crate::data::table::Column { name: $name, required: columns!(@req $req), doc: $doc }),+]
    };
    (@req verplicht) => { true };
    (@req optioneel) => { false };
}
pub(crate) use columns;

/// The list of a data set that holds a row type, and the row's place: the three items every
/// schema has, written once.
macro_rules! stored_in {
    ($field:ident) => {
        fn all(data: &crate::data::dataset::DataSet) -> &Vec<Self> {
            &data.$field
        }

        fn all_mut(data: &mut crate::data::dataset::DataSet) -> &mut Vec<Self> {
            &mut data.$field
        }

        fn at(&self) -> crate::data::model::RowRef {
            self.row
        }
    };
}
pub(crate) use stored_in;

/// Runs `$body` with `$r` standing for the row type of a file kind.
macro_rules! with_record {
    ($kind:expr, $r:ident => $body:expr) => {{
        use crate::data::model::*;
        match $kind {
            FileKind::Ministries => {
                type $r = Ministry;
                $body
            }
            FileKind::Organisations => {
                type $r = Organisation;
                $body
            }
            FileKind::Tasks => {
                type $r = TaskType;
                $body
            }
            FileKind::TargetGroups => {
                type $r = TargetGroup;
                $body
            }
            FileKind::Registers => {
                type $r = Register;
                $body
            }
            FileKind::OrganisationTasks => {
                type $r = OrganisationTask;
                $body
            }
            FileKind::OrganisationTargetGroups => {
                type $r = OrganisationTargetGroup;
                $body
            }
            FileKind::OrganisationRegisters => {
                type $r = OrganisationRegister;
                $body
            }
            FileKind::ChainRelations => {
                type $r = ChainRelation;
                $body
            }
            FileKind::Capacity => {
                type $r = CapacityRow;
                $body
            }
            FileKind::Portfolio => {
                type $r = PortfolioItem;
                $body
            }
            FileKind::Schemes => {
                type $r = Scheme;
                $body
            }
        }
    }};
}
pub(crate) use with_record;

/// A reference from a row into another file, checked once every file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reference<'a> {
    /// The column that holds the reference.
    pub column: &'static str,
    /// The file the id must be in.
    pub file: FileKind,
    /// The id referred to.
    pub id: &'a str,
}

impl<'a> Reference<'a> {
    pub(crate) fn new(column: &'static str, file: FileKind, id: &'a str) -> Reference<'a> {
        Reference { column, file, id }
    }
}

/// The parts of a row that together must be unique in its file, and the column a duplicate is
/// reported in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Key {
    /// The column a duplicate is reported in.
    pub column: &'static str,
    /// The parts, joined by a separator no cell holds.
    pub joined: String,
}

impl Key {
    pub(crate) fn new(column: &'static str, parts: &[&str]) -> Key {
        Key {
            column,
            joined: parts.join("\u{1f}"),
        }
    }
}

/// "de combinatie "a" en "b"": how a duplicate pair is named.
pub(crate) fn combination(parts: &[&str]) -> String {
    let quoted: Vec<String> = parts.iter().map(|part| quote(part)).collect();
    format!("de combinatie {}", quoted.join(" en "))
}

/// The schema of one data file, implemented by its row type.
pub(crate) trait Record: Sized {
    /// The file.
    const KIND: FileKind;
    /// The columns in file order, with their documentation.
    const COLUMNS: &'static [Column];

    /// Reads one row, recording a problem for every bad cell; `None` when a required value is
    /// missing or wrong.
    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self>;

    /// The row as text cells in the order of [`Record::COLUMNS`], as the file writes them.
    fn write(&self) -> Vec<String>;

    /// The rows of this file in a data set.
    fn all(data: &DataSet) -> &Vec<Self>;

    /// The rows of this file in a data set, to add to.
    fn all_mut(data: &mut DataSet) -> &mut Vec<Self>;

    /// Where the row came from.
    fn at(&self) -> RowRef;

    /// Whether other files refer to this file's rows by [`Record::id`].
    const IDENTIFIED: bool = false;

    /// For a file other files refer to: the id they use.
    fn id(&self) -> Option<&str> {
        None
    }

    /// The ids in other files this row refers to.
    fn references(&self) -> Vec<Reference<'_>> {
        Vec::new()
    }

    /// What must be unique in the file.
    fn key(&self) -> Option<Key> {
        None
    }

    /// How a second row with the same key is named in the message ("… komt twee keer voor").
    fn duplicate(&self) -> String {
        String::new()
    }

    /// Problems of the row on its own that its cells cannot show (a relation with itself), as
    /// column and message.
    fn contradictions(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// The organisation whose figures the row holds, for the files in which an upload replaces
    /// the rows of the organisations it names and keeps the others.
    fn owner(&self) -> Option<&OrganisationId> {
        None
    }
}

/// A row as the checks across files and the exports see it: the object-safe part of [`Record`],
/// so that one loop serves every file instead of a copy of it per row type.
pub(crate) trait Row {
    fn at(&self) -> RowRef;
    fn write(&self) -> Vec<String>;
    fn references(&self) -> Vec<Reference<'_>>;
    fn key(&self) -> Option<Key>;
    fn duplicate(&self) -> String;
    fn contradictions(&self) -> Vec<(&'static str, String)>;
}

impl<R: Record> Row for R {
    fn at(&self) -> RowRef {
        Record::at(self)
    }
    fn write(&self) -> Vec<String> {
        Record::write(self)
    }
    fn references(&self) -> Vec<Reference<'_>> {
        Record::references(self)
    }
    fn key(&self) -> Option<Key> {
        Record::key(self)
    }
    fn duplicate(&self) -> String {
        Record::duplicate(self)
    }
    fn contradictions(&self) -> Vec<(&'static str, String)> {
        Record::contradictions(self)
    }
}

/// The rows of one file of a data set.
pub(crate) fn rows_of(data: &DataSet, kind: FileKind) -> Vec<&dyn Row> {
    with_record!(kind, R => R::all(data).iter().map(|row| row as &dyn Row).collect())
}

/// Codes separated by spaces (or commas, semicolons), upper-cased as the data writes them. Codes
/// are ASCII letters and digits, so only ASCII letters change case.
pub(crate) fn code_list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([' ', ',', ';'])
        .filter(|code| !code.is_empty())
        .map(str::to_ascii_uppercase)
}

/// Codes or ids as one cell, separated by spaces.
pub(crate) fn joined<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts.into_iter().collect::<Vec<_>>().join(" ")
}

/// An optional value as a cell: empty when absent.
pub(crate) fn optional<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A number as a cell: full precision with a decimal comma, which Dutch Excel reads as a number.
pub(crate) fn number(value: f64) -> String {
    format!("{value}").replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;
    use crate::data::load::read_dataset;

    /// Every file's rows write exactly one cell per declared column, and every declared column
    /// name is unique in its file: a column added to a schema but not to its writing (or the
    /// other way round) fails here.
    #[test]
    fn every_schema_writes_one_cell_per_column() {
        let (data, problems) = read_dataset(&default_sources());
        assert!(problems.is_empty(), "{problems:?}");
        for kind in FileKind::ALL {
            with_record!(kind, R => {
                assert_eq!(R::KIND, kind);
                let names: std::collections::BTreeSet<&str> =
                    R::COLUMNS.iter().map(|c| c.name).collect();
                assert_eq!(names.len(), R::COLUMNS.len(), "{kind:?}: a column twice");
                assert!(!R::all(&data).is_empty(), "{kind:?} has rows");
                for row in R::all(&data) {
                    assert_eq!(Record::write(row).len(), R::COLUMNS.len(), "{kind:?} line {}", Record::at(row).line);
                    assert_eq!(Record::at(row).file, kind);
                }
            });
        }
    }

    #[test]
    fn keys_join_their_parts_so_that_different_parts_differ() {
        assert_ne!(
            Key::new("x", &["a b", "c"]).joined,
            Key::new("x", &["a", "b c"]).joined
        );
        assert_eq!(
            combination(&["uwv", "UIT"]),
            "de combinatie \"uwv\" en \"UIT\""
        );
        assert_eq!(number(12.5), "12,5");
        assert_eq!(joined(["A", "B"]), "A B");
        assert_eq!(
            code_list("uit, inn;;ind").collect::<Vec<_>>(),
            ["UIT", "INN", "IND"]
        );
    }
}
