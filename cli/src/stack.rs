//! `bzu stapel`: several proposals at once: their combined load per organisation and period,
//! where they collide, and the implementers chosen one by one and together.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{Assignment, Proposal, format_fte, format_percent, score, stack};
use serde_json::Value;

use crate::check::load_landscape;

/// The proposals in the files: each file holds one proposal or a list of them (as the app exports
/// "Mijn voorstellen").
pub fn read_proposals(files: &[PathBuf]) -> anyhow::Result<Vec<Proposal>> {
    let mut proposals = Vec::new();
    for path in files {
        let file = path.display().to_string();
        let text =
            std::fs::read_to_string(path).with_context(|| format!("kan {file} niet lezen"))?;
        let value: Value =
            serde_json::from_str(&text).with_context(|| format!("{file} is geen geldige JSON"))?;
        let items = match value {
            Value::Array(items) => items,
            other => vec![other],
        };
        for (index, item) in items.into_iter().enumerate() {
            let proposal: Proposal = serde_json::from_value(item)
                .map_err(|error| anyhow::anyhow!("{file}, voorstel {}: {error}", index + 1))?;
            proposals.push(proposal);
        }
    }
    if proposals.is_empty() {
        bail!("geen voorstellen gevonden");
    }
    Ok(proposals)
}

fn print_assignment(
    out: &mut dyn Write,
    heading: &str,
    assignment: &Assignment,
    titles: &[String],
) -> std::io::Result<()> {
    writeln!(
        out,
        "{heading} (totale haalbaarheid {} van {}):",
        score(assignment.total),
        100 * titles.len()
    )?;
    for choice in &assignment.choices {
        let organisations = choice.placement.as_ref().map_or_else(
            || "geen passende uitvoerder".to_owned(),
            |p| {
                p.organisations
                    .iter()
                    .map(|id| id.as_str())
                    .collect::<Vec<_>>()
                    .join(" + ")
            },
        );
        writeln!(
            out,
            "  {}: {organisations} (haalbaarheid {})",
            titles[choice.proposal],
            score(choice.feasibility)
        )?;
    }
    Ok(())
}

pub(crate) fn run(
    args: &crate::StackArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let proposals = read_proposals(&args.proposals)?;
    let landscape = load_landscape(args.data.as_deref(), err)?;
    let stacking = stack(&landscape, &proposals);
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&stacking.to_json())?
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let titles = &stacking.titles;
    print_assignment(out, "Los, één voor één", &stacking.one_by_one, titles)?;
    print_assignment(out, "Samen gekozen", &stacking.together, titles)?;
    if !stacking.proven {
        writeln!(
            out,
            "  (zoekgrens bereikt: de gezamenlijke keuze is niet bewezen de beste)"
        )?;
    }
    let collisions: Vec<_> = stacking.one_by_one.collisions().collect();
    if collisions.is_empty() {
        writeln!(
            out,
            "\nGeen botsingen: geen organisatie gaat door de voorstellen samen over een grens."
        )?;
    } else {
        writeln!(out, "\nBotsingen bij los kiezen:")?;
        for (load, band) in collisions {
            let names: Vec<&str> = load
                .shares
                .iter()
                .map(|(p, _)| titles[*p].as_str())
                .collect();
            writeln!(
                out,
                "  {} in {}: {} samen {} ({}), elk alleen niet{}",
                load.organisation,
                load.period,
                names.join(", "),
                load.utilisation()
                    .map_or_else(|| "—".to_owned(), format_percent),
                band.code(),
                if load.indicative {
                    "; voorbeeldcijfers, indicatief"
                } else {
                    ""
                }
            )?;
        }
    }
    for proposal in stacking.unplaceable() {
        writeln!(
            out,
            "Niet te plaatsen zonder overschrijding: {}",
            titles[proposal]
        )?;
    }
    for (id, period, fte) in stacking.shortfalls() {
        writeln!(
            out,
            "Tekort: {id} in {period}: {} fte extra capaciteit nodig",
            format_fte(fte)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
