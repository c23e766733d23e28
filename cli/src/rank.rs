//! `bzu rank`: runs the stappenplan engine on a proposal file and prints the ranking as text or
//! JSON.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use graph_core::i18n::Lang;
use graph_core::{Proposal, json_report, rank, score};

use crate::check::load_landscape;

pub(crate) fn run(
    args: &crate::RankArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (as_json, all, data) = (args.json, args.alle, args.data.as_deref());
    let file = args.proposal.display().to_string();
    let text = std::fs::read_to_string(&args.proposal)
        .with_context(|| format!("kan {file} niet lezen"))?;
    let proposal: Proposal = serde_json::from_str(&text)
        .with_context(|| format!("{file} is geen geldig voorstel (JSON)"))?;
    let landscape = load_landscape(data, err)?;
    let ranking = rank(&landscape, &proposal);
    if as_json {
        let report = json_report(&proposal, &ranking, all);
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", ranking.verdict_sentence())?;
    writeln!(
        out,
        "periode {}, {} fte nodig{}\n",
        ranking.period,
        graph_core::format_fte(ranking.need_fte),
        if ranking.need_estimated {
            " (geschat)"
        } else {
            ""
        }
    )?;
    let header = || {
        format!(
            "{:>3}  {:<10} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}  {:<10} {:>6}  let op",
            "#", "org", "taak", "doel", "gegev", "min", "regel", "fit", "ruimte", "haalb"
        )
    };
    let line = |position: usize, c: &graph_core::Candidate| {
        let parts: Vec<String> = c
            .parts
            .all()
            .iter()
            .map(|part| format!("{:>5}", score(part.score)))
            .collect();
        let room = format!(
            "{}{}",
            c.capacity.room.text(Lang::Nl),
            if c.capacity.figure.is_some() && !c.capacity.binding {
                "*"
            } else {
                ""
            }
        );
        format!(
            "{:>3}  {:<10} {} {:>5}  {:<10} {:>6}  {}",
            position + 1,
            c.short_name.chars().take(10).collect::<String>(),
            parts.join(" "),
            score(c.fit),
            room,
            score(c.feasibility),
            c.flags(Lang::Nl)
        )
    };
    if !ranking.decentral.candidates.is_empty() {
        writeln!(
            out,
            "decentrale route{}:",
            match (ranking.decentral.asked, ranking.decentral.preferred) {
                (true, _) => " (gaat voor: lokaal maatwerk gevraagd)",
                (false, true) => " (gaat voor: past duidelijk beter)",
                (false, false) => "",
            }
        )?;
        writeln!(out, "{}", header())?;
        for (position, c) in ranking.decentral.candidates.iter().enumerate() {
            writeln!(out, "{}", line(position, c))?;
        }
        writeln!(out, "\nlandelijk:")?;
    }
    writeln!(out, "{}", header())?;
    let shown = if all { usize::MAX } else { 10 };
    for (position, c) in ranking.competent().take(shown).enumerate() {
        writeln!(out, "{}", line(position, c))?;
    }
    let not_suitable = ranking.candidates.iter().filter(|c| !c.competent).count();
    if not_suitable > 0 {
        writeln!(
            out,
            "niet passend: {not_suitable} organisaties voeren geen gevraagd taaktype uit"
        )?;
    }
    writeln!(out, "* ruimte op voorbeeldcijfers: indicatief")?;
    if !ranking.combinations.is_empty() {
        writeln!(out, "\ncombinaties:")?;
        for c in &ranking.combinations {
            writeln!(
                out,
                "  {} + {}: taak {}, haalbaarheid {}{}",
                c.first,
                c.second,
                score(c.task),
                score(c.feasibility),
                if c.passes { " (haalt de drempel)" } else { "" }
            )?;
        }
    }
    if !ranking.alternatives.is_empty() {
        writeln!(out, "\nalternatieven:")?;
        for a in &ranking.alternatives {
            writeln!(out, "  - {}", a.text)?;
        }
    }
    writeln!(out, "\nchecklist:")?;
    for item in &ranking.checklist {
        writeln!(
            out,
            "  [{}] {}: {}",
            item.state.label(),
            item.topic,
            item.text
        )?;
    }
    if !ranking.ignored.is_empty() {
        writeln!(
            err,
            "genegeerd (onbekend in de gegevens): {}",
            ranking.ignored.join(", ")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
