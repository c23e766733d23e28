//! The backtest on real allocation decisions: past Dutch schemes, each written as a policy maker
//! would have proposed it, ranked without their own scheme. The design half was looked at while
//! the method was made; the hold-out groups only to judge it. Each must keep the level reached.

use std::path::{Path, PathBuf};

use graph_core::{Half, Landscape, Outcome, Precedent, Totals, default_sources, run_precedent};

fn precedents(half: &str) -> Vec<(PathBuf, Precedent)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("precedenten")
        .join(half);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let precedent: Precedent =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, precedent)
        })
        .collect()
}

fn outcomes(landscape: &Landscape, half: Half, folder: &str) -> Vec<Outcome> {
    precedents(folder)
        .iter()
        .map(|(_, precedent)| run_precedent(landscape, precedent, half))
        .collect()
}

#[test]
fn precedents_are_honest_proposals() {
    let landscape = Landscape::load(&default_sources()).unwrap().0;
    let schemes: Vec<&str> = landscape
        .data()
        .schemes
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let mut with_ministry = 0;
    let mut total = 0;
    for folder in Half::ALL.map(Half::folder) {
        for (path, precedent) in precedents(folder) {
            total += 1;
            let name = path.display();
            assert!((2000..=2025).contains(&precedent.year), "{name}");
            assert!(!precedent.source.trim().is_empty(), "{name}: no source");
            assert!(!precedent.proposal.tasks.is_empty(), "{name}");
            with_ministry += usize::from(precedent.proposal.ministry.is_some());
            for id in &precedent.own_schemes {
                assert!(
                    schemes.contains(&id.as_str()),
                    "{name}: unknown scheme {id}"
                );
            }
            // The text must not give the answer away: no implementer named in it.
            let text = format!(
                " {} {} ",
                precedent.proposal.title, precedent.proposal.description
            )
            .to_lowercase();
            for id in &precedent.implementers {
                let organisation = landscape
                    .organisation(id)
                    .unwrap_or_else(|| panic!("{name}: unknown implementer {id}"));
                for label in [&organisation.naam, &organisation.afkorting] {
                    let label = label.to_lowercase();
                    let whole_word = text.match_indices(&label).any(|(at, _)| {
                        let before = text[..at].chars().next_back();
                        let after = text[at + label.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    });
                    assert!(label.len() < 3 || !whole_word, "{name} names {label}");
                }
            }
        }
    }
    assert!(total >= 40, "{total} precedents");
    assert!(
        2 * with_ministry <= total,
        "a ministry in {with_ministry} of {total}"
    );
}

#[test]
fn the_real_implementer_ranks_high_in_both_halves() {
    let landscape = Landscape::load(&default_sources()).unwrap().0;
    for half in Half::ALL {
        let folder = half.folder();
        let outcomes = outcomes(&landscape, half, folder);
        let totals = Totals::of(&outcomes);
        let misses: Vec<String> = outcomes
            .iter()
            .filter(|o| o.rang.is_none_or(|r| r > 3))
            .map(|o| format!("{} ({:?})", o.regeling, o.rang))
            .collect();
        println!(
            "{folder}: {} precedents, first {} ({:.0} %), top three {} ({:.0} %); outside the top three: {misses:?}",
            totals.aantal,
            totals.eerste,
            100.0 * totals.first_share(),
            totals.top_drie,
            100.0 * totals.top_three_share()
        );
        assert!(totals.aantal >= 20, "{folder}");
        assert_eq!(
            totals.niet_uitvoerend, 0,
            "{folder}: a non-performer in a top three"
        );
        // The level the method reached (targets: 60 % first, 85 % top three). The `nieuw`
        // group, written without seeing any ranking, came out at 46 % and 54 % on its first
        // run: it is held to that level until the method reaches the targets there too.
        let (first, top_three) = match half {
            Half::Nieuw => (0.45, 0.50),
            // Written after the decentral-lead change; first run 67 % and 75 %.
            Half::Later => (0.60, 0.70),
            // Written with the method unchanged since `later`; first run 67 % and 83 %.
            Half::Slot => (0.60, 0.80),
            // Written after the missing-task-type change; first run 70 % and 100 %.
            Half::Nader => (0.60, 0.85),
            _ => (0.60, 0.85),
        };
        assert!(totals.first_share() >= first, "{folder}: {totals:?}");
        assert!(
            totals.top_three_share() >= top_three,
            "{folder}: {totals:?}"
        );
    }
}
