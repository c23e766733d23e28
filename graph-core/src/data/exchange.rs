//! The files agency staff exchange with the tool: templates and exports ready for Dutch Excel
//! (semicolons, decimal commas, UTF-8 with byte-order mark, formulas neutralised), merging an
//! upload into the current files, and the changes an upload would make.

use std::collections::BTreeMap;

use crate::data::cells::neutralise;
use crate::data::load::{SourceFile, Sources};
use crate::data::model::{ChangeKind, FileKind};
use crate::data::problem::DataError;
use crate::data::schema::rows_of;
use crate::id::OrganisationId;
use crate::landscape::Landscape;
use crate::period::Period;
use crate::sort::{CollectOrdered, sorted_unique};

fn quote_cell(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

pub(crate) fn write_csv(header: &[&str], rows: &[Vec<String>], comments: &[String]) -> String {
    let mut out = String::from("\u{feff}");
    for comment in comments {
        out.push_str("# ");
        out.push_str(&comment.replace(['\n', '\r', ';'], " "));
        out.push_str("\r\n");
    }
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| quote_cell(cell)).collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The rows of one file of a landscape, as text cells in the order of [`FileKind::columns`].
pub(crate) fn rows(landscape: &Landscape, kind: FileKind) -> Vec<Vec<String>> {
    rows_of(landscape.data(), kind)
        .into_iter()
        .map(|row| row.write())
        .collect()
}

pub(crate) fn header(kind: FileKind) -> Vec<&'static str> {
    kind.columns().iter().map(|column| column.name).collect()
}

/// The current data of one file, for Dutch Excel.
pub fn export_csv(landscape: &Landscape, kind: FileKind) -> String {
    write_csv(&header(kind), &rows(landscape, kind), &[])
}

/// A template for one file: the column documentation as `#` lines, the header and one example row
/// taken from the current data (so it re-uploads without errors).
pub fn template_csv(landscape: &Landscape, kind: FileKind) -> String {
    let mut comments = vec![format!(
        "Sjabloon voor {}. Regels die met # beginnen worden overgeslagen.",
        kind.file_name()
    )];
    comments.extend(kind.columns().iter().map(|column| {
        format!(
            "{}{}: {}",
            column.name,
            if column.required { " (verplicht)" } else { "" },
            column.doc
        )
    }));
    let example: Vec<Vec<String>> = rows(landscape, kind).into_iter().take(1).collect();
    write_csv(&header(kind), &example, &comments)
}

/// The current files with the uploaded ones in their place. Files are recognised by name or by
/// header; the names of files that are not recognised come back in the second value.
pub fn merge_upload(current: &Sources, upload: Vec<SourceFile>) -> (Sources, Vec<String>) {
    let mut merged = current.clone();
    let mut unknown = Vec::new();
    for file in upload {
        match FileKind::recognise(&file.name, &file.bytes) {
            Some(kind) => merged.insert_keeping_others(kind, file),
            None => unknown.push(file.name),
        }
    }
    (merged, unknown)
}

/// The result of checking an upload against the current data.
#[derive(Clone, Debug)]
pub struct UploadCheck {
    /// The landscape the upload would give, when it has no errors.
    pub landscape: Option<Landscape>,
    /// Every problem, errors and warnings.
    pub problems: Vec<DataError>,
    /// Uploaded files that match no data file.
    pub unknown: Vec<String>,
    /// The files that would be used.
    pub sources: Sources,
}

impl UploadCheck {
    /// Whether the upload may be applied.
    pub fn can_apply(&self) -> bool {
        self.landscape.is_some() && self.unknown.is_empty()
    }

    /// The landscape to apply, taken out of the check; `None`, with the check unchanged, when
    /// the upload may not be applied.
    pub fn take_applicable(&mut self) -> Option<Landscape> {
        if self.can_apply() {
            self.landscape.take()
        } else {
            None
        }
    }
}

/// Checks uploaded files on top of the current ones.
pub fn check_upload(current: &Sources, upload: Vec<SourceFile>) -> UploadCheck {
    // Why each unrecognised file was not recognised, as a problem with a place.
    let mut unrecognised = Vec::new();
    for file in &upload {
        if FileKind::recognise(&file.name, &file.bytes).is_none() {
            let message = match crate::data::decode::decode(&file.bytes) {
                Err(error) => error.to_string(),
                Ok(_) => format!(
                    "onbekend bestand: de naam en de kopregel passen bij geen van de gegevensbestanden ({})",
                    FileKind::ALL.map(FileKind::file_name).join(", ")
                ),
            };
            let (line, column) = FileKind::unknown_header_place(&file.bytes);
            unrecognised.push(DataError {
                file: file.name.clone(),
                line,
                column,
                severity: crate::data::problem::Severity::Fout,
                message,
            });
        }
    }
    let (sources, unknown) = merge_upload(current, upload);
    let (landscape, mut problems) = match Landscape::load(&sources) {
        Ok((landscape, warnings)) => (Some(landscape), warnings),
        Err(problems) => (None, problems),
    };
    unrecognised.append(&mut problems);
    UploadCheck {
        landscape,
        problems: unrecognised,
        unknown,
        sources,
    }
}

/// A capacity figure before and after an upload.
#[derive(Clone, Debug, PartialEq)]
pub struct CapacityChange {
    /// The organisation.
    pub organisation: OrganisationId,
    /// The period.
    pub period: Period,
    /// Capacity and load before, if there was a row.
    pub before: Option<(f64, f64)>,
    /// Capacity and load after, if there is a row.
    pub after: Option<(f64, f64)>,
}

impl CapacityChange {
    /// Utilisation before.
    pub fn utilisation_before(&self) -> Option<f64> {
        self.before.filter(|(c, _)| *c > 0.0).map(|(c, l)| l / c)
    }

    /// Utilisation after.
    pub fn utilisation_after(&self) -> Option<f64> {
        self.after.filter(|(c, _)| *c > 0.0).map(|(c, l)| l / c)
    }
}

/// A portfolio item that an upload adds, changes or removes.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioChange {
    /// Added, changed or removed.
    pub kind: ChangeKind,
    /// The item's id.
    pub id: String,
    /// Its name (after, or before when removed).
    pub name: String,
    /// Its organisation.
    pub organisation: OrganisationId,
}

/// What an upload changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// Capacity rows that differ.
    pub capacity: Vec<CapacityChange>,
    /// Portfolio items that differ.
    pub portfolio: Vec<PortfolioChange>,
    /// Other files whose rows differ: file, rows before, rows after.
    pub other: Vec<(FileKind, usize, usize)>,
}

impl Changes {
    /// Whether nothing changes.
    pub fn is_empty(&self) -> bool {
        self.capacity.is_empty() && self.portfolio.is_empty() && self.other.is_empty()
    }
}

/// Compares two landscapes: capacity per organisation and period, portfolio items by id, and the
/// other files by their rows.
pub fn changes(before: &Landscape, after: &Landscape) -> Changes {
    let mut result = Changes::default();
    let index = |landscape: &Landscape| -> BTreeMap<(OrganisationId, Period), (f64, f64)> {
        landscape
            .data()
            .capacity
            .iter()
            .map(|r| {
                (
                    (r.organisatie.clone(), r.periode),
                    (r.capaciteit_fte, r.belasting_fte),
                )
            })
            .ordered_map()
    };
    let (old, new) = (index(before), index(after));
    for key in sorted_unique(old.keys().chain(new.keys()).cloned()) {
        let (b, a) = (old.get(&key).copied(), new.get(&key).copied());
        if b != a {
            result.capacity.push(CapacityChange {
                organisation: key.0,
                period: key.1,
                before: b,
                after: a,
            });
        }
    }
    let items = |landscape: &Landscape| -> BTreeMap<String, Vec<String>> {
        rows(landscape, FileKind::Portfolio)
            .into_iter()
            .map(|row| (row[0].clone(), row))
            .ordered_map()
    };
    let (old, new) = (items(before), items(after));
    for (id, row) in &new {
        match old.get(id) {
            None => result.portfolio.push(PortfolioChange {
                kind: ChangeKind::Toegevoegd,
                id: id.clone(),
                name: row[1].clone(),
                organisation: OrganisationId::new(row[2].clone()),
            }),
            Some(previous) if previous != row => result.portfolio.push(PortfolioChange {
                kind: ChangeKind::Gewijzigd,
                id: id.clone(),
                name: row[1].clone(),
                organisation: OrganisationId::new(row[2].clone()),
            }),
            Some(_) => {}
        }
    }
    for (id, row) in &old {
        if !new.contains_key(id) {
            result.portfolio.push(PortfolioChange {
                kind: ChangeKind::Verwijderd,
                id: id.clone(),
                name: row[1].clone(),
                organisation: OrganisationId::new(row[2].clone()),
            });
        }
    }
    for kind in FileKind::ALL {
        if matches!(kind, FileKind::Capacity | FileKind::Portfolio) {
            continue;
        }
        let (b, a) = (rows(before, kind), rows(after, kind));
        if b != a {
            result.other.push((kind, b.len(), a.len()));
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;

    fn landscape() -> Landscape {
        Landscape::load(&default_sources()).unwrap().0
    }

    #[test]
    fn every_export_loads_back_to_the_same_data() {
        let landscape = landscape();
        let mut sources = Sources::new();
        for kind in FileKind::ALL {
            let text = export_csv(&landscape, kind);
            assert!(text.starts_with('\u{feff}'));
            sources.insert(
                kind,
                SourceFile {
                    name: kind.file_name().to_owned(),
                    bytes: text.into_bytes(),
                },
            );
        }
        let (again, warnings) = Landscape::load(&sources).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(changes(&landscape, &again).is_empty());
    }

    #[test]
    fn every_template_uploads_without_errors() {
        let landscape = landscape();
        for kind in FileKind::ALL {
            let template = template_csv(&landscape, kind);
            assert!(template.contains("# Sjabloon voor"));
            let check = check_upload(
                &default_sources(),
                vec![SourceFile {
                    name: kind.file_name().to_owned(),
                    bytes: template.into_bytes(),
                }],
            );
            // A one-row template of a reference file (ministries, organisations) breaks the
            // references of the other files; the template itself must be clean.
            let errors: Vec<_> = check
                .problems
                .iter()
                .filter(|p| {
                    p.is_error()
                        && p.file == kind.file_name()
                        && !p.message.contains("verwijst naar")
                })
                .collect();
            assert!(errors.is_empty(), "{kind:?}: {errors:?}");
            if matches!(kind, FileKind::Capacity | FileKind::Portfolio) {
                assert!(check.can_apply(), "{kind:?}: {:?}", check.problems);
            }
        }
    }

    #[test]
    fn only_an_applicable_upload_gives_up_its_landscape() {
        let file = |name: &str| SourceFile {
            name: name.into(),
            bytes: export_csv(&landscape(), FileKind::Capacity).into_bytes(),
        };
        let mut good = check_upload(&default_sources(), vec![file("capaciteit.csv")]);
        assert!(good.can_apply(), "{:?}", good.problems);
        assert!(good.take_applicable().is_some());
        assert!(good.landscape.is_none() && good.take_applicable().is_none());
        // An unrecognised file beside a good one: the check keeps its landscape to show.
        let shopping = SourceFile {
            name: "boodschappen.csv".into(),
            bytes: b"artikel;aantal\r\nbrood;1\r\n".to_vec(),
        };
        let mut mixed = check_upload(&default_sources(), vec![file("capaciteit.csv"), shopping]);
        assert_eq!(mixed.unknown, ["boodschappen.csv"]);
        assert!(mixed.take_applicable().is_none());
        assert!(mixed.landscape.is_some());
    }

    #[test]
    fn changes_show_capacity_and_portfolio_differences() {
        let before = landscape();
        let capacity = "organisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n\
                        uwv;2027;700,5;350;schatting;eigen planning;2026-11-15\r\n";
        let check = check_upload(
            &default_sources(),
            vec![SourceFile {
                name: "Capaciteit UWV.csv".into(),
                bytes: capacity.as_bytes().to_vec(),
            }],
        );
        assert!(check.can_apply(), "{:?}", check.problems);
        let after = check.landscape.unwrap();
        let changes = changes(&before, &after);
        // Only UWV 2027 changes: the rows of other organisations are kept.
        assert_eq!(changes.capacity.len(), 4, "{:?}", changes.capacity);
        let uwv = changes
            .capacity
            .iter()
            .find(|c| c.organisation.as_str() == "uwv" && c.period == Period::Year(2027))
            .unwrap();
        assert_eq!(uwv.after, Some((700.5, 350.0)));
        assert!(uwv.before.is_some());
        // UWV's other years are not in the upload, so they are gone: the file is UWV's whole plan.
        assert!(
            changes
                .capacity
                .iter()
                .filter(|c| c.period != Period::Year(2027))
                .all(|c| c.after.is_none() && c.organisation.as_str() == "uwv")
        );
        assert!((uwv.utilisation_after().unwrap() - 350.0 / 700.5).abs() < 1e-12);
        assert!(changes.portfolio.is_empty());
        assert!(changes.other.is_empty());
    }

    #[test]
    fn a_whole_new_data_set_replaces_the_figures_of_organisations_it_drops() {
        let upload: Vec<SourceFile> = crate::data::synthetic::synthetic_sources(40, 300, 5)
            .iter()
            .map(|(_, file)| file.clone())
            .collect();
        let check = check_upload(&default_sources(), upload);
        assert!(check.can_apply(), "{:?}", check.problems);
        let landscape = check.landscape.unwrap();
        assert_eq!(landscape.organisations().len(), 40);
        assert!(
            landscape
                .data()
                .capacity
                .iter()
                .all(|row| landscape.organisation(&row.organisatie).is_some())
        );
    }

    #[test]
    fn every_file_survives_export_and_load() {
        let first = landscape();
        let mut sources = crate::data::load::Sources::new();
        for kind in FileKind::ALL {
            sources.insert(
                kind,
                SourceFile {
                    name: kind.file_name().to_owned(),
                    bytes: export_csv(&first, kind).into_bytes(),
                },
            );
        }
        let (second, warnings) = Landscape::load(&sources).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        for kind in FileKind::ALL {
            assert_eq!(
                export_csv(&first, kind),
                export_csv(&second, kind),
                "{kind:?}"
            );
        }
    }

    /// A capacity file with one row for UWV whose `bron` is `bron`, written by the csv crate
    /// (quoting as Excel would).
    fn capacity_with_source(bron: &str) -> Vec<u8> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record(header(FileKind::Capacity))
            .and_then(|()| {
                writer.write_record([
                    "uwv",
                    "2027",
                    "600",
                    "500",
                    "schatting",
                    &neutralise(bron),
                    "2026-11-01",
                ])
            })
            .unwrap();
        writer.into_inner().unwrap()
    }

    /// Uploads `bytes` as the file of `kind`: whatever happens, every problem has a place.
    fn places_every_problem(
        kind: FileKind,
        bytes: Vec<u8>,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let check = check_upload(
            &default_sources(),
            vec![SourceFile {
                name: kind.file_name().to_owned(),
                bytes,
            }],
        );
        for problem in &check.problems {
            proptest::prop_assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
        }
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

        #[test]
        fn the_loader_never_panics_on_arbitrary_bytes(
            kind in 0..FileKind::ALL.len(),
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2_000),
        ) {
            places_every_problem(FileKind::ALL[kind], bytes)?;
        }

        #[test]
        fn damaged_real_files_never_panic(
            kind in 0..FileKind::ALL.len(),
            at in proptest::prelude::any::<proptest::sample::Index>(),
            cut in 0usize..40,
            insert in proptest::sample::select(vec![
                ",", ";", "\"", "\n", "\r", "\t", "\0", "'=", "\u{feff}", "é", "1e400", "NaN",
            ]),
        ) {
            let kind = FileKind::ALL[kind];
            let text = default_sources().get(kind).map(|file| file.bytes.clone()).unwrap_or_default();
            let at = at.index(text.len().max(1)).min(text.len());
            let end = (at + cut).min(text.len());
            let mut bytes = text[..at].to_vec();
            bytes.extend_from_slice(insert.as_bytes());
            bytes.extend_from_slice(&text[end..]);
            places_every_problem(kind, bytes)?;
        }

        #[test]
        fn any_text_survives_load_export_load(bron in "\\PC{0,60}") {
            let bron = bron.trim().to_owned();
            let check = check_upload(
                &default_sources(),
                vec![SourceFile { name: "capaciteit.csv".into(), bytes: capacity_with_source(&bron) }],
            );
            proptest::prop_assert!(check.can_apply(), "{:?}", check.problems);
            let first = check.landscape.unwrap();
            let read = |landscape: &Landscape| {
                landscape.capacity_rows(&crate::id::OrganisationId::new("uwv"))[0].bron.clone()
            };
            proptest::prop_assert_eq!(&read(&first), &bron);
            let again = check_upload(
                &default_sources(),
                vec![SourceFile {
                    name: "capaciteit.csv".into(),
                    bytes: export_csv(&first, FileKind::Capacity).into_bytes(),
                }],
            );
            proptest::prop_assert!(again.can_apply(), "{:?}", again.problems);
            proptest::prop_assert_eq!(read(&again.landscape.unwrap()), bron);
        }
    }
}
