//! Realistic proposals on the real data, with the candidates a civil servant would defend and the
//! reasons that make them so. The proposals are the files in `tests/proposals/`, the same that
//! the README uses for `bzu rank`.

use graph_core::{Landscape, Proposal, Ranking, Verdict, default_sources, rank};

struct Expect {
    file: &'static str,
    verdict: Verdict,
    /// The best fit on content (before capacity).
    best_fit: &'static str,
    /// Among the first three by feasibility.
    in_top_three: &'static str,
    /// A reason of `best_fit` that must be there.
    reason: &'static str,
}

const SCENARIOS: &[Expect] = &[
    Expect {
        file: "energietoeslag.json",
        verdict: Verdict::Shortlist,
        best_fit: "svb",
        in_top_three: "svb",
        reason: "voert UIT (Uitkeren en verstrekken) uit",
    },
    Expect {
        file: "verpakkingsheffing.json",
        verdict: Verdict::Shortlist,
        best_fit: "belastingdienst",
        in_top_three: "belastingdienst",
        reason: "valt onder het opdrachtgevende ministerie FIN",
    },
    Expect {
        file: "mkb-subsidie.json",
        verdict: Verdict::Shortlist,
        best_fit: "rvo",
        in_top_three: "rvo",
        reason: "voert SUB (Subsidiëren) uit",
    },
    Expect {
        file: "laadpaalboete.json",
        verdict: Verdict::Shortlist,
        best_fit: "cjib",
        in_top_three: "cjib",
        reason: "voert INN (Innen en heffen) uit",
    },
    Expect {
        file: "scholingslening.json",
        verdict: Verdict::Shortlist,
        best_fit: "duo",
        in_top_three: "duo",
        reason: "valt onder het opdrachtgevende ministerie OCW",
    },
    Expect {
        file: "bakfietsvergunning.json",
        verdict: Verdict::Shortlist,
        best_fit: "rdw",
        in_top_three: "rdw",
        reason: "is houder van",
    },
    Expect {
        file: "ubo-stichtingen.json",
        verdict: Verdict::Shortlist,
        best_fit: "kvk",
        in_top_three: "kvk",
        reason: "is houder van Handelsregister",
    },
    Expect {
        file: "begeleiding-werk.json",
        verdict: Verdict::Shortlist,
        best_fit: "uwv",
        in_top_three: "uwv",
        reason: "voert BEM (Bemiddelen",
    },
    Expect {
        file: "ondergrondse-opslag.json",
        verdict: Verdict::NoFit,
        best_fit: "provincies",
        in_top_three: "provincies",
        reason: "voert INFRA",
    },
];

fn run(file: &str) -> (Proposal, Ranking) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("proposals")
        .join(file);
    let proposal: Proposal =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let landscape = Landscape::load(&default_sources()).unwrap().0;
    let ranking = rank(&landscape, &proposal);
    (proposal, ranking)
}

#[test]
fn scenarios_give_the_candidates_a_civil_servant_would_defend() {
    for expect in SCENARIOS {
        let (_, ranking) = run(expect.file);
        assert_eq!(ranking.verdict, expect.verdict, "{}", expect.file);
        let best_fit = ranking
            .candidates
            .iter()
            .max_by(|a, b| {
                a.fit
                    .total_cmp(&b.fit)
                    .then_with(|| b.organisation.cmp(&a.organisation))
            })
            .unwrap();
        assert_eq!(
            best_fit.organisation.as_str(),
            expect.best_fit,
            "{}",
            expect.file
        );
        let top: Vec<&str> = ranking
            .candidates
            .iter()
            .take(3)
            .map(|c| c.organisation.as_str())
            .collect();
        assert!(
            top.contains(&expect.in_top_three),
            "{}: {top:?}",
            expect.file
        );
        let reasons: Vec<&str> = [
            &best_fit.parts.task,
            &best_fit.parts.target,
            &best_fit.parts.data,
            &best_fit.parts.ministry,
        ]
        .iter()
        .flat_map(|part| part.reasons.iter().map(|r| r.text.as_str()))
        .collect();
        assert!(
            reasons.iter().any(|r| r.contains(expect.reason)),
            "{}: {reasons:?}",
            expect.file
        );
    }
}

#[test]
fn no_fit_comes_with_alternatives() {
    let (_, ranking) = run("ondergrondse-opslag.json");
    assert!(ranking.shortlist().next().is_none());
    assert!(
        ranking
            .verdict_sentence()
            .starts_with("Geen passende uitvoerder")
    );
    let kinds: Vec<&str> = ranking.alternatives.iter().map(|a| a.kind).collect();
    assert!(kinds.contains(&"combinatie"), "{kinds:?}");
    assert!(kinds.contains(&"agentschap"), "{kinds:?}");
    let first = &ranking.combinations[0];
    assert_eq!(
        first.task, 1.0,
        "the best combination covers all task types"
    );
}

#[test]
fn capacity_decides_between_good_fits() {
    // Dienst Toeslagen fits an allowance well on content, but in the example figures it has no
    // room for 40 fte in 2028: it is flagged, not silently dropped.
    let (_, ranking) = run("energietoeslag.json");
    let toeslagen = ranking
        .candidates
        .iter()
        .find(|c| c.organisation.as_str() == "dienst-toeslagen")
        .unwrap();
    assert!(toeslagen.fit >= 0.8);
    assert!(toeslagen.capacity.does_not_fit);
    assert!(!toeslagen.shortlisted);
    assert!(
        toeslagen.capacity.reasons[1]
            .text
            .starts_with("past niet: 40 fte nodig")
    );
}
