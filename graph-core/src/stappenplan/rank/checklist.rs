//! The chain behind the lead candidate and the uitvoeringstoets checklist: what is answered,
//! what is open and what is a risk.

use super::*;

pub(super) fn chain_summary(context: &Context<'_>, lead: Option<&Candidate>) -> ChainSummary {
    let Some(lead) = lead else {
        return ChainSummary {
            candidate: None,
            organisations: Vec::new(),
            overloaded: Vec::new(),
            without_relation: Vec::new(),
            fragile: false,
        };
    };
    let mut involved: BTreeSet<OrganisationId> = BTreeSet::new();
    involved.insert(lead.organisation.clone());
    involved.extend(context.proposal.chain_partners.iter().cloned());
    involved.extend(lead.exchange_partners.iter().map(|(_, id)| id.clone()));
    let partners: BTreeSet<&OrganisationId> = context
        .landscape
        .chain_partner_ids(&lead.organisation)
        .into_iter()
        .collect();
    let without_relation = context
        .proposal
        .chain_partners
        .iter()
        .filter(|id| *id != &lead.organisation && !partners.contains(id))
        .cloned()
        .collect();
    let overloaded = involved
        .iter()
        .filter(|id| {
            context
                .landscape
                .utilisation(id, context.period)
                .is_some_and(|u| Band::of(Some(u)) == Band::Vol)
        })
        .cloned()
        .collect();
    ChainSummary {
        candidate: Some(lead.organisation.clone()),
        fragile: involved.len() > FRAGILE_CHAIN,
        organisations: involved.into_iter().collect(),
        overloaded,
        without_relation,
    }
}

pub(super) fn checklist(
    context: &Context<'_>,
    candidates: &[Candidate],
    lead: Option<&Candidate>,
    chain: &ChainSummary,
    verdict: Verdict,
    decentral: &DecentralRoute,
) -> Vec<CheckItem> {
    let proposal = &context.proposal;
    let landscape = context.landscape;
    let lang = context.lang;
    let period = context.period.to_string();
    let mut items = Vec::new();
    let best = candidates.iter().find(|c| c.shortlisted);
    items.push(match (verdict, best) {
        (Verdict::Shortlist, Some(best)) => CheckItem {
            topic: T::CheckTopicImplementer.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckBest, &[("naam", &best.name)]),
        },
        (Verdict::Combination, _) => CheckItem {
            topic: T::CheckTopicImplementer.text(lang),
            state: CheckState::Risico,
            text: context.text(T::CheckOnlyCombination, &[]),
        },
        (Verdict::Decentral, _) => CheckItem {
            topic: T::CheckTopicImplementer.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(
                T::CheckDecentral,
                &[("naam", decentral.best().map_or("", |c| c.name.as_str()))],
            ),
        },
        _ => CheckItem {
            topic: T::CheckTopicImplementer.text(lang),
            state: CheckState::Risico,
            text: context.text(T::CheckNoFit, &[]),
        },
    });
    items.push(if proposal.target_groups.is_empty() {
        CheckItem {
            topic: T::CheckTopicTargetGroups.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckTargetOpen, &[]),
        }
    } else {
        let names: Vec<String> = proposal
            .target_groups
            .iter()
            .filter_map(|g| landscape.target_group(g))
            .map(|g| g.naam.to_lowercase())
            .collect();
        CheckItem {
            topic: T::CheckTopicTargetGroups.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckTargetAnswered, &[("groepen", &names.join(", "))]),
        }
    });
    items.push(if proposal.registers.is_empty() {
        CheckItem {
            topic: T::CheckTopicData.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckDataOpen, &[]),
        }
    } else if let Some(lead) = lead.filter(|l| !l.exchange_partners.is_empty()) {
        let partners: BTreeSet<String> = lead
            .exchange_partners
            .iter()
            .map(|(_, id)| name_of(context, id))
            .collect();
        CheckItem {
            topic: T::CheckTopicData.text(lang),
            state: CheckState::Risico,
            text: context.text(
                T::CheckDataRisk,
                &[
                    ("naam", &lead.short_name),
                    (
                        "partners",
                        &partners.into_iter().collect::<Vec<_>>().join(", "),
                    ),
                ],
            ),
        }
    } else {
        CheckItem {
            topic: T::CheckTopicData.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckDataAnswered, &[]),
        }
    });
    let ict = lead.map(|lead| {
        landscape
            .portfolio_of(&lead.organisation)
            .into_iter()
            .filter(|item| {
                item.soort == crate::data::model::PortfolioKind::Ict
                    && context.period.overlaps_span(item.start, item.eind)
            })
            .map(|item| item.naam.clone())
            .collect::<Vec<_>>()
    });
    items.push(match ict {
        Some(running) if !running.is_empty() => CheckItem {
            topic: T::CheckTopicIct.text(lang),
            state: CheckState::Risico,
            text: context.text(
                T::CheckIctRisk,
                &[("periode", &period), ("trajecten", &running.join("; "))],
            ),
        },
        _ => CheckItem {
            topic: T::CheckTopicIct.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckIctOpen, &[]),
        },
    });
    let soon = landscape
        .peildatum()
        .is_some_and(|date| context.period.year() <= date.year + 1);
    items.push(if proposal.period.is_none() {
        CheckItem {
            topic: T::CheckTopicTerm.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckTermOpen, &[("periode", &period)]),
        }
    } else if soon {
        CheckItem {
            topic: T::CheckTopicTerm.text(lang),
            state: CheckState::Risico,
            text: context.text(T::CheckTermRisk, &[("periode", &period)]),
        }
    } else {
        CheckItem {
            topic: T::CheckTopicTerm.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckTermAnswered, &[("periode", &period)]),
        }
    });
    let citizens = proposal.target_groups.iter().any(|g| g.as_str() == "B");
    items.push(if !proposal.special_groups.is_empty() {
        CheckItem {
            topic: T::CheckTopicDoenvermogen.text(lang),
            state: CheckState::Risico,
            text: context.text(
                T::CheckDoenRisk,
                &[(
                    "groepen",
                    &proposal
                        .special_groups
                        .iter()
                        .map(|g| g.label(lang))
                        .collect::<Vec<_>>()
                        .join("; "),
                )],
            ),
        }
    } else if citizens {
        CheckItem {
            topic: T::CheckTopicDoenvermogen.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckDoenOpen, &[]),
        }
    } else {
        CheckItem {
            topic: T::CheckTopicDoenvermogen.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckDoenAnswered, &[]),
        }
    });
    let mut involved: Vec<String> = chain
        .organisations
        .iter()
        .filter(|id| landscape.organisation(id).is_some_and(is_decentral))
        .map(|id| name_of(context, id))
        .collect();
    if verdict == Verdict::Decentral
        && let Some(best) = decentral.best()
    {
        involved.insert(0, best.short_name.clone());
        involved.dedup();
    }
    let decentral = involved;
    items.push(if decentral.is_empty() && !proposal.local_tailoring {
        CheckItem {
            topic: T::CheckTopicUdo.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(T::CheckUdoAnswered, &[]),
        }
    } else {
        CheckItem {
            topic: T::CheckTopicUdo.text(lang),
            state: CheckState::Risico,
            text: context.text(
                T::CheckUdoRisk,
                &[(
                    "namen",
                    &if decentral.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", decentral.join(", "))
                    },
                )],
            ),
        }
    });
    items.push(match lead {
        Some(lead)
            if lead.capacity.binding && (lead.capacity.does_not_fit || lead.capacity.full) =>
        {
            CheckItem {
                topic: T::CheckTopicCapacity.text(lang),
                state: CheckState::Risico,
                text: context.text(
                    T::CheckCapacityNoRoom,
                    &[
                        ("naam", &lead.short_name),
                        ("periode", &period),
                        ("nodig", &format_fte(context.need)),
                    ],
                ),
            }
        }
        Some(lead) if lead.capacity.does_not_fit || lead.capacity.full => CheckItem {
            topic: T::CheckTopicCapacity.text(lang),
            state: CheckState::Open,
            text: context.text(
                T::CheckCapacityIndicative,
                &[
                    ("naam", &lead.short_name),
                    ("periode", &period),
                    ("nodig", &format_fte(context.need)),
                ],
            ),
        },
        Some(lead) if !chain.overloaded.is_empty() => CheckItem {
            topic: T::CheckTopicCapacity.text(lang),
            state: CheckState::Risico,
            text: context.text(
                T::CheckCapacityChainFull,
                &[
                    ("naam", &lead.short_name),
                    (
                        "partners",
                        &chain
                            .overloaded
                            .iter()
                            .map(|id| name_of(context, id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ),
        },
        Some(lead) => CheckItem {
            topic: T::CheckTopicCapacity.text(lang),
            state: CheckState::Beantwoord,
            text: context.text(
                T::CheckCapacityRoom,
                &[
                    ("naam", &lead.short_name),
                    ("periode", &period),
                    ("nodig", &format_fte(context.need)),
                    (
                        "voorbeeld",
                        if lead
                            .capacity
                            .figure
                            .as_ref()
                            .is_some_and(|f| f.status == Status::Voorbeeld)
                        {
                            T::CheckCapacityExample.text(lang)
                        } else {
                            ""
                        },
                    ),
                ],
            ),
        },
        None => CheckItem {
            topic: T::CheckTopicCapacity.text(lang),
            state: CheckState::Open,
            text: context.text(T::CheckCapacityNone, &[]),
        },
    });
    if !chain.organisations.is_empty() {
        let names = chain
            .organisations
            .iter()
            .map(|id| name_of(context, id))
            .collect::<Vec<_>>()
            .join(", ");
        let count = chain.organisations.len().to_string();
        items.push(CheckItem {
            topic: T::CheckTopicChain.text(lang),
            state: if chain.fragile {
                CheckState::Risico
            } else {
                CheckState::Beantwoord
            },
            text: context.text(
                if chain.fragile {
                    T::CheckChainFragile
                } else {
                    T::CheckChainSmall
                },
                &[("n", &count), ("namen", &names)],
            ),
        });
    }
    items
}
