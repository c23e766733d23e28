//! The parts of fit for one organisation: task types, target groups, registers, ministry and
//! the schemes it already carries out (BM25 matches), the capacity judgement, and the reasons
//! with the rows they cite.

use super::*;

/// Data fit per register by role; a register the organisation lacks scores 0.
pub(super) fn role_score(role: RegisterRole) -> f64 {
    match role {
        RegisterRole::Houder => 1.0,
        RegisterRole::Bronhouder => 0.9,
        RegisterRole::Afnemer => 0.8,
    }
}

/// Data fit for one asked register, given the organisation's best role in it (if any). Every
/// administrative body must use the basisregistraties for the data they hold (verplicht gebruik),
/// so receiving one, or not receiving it yet, says nothing about fit: only keeping it does.
pub(super) fn register_score(role: Option<RegisterRole>, basisregistratie: bool) -> f64 {
    match role {
        Some(role @ (RegisterRole::Houder | RegisterRole::Bronhouder)) => role_score(role),
        _ if basisregistratie => NEUTRAL,
        Some(role) => role_score(role),
        None => 0.0,
    }
}

/// What the proposal's text found among the schemes, per organisation position.
#[derive(Default)]
pub(super) struct SchemeMatches {
    /// Why there is nothing to compare, if so: the data has no schemes, or the text no word
    /// that any scheme has.
    empty: Option<T>,
    /// Per organisation position: the score in [0, 1].
    score: Vec<f64>,
    /// The matching schemes (positions in `data().schemes`) with their raw scores, grouped by
    /// organisation position and best first within each group; see [`SchemeMatches::of`].
    matches: Vec<(usize, f64)>,
    /// Per organisation position, where its group in `matches` ends (it starts where the one
    /// before ends): one allocation for all, where a list per organisation would take thousands.
    ends: Vec<usize>,
    /// How much text there was to compare, in [0, 1] (see [`SCHEME_FULL_TEXT`]).
    confidence: f64,
    /// Per organisation position: how many schemes the data holds for it (without the left-out
    /// ones).
    held: Vec<usize>,
}

/// The longest list [`best_first`] sorts by insertion.
const SHORT_LIST: usize = 16;

impl SchemeMatches {
    /// The matching schemes of the organisation at `position`, best first.
    pub(super) fn of(&self, position: usize) -> &[(usize, f64)] {
        let Some(&end) = self.ends.get(position) else {
            return &[];
        };
        let start = position
            .checked_sub(1)
            .map_or(0, |before| self.ends[before]);
        &self.matches[start..end]
    }
}

/// Sorts a list best first (ties by scheme position). Most organisations match one or two
/// schemes, where an insertion sort beats any general sort and allocates nothing; a long list
/// (uploaded data may give one organisation thousands of schemes) takes the shared sort, so the
/// time never grows with the square of its length.
fn best_first(list: &mut [(usize, f64)]) {
    let order = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    if list.len() > SHORT_LIST {
        list.shared_sort_by(order);
        return;
    }
    let before = |a: &(usize, f64), b: &(usize, f64)| order(a, b).is_lt();
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && before(&list[j], &list[j - 1]) {
            list.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// How far an organisation's scheme score can be trusted, in [0, 1]: the data must hold as many
/// of its schemes as add to the evidence ([`SCHEME_BREADTH`]) for the absence of a match to say
/// something. Below that the score leans towards neutral, as a part the data says nothing about
/// does.
fn coverage(held: usize) -> f64 {
    (held as f64 / SCHEME_BREADTH as f64).min(1.0)
}

/// An organisation's evidence from its matching schemes (best first): the best match counts in
/// full, each next one for half as much as the one before, so that a field of related schemes
/// weighs more than one chance hit, and many weak ones never outweigh a strong one.
pub(super) fn breadth(matches: &[(usize, f64)]) -> f64 {
    matches
        .iter()
        .take(SCHEME_BREADTH)
        .enumerate()
        .map(|(i, (_, value))| value / f64::from(1u32 << i))
        .sum()
}

/// The kind of work a proposal asks, to weigh a scheme's words by: a scheme of the same kind
/// (a loan for a loan) is evidence of competence; one that shares words but is another kind of
/// work (a tax where a benefit is asked) much less: an asked task type counts in full, a related
/// one as in the task fit ([`RELATED_TASK_SCORE`]), another as [`OTHER_KIND_SCHEME_WEIGHT`].
struct KindOfWork<'a> {
    asked: &'a [TaskCode],
    related: Vec<&'a TaskCode>,
    /// The asked and the related task types as bits, when every one has a bit: then a scheme's
    /// weight comes from its mask without comparing codes.
    bits: Option<(u64, u64)>,
}

impl<'a> KindOfWork<'a> {
    fn of(landscape: &'a Landscape, asked: &'a [TaskCode]) -> KindOfWork<'a> {
        let related: Vec<&TaskCode> = asked
            .iter()
            .filter_map(|code| landscape.task(code))
            .flat_map(|task| &task.verwant)
            .collect();
        let mask = |codes: &[&TaskCode]| {
            codes
                .iter()
                .try_fold(0u64, |mask, code| Some(mask | landscape.task_bit(code)?))
        };
        let asked_codes: Vec<&TaskCode> = asked.iter().collect();
        let bits = mask(&asked_codes).zip(mask(&related));
        KindOfWork {
            asked,
            related,
            bits,
        }
    }

    /// The weight of a scheme with these task types: 1 when the proposal asks none, or when the
    /// scheme lists none (nothing to go on). `mask` is the scheme's task types as bits, if known.
    fn weight(&self, taken: &[TaskCode], mask: Option<u64>) -> f64 {
        if self.asked.is_empty() || taken.is_empty() {
            return 1.0;
        }
        if let (Some((asked, related)), Some(mask)) = (self.bits, mask) {
            return if mask & asked != 0 {
                1.0
            } else if mask & related != 0 {
                RELATED_TASK_SCORE
            } else {
                OTHER_KIND_SCHEME_WEIGHT
            };
        }
        if taken.iter().any(|t| self.asked.contains(t)) {
            1.0
        } else if taken.iter().any(|t| self.related.contains(&t)) {
            RELATED_TASK_SCORE
        } else {
            OTHER_KIND_SCHEME_WEIGHT
        }
    }
}

pub(super) fn scheme_matches(
    landscape: &Landscape,
    proposal: &Proposal,
    left_out: &[SchemeId],
) -> SchemeMatches {
    let index = landscape.scheme_index();
    let n = landscape.organisations().len();
    let schemes = &landscape.data().schemes;
    if index.is_empty() {
        return SchemeMatches {
            empty: Some(T::RankNoSchemesInData),
            ..SchemeMatches::default()
        };
    }
    let query = index.query_fields(&[
        (&proposal.title, TITLE_WEIGHT),
        (&proposal.description, 1.0),
    ]);
    if query.is_empty() {
        return SchemeMatches {
            empty: Some(T::RankNoSchemeText),
            ..SchemeMatches::default()
        };
    }
    // Which schemes are left out, looked up once per scheme rather than per posting (and not
    // at all in an ordinary ranking, which leaves none out).
    let skipped: Vec<bool> = if left_out.is_empty() {
        Vec::new()
    } else {
        schemes.iter().map(|s| left_out.contains(&s.id)).collect()
    };
    let skip = |doc: usize| skipped.get(doc).copied().unwrap_or(false);
    let raw = index.scores(&query, skip);
    let kind = KindOfWork::of(landscape, &proposal.tasks);
    // Grouped by organisation with a counting sort: count, then place.
    let found = || {
        raw.iter().enumerate().filter_map(|(doc, &value)| {
            let position = landscape.scheme_organisation(doc).filter(|_| value > 0.0)?;
            Some((position, doc, value))
        })
    };
    let mut ends = vec![0usize; n];
    for (position, _, _) in found() {
        ends[position] += 1;
    }
    let mut total = 0;
    for end in &mut ends {
        total += *end;
        *end = total;
    }
    let mut matches = vec![(0usize, 0.0f64); total];
    let mut next: Vec<usize> = ends.clone();
    for (position, doc, value) in found() {
        next[position] -= 1;
        let weight = kind.weight(&schemes[doc].taken, landscape.scheme_task_mask(doc));
        matches[next[position]] = (doc, value * weight);
    }
    // Placing counted each group's start down from its end: `next` now holds the starts.
    for (&start, &end) in next.iter().zip(&ends) {
        best_first(&mut matches[start..end]);
    }
    // How many schemes the data holds per organisation (without the left-out ones).
    let mut held = vec![0usize; n];
    for doc in 0..schemes.len() {
        if !skip(doc)
            && let Some(position) = landscape.scheme_organisation(doc)
        {
            held[position] += 1;
        }
    }
    let mut evidence = vec![0.0; n];
    let grouped = SchemeMatches {
        matches,
        ends,
        ..SchemeMatches::default()
    };
    for (position, value) in evidence.iter_mut().enumerate() {
        *value = breadth(grouped.of(position));
    }
    let top = evidence.iter().copied().fold(0.0, f64::max);
    let scale = top.max(SCHEME_COVER * query.full_score());
    // A short text is thin evidence: a title of three words can meet a scheme on one chance
    // adjective. The scores lean towards neutral in proportion to how little there is to read.
    let confidence = (query.full_score() / SCHEME_FULL_TEXT).clamp(0.0, 1.0);
    SchemeMatches {
        empty: None,
        score: evidence
            .iter()
            .zip(&held)
            .map(|(v, &held)| {
                let score = (v / scale).clamp(0.0, 1.0);
                let score = coverage(held) * score + (1.0 - coverage(held)) * NEUTRAL;
                confidence * score + (1.0 - confidence) * NEUTRAL
            })
            .collect(),
        confidence,
        held,
        ..grouped
    }
}

impl<'a> Context<'a> {
    pub(super) fn reason(&self, make: impl FnOnce() -> Reason) -> Option<Reason> {
        self.explain.then(make)
    }

    /// A text of the translation table in the ranking's language, with its values.
    pub(super) fn text(&self, key: T, values: &[(&str, &str)]) -> String {
        fill(key.text(self.lang), values)
    }

    /// A part the proposal or the data gives nothing to judge on: neither for nor against.
    pub(super) fn neutral(&self, weight: f64, why: T) -> Part {
        Part {
            score: NEUTRAL,
            weight,
            reasons: self
                .reason(|| Reason {
                    text: self.text(why, &[]),
                    evidence: Vec::new(),
                })
                .into_iter()
                .collect(),
        }
    }

    pub(super) fn evidence(&self, row: RowRef, bron: &str, peildatum: Option<Date>) -> Evidence {
        Evidence {
            file: row.file.file_name(),
            line: row.line,
            bron: bron.to_owned(),
            peildatum,
        }
    }

    pub(super) fn organisation_bron(&self, id: &OrganisationId) -> String {
        self.landscape
            .organisation(id)
            .map(|o| o.bron.clone())
            .unwrap_or_default()
    }

    /// Per required task: the score, and the row that earned it.
    pub(super) fn task_scores(
        &self,
        id: &OrganisationId,
        links: &Links<'_>,
        tasks: &[TaskCode],
    ) -> Vec<(f64, Option<Reason>)> {
        let rows = links;
        tasks
            .iter()
            .map(|task| {
                let name = self
                    .landscape
                    .task(task)
                    .map_or(task.as_str(), |t| t.naam.as_str());
                if let Some(row) = rows.tasks().find(|row| &row.taak == task) {
                    let reason = self.reason(|| Reason {
                        text: if row.toelichting.is_empty() {
                            self.text(T::RankDoesTask, &[("taak", task.as_str()), ("naam", name)])
                        } else {
                            self.text(
                                T::RankDoesTaskNote,
                                &[
                                    ("taak", task.as_str()),
                                    ("naam", name),
                                    ("toelichting", &row.toelichting),
                                ],
                            )
                        },
                        evidence: vec![self.evidence(row.row, &self.organisation_bron(id), None)],
                    });
                    return (1.0, reason);
                }
                let related = self.related.get(task);
                if let Some(row) = rows
                    .tasks()
                    .find(|row| related.is_some_and(|set| set.binary_search(&&row.taak).is_ok()))
                {
                    let reason = self.reason(|| {
                        let mut evidence =
                            vec![self.evidence(row.row, &self.organisation_bron(id), None)];
                        if let Some(task_row) = self.landscape.task(task) {
                            evidence.push(self.evidence(task_row.row, "", None));
                        }
                        Reason {
                            text: self.text(
                                T::RankRelatedTask,
                                &[
                                    ("taak", task.as_str()),
                                    ("naam", name),
                                    ("verwant", row.taak.as_str()),
                                ],
                            ),
                            evidence,
                        }
                    });
                    return (RELATED_TASK_SCORE, reason);
                }
                (
                    0.0,
                    self.reason(|| Reason {
                        text: self.text(T::RankNoTask, &[("taak", task.as_str()), ("naam", name)]),
                        evidence: Vec::new(),
                    }),
                )
            })
            .collect()
    }

    pub(super) fn task_part(
        &self,
        id: &OrganisationId,
        position: usize,
        links: &Links<'_>,
    ) -> (Part, Vec<f64>) {
        let tasks = &self.proposal.tasks;
        if tasks.is_empty() {
            let part = self.neutral(self.weights.task, T::RankNoTaskChosen);
            return (part, Vec::new());
        }
        // Without reasons, the scores come from bit masks: thousands of organisations are
        // scored this way, and the few that are read get the rows behind them.
        if !self.explain
            && let (Some(bits), Some(mask)) =
                (&self.task_bits, self.landscape.task_mask_at(position))
        {
            let scores: Vec<f64> = bits
                .iter()
                .map(|&(bit, related)| {
                    if mask & bit != 0 {
                        1.0
                    } else if mask & related != 0 {
                        RELATED_TASK_SCORE
                    } else {
                        0.0
                    }
                })
                .collect();
            let part = Part {
                score: task_product(&scores),
                weight: self.weights.task,
                reasons: Vec::new(),
            };
            return (part, scores);
        }
        let (scores, reasons): (Vec<f64>, Vec<Option<Reason>>) =
            self.task_scores(id, links, tasks).into_iter().unzip();
        // A product over the required tasks: dropping a required task never lowers it.
        let part = Part {
            score: task_product(&scores),
            weight: self.weights.task,
            reasons: reasons.into_iter().flatten().collect(),
        };
        (part, scores)
    }

    pub(super) fn target_part(
        &self,
        id: &OrganisationId,
        position: usize,
        links: &Links<'_>,
    ) -> Part {
        let wanted = &self.proposal.target_groups;
        if !self.explain
            && !wanted.is_empty()
            && let (Some(bits), Some(mask)) =
                (&self.group_bits, self.landscape.group_mask_at(position))
        {
            let served = bits.iter().filter(|&&bit| mask & bit != 0).count();
            return Part {
                score: served as f64 / wanted.len() as f64,
                weight: self.weights.target,
                reasons: Vec::new(),
            };
        }
        if wanted.is_empty() {
            return self.neutral(self.weights.target, T::RankNoTargetChosen);
        }
        let rows = links;
        let mut reasons = Vec::new();
        let mut served = 0;
        for group in wanted {
            let name = self
                .landscape
                .target_group(group)
                .map_or(group.as_str(), |g| g.naam.as_str());
            match rows.target_groups().find(|row| &row.doelgroep == group) {
                Some(row) => {
                    served += 1;
                    reasons.extend(self.reason(|| Reason {
                        text: self.text(T::RankServes, &[("naam", name)]),
                        evidence: vec![self.evidence(row.row, &self.organisation_bron(id), None)],
                    }));
                }
                None => reasons.extend(self.reason(|| Reason {
                    text: self.text(T::RankNotServes, &[("naam", name)]),
                    evidence: Vec::new(),
                })),
            }
        }
        Part {
            score: f64::from(served) / wanted.len() as f64,
            weight: self.weights.target,
            reasons,
        }
    }

    pub(super) fn data_part(
        &self,
        id: &OrganisationId,
        links: &Links<'_>,
    ) -> (Part, Vec<(RegisterCode, OrganisationId)>) {
        let wanted = &self.proposal.registers;
        if wanted.is_empty() {
            let part = self.neutral(self.weights.data, T::RankNoRegistersChosen);
            return (part, Vec::new());
        }
        let rows = links;
        // An organisation for which the data names no register at all is unknown, not one
        // that uses none: it gets the neutral score, like an unanswered question.
        if rows.registers().next().is_none() {
            let part = self.neutral(self.weights.data, T::RankNoRegisterData);
            return (part, Vec::new());
        }
        let mut total = 0.0;
        let mut reasons = Vec::new();
        let mut partners = Vec::new();
        for (code, &register) in wanted.iter().zip(&self.register_rows) {
            // Without reasons only the score counts: the exchange partners and names are for
            // the candidates that are read.
            let basis = register.is_some_and(|r| r.basisregistratie);
            let best = rows
                .registers()
                .filter(|row| &row.register == code)
                .max_by(|a, b| role_score(a.rol).total_cmp(&role_score(b.rol)));
            let score = register_score(best.map(|row| row.rol), basis);
            total += score;
            if !self.explain {
                continue;
            }
            let name = register.map_or(code.as_str(), |r| r.naam.as_str());
            match best {
                Some(row) => {
                    let key = if score == NEUTRAL {
                        T::RankRegisterRoleBasis
                    } else {
                        T::RankRegisterRole
                    };
                    reasons.extend(self.reason(|| Reason {
                        text:
                            self.text(key, &[("rol", row.rol.label_in(self.lang)), ("naam", name)]),
                        evidence: vec![self.evidence(row.row, &self.organisation_bron(id), None)],
                    }));
                }
                None => {
                    let holder = register.map(|r| r.houder.clone());
                    let holder_name = holder
                        .as_ref()
                        .and_then(|h| self.landscape.organisation(h))
                        .map_or_else(String::new, |o| o.short_name().to_owned());
                    reasons.extend(self.reason(|| {
                        Reason {
                            text: self.text(
                                if basis {
                                    T::RankRegisterMissingBasis
                                } else {
                                    T::RankRegisterMissing
                                },
                                &[("naam", name), ("houder", &holder_name)],
                            ),
                            evidence: register
                                .map(|r| vec![self.evidence(r.row, &r.bron, None)])
                                .unwrap_or_default(),
                        }
                    }));
                    if let Some(holder) = holder.filter(|h| h != id) {
                        partners.push((code.clone(), holder));
                    }
                }
            }
        }
        let part = Part {
            score: total / wanted.len() as f64,
            weight: self.weights.data,
            reasons,
        };
        (part, partners)
    }

    pub(super) fn ministry_part(&self, organisation: &Organisation) -> Part {
        let weight = self.weights.ministry;
        let Some(wanted) = &self.proposal.ministry else {
            return self.neutral(weight, T::RankNoMinistryChosen);
        };
        // A body under no ministry is as far from the commissioning ministry's lines of
        // steering as one under another ministry.
        let commissions = organisation.opdrachtgevers.contains(wanted);
        let score = match &organisation.ministerie {
            Some(ministry) if ministry == wanted => 1.0,
            _ if commissions => COMMISSIONING_SCORE,
            _ => 0.0,
        };
        let reasons = self.reason(|| {
            let short = |id: &crate::id::MinistryId| {
                self.landscape
                    .ministry(id)
                    .map_or_else(|| id.to_string(), |m| m.afkorting.clone())
            };
            let text = match &organisation.ministerie {
                Some(ministry) if ministry == wanted => {
                    self.text(T::RankSameMinistry, &[("ministerie", &short(wanted))])
                }
                _ if commissions => self.text(
                    T::RankCommissioningMinistry,
                    &[
                        ("gevraagd", &short(wanted)),
                        (
                            "ministerie",
                            &organisation
                                .ministerie
                                .as_ref()
                                .map_or_else(String::new, &short),
                        ),
                    ],
                ),
                Some(ministry) => self.text(
                    T::RankOtherMinistry,
                    &[
                        ("ministerie", &short(ministry)),
                        ("gevraagd", &short(wanted)),
                    ],
                ),
                None => self.text(
                    T::RankNoMinistry,
                    &[("rechtsvorm", organisation.rechtsvorm.label_in(self.lang))],
                ),
            };
            Reason {
                text,
                evidence: vec![self.evidence(organisation.row, &organisation.bron, None)],
            }
        });
        Part {
            score,
            weight,
            reasons: reasons.into_iter().collect(),
        }
    }

    pub(super) fn scheme_part(&self, position: usize) -> (Part, Vec<SchemeId>) {
        let weight = self.weights.schemes;
        if let Some(why) = self.schemes.empty {
            let part = self.neutral(weight, why);
            return (part, Vec::new());
        }
        let score = self.schemes.score.get(position).copied().unwrap_or(0.0);
        let matches = self.schemes.of(position);
        // Which schemes to cite matters only where reasons are written; the scores are above.
        if !self.explain {
            let part = Part {
                score,
                weight,
                reasons: Vec::new(),
            };
            return (part, Vec::new());
        }
        let best = matches.first().map_or(0.0, |(_, v)| *v);
        let cited: Vec<&Scheme> = matches
            .iter()
            .take_while(|(_, v)| *v >= SCHEME_CITED * best)
            .take(3)
            .filter_map(|(doc, _)| self.landscape.data().schemes.get(*doc))
            .collect();
        let mut reasons = Vec::new();
        if self.explain {
            if self.schemes.confidence < 1.0 {
                reasons.push(Reason {
                    text: self.text(
                        T::RankSchemeShortText,
                        &[("aandeel", &format_percent(self.schemes.confidence))],
                    ),
                    evidence: Vec::new(),
                });
            }
            let held = self.schemes.held.get(position).copied().unwrap_or(0);
            if coverage(held) < 1.0 {
                reasons.push(Reason {
                    text: self.text(
                        T::RankFewSchemesHeld,
                        &[
                            ("n", &held.to_string()),
                            ("aandeel", &format_percent(coverage(held))),
                        ],
                    ),
                    evidence: Vec::new(),
                });
            }
            if cited.is_empty() {
                reasons.push(Reason {
                    text: self.text(T::RankNoSchemeMatch, &[]),
                    evidence: Vec::new(),
                });
            }
            for scheme in &cited {
                reasons.push(Reason {
                    text: self.text(
                        if scheme.wet.is_empty() {
                            T::RankRunsScheme
                        } else {
                            T::RankRunsSchemeLaw
                        },
                        &[("regeling", &scheme.naam), ("wet", &scheme.wet)],
                    ),
                    evidence: vec![self.evidence(scheme.row, &scheme.bron, None)],
                });
            }
        }
        let part = Part {
            score,
            weight,
            reasons,
        };
        (part, cited.iter().map(|s| s.id.clone()).collect())
    }

    pub(super) fn capacity(
        &self,
        id: &OrganisationId,
        position: Option<usize>,
        need: f64,
    ) -> Capacity {
        let figure =
            position.and_then(|position| self.landscape.capacity_at(position, self.period));
        let Some(figure) = figure else {
            return Capacity {
                figure: None,
                utilisation_now: None,
                utilisation_after: None,
                pressure: NEUTRAL,
                does_not_fit: false,
                full: false,
                room: Room::Onbekend,
                binding: false,
                reasons: self
                    .reason(|| Reason {
                        text: self
                            .text(T::RankNoCapacity, &[("periode", &self.period.to_string())]),
                        evidence: Vec::new(),
                    })
                    .into_iter()
                    .collect(),
            };
        };
        let evidence = || -> Vec<Evidence> {
            figure
                .rows
                .iter()
                .map(|&row| {
                    let bron = self
                        .landscape
                        .capacity_rows(id)
                        .into_iter()
                        .find(|capacity| capacity.row == row)
                        .map_or("", |capacity| capacity.bron.as_str());
                    self.evidence(row, bron, figure.peildatum)
                })
                .collect()
        };
        let utilisation_now = figure.utilisation();
        let (utilisation_after, pressure_value) = if figure.capaciteit_fte > 0.0 {
            let after = (figure.belasting_fte + need) / figure.capaciteit_fte;
            (Some(after), pressure(after))
        } else {
            (None, 1.0)
        };
        let headroom = figure.headroom();
        let does_not_fit = need > headroom;
        let full = utilisation_now.is_some_and(|u| u > 1.0);
        let binding = figure.status != Status::Voorbeeld;
        let room = match utilisation_after {
            _ if does_not_fit => Room::Vol,
            Some(after) if after > 1.0 => Room::Vol,
            Some(after) if after >= Band::TIGHT_FROM => Room::Krap,
            Some(_) => Room::Ruimte,
            None => Room::Vol,
        };
        let status = match figure.status {
            Status::Voorbeeld => T::RankExampleFigure.text(self.lang),
            Status::Schatting => T::RankEstimate.text(self.lang),
            Status::Bron => "",
        };
        let undetermined = || T::RankUndetermined.text(self.lang).to_owned();
        let mut reasons: Vec<Reason> = self
            .reason(|| Reason {
                text: self.text(
                    T::RankCapacityFigure,
                    &[
                        ("periode", &self.period.to_string()),
                        ("capaciteit", &format_fte(figure.capaciteit_fte)),
                        ("belasting", &format_fte(figure.belasting_fte)),
                        (
                            "benutting",
                            &utilisation_now.map_or_else(undetermined, format_percent),
                        ),
                        ("status", status),
                    ],
                ),
                evidence: evidence(),
            })
            .into_iter()
            .collect();
        reasons.extend(self.reason(|| Reason {
            text: if binding {
                self.text(
                    T::RankFiguresDecide,
                    &[("status", figure.status.label_in(self.lang))],
                )
            } else {
                self.text(T::RankFiguresIndicative, &[])
            },
            evidence: Vec::new(),
        }));
        reasons.extend(self.reason(|| Reason {
            text: if does_not_fit {
                self.text(
                    T::RankDoesNotFit,
                    &[
                        ("nodig", &format_fte(need)),
                        ("ruimte", &format_fte(headroom.max(0.0))),
                    ],
                )
            } else {
                self.text(
                    T::RankFits,
                    &[
                        ("nodig", &format_fte(need)),
                        ("ruimte", &format_fte(headroom)),
                        (
                            "benutting",
                            &utilisation_after.map_or_else(undetermined, format_percent),
                        ),
                    ],
                )
            },
            evidence: Vec::new(),
        }));
        Capacity {
            figure: Some(figure),
            utilisation_now,
            utilisation_after,
            pressure: pressure_value,
            does_not_fit,
            full,
            room,
            binding,
            reasons,
        }
    }

    pub(super) fn candidate(&self, id: &OrganisationId) -> Candidate {
        match self.landscape.position(id) {
            Some(position) => self.candidate_at(position),
            None => self.candidate_at(usize::MAX),
        }
    }

    /// The candidate at a position of [`Landscape::organisations`].
    pub(super) fn candidate_at(&self, position: usize) -> Candidate {
        let organisations = self.landscape.organisations();
        let Some(organisation) = organisations.get(position) else {
            // Unreachable for ids that passed `prepare`; an empty candidate keeps rank total.
            let empty = || Part {
                score: 0.0,
                weight: 0.0,
                reasons: Vec::new(),
            };
            return Candidate {
                organisation: OrganisationId::new(""),
                name: Arc::from(""),
                short_name: Arc::from(""),
                parts: FitParts {
                    task: empty(),
                    target: empty(),
                    data: empty(),
                    ministry: empty(),
                    schemes: empty(),
                },
                task_scores: Vec::new(),
                competent: false,
                fit: 0.0,
                capacity: self.capacity(&OrganisationId::new(""), None, self.need),
                feasibility: 0.0,
                pinned: false,
                shortlisted: false,
                explained: false,
                exchange_partners: Vec::new(),
                schemes: Vec::new(),
            };
        };
        let id = &organisation.id;
        let (name, short_name) = self
            .landscape
            .names_at(position)
            .unwrap_or_else(|| (Arc::from(""), Arc::from("")));
        let links = self.landscape.links_at(position);
        let (task, task_scores) = self.task_part(id, position, &links);
        let target = self.target_part(id, position, &links);
        let (data, exchange_partners) = self.data_part(id, &links);
        let ministry = self.ministry_part(organisation);
        let (schemes, matched) = self.scheme_part(position);
        let competent = self.proposal.tasks.is_empty() || task_scores.iter().any(|s| *s > 0.0);
        let fit = (task.score * task.weight
            + target.score * target.weight
            + data.score * data.weight
            + ministry.score * ministry.weight
            + schemes.score * schemes.weight)
            .clamp(0.0, 1.0);
        let capacity = self.capacity(id, Some(position), self.need);
        let feasibility =
            (fit * (1.0 - PRESSURE_WEIGHT * capacity.effective_pressure())).clamp(0.0, 1.0);
        Candidate {
            organisation: id.clone(),
            name,
            short_name,
            parts: FitParts {
                task,
                target,
                data,
                ministry,
                schemes,
            },
            task_scores,
            competent,
            fit,
            capacity,
            feasibility,
            pinned: self.proposal.pinned.contains(id),
            shortlisted: false,
            explained: self.explain,
            exchange_partners,
            schemes: matched,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;

    fn codes(list: &[&str]) -> Vec<TaskCode> {
        list.iter().map(|c| TaskCode::new(*c)).collect()
    }

    /// The default landscape and the position of one organisation in it.
    fn landscape_at(id: &str) -> (Landscape, usize) {
        let landscape = Landscape::load(&default_sources()).unwrap().0;
        let position = landscape
            .organisations()
            .iter()
            .position(|o| o.id.as_str() == id)
            .unwrap();
        (landscape, position)
    }

    #[test]
    fn best_first_orders_short_and_long_lists_alike() {
        let mut rng = crate::random::Rng::new(3);
        for length in [0, 1, 2, SHORT_LIST, SHORT_LIST + 1, 500] {
            // Few distinct scores, so that ties fall back to the scheme position.
            let list: Vec<(usize, f64)> = (0..length)
                .map(|doc| (doc, rng.below(5) as f64 / 4.0))
                .rev()
                .collect();
            let mut ours = list.clone();
            best_first(&mut ours);
            let mut expected = list;
            expected.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            assert_eq!(ours, expected, "length {length}");
        }
    }

    #[test]
    fn a_scheme_of_another_kind_of_work_counts_for_less() {
        let landscape = Landscape::load(&default_sources()).unwrap().0;
        let asked = codes(&["UIT"]);
        let kind = KindOfWork::of(&landscape, &asked);
        assert!(kind.bits.is_some());
        // By codes and by bits alike.
        let weight = |taken: &[TaskCode]| {
            let mask = taken
                .iter()
                .map(|code| landscape.task_bit(code).unwrap())
                .fold(0, |mask, bit| mask | bit);
            let by_bits = kind.weight(taken, Some(mask));
            assert_eq!(by_bits, kind.weight(taken, None), "{taken:?}");
            by_bits
        };
        // UIT lists INN as related; TOE is neither asked nor related.
        assert_eq!(weight(&codes(&["UIT", "INN"])), 1.0);
        assert_eq!(weight(&codes(&["INN"])), RELATED_TASK_SCORE);
        assert_eq!(weight(&codes(&["TOE"])), OTHER_KIND_SCHEME_WEIGHT);
        assert_eq!(weight(&[]), 1.0);
        assert_eq!(
            KindOfWork::of(&landscape, &[]).weight(&codes(&["TOE"]), None),
            1.0
        );
        // Every scheme of the data has its mask, and the two ways agree on it.
        let (asked, related) = kind.bits.unwrap();
        for (doc, scheme) in landscape.data().schemes.iter().enumerate() {
            let mask = landscape.scheme_task_mask(doc).unwrap();
            let expected = scheme
                .taken
                .iter()
                .map(|code| landscape.task_bit(code).unwrap())
                .fold(0, |mask, bit| mask | bit);
            assert_eq!(mask, expected, "{}", scheme.id);
            assert_eq!(
                kind.weight(&scheme.taken, Some(mask)),
                kind.weight(&scheme.taken, None),
                "{} ({asked:b}, {related:b})",
                scheme.id
            );
        }
    }

    #[test]
    fn the_same_words_weigh_more_for_the_asked_kind_of_work() {
        let (landscape, position) = landscape_at("belastingdienst");
        let evidence = |tasks: &[&str]| {
            let proposal = Proposal {
                title: "Belasting op het bezit van motorrijtuigen".to_owned(),
                tasks: codes(tasks),
                ..Proposal::default()
            };
            breadth(scheme_matches(&landscape, &proposal, &[]).of(position))
        };
        // The tax office's motor vehicle schemes are levies (INN).
        assert!(evidence(&["INN"]) > 0.0);
        assert!(evidence(&["TOE"]) < evidence(&["INN"]) * 0.5);
    }

    #[test]
    fn an_organisation_the_data_holds_few_schemes_of_leans_towards_neutral() {
        let (landscape, position) = landscape_at("ctgb");
        let own: Vec<SchemeId> = landscape
            .schemes_of(&OrganisationId::new("ctgb"))
            .iter()
            .map(|s| s.id.clone())
            .collect();
        assert!(!own.is_empty() && own.len() < SCHEME_BREADTH);
        // A long text about something else entirely: full confidence, no match for ctgb.
        let proposal = Proposal {
            title: "Tegemoetkoming in de kosten van kinderopvang voor werkende ouders".to_owned(),
            description: "Ouders die werken of studeren krijgen maandelijks een tegemoetkoming \
                in de kosten van dagopvang en buitenschoolse opvang, afhankelijk van hun \
                inkomen en het aantal uren opvang, met een voorschot en een definitieve \
                vaststelling na afloop van het jaar."
                .to_owned(),
            ..Proposal::default()
        };
        let with = scheme_matches(&landscape, &proposal, &[]);
        let without = scheme_matches(&landscape, &proposal, &own);
        assert!(with.of(position).is_empty());
        assert_eq!(without.held[position], 0);
        // Nothing held: neutral, however long the text; some held: between none and neutral.
        assert!((without.score[position] - NEUTRAL).abs() < 1e-12);
        assert!(with.score[position] < NEUTRAL);
        // A full record without a match would score this.
        assert!(with.score[position] > (1.0 - with.confidence) * NEUTRAL);
    }
}
