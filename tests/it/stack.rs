//! `bzu stapel`: several proposals from files (one proposal or a list each), as text and JSON.

use std::process::ExitCode;

use crate::cli::bzu;
use crate::support::scratch;

const CHILD: &str = r#"{"titel": "Kindtoeslag", "ministerie": "szw", "taken": ["UIT"], "doelgroepen": ["B"], "fte": 12, "periode": "2028"}"#;

#[test]
fn three_copies_collide_on_one_organisation_one_by_one() {
    let dir = scratch("stapel");
    let list = dir.join("voorstellen.json");
    let copies: Vec<String> = ["Kindtoeslag", "Kindtoeslag twee", "Kindtoeslag drie"]
        .iter()
        .map(|title| CHILD.replace("Kindtoeslag", title))
        .collect();
    std::fs::write(&list, format!("[{}]", copies.join(","))).unwrap();
    let (code, out, err) = bzu(&["stapel", list.to_str().unwrap(), "--json"]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["voorstellen"].as_array().unwrap().len(), 3);
    assert_eq!(json["bewezen_optimaal"], true);
    let alone: Vec<&str> = json["los"]["keuzes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["organisaties"][0].as_str().unwrap())
        .collect();
    assert_eq!(alone, ["svb", "svb", "svb"]);
    let svb = json["knelpunten"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["organisatie"] == "svb")
        .expect("the SVB is a pressure point");
    assert!(svb["benutting_los"].as_f64().unwrap() > 0.8);
    // Together is never worse: no more capacity beyond 100 %, and as much feasibility or more.
    let total = |key: &str| json[key]["totaal"].as_f64().unwrap();
    assert!(total("samen") + 1e-9 >= total("los"));

    let (code, out, _) = bzu(&["stapel", list.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("Botsingen bij los kiezen:\n  svb in 2028: Kindtoeslag, Kindtoeslag twee, Kindtoeslag drie samen 85 % (krap), elk alleen niet; voorbeeldcijfers, indicatief"), "{out}");
}

#[test]
fn a_broken_proposal_file_names_the_file_and_the_proposal() {
    let dir = scratch("stapel-fout");
    let list = dir.join("voorstellen.json");
    std::fs::write(&list, format!("[{CHILD}, {{\"titel\": 3}}]")).unwrap();
    let args: Vec<String> = ["stapel", list.to_str().unwrap()]
        .iter()
        .map(|a| (*a).to_owned())
        .collect();
    let error = cli::run(&args, &mut Vec::new(), &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(error.contains("voorstellen.json, voorstel 2"), "{error}");
}
