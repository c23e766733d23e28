//! Loads the CSV files of a data set into typed rows and checks them, within each file and across
//! files, reporting every problem at once.

use crate::sort::SharedSort;
use std::collections::{HashMap, HashSet};

use crate::data::dataset::{DataSet, FileInfo};
use crate::data::model::*;
use crate::data::problem::{DataError, Problems};
use crate::data::references::{ColumnNumbers, check_references};
use crate::data::schema::{Record, with_record};
use crate::data::table::{Column, Table, read_table};
use crate::id::OrganisationId;

impl FileKind {
    /// Every file kind, in load order.
    pub const ALL: [FileKind; 12] = [
        FileKind::Ministries,
        FileKind::Organisations,
        FileKind::Tasks,
        FileKind::TargetGroups,
        FileKind::Registers,
        FileKind::OrganisationTasks,
        FileKind::OrganisationTargetGroups,
        FileKind::OrganisationRegisters,
        FileKind::ChainRelations,
        FileKind::Capacity,
        FileKind::Portfolio,
        FileKind::Schemes,
    ];

    /// The file name in `data/`.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Ministries => "ministeries.csv",
            FileKind::Organisations => "organisaties.csv",
            FileKind::Tasks => "taken.csv",
            FileKind::TargetGroups => "doelgroepen.csv",
            FileKind::Registers => "registers.csv",
            FileKind::OrganisationTasks => "organisatie_taken.csv",
            FileKind::OrganisationTargetGroups => "organisatie_doelgroepen.csv",
            FileKind::OrganisationRegisters => "organisatie_registers.csv",
            FileKind::ChainRelations => "ketenrelaties.csv",
            FileKind::Capacity => "capaciteit.csv",
            FileKind::Portfolio => "portfolio.csv",
            FileKind::Schemes => "regelingen.csv",
        }
    }

    /// The columns of the file, with their documentation (declared by the file's schema).
    pub fn columns(self) -> &'static [Column] {
        with_record!(self, R => R::COLUMNS)
    }

    /// Whether a data set may lack the file: schemes came later, and a data set without them
    /// still ranks (the scheme part is then neutral for everyone).
    pub fn optional(self) -> bool {
        self == FileKind::Schemes
    }

    /// Recognises a file by its name (`Capaciteit UWV.csv` → capacity) or, failing that, by the
    /// columns in its first line.
    pub fn recognise(name: &str, bytes: &[u8]) -> Option<FileKind> {
        let base = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(name)
            .to_lowercase()
            .replace([' ', '-'], "_");
        let stem = base
            .strip_suffix(".csv")
            .or_else(|| base.strip_suffix(".txt"))
            .unwrap_or(&base);
        // Longest names first, so `organisatie_taken` wins over `taken`.
        let mut by_length = FileKind::ALL;
        by_length.shared_sort_by_key(|kind| std::cmp::Reverse(kind.file_name().len()));
        if let Some(kind) = by_length.iter().find(|kind| {
            let known = kind.file_name().trim_end_matches(".csv");
            stem == known
                || stem.starts_with(&format!("{known}_"))
                || stem.ends_with(&format!("_{known}"))
                || stem.contains(&format!("_{known}_"))
        }) {
            return Some(*kind);
        }
        let (text, _) = crate::data::decode::decode(bytes).ok()?;
        let first_line = text.lines().find(|line| {
            let line = line.trim_start_matches('\u{feff}').trim();
            !line.is_empty() && !line.starts_with('#')
        })?;
        let delimiter = char::from(crate::data::decode::sniff_delimiter(first_line));
        let header: HashSet<String> = first_line
            .split(delimiter)
            .map(|name| name.trim().trim_matches('"').to_lowercase())
            .collect();
        // The kind whose required columns the header has most of (at least two), so that a
        // file with one misspelt column is still recognised and gets a precise message.
        FileKind::ALL
            .into_iter()
            .map(|kind| {
                let required = kind.columns().iter().filter(|c| c.required);
                let present = required.clone().filter(|c| header.contains(c.name)).count();
                let missing = required.count() - present;
                (kind, present, missing)
            })
            .filter(|(_, present, _)| *present >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
            .map(|(kind, _, _)| kind)
    }

    /// Where an unrecognised file's header goes wrong: the line of its header and the column
    /// (in characters) of the first name that is no column of any data file; the header's start
    /// when every name is known, or line 1 when there is no header.
    pub fn unknown_header_place(bytes: &[u8]) -> (u64, usize) {
        let Ok((text, _)) = crate::data::decode::decode(bytes) else {
            return (1, 1);
        };
        let Some((index, line)) = text.lines().enumerate().find(|(_, line)| {
            let line = line.trim_start_matches('\u{feff}').trim();
            !line.is_empty() && !line.starts_with('#')
        }) else {
            return (1, 1);
        };
        let delimiter = char::from(crate::data::decode::sniff_delimiter(line));
        let mut column = 1;
        for cell in line.split(delimiter) {
            let name = cell.trim().trim_matches('"').to_lowercase();
            let known = FileKind::ALL
                .iter()
                .any(|kind| kind.columns().iter().any(|c| c.name == name));
            if !known {
                column += cell.chars().take_while(|c| c.is_whitespace()).count();
                return (index as u64 + 1, column);
            }
            column += cell.chars().count() + 1;
        }
        (index as u64 + 1, 1)
    }
}

/// One input file: its name as the user knows it, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The name shown in messages.
    pub name: String,
    /// The raw bytes, in any encoding `decode` reads.
    pub bytes: Vec<u8>,
}

/// The set of files that makes a data set, one per kind. Each kind has its slot, in the order of
/// [`FileKind::ALL`] (a plain array: a tree map cost several KB of download for twelve keys).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    files: [Option<SourceFile>; FileKind::ALL.len()],
    /// Earlier files of capacity and portfolio whose rows of organisations that the new file does
    /// not mention are kept: an agency uploads its own figures without erasing the others'.
    kept: [Option<SourceFile>; FileKind::ALL.len()],
}

impl Sources {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts a file in place of the one of the same kind.
    pub fn insert(&mut self, kind: FileKind, file: SourceFile) {
        self.files[kind as usize] = Some(file);
    }

    /// The file of a kind, if present.
    pub fn get(&self, kind: FileKind) -> Option<&SourceFile> {
        self.files[kind as usize].as_ref()
    }

    /// The kinds whose file here differs from the one in `base` (or is there in one only).
    pub fn differing_from(&self, base: &Sources) -> Vec<FileKind> {
        FileKind::ALL
            .into_iter()
            .filter(|kind| self.get(*kind) != base.get(*kind))
            .collect()
    }

    /// All files with their kinds.
    pub fn iter(&self) -> impl Iterator<Item = (FileKind, &SourceFile)> {
        FileKind::ALL
            .into_iter()
            .zip(&self.files)
            .filter_map(|(kind, file)| Some((kind, file.as_ref()?)))
    }

    /// Puts a capacity or portfolio file in place, keeping the rows of the previous file for
    /// organisations the new file does not mention. Other kinds are simply replaced.
    pub fn insert_keeping_others(&mut self, kind: FileKind, file: SourceFile) {
        if matches!(kind, FileKind::Capacity | FileKind::Portfolio)
            && let Some(previous) = self.files[kind as usize].take()
        {
            // A second upload of the same kind keeps the first previous file.
            self.kept[kind as usize].get_or_insert(previous);
        }
        self.files[kind as usize] = Some(file);
    }
}

fn column_numbers(table: &Table, kind: FileKind) -> (String, HashMap<&'static str, usize>) {
    let numbers = kind
        .columns()
        .iter()
        .map(|column| (column.name, table.column_number(column.name)))
        .collect();
    (table.file.clone(), numbers)
}

/// Reads one file on its own into typed rows: decoding, the table, every cell and the checks of a
/// row by itself, without the checks against other files. The loader's own work on one file, for
/// the benchmarks and the fuzzer.
pub fn read_file(kind: FileKind, file: &SourceFile) -> (DataSet, Vec<DataError>) {
    let mut problems = Problems::default();
    let mut data = DataSet::default();
    if let Some(table) = read_table(&file.name, &file.bytes, kind.columns(), &mut problems) {
        with_record!(kind, R => read_rows::<R>(&table, &mut data, &mut problems));
    }
    (data, problems.into_sorted())
}

/// Reads every file into typed rows and checks each file on its own. Missing files are errors.
pub fn read_dataset(sources: &Sources) -> (DataSet, Vec<DataError>) {
    let mut problems = Problems::default();
    let mut data = DataSet::default();
    let mut columns: ColumnNumbers = HashMap::new();
    for kind in FileKind::ALL {
        let Some(source) = sources.get(kind) else {
            if kind.optional() {
                continue;
            }
            problems.error(
                kind.file_name(),
                0,
                0,
                format!("het bestand {} ontbreekt", kind.file_name()),
            );
            continue;
        };
        let Some(table) = read_table(&source.name, &source.bytes, kind.columns(), &mut problems)
        else {
            continue;
        };
        data.files[kind as usize] = Some(FileInfo {
            name: source.name.clone(),
            encoding: table.encoding,
            delimiter: char::from(table.delimiter),
            rows: table.rows.len(),
        });
        columns.insert(kind, column_numbers(&table, kind));
        with_record!(kind, R => read_rows::<R>(&table, &mut data, &mut problems));
        if let Some(previous) = &sources.kept[kind as usize] {
            keep_other_organisations(kind, previous, &mut data);
        }
    }
    check_references(&data, &columns, &mut problems);
    (data, problems.into_sorted())
}

/// Adds the rows of `previous` for organisations that the new rows do not mention and that are
/// still in `organisaties.csv` (read before capacity and portfolio): when a whole new data set is
/// uploaded, the figures of organisations it no longer has go with them.
fn keep_other_organisations(kind: FileKind, previous: &SourceFile, data: &mut DataSet) {
    let mut ignored = Problems::default();
    let Some(table) = read_table(
        &previous.name,
        &previous.bytes,
        kind.columns(),
        &mut ignored,
    ) else {
        return;
    };
    match kind {
        FileKind::Capacity => keep_others::<CapacityRow>(&table, data),
        FileKind::Portfolio => keep_others::<PortfolioItem>(&table, data),
        _ => {}
    }
}

fn keep_others<R: Record>(table: &Table, data: &mut DataSet) {
    let mut old = DataSet::default();
    read_rows::<R>(table, &mut old, &mut Problems::default());
    let known: HashSet<OrganisationId> = data.organisations.iter().map(|o| o.id.clone()).collect();
    let mentioned: HashSet<OrganisationId> =
        R::all(data).iter().filter_map(R::owner).cloned().collect();
    let kept = std::mem::take(R::all_mut(&mut old))
        .into_iter()
        .filter(|row| {
            row.owner()
                .is_some_and(|owner| !mentioned.contains(owner) && known.contains(owner))
        });
    R::all_mut(data).extend(kept);
}

/// Reads the rows of one file with its schema, recording a problem for every bad cell.
fn read_rows<R: Record>(table: &Table, data: &mut DataSet, problems: &mut Problems) {
    for row in &table.rows {
        let mut cells = table.cells(row, problems);
        let at = RowRef {
            file: R::KIND,
            line: cells.line(),
        };
        if let Some(record) = R::read(&mut cells, at) {
            R::all_mut(data).push(record);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_keep_one_file_per_kind_in_the_order_of_all_kinds() {
        // The slots are indexed by the kind's position: ALL must list the kinds in order.
        for (position, kind) in FileKind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, position, "{kind:?}");
        }
        let file = |name: &str| SourceFile {
            name: name.to_owned(),
            bytes: name.as_bytes().to_vec(),
        };
        let mut sources = Sources::new();
        sources.insert(FileKind::Schemes, file("regelingen.csv"));
        sources.insert(FileKind::Ministries, file("ministeries.csv"));
        sources.insert(FileKind::Capacity, file("oud.csv"));
        sources.insert_keeping_others(FileKind::Capacity, file("nieuw.csv"));
        sources.insert_keeping_others(FileKind::Capacity, file("nieuwer.csv"));
        let listed: Vec<(FileKind, &str)> = sources
            .iter()
            .map(|(kind, file)| (kind, file.name.as_str()))
            .collect();
        assert_eq!(
            listed,
            [
                (FileKind::Ministries, "ministeries.csv"),
                (FileKind::Capacity, "nieuwer.csv"),
                (FileKind::Schemes, "regelingen.csv"),
            ]
        );
        // The first previous file is the one kept.
        let kept = sources.kept[FileKind::Capacity as usize].as_ref();
        assert_eq!(kept.map(|file| file.name.as_str()), Some("oud.csv"));
        assert!(sources.get(FileKind::Tasks).is_none());
    }

    #[test]
    fn one_file_reads_alone_as_it_reads_in_the_whole_set() {
        let sources = crate::data::defaults::default_sources();
        let (whole, _) = read_dataset(&sources);
        let capacity = sources.get(FileKind::Capacity).unwrap();
        let (alone, problems) = read_file(FileKind::Capacity, capacity);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(alone.capacity, whole.capacity);
        assert!(alone.organisations.is_empty());
        let bad = SourceFile {
            name: "capaciteit.csv".to_owned(),
            bytes:
                b"organisatie,periode,capaciteit_fte,belasting_fte,status\nuwv,2027,veel,1,bron\n"
                    .to_vec(),
        };
        let (read, problems) = read_file(FileKind::Capacity, &bad);
        assert!(read.capacity.is_empty());
        assert_eq!(
            (problems[0].line, problems[0].column),
            (2, 3),
            "{problems:?}"
        );
    }

    #[test]
    fn an_unknown_header_is_placed_at_its_first_unknown_name() {
        let place = |text: &str| FileKind::unknown_header_place(text.as_bytes());
        assert_eq!(place("# uitleg\n\norganisatie;kleur;fte\n"), (3, 13));
        assert_eq!(place("organisatie, naam ,  kleur\n"), (1, 22));
        assert_eq!(place("organisatie;periode\n"), (1, 1));
        assert_eq!(place(""), (1, 1));
    }

    #[test]
    fn files_are_recognised_by_name_or_header() {
        let check = |name: &str, text: &str| FileKind::recognise(name, text.as_bytes());
        assert_eq!(check("capaciteit.csv", ""), Some(FileKind::Capacity));
        assert_eq!(
            check("Capaciteit UWV 2027.csv", ""),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("sjabloon-capaciteit.csv", ""),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("map/organisatie_taken.csv", ""),
            Some(FileKind::OrganisationTasks)
        );
        assert_eq!(check("taken.csv", ""), Some(FileKind::Tasks));
        assert_eq!(
            check(
                "export.csv",
                "\u{feff}# uitleg\r\norganisatie;periode;capaciteit_fte;belasting_fte;status\r\n"
            ),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("export.csv", "van,naar,soort\n"),
            Some(FileKind::ChainRelations)
        );
        assert_eq!(check("iets.csv", "a;b;c\n"), None);
    }
}
