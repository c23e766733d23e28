//! Change files: what a capacity coordinator sends to the data maintainer after a clean upload.
//! A change file holds only the rows of the organisations the upload touched, in the format of
//! the data file itself (so it opens in Excel and uploads again), with `#` lines on top: the data
//! file, the data version it was based on, the organisations, a checksum of the rows, and per
//! organisation a checksum and a readable copy of the rows it replaces. Merging refuses a change
//! whose base rows have changed since (a conflict) unless forced, and never half-applies one.

use std::collections::BTreeMap;

use crate::data::checksum::sha256;
use crate::data::exchange::{Changes, changes, header, rows, write_csv};
use crate::data::load::{SourceFile, Sources};
use crate::data::model::FileKind;
use crate::data::problem::{DataError, Severity};
use crate::id::OrganisationId;
use crate::landscape::Landscape;

/// The data files a change file can carry: those an agency keeps per organisation.
pub const CHANGEABLE: [FileKind; 2] = [FileKind::Capacity, FileKind::Portfolio];

const TITLE: &str = "Wijziging voor Beleid zoekt Uitvoerder";

type Rows = Vec<Vec<String>>;

/// One change file.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeFile {
    /// The data file it changes.
    pub kind: FileKind,
    /// The data version it was based on.
    pub base_version: u32,
    /// Per organisation it touches: the checksum of the rows it replaces, and those rows as
    /// readable lines.
    pub base: BTreeMap<OrganisationId, (String, Vec<String>)>,
    /// The checksum of the new rows as stated in the file.
    pub checksum: String,
    /// Whether the rows still match that checksum (false: edited after it was made).
    pub intact: bool,
    /// The file name to save it under, or the name it was read from.
    pub name: String,
    /// The whole file.
    pub text: String,
}

fn organisation_column(kind: FileKind) -> usize {
    kind.columns()
        .iter()
        .position(|column| column.name == "organisatie")
        .unwrap_or(0)
}

/// The rows of one file, by organisation, in exported form.
fn by_organisation(landscape: &Landscape, kind: FileKind) -> BTreeMap<OrganisationId, Rows> {
    let column = organisation_column(kind);
    let mut grouped: BTreeMap<OrganisationId, Rows> = BTreeMap::new();
    for row in rows(landscape, kind) {
        grouped
            .entry(OrganisationId::new(row[column].clone()))
            .or_default()
            .push(row);
    }
    grouped
}

fn rows_checksum(rows: &[Vec<String>]) -> String {
    let text: Vec<String> = rows.iter().map(|row| row.join("\u{1f}")).collect();
    sha256(text.join("\n").as_bytes())
}

fn readable(row: &[String]) -> String {
    row.iter()
        .map(|cell| cell.replace([';', '"', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The checksum of a file's data part: its lines without `#` lines, line ends made equal.
fn data_checksum(text: &str) -> String {
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .collect();
    sha256(lines.join("\n").as_bytes())
}

/// The change files from `base` to `after`: one per data file in which the rows of at least one
/// organisation differ, holding only those organisations' rows.
pub fn change_files(base: &Landscape, after: &Landscape, base_version: u32) -> Vec<ChangeFile> {
    let mut files = Vec::new();
    for kind in CHANGEABLE {
        let (old, new) = (by_organisation(base, kind), by_organisation(after, kind));
        let touched: Vec<&OrganisationId> = new
            .iter()
            .filter(|(id, rows)| old.get(*id) != Some(rows))
            .map(|(id, _)| id)
            .collect();
        if touched.is_empty() {
            continue;
        }
        let new_rows: Rows = touched.iter().flat_map(|id| new[*id].clone()).collect();
        let data = write_csv(&header(kind), &new_rows, &[]);
        let names: Vec<&str> = touched.iter().map(|id| id.as_str()).collect();
        let mut comments = vec![
            TITLE.to_owned(),
            format!("bestand: {}", kind.file_name()),
            format!("gebaseerd op gegevensversie: {base_version}"),
            format!("organisaties: {}", names.join(" ")),
            format!("controlegetal: {}", data_checksum(&data)),
        ];
        let mut base_rows = BTreeMap::new();
        for id in &touched {
            let was = old.get(*id).cloned().unwrap_or_default();
            comments.push(format!("basis {id}: {}", rows_checksum(&was)));
            comments.extend(was.iter().map(|row| format!("was {id}: {}", readable(row))));
            base_rows.insert(
                (*id).clone(),
                (
                    rows_checksum(&was),
                    was.iter().map(|row| readable(row)).collect(),
                ),
            );
        }
        let mut text = String::from("\u{feff}");
        for comment in &comments {
            text.push_str("# ");
            text.push_str(comment);
            text.push_str("\r\n");
        }
        text.push_str(data.trim_start_matches('\u{feff}'));
        let stem = kind.file_name().trim_end_matches(".csv");
        files.push(ChangeFile {
            kind,
            base_version,
            checksum: data_checksum(&data),
            intact: true,
            name: format!("wijziging-{stem}-{}-v{base_version}.csv", names.join("-")),
            base: base_rows,
            text,
        });
    }
    files
}

fn problem(file: &str, line: u64, message: String) -> DataError {
    DataError {
        file: file.to_owned(),
        line,
        column: 1,
        severity: Severity::Fout,
        message,
    }
}

impl ChangeFile {
    /// Reads a change file; a problem names the line.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<ChangeFile, DataError> {
        let (text, _) = crate::data::decode::decode(bytes)
            .map_err(|error| problem(name, 0, error.to_string()))?;
        let mut heading: BTreeMap<String, (u64, String)> = BTreeMap::new();
        let mut base = BTreeMap::new();
        let mut seen_title = false;
        for (index, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
            let Some(comment) = line.trim().strip_prefix('#') else {
                break;
            };
            let comment = comment.trim();
            let number = index as u64 + 1;
            seen_title |= comment == TITLE;
            let Some((key, value)) = comment.split_once(": ") else {
                continue;
            };
            if let Some(id) = key.strip_prefix("basis ") {
                base.insert(OrganisationId::new(id), (value.to_owned(), Vec::new()));
            } else if let Some(id) = key.strip_prefix("was ") {
                if let Some(entry) = base.get_mut(&OrganisationId::new(id)) {
                    entry.1.push(value.to_owned());
                }
            } else {
                heading.insert(key.to_owned(), (number, value.to_owned()));
            }
        }
        if !seen_title {
            return Err(problem(
                name,
                1,
                format!(
                    "dit is geen wijzigingsbestand: de eerste regel hoort \"# {TITLE}\" te zijn"
                ),
            ));
        }
        let field = |key: &str| {
            heading
                .get(key)
                .cloned()
                .ok_or_else(|| problem(name, 0, format!("de kopregel \"# {key}: …\" ontbreekt")))
        };
        let (line, file) = field("bestand")?;
        let kind = CHANGEABLE
            .into_iter()
            .find(|kind| kind.file_name() == file)
            .ok_or_else(|| {
                problem(
                    name,
                    line,
                    format!("bestand {file} kan niet via een wijziging; alleen capaciteit.csv en portfolio.csv"),
                )
            })?;
        let (line, version) = field("gebaseerd op gegevensversie")?;
        let base_version = version.parse().map_err(|_| {
            problem(
                name,
                line,
                format!("gegevensversie {version} is geen getal"),
            )
        })?;
        let (line, organisations) = field("organisaties")?;
        for id in organisations.split_whitespace() {
            if !base.contains_key(&OrganisationId::new(id)) {
                return Err(problem(
                    name,
                    line,
                    format!("voor organisatie {id} ontbreekt de regel \"# basis {id}: …\""),
                ));
            }
        }
        let (_, checksum) = field("controlegetal")?;
        Ok(ChangeFile {
            kind,
            base_version,
            intact: data_checksum(&text) == checksum,
            checksum,
            base,
            name: name.to_owned(),
            text,
        })
    }

    /// The organisations it touches.
    pub fn organisations(&self) -> impl Iterator<Item = &OrganisationId> {
        self.base.keys()
    }
}

/// Rows of one organisation that changed since a change file was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The change file.
    pub file: String,
    /// The data file.
    pub kind: FileKind,
    /// The organisation.
    pub organisation: OrganisationId,
    /// Its rows when the change was made.
    pub was: Vec<String>,
    /// Its rows now.
    pub now: Vec<String>,
}

/// The outcome of merging change files into a data set.
#[derive(Clone, Debug)]
pub struct Merge {
    /// The files after the merge.
    pub sources: Sources,
    /// The data files that changed.
    pub changed: Vec<FileKind>,
    /// What changes, for the preview.
    pub changes: Changes,
    /// Rows that changed since a change file was made.
    pub conflicts: Vec<Conflict>,
    /// Change files edited after they were made.
    pub altered: Vec<String>,
}

impl Merge {
    /// Whether the merge may be written: no conflicts and no edited change files, unless forced.
    pub fn may_write(&self, force: bool) -> bool {
        force || (self.conflicts.is_empty() && self.altered.is_empty())
    }
}

/// Merges change files, in order, into `current`. Data errors (in a change file, or in the
/// result) come back as `Err` with their file and line; conflicts and edited change files are
/// reported in the [`Merge`], and each change file's rows are applied regardless, so the preview
/// shows what forcing would write.
pub fn merge_changes(current: &Sources, files: &[ChangeFile]) -> Result<Merge, Vec<DataError>> {
    let (before, _) = Landscape::load(current)?;
    let mut sources = current.clone();
    let mut landscape = before.clone();
    let mut merge = Merge {
        sources: Sources::new(),
        changed: Vec::new(),
        changes: Changes::default(),
        conflicts: Vec::new(),
        altered: Vec::new(),
    };
    for file in files {
        if !file.intact {
            merge.altered.push(file.name.clone());
        }
        let now = by_organisation(&landscape, file.kind);
        for (id, (checksum, was)) in &file.base {
            let rows = now.get(id).cloned().unwrap_or_default();
            if rows_checksum(&rows) != *checksum {
                merge.conflicts.push(Conflict {
                    file: file.name.clone(),
                    kind: file.kind,
                    organisation: id.clone(),
                    was: was.clone(),
                    now: rows.iter().map(|row| readable(row)).collect(),
                });
            }
        }
        // The change's rows, read and checked as a data file of their own kind.
        let mut alone = sources.clone();
        alone.insert(
            file.kind,
            SourceFile {
                name: file.name.clone(),
                bytes: file.text.clone().into_bytes(),
            },
        );
        let (read, _) = Landscape::load(&alone)?;
        let new = by_organisation(&read, file.kind);
        if let Some(stray) = new.keys().find(|id| !file.base.contains_key(*id)) {
            return Err(vec![problem(
                &file.name,
                0,
                format!(
                    "rijen voor organisatie {stray}, die niet in de kopregel \"# organisaties\" staat"
                ),
            )]);
        }
        let mut merged: Rows = now
            .into_iter()
            .filter(|(id, _)| !file.base.contains_key(id))
            .flat_map(|(_, rows)| rows)
            .collect();
        merged.extend(new.into_values().flatten());
        sources.insert(
            file.kind,
            SourceFile {
                name: file.kind.file_name().to_owned(),
                bytes: write_csv(&header(file.kind), &merged, &[]).into_bytes(),
            },
        );
        landscape = Landscape::load(&sources)?.0;
        if !merge.changed.contains(&file.kind) {
            merge.changed.push(file.kind);
        }
    }
    merge.changes = changes(&before, &landscape);
    merge.sources = sources;
    Ok(merge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;
    use crate::data::exchange::check_upload;

    fn base() -> Landscape {
        Landscape::load(&default_sources()).unwrap().0
    }

    /// The landscape after an upload that sets one capacity figure of `organisation`.
    fn upload(sources: &Sources, organisation: &str, period: &str, fte: &str) -> Landscape {
        let text = format!(
            "organisatie,periode,capaciteit_fte,belasting_fte,status,bron,peildatum\n\
             {organisation},{period},{fte},10,schatting,opgave van de organisatie,2026-12-01\n"
        );
        let check = check_upload(
            sources,
            vec![SourceFile {
                name: "Capaciteit.csv".into(),
                bytes: text.into_bytes(),
            }],
        );
        check.landscape.expect("a clean upload")
    }

    #[test]
    fn a_change_file_holds_only_the_touched_organisation() {
        let after = upload(&default_sources(), "svb", "2027", "80");
        let files = change_files(&base(), &after, 3);
        assert_eq!(files.len(), 1);
        let file = &files[0];
        assert_eq!(file.kind, FileKind::Capacity);
        assert_eq!(
            file.organisations()
                .map(|id| id.as_str())
                .collect::<Vec<_>>(),
            ["svb"]
        );
        assert!(file.text.contains("# gebaseerd op gegevensversie: 3"));
        let data_lines: Vec<&str> = file
            .text
            .lines()
            .filter(|l| !l.starts_with(['#', '\u{feff}']))
            .collect();
        assert!(
            data_lines[1..].iter().all(|line| line.starts_with("svb;")),
            "{data_lines:?}"
        );
        // The upload replaced all of svb's rows by one row.
        assert_eq!(data_lines.len(), 2);
        let parsed = ChangeFile::parse(&file.name, file.text.as_bytes()).unwrap();
        // Decoding drops the byte-order mark; everything else reads back.
        assert_eq!(parsed.text, file.text.trim_start_matches('\u{feff}'));
        assert_eq!(
            ChangeFile {
                text: file.text.clone(),
                ..parsed
            },
            *file
        );
    }

    #[test]
    fn merging_applies_the_rows_and_previews_the_change() {
        let after = upload(&default_sources(), "svb", "2027", "80");
        let file = change_files(&base(), &after, 1).remove(0);
        let merge = merge_changes(&default_sources(), &[file]).unwrap();
        assert!(merge.may_write(false));
        assert_eq!(merge.changed, vec![FileKind::Capacity]);
        let merged = Landscape::load(&merge.sources).unwrap().0;
        let svb = OrganisationId::new("svb");
        let rows: Vec<_> = merged
            .data()
            .capacity
            .iter()
            .filter(|r| r.organisatie == svb)
            .collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].capaciteit_fte, 80.0);
        // Other organisations keep their rows.
        assert_eq!(
            merged.data().capacity.len(),
            base().data().capacity.len()
                - base()
                    .data()
                    .capacity
                    .iter()
                    .filter(|r| r.organisatie == svb)
                    .count()
                + 1
        );
        assert!(
            merge
                .changes
                .capacity
                .iter()
                .any(|c| c.organisation == svb && c.after == Some((80.0, 10.0)))
        );
    }

    #[test]
    fn a_second_change_on_the_same_base_conflicts_with_both_values() {
        let first =
            change_files(&base(), &upload(&default_sources(), "svb", "2027", "80"), 1).remove(0);
        let second =
            change_files(&base(), &upload(&default_sources(), "svb", "2027", "90"), 1).remove(0);
        let merge = merge_changes(&default_sources(), &[first, second.clone()]).unwrap();
        assert!(!merge.may_write(false));
        assert!(merge.may_write(true));
        let conflict = &merge.conflicts[0];
        assert_eq!(
            (conflict.file.as_str(), conflict.organisation.as_str()),
            (second.name.as_str(), "svb")
        );
        assert!(
            conflict.now.iter().any(|row| row.contains("80")),
            "{conflict:?}"
        );
        assert!(
            conflict.was.len() > 1,
            "the original svb rows: {conflict:?}"
        );
        // Forced, the last change wins.
        let merged = Landscape::load(&merge.sources).unwrap().0;
        assert!(
            merged
                .data()
                .capacity
                .iter()
                .any(|r| r.organisatie.as_str() == "svb" && r.capaciteit_fte == 90.0)
        );
    }

    #[test]
    fn an_edited_change_file_is_reported_and_a_foreign_file_refused() {
        let file =
            change_files(&base(), &upload(&default_sources(), "svb", "2027", "80"), 1).remove(0);
        let edited = file.text.replace(";80;", ";85;");
        let parsed = ChangeFile::parse(&file.name, edited.as_bytes()).unwrap();
        assert!(!parsed.intact);
        let merge = merge_changes(&default_sources(), &[parsed]).unwrap();
        assert_eq!(merge.altered, vec![file.name.clone()]);
        assert!(!merge.may_write(false));
        let error = ChangeFile::parse(
            "capaciteit.csv",
            include_bytes!("../../../data/capaciteit.csv"),
        )
        .unwrap_err();
        assert!(error.message.contains("geen wijzigingsbestand"), "{error}");
    }

    #[test]
    fn a_data_error_in_a_change_file_names_its_line() {
        let file =
            change_files(&base(), &upload(&default_sources(), "svb", "2027", "80"), 1).remove(0);
        let broken = file.text.replace(";80;", ";tachtig;");
        let parsed = ChangeFile::parse(&file.name, broken.as_bytes()).unwrap();
        let problems = merge_changes(&default_sources(), &[parsed]).unwrap_err();
        let header_line = broken
            .lines()
            .position(|l| l.starts_with("organisatie;"))
            .unwrap() as u64
            + 1;
        assert!(
            problems
                .iter()
                .any(|p| p.file == file.name && p.line == header_line + 1),
            "{problems:?}"
        );
    }
}
