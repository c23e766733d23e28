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

fn scenario(name: &str) -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("proposals")
        .join("stapeling")
        .join(name);
    let (code, out, err) = bzu(&["stapel", path.to_str().unwrap(), "--json"]);
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn organisations(json: &serde_json::Value, way: &str) -> Vec<String> {
    json[way]["keuzes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            let names: Vec<&str> = k["organisaties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap())
                .collect();
            names.join("+")
        })
        .collect()
}

#[test]
fn one_by_one_overloads_an_organisation_and_together_does_not() {
    let json = scenario("overbelast.json");
    assert!(
        json["los"]["boven_100_fte"].as_f64().unwrap() > 0.0,
        "{json}"
    );
    assert_eq!(
        json["samen"]["boven_100_fte"].as_f64().unwrap(),
        0.0,
        "{json}"
    );
    assert_eq!(organisations(&json, "los"), ["svb", "svb", "svb", "svb"]);
    let together = organisations(&json, "samen");
    assert!(
        together.iter().filter(|o| *o == "svb").count() < 4,
        "{together:?}"
    );
    assert_eq!(json["niet_plaatsbaar"], serde_json::json!([]));
    assert_eq!(json["bewezen_optimaal"], true);
}

#[test]
fn when_nothing_fits_the_shortfall_is_named() {
    let json = scenario("niets-past.json");
    assert_eq!(
        json["niet_plaatsbaar"],
        serde_json::json!(["Kindtoeslag een", "Kindtoeslag twee"])
    );
    let shortfall = json["tekort"].as_array().unwrap();
    assert!(!shortfall.is_empty());
    assert!(
        shortfall
            .iter()
            .all(|t| t["fte"].as_f64().unwrap() > 0.0 && t["periode"] == "2028")
    );
}

#[test]
fn pinned_proposals_stay_with_their_organisation() {
    let json = scenario("vastgezet.json");
    let together = organisations(&json, "samen");
    assert_eq!(together[..2], ["svb", "svb"]);
    assert_eq!(organisations(&json, "los")[..2], ["svb", "svb"]);
    // The free one avoids the SVB, which the pinned two already fill; what they push beyond
    // 100 % is the shortfall.
    assert_ne!(together[2], "svb");
    let shortfall = &json["tekort"][0];
    assert_eq!(
        (
            shortfall["organisatie"].as_str(),
            shortfall["periode"].as_str()
        ),
        (Some("svb"), Some("2028"))
    );
    assert!(
        (shortfall["fte"].as_f64().unwrap() - 3.6).abs() < 0.05,
        "{shortfall}"
    );
}
