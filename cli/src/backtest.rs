//! `bzu backtest`: ranks past schemes (precedent files) on the data without their own scheme and
//! prints, per scheme, the real implementer's place and our first, with totals per half.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{Half, Outcome, Precedent, Totals, run_precedent};

use crate::check::load_landscape;

/// The precedent files under a folder, with their half: files under the folder of a held-out
/// half (`toets`, `vers`, `nieuw`, `later`, `slot`, `nader`) are held out, all others are the design half. Sorted by path,
/// so the output is stable.
fn precedent_files(dir: &Path) -> anyhow::Result<Vec<(PathBuf, Half)>> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .with_context(|| format!("kan {} niet lezen", folder.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let half = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .components()
                    .find_map(|c| {
                        Half::ALL
                            .into_iter()
                            .filter(|h| *h != Half::Ontwerp)
                            .find(|h| c.as_os_str() == h.folder())
                    })
                    .unwrap_or(Half::Ontwerp);
                files.push((path, half));
            }
        }
    }
    files.sort();
    Ok(files)
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

pub(crate) fn run(
    args: &crate::BacktestArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (as_json, detail, data) = (args.json, args.detail, args.data.as_deref());
    let dir = args.dir.display().to_string();
    let files = precedent_files(&args.dir)?;
    if files.is_empty() {
        bail!("{dir} bevat geen precedenten (.json)");
    }
    let landscape = load_landscape(data, err)?;
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(files.len());
    for (path, half) in &files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("kan {} niet lezen", path.display()))?;
        let precedent: Precedent = serde_json::from_str(&text)
            .with_context(|| format!("{} is geen geldig precedent", path.display()))?;
        for id in &precedent.implementers {
            if landscape.organisation(id).is_none() {
                bail!(
                    "{}: uitvoerder {id} staat niet in de gegevens",
                    path.display()
                );
            }
        }
        outcomes.push(run_precedent(&landscape, &precedent, *half));
    }
    outcomes.sort_by(|a, b| {
        a.deel
            .cmp(&b.deel)
            .then_with(|| a.regeling.cmp(&b.regeling))
    });
    let totals = |half: Half| Totals::of(outcomes.iter().filter(|o| o.deel == half));
    if as_json {
        let report = serde_json::json!({
            "precedenten": outcomes,
            "totalen": {
                "ontwerp": totals(Half::Ontwerp),
                "toets": totals(Half::Toets),
                "vers": totals(Half::Vers),
                "nieuw": totals(Half::Nieuw),
                "later": totals(Half::Later),
                "slot": totals(Half::Slot),
                "nader": totals(Half::Nader),
                "alle": Totals::of(&outcomes),
            },
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    for half in Half::ALL {
        let selected: Vec<&Outcome> = outcomes.iter().filter(|o| o.deel == half).collect();
        if selected.is_empty() {
            continue;
        }
        writeln!(
            out,
            "{}\n",
            match half {
                Half::Ontwerp => "ontwerphelft (gebruikt bij het ontwerp)",
                Half::Toets => "toetshelft (pas aan het eind bekeken)",
                Half::Vers =>
                    "verse toets (geschreven nadat de methode vaststond, zonder de rangordes te zien)",
                Half::Nieuw =>
                    "nieuwe toets (geschreven na de wijziging naar soort werk, zonder de rangordes te zien)",
                Half::Later =>
                    "latere toets (geschreven na de wijziging van de decentrale route, zonder de rangordes te zien)",
                Half::Slot =>
                    "slottoets (geschreven zonder wijziging van de methode sinds de latere toets, zonder de rangordes te zien)",
                Half::Nader =>
                    "nadere toets (geschreven na de wijziging van een ontbrekend taaktype, zonder de rangordes te zien)",
            }
        )?;
        writeln!(
            out,
            "{:<48} {:<22} {:>5}  onze eerste",
            "regeling", "uitvoerder", "rang"
        )?;
        for o in &selected {
            let real: Vec<&str> = o.uitvoerders.iter().map(|id| id.as_str()).collect();
            writeln!(
                out,
                "{:<48} {:<22} {:>5}  {}",
                o.regeling.chars().take(48).collect::<String>(),
                real.join(", "),
                o.rang.map_or_else(|| "—".to_owned(), |r| r.to_string()),
                o.onze_eerste.as_ref().map_or("—", |id| id.as_str())
            )?;
            if detail {
                for (id, scores, schemes) in &o.detail {
                    let scores: Vec<String> =
                        scores.iter().map(|s| graph_core::score(*s)).collect();
                    let schemes: Vec<&str> = schemes.iter().map(|s| s.as_str()).collect();
                    writeln!(
                        out,
                        "      {:<20} taak doel gegev min regel fit: {}  {}",
                        id.as_str(),
                        scores.join(" "),
                        schemes.join(" ")
                    )?;
                }
            }
        }
        let t = Totals::of(selected.iter().copied());
        writeln!(
            out,
            "\n{} precedenten: eerste {} ({}), top drie {} ({}), niet-uitvoerend in een top drie {}\n",
            t.aantal,
            t.eerste,
            percent(t.first_share()),
            t.top_drie,
            percent(t.top_three_share()),
            t.niet_uitvoerend
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
