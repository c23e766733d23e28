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
    // Sorted and distinct.
    let partners = context.landscape.chain_partner_ids(&lead.organisation);
    let without_relation = context
        .proposal
        .chain_partners
        .iter()
        .filter(|id| *id != &lead.organisation && partners.binary_search(id).is_err())
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

/// The uitvoeringstoets checklist: one item per topic, in the order of the toets.
pub(super) fn checklist(
    context: &Context<'_>,
    candidates: &[Candidate],
    lead: Option<&Candidate>,
    chain: &ChainSummary,
    verdict: Verdict,
    decentral: &DecentralRoute,
) -> Vec<CheckItem> {
    let check = Check { context };
    let best = candidates.iter().find(|c| c.shortlisted);
    [
        Some(check.implementer(verdict, best, decentral)),
        Some(check.target_groups()),
        Some(check.data(lead)),
        Some(check.ict(lead)),
        Some(check.term()),
        Some(check.doenvermogen()),
        Some(check.udo(chain, verdict, decentral)),
        Some(check.capacity(lead, chain)),
        check.chain(chain),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Writes the checklist's items in the ranking's language.
struct Check<'c, 'a> {
    context: &'c Context<'a>,
}

impl Check<'_, '_> {
    /// An item on `topic` in `state`, its text the translation `key` filled with `values`.
    fn item(&self, topic: T, state: CheckState, key: T, values: &[(&str, &str)]) -> CheckItem {
        CheckItem {
            topic: topic.text(self.context.lang),
            state,
            text: self.context.text(key, values),
        }
    }

    fn period(&self) -> String {
        self.context.period.to_string()
    }

    fn implementer(
        &self,
        verdict: Verdict,
        best: Option<&Candidate>,
        decentral: &DecentralRoute,
    ) -> CheckItem {
        let topic = T::CheckTopicImplementer;
        match (verdict, best) {
            (Verdict::Shortlist, Some(best)) => self.item(
                topic,
                CheckState::Beantwoord,
                T::CheckBest,
                &[("naam", &best.name)],
            ),
            (Verdict::Combination, _) => {
                self.item(topic, CheckState::Risico, T::CheckOnlyCombination, &[])
            }
            (Verdict::Decentral, _) => self.item(
                topic,
                CheckState::Beantwoord,
                T::CheckDecentral,
                &[("naam", decentral.best().map_or("", |c| &*c.name))],
            ),
            _ => self.item(topic, CheckState::Risico, T::CheckNoFit, &[]),
        }
    }

    fn target_groups(&self) -> CheckItem {
        let topic = T::CheckTopicTargetGroups;
        let groups = &self.context.proposal.target_groups;
        if groups.is_empty() {
            return self.item(topic, CheckState::Open, T::CheckTargetOpen, &[]);
        }
        let names: Vec<String> = groups
            .iter()
            .filter_map(|g| self.context.landscape.target_group(g))
            .map(|g| g.naam.to_lowercase())
            .collect();
        self.item(
            topic,
            CheckState::Beantwoord,
            T::CheckTargetAnswered,
            &[("groepen", &names.join(", "))],
        )
    }

    fn data(&self, lead: Option<&Candidate>) -> CheckItem {
        let topic = T::CheckTopicData;
        if self.context.proposal.registers.is_empty() {
            return self.item(topic, CheckState::Open, T::CheckDataOpen, &[]);
        }
        let Some(lead) = lead.filter(|l| !l.exchange_partners.is_empty()) else {
            return self.item(topic, CheckState::Beantwoord, T::CheckDataAnswered, &[]);
        };
        let partners = sorted_unique(
            lead.exchange_partners
                .iter()
                .map(|(_, id)| name_of(self.context, id)),
        );
        self.item(
            topic,
            CheckState::Risico,
            T::CheckDataRisk,
            &[
                ("naam", &lead.short_name),
                ("partners", &partners.join(", ")),
            ],
        )
    }

    /// The lead's ICT projects that run in the period: a new scheme competes with them.
    fn ict(&self, lead: Option<&Candidate>) -> CheckItem {
        let context = self.context;
        let running: Vec<String> = lead.map_or_else(Vec::new, |lead| {
            context
                .landscape
                .portfolio_of(&lead.organisation)
                .into_iter()
                .filter(|item| {
                    item.soort == crate::data::model::PortfolioKind::Ict
                        && context.period.overlaps_span(item.start, item.eind)
                })
                .map(|item| item.naam.clone())
                .collect()
        });
        if running.is_empty() {
            return self.item(T::CheckTopicIct, CheckState::Open, T::CheckIctOpen, &[]);
        }
        self.item(
            T::CheckTopicIct,
            CheckState::Risico,
            T::CheckIctRisk,
            &[
                ("periode", &self.period()),
                ("trajecten", &running.join("; ")),
            ],
        )
    }

    /// The start: open without a period, a risk within a year of the data's peildatum.
    fn term(&self) -> CheckItem {
        let context = self.context;
        let soon = context
            .landscape
            .peildatum()
            .is_some_and(|date| context.period.year() <= date.year + 1);
        let (state, key) = if context.proposal.period.is_none() {
            (CheckState::Open, T::CheckTermOpen)
        } else if soon {
            (CheckState::Risico, T::CheckTermRisk)
        } else {
            (CheckState::Beantwoord, T::CheckTermAnswered)
        };
        self.item(
            T::CheckTopicTerm,
            state,
            key,
            &[("periode", &self.period())],
        )
    }

    fn doenvermogen(&self) -> CheckItem {
        let topic = T::CheckTopicDoenvermogen;
        let lang = self.context.lang;
        let proposal = &self.context.proposal;
        if !proposal.special_groups.is_empty() {
            let groups: Vec<&str> = proposal
                .special_groups
                .iter()
                .map(|g| g.label(lang))
                .collect();
            return self.item(
                topic,
                CheckState::Risico,
                T::CheckDoenRisk,
                &[("groepen", &groups.join("; "))],
            );
        }
        if proposal.target_groups.iter().any(|g| g.as_str() == "B") {
            self.item(topic, CheckState::Open, T::CheckDoenOpen, &[])
        } else {
            self.item(topic, CheckState::Beantwoord, T::CheckDoenAnswered, &[])
        }
    }

    /// The Uitvoeringstoets decentrale overheden: needed when decentral bodies are in the chain,
    /// carry the proposal, or local tailoring is asked.
    fn udo(&self, chain: &ChainSummary, verdict: Verdict, decentral: &DecentralRoute) -> CheckItem {
        let context = self.context;
        let mut involved: Vec<String> = chain
            .organisations
            .iter()
            .filter(|id| context.landscape.organisation(id).is_some_and(is_decentral))
            .map(|id| name_of(context, id))
            .collect();
        if verdict == Verdict::Decentral
            && let Some(best) = decentral.best()
        {
            involved.insert(0, best.short_name.to_string());
            involved.dedup();
        }
        if involved.is_empty() && !context.proposal.local_tailoring {
            return self.item(
                T::CheckTopicUdo,
                CheckState::Beantwoord,
                T::CheckUdoAnswered,
                &[],
            );
        }
        let names = if involved.is_empty() {
            String::new()
        } else {
            format!(" ({})", involved.join(", "))
        };
        self.item(
            T::CheckTopicUdo,
            CheckState::Risico,
            T::CheckUdoRisk,
            &[("namen", &names)],
        )
    }

    /// The lead's room: binding figures decide, example figures only indicate.
    fn capacity(&self, lead: Option<&Candidate>, chain: &ChainSummary) -> CheckItem {
        let topic = T::CheckTopicCapacity;
        let Some(lead) = lead else {
            return self.item(topic, CheckState::Open, T::CheckCapacityNone, &[]);
        };
        let context = self.context;
        let period = self.period();
        let need = format_fte(context.need);
        let about = [
            ("naam", &*lead.short_name),
            ("periode", period.as_str()),
            ("nodig", need.as_str()),
        ];
        let capacity = &lead.capacity;
        if capacity.does_not_fit || capacity.full {
            return if capacity.binding {
                self.item(topic, CheckState::Risico, T::CheckCapacityNoRoom, &about)
            } else {
                self.item(topic, CheckState::Open, T::CheckCapacityIndicative, &about)
            };
        }
        if !chain.overloaded.is_empty() {
            let partners: Vec<String> = chain
                .overloaded
                .iter()
                .map(|id| name_of(context, id))
                .collect();
            return self.item(
                topic,
                CheckState::Risico,
                T::CheckCapacityChainFull,
                &[
                    ("naam", &lead.short_name),
                    ("partners", &partners.join(", ")),
                ],
            );
        }
        let example = capacity
            .figure
            .as_ref()
            .is_some_and(|f| f.status == Status::Voorbeeld);
        let note = if example {
            T::CheckCapacityExample.text(context.lang)
        } else {
            ""
        };
        let [naam, periode, nodig] = about;
        self.item(
            topic,
            CheckState::Beantwoord,
            T::CheckCapacityRoom,
            &[naam, periode, nodig, ("voorbeeld", note)],
        )
    }

    /// The chain behind the lead, if it has one: fragile beyond [`FRAGILE_CHAIN`] organisations.
    fn chain(&self, chain: &ChainSummary) -> Option<CheckItem> {
        if chain.organisations.is_empty() {
            return None;
        }
        let names: Vec<String> = chain
            .organisations
            .iter()
            .map(|id| name_of(self.context, id))
            .collect();
        let count = chain.organisations.len().to_string();
        let (state, key) = if chain.fragile {
            (CheckState::Risico, T::CheckChainFragile)
        } else {
            (CheckState::Beantwoord, T::CheckChainSmall)
        };
        Some(self.item(
            T::CheckTopicChain,
            state,
            key,
            &[("n", &count), ("namen", &names.join(", "))],
        ))
    }
}
