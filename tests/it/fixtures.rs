//! Files as people really send them: every variant in `tests/fixtures/goed` loads with the right
//! values, every file in `tests/fixtures/fout` is rejected with the exact messages (snapshots).

use graph_core::{OrganisationId, Period, SourceFile, check_upload, default_sources};

fn upload(path: &std::path::Path) -> graph_core::UploadCheck {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = std::fs::read(path).unwrap();
    check_upload(&default_sources(), vec![SourceFile { name, bytes }])
}

fn fixtures(folder: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
}

#[test]
fn real_world_variants_load_with_the_right_values() {
    let paths = fixtures("goed");
    assert_eq!(paths.len(), 6);
    for path in paths {
        let check = upload(&path);
        assert!(
            check.can_apply(),
            "{}: {:?}",
            path.display(),
            check.problems
        );
        let landscape = check.landscape.unwrap();
        let figure = landscape
            .capacity(&OrganisationId::new("uwv"), Period::Year(2027))
            .unwrap();
        assert_eq!(figure.capaciteit_fte, 612.5, "{}", path.display());
        assert_eq!(figure.belasting_fte, 580.0, "{}", path.display());
        let svb = landscape
            .capacity(&OrganisationId::new("svb"), Period::Year(2027))
            .unwrap();
        assert_eq!(svb.belasting_fte, 96.5, "{}", path.display());
        let bron = &landscape.capacity_rows(&OrganisationId::new("uwv"))[0].bron;
        match path.file_name().unwrap().to_str().unwrap() {
            "windows-1252.csv" => assert_eq!(bron, "raming afdeling Financiën – Fryslân"),
            "aanhalingstekens-nieuwe-regel.csv" => assert_eq!(bron, "regel een\nregel twee"),
            "excel-puntkomma-bom.csv" => assert_eq!(bron, "eigen planning; versie 2"),
            _ => {}
        }
    }
}

#[test]
fn broken_files_are_rejected_with_exact_messages() {
    let paths = fixtures("fout");
    assert!(paths.len() >= 6);
    for path in paths {
        let check = upload(&path);
        assert!(!check.can_apply(), "{} was accepted", path.display());
        let report: Vec<String> = check.problems.iter().map(ToString::to_string).collect();
        assert!(
            report.iter().all(|line| line
                .starts_with(&format!("{}:", path.file_name().unwrap().to_string_lossy()))),
            "every message names the file: {report:?}"
        );
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(name, report.join("\n"));
    }
}

/// The hostile corpus: `tests/fixtures/vijandig/<bestand>/<geval>.csv`, each uploaded as the data
/// file its folder names. None may panic; every message names a file and a line (1 or more) and a
/// column; the snapshot holds the exact messages, or "aanvaard" with the warnings when the file is
/// acceptable after all (`-0`, a formula in a text field shown as text).
#[test]
fn hostile_files_never_panic_and_every_message_names_file_and_line() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("vijandig");
    let mut kinds: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    kinds.sort();
    let mut files = 0;
    for kind in kinds {
        let file_name = format!("{}.csv", kind.file_name().unwrap().to_string_lossy());
        assert!(
            graph_core::FileKind::ALL
                .iter()
                .any(|known| known.file_name() == file_name),
            "{} names no data file",
            kind.display()
        );
        let mut cases: Vec<_> = std::fs::read_dir(&kind)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        cases.sort();
        for case in cases {
            files += 1;
            let bytes = std::fs::read(&case).unwrap();
            let text = String::from_utf8(bytes.clone()).ok();
            let check = check_upload(
                &default_sources(),
                vec![SourceFile {
                    name: file_name.clone(),
                    bytes,
                }],
            );
            let report: Vec<String> = check.problems.iter().map(ToString::to_string).collect();
            for problem in &check.problems {
                assert!(
                    problem.file.ends_with(".csv") && problem.line >= 1 && problem.column >= 1,
                    "{}: {problem}",
                    case.display()
                );
                // The place is on the line it names: a column past the line's end points nowhere.
                if let Some(line) = text
                    .as_deref()
                    .filter(|_| problem.file == file_name)
                    .and_then(|text| text.split('\n').nth(problem.line as usize - 1))
                {
                    assert!(
                        problem.column <= line.trim_end_matches('\r').chars().count() + 1,
                        "{}: {problem} points past the end of its line",
                        case.display()
                    );
                }
            }
            let verdict = if check.can_apply() {
                "aanvaard"
            } else {
                "afgewezen"
            };
            let name = format!(
                "vijandig__{}__{}",
                kind.file_name().unwrap().to_string_lossy(),
                case.file_stem().unwrap().to_string_lossy()
            );
            insta::assert_snapshot!(name, format!("{verdict}\n{}", report.join("\n")));
        }
    }
    assert!(files >= 60, "the corpus has {files} files");
}

/// The stated limits (`graph_core::limits`) hold, each with a message that names file and line;
/// the files are made here, as they are too large to keep in the repository.
#[test]
fn size_limits_are_enforced_with_a_clear_message() {
    use graph_core::limits;
    let header = "organisatie,periode,capaciteit_fte,belasting_fte,status,bron,peildatum\n";
    let messages = |bytes: Vec<u8>| -> Vec<String> {
        let check = check_upload(
            &default_sources(),
            vec![SourceFile {
                name: "capaciteit.csv".into(),
                bytes,
            }],
        );
        assert!(!check.can_apply());
        check.problems.iter().map(ToString::to_string).collect()
    };

    let mut big = header.as_bytes().to_vec();
    let row = format!(
        "uwv,2027,600,500,schatting,{},2026-11-01\n",
        "x".repeat(9_000)
    );
    while big.len() <= limits::MAX_FILE_BYTES {
        big.extend_from_slice(row.as_bytes());
    }
    assert_eq!(
        messages(big),
        ["capaciteit.csv:1:1: het bestand is 20.0 MB; de grens is 20 MB"]
    );

    let mut long = header.to_owned();
    for year in 0..=limits::MAX_ROWS {
        long.push_str(&format!(
            "uwv,{},1,1,schatting,x,2026-11-01\n",
            2_000 + year % 1_000
        ));
    }
    let report = messages(long.into_bytes());
    assert!(
        report.contains(&format!(
            "capaciteit.csv:{}:1: meer dan {} regels; de rest is niet gelezen",
            limits::MAX_ROWS + 2,
            limits::MAX_ROWS
        )),
        "{:?}",
        &report[..report.len().min(3)]
    );
}
