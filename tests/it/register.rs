//! `bzu register` and the register reader on the fixture exports in `tests/fixtures/register/`:
//! a small export written from the published XSD, one with an unseen namespace version, broken
//! XML, and XML that is no export.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use graph_core::{
    FoundBy, LegalForm, MinistryId, RegisterExport, compare_register, default_sources,
    read_dataset, read_export,
};

use crate::cli::{bzu, copy_data};
use crate::support::scratch;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("register")
        .join(name)
}

fn export() -> RegisterExport {
    let bytes = std::fs::read(fixture("export.xml")).unwrap();
    read_export(bytes.as_slice()).unwrap()
}

#[test]
fn the_export_is_read_with_its_nesting_escapes_and_figures() {
    let export = export();
    assert_eq!(export.version, "2.6.9");
    assert_eq!(export.timestamp, "2026-03-02T22:00:09.512+01:00");
    assert_eq!(export.entries.len(), 21);
    let named = |name: &str| {
        export
            .entries
            .iter()
            .find(|entry| entry.name == name)
            .unwrap_or_else(|| panic!("no entry {name}"))
    };
    // Sub-units keep their own name; their parent keeps its.
    let uwv = named("Uitvoeringsinstituut Werknemersverzekeringen");
    let bkwi = named("BKWI");
    let division = &export.entries[bkwi.parent.unwrap()];
    assert_eq!(division.name, "Divisie Gegevensdiensten");
    assert_eq!(export.entries[division.parent.unwrap()].name, uwv.name);
    assert!(bkwi.is_sub_unit() && !uwv.is_sub_unit());
    assert_eq!(uwv.website, "https://www.uwv.nl");
    // Escapes, quotes and apostrophes come out as text.
    assert!(
        export
            .entries
            .iter()
            .any(|entry| entry.name == "Vestiging 's-Hertogenbosch (kantoor \"De Citadel\")")
    );
    // The staff figure, with its decimal comma.
    let duo = named("Dienst Uitvoering Onderwijs");
    assert_eq!(duo.fte, Some(4321.5));
    assert_eq!(duo.fte_date, "2025-01-01");
    assert_eq!(duo.legal_form(), Some(LegalForm::Agentschap));
    // The general address, not the first one listed.
    let cjib = export
        .entries
        .iter()
        .find(|e| e.abbreviation == "CJIB")
        .unwrap();
    assert_eq!(cjib.website, "https://www.cjib.nl");
    let ended = named("Agentschap Telecom");
    assert_eq!(ended.end_date, "2022-12-31");
}

#[test]
fn our_organisations_are_matched_by_id_then_name_and_differences_named() {
    let (mut data, problems) = read_dataset(&default_sources());
    assert!(problems.iter().all(|p| !p.is_error()));
    // A known starting point, whatever the shipped data says today.
    for organisation in &mut data.organisations {
        organisation.register_id.clear();
        match organisation.id.as_str() {
            "nea" => organisation.ministerie = Some(MinistryId::new("ienw")),
            "ssc-ict" => organisation.rechtsvorm = LegalForm::Departementaal,
            "duo" => organisation.register_id = "10301".to_owned(),
            "svb" => organisation.website = "https://www.svb.nl".to_owned(),
            _ => {}
        }
    }
    let export = export();
    let comparison = compare_register(&data.organisations, &data.ministries, &export);
    let found = |id: &str| {
        comparison
            .matches
            .iter()
            .find(|m| m.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id} not matched"))
    };
    assert_eq!(found("duo").found_by, FoundBy::RegisterId);
    assert_eq!(found("uwv").found_by, FoundBy::Name);
    assert_eq!(found("uwv").register_id, "10101");
    assert!(found("uwv").differences.is_empty());
    let nea = &found("nea").differences;
    assert_eq!(nea.len(), 1, "{nea:?}");
    assert_eq!(
        (nea[0].field, nea[0].ours.as_str(), nea[0].register.as_str()),
        ("ministerie", "ienw", "kgg")
    );
    let ssc = &found("ssc-ict").differences;
    assert!(
        ssc.iter()
            .any(|d| d.field == "rechtsvorm" && d.register == "agentschap"),
        "{ssc:?}"
    );
    assert!(
        found("svb")
            .differences
            .iter()
            .any(|d| d.field == "website")
    );
    let duo = found("duo");
    assert_eq!(duo.fte.as_ref().map(|f| f.fte), Some(4321.5));
    // The sub-unit named BKWI is reported, never taken for our bkwi.
    assert!(comparison.matches.iter().all(|m| m.id.as_str() != "bkwi"));
    assert!(
        comparison
            .namesakes
            .iter()
            .any(|n| n.id.as_str() == "bkwi" && n.name == "BKWI")
    );
    // Bodies we lack: implementing types only, ended bodies left out.
    let names: Vec<&str> = comparison.missing.iter().map(|m| m.name.as_str()).collect();
    let ours: Vec<String> = data
        .organisations
        .iter()
        .map(|o| o.naam.to_lowercase())
        .collect();
    for expected in [
        "Waarderingskamer",
        "Instituut Mijnbouwschade Groningen",
        "FMHaaglanden",
        "Inspectie Justitie en Veiligheid",
    ] {
        assert!(
            names.contains(&expected) || ours.contains(&expected.to_lowercase()),
            "{expected} neither missing nor ours: {names:?}"
        );
    }
    assert!(
        !names.contains(&"Agentschap Telecom"),
        "ended bodies are not missing"
    );
    assert!(
        !names.iter().any(|n| n.contains("Volksgezondheid")),
        "advisory councils do not implement"
    );
}

/// Sets one cell of `organisaties.csv` in `dir`.
fn set_cells(dir: &Path, edits: &[(&str, &str, &str)]) {
    let path = dir.join("organisaties.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let header = rows[0].clone();
    for row in rows.iter_mut().skip(1) {
        for (id, column, value) in edits {
            let at = header.iter().position(|h| h == column).unwrap();
            if *id == "*" || row[0] == *id {
                row[at] = (*value).to_owned();
            }
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    std::fs::write(&path, writer.into_inner().unwrap()).unwrap();
}

#[test]
fn bzu_register_reports_as_json_and_writes_once() {
    let dir = scratch("register-write");
    copy_data(&dir);
    set_cells(
        &dir,
        &[
            ("*", "register_id", ""),
            ("nea", "ministerie", "ienw"),
            ("ssc-ict", "rechtsvorm", "departementaal"),
        ],
    );
    let export = fixture("export.xml");
    let (export, dir_arg) = (export.to_str().unwrap(), dir.to_str().unwrap());
    let (code, out, err) = bzu(&["register", export, "--data", dir_arg, "--json"]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["export"]["versie"], "2.6.9");
    assert_eq!(
        json["export"]["tijdstempel"],
        "2026-03-02T22:00:09.512+01:00"
    );
    let organisations = json["organisaties"].as_array().unwrap();
    let nea = organisations.iter().find(|o| o["id"] == "nea").unwrap();
    assert_eq!(nea["register_id"], "10501");
    assert_eq!(nea["verschillen"][0]["veld"], "ministerie");
    assert_eq!(nea["verschillen"][0]["ons"], "ienw");
    assert_eq!(nea["verschillen"][0]["register"], "kgg");
    assert!(nea["beeindigd"].is_null());
    let uwv = organisations.iter().find(|o| o["id"] == "uwv").unwrap();
    assert_eq!(uwv["verschillen"], serde_json::json!([]));
    for missing in json["ontbrekend"].as_array().unwrap() {
        for key in ["naam", "type", "ministerie", "register_id"] {
            assert!(missing[key].is_string(), "{missing}");
        }
    }

    let (code, out, err) = bzu(&["register", export, "--data", dir_arg, "--schrijf"]);
    assert_eq!(code, ExitCode::SUCCESS, "{out}{err}");
    assert!(
        out.contains("bijgewerkt: nea: ministerie, register_id"),
        "{out}"
    );
    assert!(err.contains("0 fout(en)"), "{err}");
    let written = std::fs::read_to_string(dir.join("organisaties.csv")).unwrap();
    let nea_row = written.lines().find(|l| l.starts_with("nea,")).unwrap();
    assert!(nea_row.contains(",kgg,"), "{nea_row}");
    assert!(nea_row.contains("systeemId 10501"), "{nea_row}");
    assert_eq!(field(&written, "nea", "register_id"), "10501", "{nea_row}");
    // Rows the export does not list stay as they were.
    let before =
        std::fs::read_to_string(crate::support::data_dir().join("organisaties.csv")).unwrap();
    let untouched = |text: &str| {
        let mut record = row(text, "belastingdienst");
        record.retain(|(column, _)| column != "register_id");
        record
    };
    assert_eq!(untouched(&written), untouched(&before));

    // A second run on the same export changes nothing.
    let (code, _, err) = bzu(&["register", export, "--data", dir_arg, "--schrijf"]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(err.contains("niets te wijzigen"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("organisaties.csv")).unwrap(),
        written
    );
}

#[test]
fn an_unseen_2x_version_is_read_and_other_files_are_refused_with_a_place() {
    let (code, out, _) = bzu(&[
        "register",
        fixture("andere-versie.xml").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, ExitCode::SUCCESS);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["export"]["versie"], "2.9.0");

    let (code, out, err) = bzu(&["register", fixture("kapot.xml").to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    assert_eq!(out, "");
    assert!(
        err.contains("kapot.xml:12:59: fout: geen geldige XML"),
        "{err}"
    );
    assert!(err.contains("relatieMetMinister>"), "{err}");

    let (code, _, err) = bzu(&["register", fixture("geen-export.xml").to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    assert!(
        err.contains("geen-export.xml:1:1: fout: dit is geen export"),
        "{err}"
    );
    assert!(err.contains("<rss>"), "{err}");

    // A usage error: --schrijf needs the folder it writes to.
    let (code, _, err) = bzu(&[
        "register",
        fixture("export.xml").to_str().unwrap(),
        "--schrijf",
    ]);
    assert_eq!(code, ExitCode::from(2));
    assert!(err.contains("--data"), "{err}");
}

/// One row of an `organisaties.csv` text as (column, value) pairs.
fn row(text: &str, id: &str) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(Result::unwrap)
        .find(|record| &record[0] == id)
        .map(|record| {
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect()
        })
        .unwrap()
}

/// One field of a row of an `organisaties.csv` text.
fn field(text: &str, id: &str, column: &str) -> String {
    row(text, id)
        .into_iter()
        .find(|(name, _)| name == column)
        .map(|(_, value)| value)
        .unwrap()
}
