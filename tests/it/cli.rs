//! `bzu check` on the shipped data and on a copy with planted errors.

use std::path::Path;
use std::process::ExitCode;

use crate::support::{data_dir, scratch};

pub fn bzu(args: &[&str]) -> (ExitCode, String, String) {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(&args, &mut out, &mut err).unwrap();
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

pub fn copy_data(to: &Path) {
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "csv") {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

/// Replaces one cell (1-based line and column) of a comma-separated file without quoted commas
/// in that line.
fn plant(file: &Path, line: usize, column: usize, value: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut cells: Vec<String> = lines[line - 1].split(',').map(str::to_owned).collect();
    cells[column - 1] = value.to_owned();
    lines[line - 1] = cells.join(",");
    std::fs::write(file, lines.join("\n") + "\n").unwrap();
}

#[test]
fn the_shipped_data_is_clean() {
    let data = data_dir();
    let (code, out, err) = bzu(&["check", data.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{out}{err}");
    assert_eq!(out, "");
    assert_eq!(err, "0 fout(en), 0 waarschuwing(en)\n");
}

#[test]
fn three_planted_errors_are_reported_with_file_line_and_column() {
    let dir = scratch("planted");
    copy_data(&dir);
    let capacity = dir.join("capaciteit.csv");
    let organisations = dir.join("organisaties.csv");
    let chains = dir.join("ketenrelaties.csv");
    // capaciteit.csv: organisatie,periode,capaciteit_fte,belasting_fte,... → column 4.
    plant(&capacity, 12, 4, "-3");
    // organisaties.csv: id,naam,afkorting,ministerie,... → column 4 on the first data line.
    plant(&organisations, 2, 4, "ministerie-van-nergens");
    // ketenrelaties.csv: van,naar,soort → column 3.
    plant(&chains, 7, 3, "vriendschap");

    let (code, out, err) = bzu(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    let lines: Vec<&str> = out.lines().collect();
    let capacity = capacity.display().to_string();
    let organisations = organisations.display().to_string();
    let chains = chains.display().to_string();
    assert_eq!(
        lines,
        [
            format!("{capacity}:12:4: belasting_fte moet een getal ≥ 0 zijn, niet \"-3\""),
            format!(
                "{chains}:7:3: soort \"vriendschap\" is geen toegestane waarde; kies uit: gegevens, opdracht, samenwerking, incasso, toezicht, ict, verwijzing"
            ),
            format!(
                "{organisations}:2:4: ministerie \"ministerie-van-nergens\" verwijst naar een onbekend ministerie (niet in ministeries.csv)"
            ),
        ],
        "{out}"
    );
    assert_eq!(err, "3 fout(en), 0 waarschuwing(en)\n");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_single_file_is_checked_against_the_default_data() {
    let dir = scratch("single");
    let file = dir.join("Capaciteit UWV 2027.csv");
    std::fs::write(
        &file,
        "\u{feff}organisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n\
         uwv;2027;612,5;580;schatting;eigen planning;1-11-2026\r\n\
         uwv;2027-Q5;10;5;schatting;;\r\n\
         onbekend;2028;10;5;voorbeeld;;\r\n",
    )
    .unwrap();
    let (code, out, _) = bzu(&["check", file.to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    let name = file.display().to_string();
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            format!(
                "{name}:3:2: periode \"2027-Q5\" heeft kwartaal 5; een jaar heeft de kwartalen Q1 tot en met Q4"
            ),
            format!(
                "{name}:4:1: organisatie \"onbekend\" verwijst naar een onbekende organisatie (niet in organisaties.csv)"
            ),
        ]
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn rank_prints_json_with_the_documented_keys() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("proposals")
        .join("mkb-subsidie.json");
    let (code, out, _) = bzu(&["rank", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, ExitCode::SUCCESS);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["verdict"], "shortlist");
    let first = &report["kandidaten"][0];
    assert_eq!(first["organisatie"], "rvo");
    assert_eq!(first["afkorting"], "RVO");
    for key in [
        "fit",
        "haalbaarheid",
        "past_niet",
        "passend",
        "ruimte",
        "cijfers_bindend",
    ] {
        assert!(!first[key].is_null(), "{key}");
    }
    assert_eq!(first["passend"], true);
    assert!(!first["onderdelen"]["regelingen"]["redenen"][0]["tekst"].is_null());
    assert!(report["combinaties"].is_array());
    assert!(report["decentraal"]["kandidaten"].is_array());

    let (code, text, _) = bzu(&["rank", file.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(
        text.contains(
            "passende uitvoerders; de best passende is Rijksdienst voor Ondernemend Nederland"
        ),
        "{text}"
    );
    assert!(text.contains("niet passend: "), "{text}");
}

#[test]
fn chart_writes_an_svg_file() {
    let dir = scratch("chart");
    let file = dir.join("uwv.svg");
    let (code, _, err) = bzu(&["chart", "capaciteit", "uwv", "-o", file.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let svg = std::fs::read_to_string(&file).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Capaciteit en belasting: UWV"));
    assert!(err.contains("2027: capaciteit"), "{err}");
    let (code, out, _) = bzu(&["chart", "belasting", "druk"]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("Benutting van de verandercapaciteit"));
    let error = cli::run(
        &[
            "chart".to_owned(),
            "capaciteit".to_owned(),
            "bestaat-niet".to_owned(),
        ],
        &mut Vec::new(),
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(error.to_string().contains("staat niet in de gegevens"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn synthetisch_writes_a_landscape_that_check_accepts() {
    let dir = scratch("synthetisch");
    let folder = dir.join("groot");
    let (code, _, err) = bzu(&["synthetisch", "300", "2000", "-o", folder.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    assert!(err.contains("knopen"), "{err}");
    let files = std::fs::read_dir(&folder).unwrap().count();
    assert_eq!(files, graph_core::FileKind::ALL.len());
    let (code, out, err) = bzu(&["check", folder.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{out}{err}");
    let organisations = std::fs::read_to_string(folder.join("organisaties.csv")).unwrap();
    assert_eq!(organisations.lines().count(), 301);
    // A usage error: exit code 2 and a Dutch message naming what is missing.
    let (code, _, err) = bzu(&["synthetisch", "300"]);
    assert_eq!(code, ExitCode::from(2));
    assert!(
        err.contains("bzu: ontbreekt:") && err.contains("<RELATIES>"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn backtest_prints_both_halves_and_json_totals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("precedenten");
    let (code, text, _) = bzu(&["backtest", dir.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(text.contains("ontwerphelft"), "{text}");
    assert!(text.contains("toetshelft"), "{text}");
    assert!(text.contains("verse toets"), "{text}");
    assert!(text.contains("Levenlanglerenkrediet"), "{text}");
    let (code, json, _) = bzu(&["backtest", dir.to_str().unwrap(), "--json"]);
    assert_eq!(code, ExitCode::SUCCESS);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let all = &report["totalen"]["alle"];
    assert_eq!(
        all["aantal"].as_u64().unwrap(),
        report["precedenten"].as_array().unwrap().len() as u64
    );
    for key in [
        "regeling",
        "deel",
        "uitvoerders",
        "rang",
        "onze_eerste",
        "top_drie",
    ] {
        assert!(report["precedenten"][0].get(key).is_some(), "{key}");
    }
    // A folder without precedents is an error, not an empty success.
    let empty = scratch("backtest-leeg");
    assert!(
        cli::run(
            &["backtest".to_owned(), empty.display().to_string()],
            &mut Vec::new(),
            &mut Vec::new()
        )
        .is_err()
    );
}

#[test]
fn every_subcommand_has_help_and_usage_errors_exit_with_2() {
    let (code, out, _) = bzu(&["--help"]);
    assert_eq!(code, ExitCode::SUCCESS);
    for command in [
        "check",
        "rank",
        "backtest",
        "chart",
        "register",
        "synthetisch",
    ] {
        assert!(out.contains(command), "{command} missing from {out}");
        let (code, help, _) = bzu(&[command, "--help"]);
        assert_eq!(code, ExitCode::SUCCESS, "{command}");
        assert!(help.contains("Gebruik: bzu"), "{command}: {help}");
        assert!(
            help.contains("Voorbeeld"),
            "{command} has no example: {help}"
        );
        assert!(help.contains("Toon deze hulp"), "{command}: {help}");
    }
    assert_eq!(bzu(&["help", "rank"]).1, bzu(&["rank", "--help"]).1);
    let (code, version, _) = bzu(&["--version"]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert_eq!(version.trim(), format!("bzu {}", env!("CARGO_PKG_VERSION")));
    for (args, expected) in [
        (&["rank", "--hulp"][..], "onbekende optie --hulp"),
        (&["bestaat-niet"][..], "onbekende opdracht bestaat-niet"),
        (
            &["synthetisch", "1", "10", "-o", "x"][..],
            "ongeldige waarde 1",
        ),
        (&["check"][..], "ontbreekt"),
    ] {
        let (code, out, err) = bzu(args);
        assert_eq!(code, ExitCode::from(2), "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            err.starts_with(&format!("bzu: {expected}")),
            "{args:?}: {err}"
        );
    }
}
