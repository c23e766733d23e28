//! The report of a ranking for the dossier: Markdown (the "invulkaart") and JSON with Dutch keys,
//! as the app exports them and `bzu rank` prints them.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::data::model::Choice;
use crate::figures::{format_fte, format_percent};
use crate::i18n::{Lang, T, fill};
use crate::landscape::Landscape;
use crate::stappenplan::proposal::Proposal;
use crate::stappenplan::rank::{Candidate, Ranking, Verdict, score};

/// How many candidates the report lists in full.
pub const REPORT_CANDIDATES: usize = 10;

/// The name of a downloaded report without its extension: `uitvoerder-` and the title in lower
/// case with hyphens for anything else than letters and digits, at most 50 characters of it.
pub fn report_file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "uitvoerder-rapport".to_owned()
    } else {
        format!(
            "uitvoerder-{}",
            words.join("-").chars().take(50).collect::<String>()
        )
    }
}

/// Escapes text for Markdown so that names from data cannot inject markup, links or HTML.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn verdict_code(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Shortlist => "shortlist",
        Verdict::Combination => "combinatie",
        Verdict::Decentral => "decentraal",
        Verdict::NoFit => "geen passende uitvoerder",
    }
}

fn candidate_json(candidate: &Candidate) -> Value {
    let part = |p: &crate::stappenplan::rank::Part| {
        json!({
            "score": round(p.score),
            "gewicht": round(p.weight),
            "redenen": p.reasons.iter().map(|r| json!({
                "tekst": r.text,
                "bronnen": r.evidence.iter().map(|e| json!({
                    "bestand": e.file,
                    "regel": e.line,
                    "bron": e.bron,
                    "peildatum": e.peildatum.map(|d| d.to_string()),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    };
    json!({
        "organisatie": candidate.organisation,
        "naam": candidate.name,
        "afkorting": candidate.short_name,
        "fit": round(candidate.fit),
        "haalbaarheid": round(candidate.feasibility),
        "passend": candidate.competent,
        "past_niet": candidate.capacity.rules_out(),
        "vol": candidate.capacity.full,
        "ruimte": candidate.capacity.room.code(),
        "cijfers_bindend": candidate.capacity.binding,
        "shortlist": candidate.shortlisted,
        "vastgezet": candidate.pinned,
        "benutting_nu": candidate.capacity.utilisation_now.map(round),
        "benutting_na": candidate.capacity.utilisation_after.map(round),
        "druk": round(candidate.capacity.pressure),
        "onderdelen": {
            "taak": part(&candidate.parts.task),
            "doelgroep": part(&candidate.parts.target),
            "gegevens": part(&candidate.parts.data),
            "ministerie": part(&candidate.parts.ministry),
            "regelingen": part(&candidate.parts.schemes),
        },
        "regelingen": candidate.schemes,
        "capaciteit": candidate.capacity.reasons.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
        "uitwisselpartners": candidate.exchange_partners.iter().map(|(register, holder)| json!({
            "register": register, "houder": holder,
        })).collect::<Vec<_>>(),
    })
}

/// The capacity judgement in words, marked when it rests on example figures.
fn room_text(candidate: &Candidate, lang: Lang) -> String {
    let capacity = &candidate.capacity;
    let room = capacity.room.text(lang);
    if capacity.figure.is_some() && !capacity.binding {
        format!("{room} ({})", T::RoomIndicative.text(lang))
    } else {
        room.to_owned()
    }
}

fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// The ranking as JSON with Dutch keys. Lists every candidate when `all` is set, else the first
/// [`REPORT_CANDIDATES`] and every pinned or shortlisted one.
pub fn json_report(proposal: &Proposal, ranking: &Ranking, all: bool) -> Value {
    let candidates: Vec<Value> = ranking
        .candidates
        .iter()
        .enumerate()
        .filter(|(i, c)| all || *i < REPORT_CANDIDATES || c.pinned || c.shortlisted)
        .map(|(_, c)| candidate_json(c))
        .collect();
    json!({
        "voorstel": proposal,
        "verdict": verdict_code(ranking.verdict),
        "oordeel": ranking.verdict_sentence(),
        "periode": ranking.period.to_string(),
        "fte_nodig": ranking.need_fte,
        "fte_geschat": ranking.need_estimated,
        "drempel": ranking.threshold,
        "gewichten": ranking.weights,
        "kandidaten": candidates,
        "decentraal": {
            "voorkeur": ranking.decentral.preferred,
            "gevraagd": ranking.decentral.asked,
            "kandidaten": ranking.decentral.candidates.iter().map(candidate_json).collect::<Vec<_>>(),
        },
        "combinaties": ranking.combinations.iter().map(|c| json!({
            "organisaties": [c.first, c.second],
            "taak": round(c.task),
            "fit": round(c.fit),
            "haalbaarheid": round(c.feasibility),
            "past_niet": c.does_not_fit,
            "haalt_drempel": c.passes,
            "ketenrelatie": c.chain_relation,
        })).collect::<Vec<_>>(),
        "alternatieven": ranking.alternatives.iter().map(|a| json!({"soort": a.kind.code(), "tekst": a.text})).collect::<Vec<_>>(),
        "checklist": ranking.checklist.iter().map(|i| json!({"onderwerp": i.topic, "status": i.state.label(), "tekst": i.text})).collect::<Vec<_>>(),
        "keten": {
            "kandidaat": ranking.chain.candidate,
            "organisaties": ranking.chain.organisations,
            "vol": ranking.chain.overloaded,
            "zonder_relatie": ranking.chain.without_relation,
        },
        "genegeerd": ranking.ignored,
    })
}

/// The report as Markdown: the "invulkaart" for the Beleidskompas dossier. Its headings and
/// sentences are in `lang`; names, codes and the ranking's own texts are as they are given.
pub fn markdown_report(
    landscape: &Landscape,
    proposal: &Proposal,
    ranking: &Ranking,
    lang: Lang,
) -> String {
    let t = |key: T| key.text(lang);
    let mut md = String::new();
    let title = if proposal.title.trim().is_empty() {
        t(T::MdUntitled).to_owned()
    } else {
        escape_markdown(proposal.title.trim())
    };
    // Writing to a String cannot fail.
    let _ = writeln!(md, "# {}\n", fill(t(T::MdTitle), &[("titel", &title)]));
    let _ = writeln!(
        md,
        "**{}** {}\n",
        t(T::MdVerdict),
        escape_markdown(&ranking.verdict_sentence())
    );
    if !proposal.description.trim().is_empty() {
        let _ = writeln!(md, "{}\n", escape_markdown(proposal.description.trim()));
    }
    let tasks: Vec<String> = proposal
        .tasks
        .iter()
        .map(|code| {
            landscape
                .task(code)
                .map_or_else(|| code.to_string(), |t| format!("{code} ({})", t.naam))
        })
        .collect();
    let _ = writeln!(md, "## {}\n", t(T::MdProposal));
    let _ = writeln!(
        md,
        "- {}: {}",
        t(T::MdTaskTypes),
        escape_markdown(&tasks.join(", "))
    );
    let _ = writeln!(md, "- {}: {}", t(T::MdVolume), proposal.volume.label(lang));
    let _ = writeln!(
        md,
        "- {}: {}; {}",
        t(T::OrgPeriod),
        ranking.period,
        if proposal.structural {
            t(T::MdStructural)
        } else {
            t(T::MdOneOff)
        }
    );
    let _ = writeln!(
        md,
        "- {}: {} fte{}",
        t(T::MdNeed),
        format_fte(ranking.need_fte),
        if ranking.need_estimated {
            t(T::ReportEstimatedFromVolume)
        } else {
            ""
        }
    );
    let w = ranking.weights;
    let _ = writeln!(
        md,
        "- {}\n",
        fill(
            t(T::MdWeights),
            &[
                ("taak", &score(w.task)),
                ("doelgroep", &score(w.target)),
                ("gegevens", &score(w.data)),
                ("ministerie", &score(w.ministry)),
                ("regelingen", &score(w.schemes)),
                ("drempel", &score(ranking.threshold)),
            ],
        )
    );

    let _ = writeln!(md, "## {}\n", t(T::ReportRanking));
    let columns = [
        T::ReportRankNo,
        T::ColOrganisation,
        T::ColTask,
        T::ColTargetGroup,
        T::ColData,
        T::ColMinistry,
        T::ColSchemes,
        T::ColFit,
        T::ReportUtilisationAfter,
        T::ColRoom,
        T::ColFeasibility,
        T::ColWatch,
    ]
    .map(t);
    let write_table = |md: &mut String, candidates: &[&Candidate]| {
        let _ = writeln!(md, "| {} |", columns.join(" | "));
        let _ = writeln!(md, "|{}", "---|".repeat(columns.len()));
        for (position, c) in candidates.iter().enumerate() {
            let mut cells = vec![(position + 1).to_string(), escape_markdown(&c.name)];
            cells.extend(c.parts.all().iter().map(|part| score(part.score)));
            cells.extend([
                score(c.fit),
                c.capacity
                    .utilisation_after
                    .map_or_else(|| t(T::Unknown).to_owned(), format_percent),
                room_text(c, lang),
                score(c.feasibility),
                c.flags(lang),
            ]);
            let _ = writeln!(md, "| {} |", cells.join(" | "));
        }
        let _ = writeln!(md);
    };
    if !ranking.decentral.candidates.is_empty() {
        let _ = writeln!(md, "## {}\n", t(T::MdDecentral));
        let _ = writeln!(md, "{}\n", t(ranking.decentral.note()));
        let decentral: Vec<&Candidate> = ranking.decentral.candidates.iter().collect();
        write_table(&mut md, &decentral);
    }
    let _ = writeln!(md, "## {}\n", t(T::ReportRanking));
    let competent: Vec<&Candidate> = ranking.competent().take(REPORT_CANDIDATES).collect();
    write_table(&mut md, &competent);
    let not_suitable = ranking.candidates.iter().filter(|c| !c.competent).count();
    if not_suitable > 0 {
        let _ = writeln!(
            md,
            "**{}.** {}\n",
            t(T::MdNotSuitable),
            fill(t(T::MdNotSuitableText), &[("n", &not_suitable.to_string())])
        );
    }
    for c in ranking.explained_candidates() {
        let _ = writeln!(md, "### {}\n", escape_markdown(&c.name));
        for (label, part) in c.parts.labelled() {
            let label = t(label);
            for reason in &part.reasons {
                let sources: Vec<String> = reason
                    .evidence
                    .iter()
                    .map(|e| format!("{}:{}", e.file, e.line))
                    .collect();
                let _ = writeln!(
                    md,
                    "- {label}: {}{}",
                    escape_markdown(&reason.text),
                    if sources.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", sources.join(", "))
                    }
                );
            }
        }
        for reason in &c.capacity.reasons {
            let _ = writeln!(
                md,
                "- {}: {}",
                t(T::ReportCapacity),
                escape_markdown(&reason.text)
            );
        }
        let _ = writeln!(md);
    }
    if !ranking.combinations.is_empty() {
        let _ = writeln!(md, "## {}\n", t(T::MdCombinations));
        for c in &ranking.combinations {
            let _ = writeln!(
                md,
                "- {}{}{}",
                fill(
                    t(T::MdCombination),
                    &[
                        ("eerste", &escape_markdown(c.first.as_str())),
                        ("tweede", &escape_markdown(c.second.as_str())),
                        ("taak", &score(c.task)),
                        ("haalbaarheid", &score(c.feasibility)),
                    ],
                ),
                if c.passes { t(T::MdPasses) } else { "" },
                c.chain_relation
                    .as_ref()
                    .map_or_else(String::new, |kind| fill(
                        t(T::MdChainRelation),
                        &[("soort", kind)]
                    ))
            );
        }
        let _ = writeln!(md);
    }
    if !ranking.alternatives.is_empty() {
        let _ = writeln!(md, "## {}\n", t(T::ReportAlternatives));
        for a in &ranking.alternatives {
            let _ = writeln!(md, "- {}", escape_markdown(&a.text));
        }
        let _ = writeln!(md);
    }
    let _ = writeln!(md, "## {}\n", t(T::MdChecklist));
    for item in &ranking.checklist {
        let _ = writeln!(
            md,
            "- [{}] **{}**: {}",
            if item.state == crate::stappenplan::rank::CheckState::Beantwoord {
                "x"
            } else {
                " "
            },
            item.topic,
            escape_markdown(&item.text)
        );
    }
    if !proposal.notes.trim().is_empty() {
        let _ = writeln!(
            md,
            "\n## {}\n\n{}",
            t(T::ReportNotes),
            escape_markdown(proposal.notes.trim())
        );
    }
    if landscape.has_example_figures() {
        let _ = writeln!(md, "\n*{}*", t(T::MdExampleFigures));
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_files_are_named_after_the_title() {
        assert_eq!(
            report_file_stem("Lening voor omscholing (2028)!"),
            "uitvoerder-lening-voor-omscholing-2028"
        );
        assert_eq!(report_file_stem("Één ?"), "uitvoerder-één");
        assert_eq!(report_file_stem(" -- "), "uitvoerder-rapport");
        assert_eq!(
            report_file_stem(&"a".repeat(80)).len(),
            "uitvoerder-".len() + 50
        );
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(
            escape_markdown("<script>alert(1)</script> [x](javascript:y) | *b*"),
            "\\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:y\\) \\| \\*b\\*"
        );
        assert_eq!(escape_markdown("regel\nnieuw"), "regel nieuw");
    }
}
