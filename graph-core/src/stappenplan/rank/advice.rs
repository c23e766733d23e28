//! The ways forward: strengthen, start later, combine, the decentral route, and the legal form
//! (Kaderwet zbo's) when an organisation has to be made or changed.

use super::*;

pub(super) fn name_of(context: &Context<'_>, id: &OrganisationId) -> String {
    context
        .landscape
        .organisation(id)
        .map_or_else(|| id.to_string(), |o| o.short_name().to_owned())
}

pub(super) fn alternatives(
    context: &Context<'_>,
    candidates: &[Candidate],
    combinations: &[Combination],
    decentral: &DecentralRoute,
    threshold: f64,
) -> Vec<Alternative> {
    let mut list = Vec::new();
    // The best fits without room: strengthen them, or start when they have room. Only the first
    // three on fit count, as a reader weighs them: one further down, unlisted for its place
    // alone, is no reason to strengthen anyone. Example figures give indicative advice only.
    for candidate in candidates
        .iter()
        .filter(|c| c.competent && c.fit >= threshold && c.parts.task.score >= TASK_GATE)
        .take(3)
        .filter(|c| needs_strengthening(&c.capacity))
    {
        if let Some(later) = later_start(context, candidate) {
            list.push(Alternative {
                kind: AlternativeKind::Later,
                text: context.text(
                    T::AltLater,
                    &[("naam", &candidate.name), ("periode", &later.to_string())],
                ),
            });
        }
        let capacity = &candidate.capacity;
        let headroom = capacity
            .figure
            .as_ref()
            .map_or(0.0, CapacityFigure::headroom);
        let period = context.period.to_string();
        let mut problem = if capacity.does_not_fit {
            context.text(
                T::AltNoRoom,
                &[
                    ("periode", &period),
                    ("vrij", &format_fte(headroom.max(0.0))),
                    ("nodig", &format_fte(context.need)),
                ],
            )
        } else {
            context.text(
                T::AltPressure,
                &[
                    ("periode", &period),
                    (
                        "benutting",
                        &capacity.utilisation_after.map_or_else(
                            || T::Unknown.text(context.lang).to_owned(),
                            format_percent,
                        ),
                    ),
                ],
            )
        };
        if !capacity.binding {
            problem.push_str(T::AltIndicative.text(context.lang));
        }
        list.push(Alternative {
            kind: AlternativeKind::Versterken,
            text: context.text(
                T::AltStrengthen,
                &[
                    ("naam", &candidate.name),
                    ("fit", &score(candidate.fit)),
                    ("probleem", &problem),
                ],
            ),
        });
    }
    if let Some(best) = combinations.first() {
        list.push(Alternative {
            kind: AlternativeKind::Combinatie,
            text: context.text(
                T::AltCombine,
                &[
                    ("eerste", &name_of(context, &best.first)),
                    ("tweede", &name_of(context, &best.second)),
                    ("taak", &score(best.task)),
                    ("haalbaarheid", &score(best.feasibility)),
                    (
                        "keten",
                        &match &best.chain_relation {
                            Some(kind) => context.text(T::AltWorkTogether, &[("soort", kind)]),
                            None => context.text(T::AltNoChain, &[]),
                        },
                    ),
                ],
            ),
        });
    }
    // Simplify: would dropping one task type let someone fit? Only the task part changes, so
    // the scores per task type give the answer without ranking again.
    if context.proposal.tasks.len() > 1 {
        for (dropped, task) in context.proposal.tasks.iter().enumerate() {
            let best = candidates
                .iter()
                .filter(|c| c.competent && !c.shortlisted && !c.capacity.rules_out())
                .filter_map(|c| {
                    let kept: Vec<f64> = c
                        .task_scores
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != dropped)
                        .map(|(_, s)| *s)
                        .collect();
                    let task_score = task_product(&kept);
                    let fit = (c.fit + c.parts.task.weight * (task_score - c.parts.task.score))
                        .clamp(0.0, 1.0);
                    let feasibility =
                        fit * (1.0 - PRESSURE_WEIGHT * c.capacity.effective_pressure());
                    (feasibility >= threshold && task_score >= TASK_GATE)
                        .then_some((c, feasibility))
                })
                .max_by(|(a, x), (b, y)| {
                    x.total_cmp(y)
                        .then_with(|| b.organisation.cmp(&a.organisation))
                });
            if let Some((best, feasibility)) = best {
                list.push(Alternative {
                    kind: AlternativeKind::Vereenvoudigen,
                    text: context.text(
                        T::AltSimplify,
                        &[
                            ("taak", task.as_str()),
                            ("naam", &best.name),
                            ("haalbaarheid", &score(feasibility)),
                        ],
                    ),
                });
            }
        }
    }
    // The decentral route, when it is not already the answer.
    if let Some(best) = decentral.best().filter(|_| !decentral.preferred)
        && decentral.fits(threshold)
    {
        list.push(Alternative {
            kind: AlternativeKind::Decentraal,
            text: context.text(
                T::AltDecentral,
                &[("naam", &best.name), ("fit", &score(best.fit))],
            ),
        });
    }
    list.extend(form_suggestions(context));
    list
}

/// The first period after the proposal's in which the candidate's binding figures have room for
/// the need, within the periods the data has.
/// Whether a candidate's room calls for strengthening it: full, on any figures (example figures
/// say so as an indication), or tight on figures that may decide.
fn needs_strengthening(capacity: &Capacity) -> bool {
    match capacity.room {
        Room::Vol => true,
        Room::Krap => capacity.binding,
        Room::Ruimte | Room::Onbekend => false,
    }
}

pub(super) fn later_start(context: &Context<'_>, candidate: &Candidate) -> Option<Period> {
    if !candidate.capacity.rules_out() {
        return None;
    }
    let position = context.landscape.position(&candidate.organisation)?;
    context
        .landscape
        .periods()
        .into_iter()
        .filter(|period| period.year() > context.period.year())
        .find(|&period| {
            context
                .landscape
                .capacity_at(position, period)
                .is_some_and(|figure| {
                    figure.status != Status::Voorbeeld && figure.headroom() >= context.need
                })
        })
}

/// Step 7: the organisational forms the answers point to.
pub(super) fn form_suggestions(context: &Context<'_>) -> Vec<Alternative> {
    let proposal = &context.proposal;
    let mut list = Vec::new();
    let mass = matches!(
        proposal.volume,
        crate::stappenplan::proposal::Volume::Groot
            | crate::stappenplan::proposal::Volume::ZeerGroot
    );
    let mut grounds = Vec::new();
    if proposal.independent_judgement {
        grounds.push(T::FormGroundA.text(context.lang));
    }
    if mass && !proposal.political_steering {
        grounds.push(T::FormGroundB.text(context.lang));
    }
    if proposal.societal_participation {
        grounds.push(T::FormGroundC.text(context.lang));
    }
    if proposal.political_steering {
        list.push(Alternative {
            kind: AlternativeKind::Agentschap,
            text: context.text(T::FormAgency, &[]),
        });
    } else if !grounds.is_empty() {
        list.push(Alternative {
            kind: AlternativeKind::Zbo,
            text: context.text(
                T::FormZbo,
                &[(
                    "gronden",
                    &grounds.join(T::FormGroundsAnd.text(context.lang)),
                )],
            ),
        });
    } else {
        list.push(Alternative {
            kind: AlternativeKind::Agentschap,
            text: context.text(T::FormNoGround, &[]),
        });
    }
    if proposal.local_tailoring {
        list.push(Alternative {
            kind: AlternativeKind::Medebewind,
            text: context.text(T::FormMedebewind, &[]),
        });
    }
    list
}
