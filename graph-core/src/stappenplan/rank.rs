//! The stappenplan engine: `rank` scores every organisation against a proposal (task, target
//! group, data and ministry fit; capacity pressure in the proposal's period), finds combinations of
//! two that together cover the tasks, and gives the verdict with its alternatives. Every part
//! carries the reasons that produced it, each citing the data rows it used.

use crate::sort::SharedSort;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::band::Band;
use crate::data::labels::ChoiceLabel;
use crate::data::model::{AlternativeKind, LegalForm, RegisterRole, RowRef, Scheme, Status};
use crate::figures::{format_fte, format_percent};
use crate::i18n::{Lang, T, fill};
use crate::id::{OrganisationId, RegisterCode, SchemeId, TaskCode};
use crate::landscape::{CapacityFigure, Landscape, Links};
use crate::period::{Date, Period};
use crate::stappenplan::proposal::{Proposal, Weights};

/// A data row a reason rests on, with its source and peildatum.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// The file name.
    pub file: &'static str,
    /// The line in that file.
    pub line: u64,
    /// The source cited by the row (or by its organisation).
    pub bron: String,
    /// The date the figure describes, where the row has one.
    pub peildatum: Option<Date>,
}

/// One reason behind a score, in Dutch.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Reason {
    /// What the data says.
    pub text: String,
    /// The rows it rests on.
    pub evidence: Vec<Evidence>,
}

/// One part of the fit: a score in [0, 1], its weight, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Part {
    /// The score.
    pub score: f64,
    /// The (normalised) weight.
    pub weight: f64,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The five fit parts.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FitParts {
    /// Task types.
    pub task: Part,
    /// Target groups.
    pub target: Part,
    /// Registers.
    pub data: Part,
    /// Ministry.
    pub ministry: Part,
    /// Resemblance of the proposal's text to schemes the organisation already carries out.
    pub schemes: Part,
}

impl FitParts {
    /// The parts in display order.
    pub fn all(&self) -> [&Part; 5] {
        [
            &self.task,
            &self.target,
            &self.data,
            &self.ministry,
            &self.schemes,
        ]
    }

    /// The parts in display order with the key of their column heading.
    pub fn labelled(&self) -> [(T, &Part); 5] {
        [
            (T::ColTask, &self.task),
            (T::ColTargetGroup, &self.target),
            (T::ColData, &self.data),
            (T::ColMinistry, &self.ministry),
            (T::ColSchemes, &self.schemes),
        ]
    }
}

/// Room in the period, as a judgement: it drives the verdict and the alternatives, never the
/// order of the candidates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Room {
    /// Utilisation stays below 70 % after the proposal.
    Ruimte,
    /// Utilisation ends between 70 % and 100 %.
    Krap,
    /// The need does not fit in the headroom, or utilisation ends above 100 %.
    Vol,
    /// No figures for the period.
    Onbekend,
}

impl Room {
    /// The judgement in words of a language.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Room::Ruimte => T::RoomRuimte,
            Room::Krap => T::RoomKrap,
            Room::Vol => T::RoomVol,
            Room::Onbekend => T::RoomOnbekend,
        }
        .text(lang)
    }

    /// The code in exports and style classes.
    pub fn code(self) -> &'static str {
        match self {
            Room::Ruimte => "ruimte",
            Room::Krap => "krap",
            Room::Vol => "vol",
            Room::Onbekend => "onbekend",
        }
    }
}

/// Capacity in the proposal's period.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Capacity {
    /// The figure used, if the data has one.
    pub figure: Option<CapacityFigure>,
    /// Utilisation before the proposal.
    pub utilisation_now: Option<f64>,
    /// Utilisation with the proposal's need added.
    pub utilisation_after: Option<f64>,
    /// Pressure in [0, 1]: 0 up to 70 % utilisation after, 1 from 100 %.
    pub pressure: f64,
    /// The need does not fit in the headroom.
    pub does_not_fit: bool,
    /// Already over 100 % before the proposal.
    pub full: bool,
    /// The judgement: room, tight, full or unknown.
    pub room: Room,
    /// Whether the figures may decide: status `bron` or `schatting`. Example figures
    /// (`voorbeeld`) are indicative: they are shown, but never make a candidate "past niet".
    pub binding: bool,
    /// Why.
    pub reasons: Vec<Reason>,
}

impl Capacity {
    /// The pressure that counts for feasibility: only binding figures press.
    pub fn effective_pressure(&self) -> f64 {
        if self.binding { self.pressure } else { 0.0 }
    }

    /// Whether the figures rule the candidate out: binding, and the need does not fit.
    pub fn rules_out(&self) -> bool {
        self.binding && self.does_not_fit
    }
}

/// One organisation's result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Candidate {
    /// The organisation.
    pub organisation: OrganisationId,
    /// Its name.
    pub name: String,
    /// Its abbreviation (or name).
    pub short_name: String,
    /// The fit parts.
    pub parts: FitParts,
    /// The task score per required task type, in the order of the proposal's (sorted) tasks.
    pub task_scores: Vec<f64>,
    /// Performs at least one asked task type, or a related one (or no task type was asked).
    /// Only competent organisations are candidates; the others rank below every one of them.
    pub competent: bool,
    /// Weighted fit in [0, 1].
    pub fit: f64,
    /// Capacity in the period.
    pub capacity: Capacity,
    /// fit · (1 − 0.6 · pressure), with pressure from binding figures only, in [0, 1].
    pub feasibility: f64,
    /// Pinned by the user (always shown first among equals).
    pub pinned: bool,
    /// On the shortlist.
    pub shortlisted: bool,
    /// Whether the reasons were written (see [`EXPLAINED`] and [`explain`]).
    pub explained: bool,
    /// Registers it lacks, with their keepers: the exchange partners it would need.
    pub exchange_partners: Vec<(RegisterCode, OrganisationId)>,
    /// Its schemes that resemble the proposal, best first.
    pub schemes: Vec<SchemeId>,
}

/// Two organisations that together cover more of the tasks than either alone.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Combination {
    /// The first (higher fit alone).
    pub first: OrganisationId,
    /// The second.
    pub second: OrganisationId,
    /// Joint task fit.
    pub task: f64,
    /// Joint fit.
    pub fit: f64,
    /// Joint feasibility, each carrying half the need.
    pub feasibility: f64,
    /// One of them cannot carry half the need, on binding figures.
    pub does_not_fit: bool,
    /// Whether the data has a chain relation between them, and which.
    pub chain_relation: Option<String>,
    /// Reaches the threshold and fits.
    pub passes: bool,
}

/// The outcome in one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// One or more organisations fit.
    Shortlist,
    /// No single organisation fits, but a combination does.
    Combination,
    /// The proposal asks for local tailoring and decentral government can carry it out.
    Decentral,
    /// "Geen passende uitvoerder".
    NoFit,
}

impl Verdict {
    /// A stable name for styles and tests.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Shortlist => "shortlist",
            Verdict::Combination => "combination",
            Verdict::Decentral => "decentral",
            Verdict::NoFit => "nofit",
        }
    }
}

/// A way forward, mostly when nothing fits.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Alternative {
    /// What kind of way forward it is.
    pub kind: AlternativeKind,
    /// The advice, in Dutch.
    pub text: String,
}

/// The state of one checklist item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckState {
    /// Answered by the data and the answers.
    Beantwoord,
    /// Still to be answered.
    Open,
    /// A risk to address.
    Risico,
}

impl CheckState {
    /// A Dutch label, also the code in exports and style classes.
    pub fn label(self) -> &'static str {
        match self {
            CheckState::Beantwoord => "beantwoord",
            CheckState::Open => "open",
            CheckState::Risico => "risico",
        }
    }

    /// The state in words of a language.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            CheckState::Beantwoord => T::CheckAnswered,
            CheckState::Open => T::CheckOpen,
            CheckState::Risico => T::CheckRisk,
        }
        .text(lang)
    }
}

/// One item of the uitvoeringstoets checklist (MvT §7, Beleidskompas U&H).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CheckItem {
    /// The topic.
    pub topic: &'static str,
    /// Its state.
    pub state: CheckState,
    /// What is known or to do.
    pub text: String,
}

/// The chain picture of step 6 for the leading candidate.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChainSummary {
    /// The candidate it is about.
    pub candidate: Option<OrganisationId>,
    /// Every organisation involved: candidate, chosen chain partners, register keepers needed.
    pub organisations: Vec<OrganisationId>,
    /// Those over 100 % utilisation in the period.
    pub overloaded: Vec<OrganisationId>,
    /// Chosen partners with no chain relation to the candidate in the data.
    pub without_relation: Vec<OrganisationId>,
    /// More than [`FRAGILE_CHAIN`] organisations are involved: every hand-over is a place where
    /// cases get stuck, so who is responsible for what must be recorded.
    pub fragile: bool,
}

/// A chain of more organisations than this is fragile.
pub const FRAGILE_CHAIN: usize = 3;

/// Execution by decentral government (gemeenten, provincies, waterschappen and their joint
/// bodies): a route of its own (medebewind, a UDO), not an organisation with summed capacity.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DecentralRoute {
    /// The decentral bodies that perform an asked task type, best fit first.
    pub candidates: Vec<Candidate>,
    /// The proposal asks for local tailoring: the route comes before the national ranking.
    pub preferred: bool,
}

impl DecentralRoute {
    /// The best decentral body, if any is competent.
    pub fn best(&self) -> Option<&Candidate> {
        self.candidates.first()
    }

    /// Whether the route can carry the proposal: its best body reaches the threshold on fit.
    pub fn fits(&self, threshold: f64) -> bool {
        self.best()
            .is_some_and(|c| c.fit >= threshold && c.parts.task.score >= TASK_GATE)
    }
}

/// Everything `rank` found.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Ranking {
    /// The period capacity was judged in.
    pub period: Period,
    /// The FTE need used.
    pub need_fte: f64,
    /// Whether the need was estimated from the volume band.
    pub need_estimated: bool,
    /// The normalised weights used.
    pub weights: Weights,
    /// The threshold used.
    pub threshold: f64,
    /// Every national organisation not excluded: the competent ones by fit, then the others
    /// (not suitable: they perform none of the asked task types).
    pub candidates: Vec<Candidate>,
    /// The decentral route, beside the national ranking.
    pub decentral: DecentralRoute,
    /// The best combinations, best first (at most five).
    pub combinations: Vec<Combination>,
    /// The verdict.
    pub verdict: Verdict,
    /// Ways forward.
    pub alternatives: Vec<Alternative>,
    /// The uitvoeringstoets checklist.
    pub checklist: Vec<CheckItem>,
    /// The chain picture.
    pub chain: ChainSummary,
    /// Answers that name codes or ids the data does not have (ignored).
    pub ignored: Vec<String>,
    /// The language the texts (reasons, alternatives, checklist, verdict) are written in.
    #[serde(skip)]
    pub lang: Lang,
}

impl Candidate {
    /// What to watch for, in words (Dutch: `shortlist`, `past niet`, `vol`, `vastgezet`).
    pub fn flags(&self, lang: Lang) -> String {
        [
            (!self.competent, T::FlagNotCompetent),
            (self.shortlisted, T::FlagShortlist),
            (self.capacity.rules_out(), T::FlagDoesNotFit),
            (self.capacity.binding && self.capacity.full, T::FlagFull),
            (self.pinned, T::FlagPinned),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, label)| label.text(lang))
        .collect::<Vec<_>>()
        .join(", ")
    }
}

impl Ranking {
    /// The shortlisted candidates, best first.
    pub fn shortlist(&self) -> impl Iterator<Item = &Candidate> {
        self.candidates.iter().filter(|c| c.shortlisted)
    }

    /// The candidates that perform an asked task type, best fit first.
    pub fn competent(&self) -> impl Iterator<Item = &Candidate> {
        self.candidates.iter().filter(|c| c.competent)
    }

    /// The candidates whose reasons a report spells out: the best decentral body when its route
    /// is preferred, then the shortlisted and pinned national ones; at most five.
    pub fn explained_candidates(&self) -> impl Iterator<Item = &Candidate> {
        self.decentral
            .candidates
            .iter()
            .take(usize::from(self.decentral.preferred))
            .chain(self.candidates.iter().filter(|c| c.shortlisted || c.pinned))
            .take(5)
    }

    /// Where an organisation stands: 1 for the first; a decentral body counts as first when its
    /// route is preferred and fits, and has no place otherwise; not competent, no place.
    pub fn position_of(&self, id: &OrganisationId) -> Option<usize> {
        if let Some(c) = self
            .decentral
            .candidates
            .iter()
            .find(|c| &c.organisation == id)
        {
            let best = self.decentral.best().map(|b| &b.organisation) == Some(&c.organisation);
            return (self.decentral.preferred && best && self.decentral.fits(self.threshold))
                .then_some(1);
        }
        let offset = usize::from(self.decentral.preferred && self.decentral.fits(self.threshold));
        self.competent()
            .position(|c| &c.organisation == id)
            .map(|p| p + 1 + offset)
    }

    /// The verdict in one sentence, in the ranking's language.
    pub fn verdict_sentence(&self) -> String {
        let lang = self.lang;
        match self.verdict {
            Verdict::Shortlist => {
                let n = self.shortlist().count();
                let best = self.shortlist().next();
                let key = if n == 1 {
                    T::VerdictShortlistOne
                } else {
                    T::VerdictShortlistMany
                };
                fill(
                    key.text(lang),
                    &[
                        ("n", &n.to_string()),
                        ("naam", best.map_or("", |c| c.name.as_str())),
                        (
                            "haalbaarheid",
                            &best.map_or_else(String::new, |c| score(c.feasibility)),
                        ),
                    ],
                )
            }
            Verdict::Combination => {
                let best = self.combinations.iter().find(|c| c.passes);
                fill(
                    T::VerdictCombination.text(lang),
                    &[
                        ("eerste", best.map_or("", |c| c.first.as_str())),
                        ("tweede", best.map_or("", |c| c.second.as_str())),
                        (
                            "haalbaarheid",
                            &best.map_or_else(String::new, |c| score(c.feasibility)),
                        ),
                    ],
                )
            }
            Verdict::Decentral => fill(
                T::VerdictDecentral.text(lang),
                &[(
                    "naam",
                    self.decentral.best().map_or("", |c| c.name.as_str()),
                )],
            ),
            Verdict::NoFit => fill(
                T::VerdictNoFit.text(lang),
                &[("drempel", &score(self.threshold))],
            ),
        }
    }
}

/// A score in [0, 1] as people read it: 0–100.
pub fn score(value: f64) -> String {
    // Adding 0.0 turns a negative zero into zero, so no "-0" is shown.
    format!("{:.0}", value * 100.0 + 0.0)
}

/// Task fit per required task type: 1 when performed, this when a related type is performed. The
/// taxonomy calls types related when the skills carry over (a licensing body supervises what it
/// licenses), and an implementer seldom performs every type a proposal names: the second type is
/// close to the first, not half as good.
const RELATED_TASK_SCORE: f64 = 0.75;
/// Task fit per required task type that is not performed, nor a related one (see
/// [`task_product`]); competence is judged apart from it.
const MISSING_TASK_SCORE: f64 = 0.25;
/// Data fit per register by role; a register the organisation lacks scores 0.
fn role_score(role: RegisterRole) -> f64 {
    match role {
        RegisterRole::Houder => 1.0,
        RegisterRole::Bronhouder => 0.9,
        RegisterRole::Afnemer => 0.8,
    }
}

/// Data fit for one asked register, given the organisation's best role in it (if any). Every
/// administrative body must use the basisregistraties for the data they hold (verplicht gebruik),
/// so receiving one, or not receiving it yet, says nothing about fit: only keeping it does.
fn register_score(role: Option<RegisterRole>, basisregistratie: bool) -> f64 {
    match role {
        Some(role @ (RegisterRole::Houder | RegisterRole::Bronhouder)) => role_score(role),
        _ if basisregistratie => NEUTRAL,
        Some(role) => role_score(role),
        None => 0.0,
    }
}
/// Ministry fit of an organisation that already carries out laws or schemes for the
/// commissioning ministry, though another ministry owns it: the lines of commission exist.
const COMMISSIONING_SCORE: f64 = 0.8;
/// Score of a part the proposal gives no answer for: neither for nor against.
const NEUTRAL: f64 = 0.5;
/// The share of pressure taken off feasibility.
const PRESSURE_WEIGHT: f64 = 0.6;
/// A candidate needs at least this task fit to be shortlisted.
const TASK_GATE: f64 = 0.5;
/// How many of the first candidates (the order is by fit) get their reasons written and can be
/// shortlisted; the others can be explained on request with [`explain`].
pub const EXPLAINED: usize = 25;
/// How many of the best single candidates are paired into combinations.
const COMBINATION_POOL: usize = 12;
/// The share of a query's weight an organisation's schemes must cover for it to get the full
/// scheme score; weaker best matches scale everyone down, so a few shared common words are no
/// match. Real matches in the design half of the backtest cover a third to a half of the query,
/// chance matches a sixth to a quarter.
const SCHEME_COVER: f64 = 0.5;
/// How much a word of the proposal's title counts against one of its description: a title
/// names the field, a description also says how.
const TITLE_WEIGHT: f64 = 2.0;
/// The weight of query terms (title words counting double, each times its inverse document
/// frequency) at which a text counts as fully informative: about a title and two sentences of
/// description. Below it, scheme scores lean towards neutral.
const SCHEME_FULL_TEXT: f64 = 200.0;
/// How many of an organisation's matching schemes add to its evidence (see [`breadth`]).
const SCHEME_BREADTH: usize = 3;
/// A scheme is cited as a reason when it scores at least this share of its organisation's best.
const SCHEME_CITED: f64 = 0.6;

/// What the proposal's text found among the schemes, per organisation position.
#[derive(Default)]
struct SchemeMatches {
    /// Why there is nothing to compare, if so: the data has no schemes, or the text no word
    /// that any scheme has.
    empty: Option<T>,
    /// Per organisation position: the score in [0, 1].
    score: Vec<f64>,
    /// Per organisation position: the matching schemes (positions in `data().schemes`) with
    /// their raw scores, best first.
    schemes: Vec<Vec<(usize, f64)>>,
    /// How much text there was to compare, in [0, 1] (see [`SCHEME_FULL_TEXT`]).
    confidence: f64,
}

/// An organisation's evidence from its matching schemes (best first): the best match counts in
/// full, each next one for half as much as the one before, so that a field of related schemes
/// weighs more than one chance hit, and many weak ones never outweigh a strong one.
fn breadth(matches: &[(usize, f64)]) -> f64 {
    matches
        .iter()
        .take(SCHEME_BREADTH)
        .enumerate()
        .map(|(i, (_, value))| value / f64::from(1u32 << i))
        .sum()
}

fn scheme_matches(
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
    let raw = index.scores(&query, |doc| left_out.contains(&schemes[doc].id));
    let mut per_organisation: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for (doc, &value) in raw.iter().enumerate() {
        if value > 0.0
            && let Some(position) = landscape.scheme_organisation(doc)
        {
            per_organisation[position].push((doc, value));
        }
    }
    for list in &mut per_organisation {
        list.shared_sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    let evidence: Vec<f64> = per_organisation.iter().map(|list| breadth(list)).collect();
    let top = evidence.iter().copied().fold(0.0, f64::max);
    let scale = top.max(SCHEME_COVER * query.full_score());
    // A short text is thin evidence: a title of three words can meet a scheme on one chance
    // adjective. The scores lean towards neutral in proportion to how little there is to read.
    let confidence = (query.full_score() / SCHEME_FULL_TEXT).clamp(0.0, 1.0);
    SchemeMatches {
        empty: None,
        score: evidence
            .iter()
            .map(|v| {
                let score = (v / scale).clamp(0.0, 1.0);
                confidence * score + (1.0 - confidence) * NEUTRAL
            })
            .collect(),
        schemes: per_organisation,
        confidence,
    }
}

/// The pressure for a utilisation after the proposal: 0 at 70 %, 1 at 100 %.
pub fn pressure(utilisation_after: f64) -> f64 {
    ((utilisation_after - Band::TIGHT_FROM) / (Band::FULL_ABOVE - Band::TIGHT_FROM)).clamp(0.0, 1.0)
}

struct Context<'a> {
    landscape: &'a Landscape,
    proposal: Proposal,
    weights: Weights,
    period: Period,
    need: f64,
    related: HashMap<&'a TaskCode, BTreeSet<&'a TaskCode>>,
    /// Per asked task type: its bit and the bits of its related types, where the landscape has
    /// task masks (see [`Landscape::task_mask_at`]).
    task_bits: Option<Vec<(u64, u64)>>,
    /// Per asked target group: its bit, likewise.
    group_bits: Option<Vec<u64>>,
    schemes: SchemeMatches,
    /// Whether to write the reasons; scores alone are much cheaper for thousands of candidates.
    explain: bool,
    /// The language of the reasons.
    lang: Lang,
}

impl<'a> Context<'a> {
    fn reason(&self, make: impl FnOnce() -> Reason) -> Option<Reason> {
        self.explain.then(make)
    }

    /// A text of the translation table in the ranking's language, with its values.
    fn text(&self, key: T, values: &[(&str, &str)]) -> String {
        fill(key.text(self.lang), values)
    }

    /// A part the proposal or the data gives nothing to judge on: neither for nor against.
    fn neutral(&self, weight: f64, why: T) -> Part {
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

    fn evidence(&self, row: RowRef, bron: &str, peildatum: Option<Date>) -> Evidence {
        Evidence {
            file: row.file.file_name(),
            line: row.line,
            bron: bron.to_owned(),
            peildatum,
        }
    }

    fn organisation_bron(&self, id: &OrganisationId) -> String {
        self.landscape
            .organisation(id)
            .map(|o| o.bron.clone())
            .unwrap_or_default()
    }

    /// Per required task: the score, and the row that earned it.
    fn task_scores(
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
                    .find(|row| related.is_some_and(|set| set.contains(&row.taak)))
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

    fn task_part(
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

    fn target_part(&self, id: &OrganisationId, position: usize, links: &Links<'_>) -> Part {
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

    fn data_part(
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
        for code in wanted {
            // Without reasons only the score counts: the exchange partners and names are for
            // the candidates that are read.
            let register = self.landscape.register(code);
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

    fn ministry_part(&self, id: &OrganisationId) -> Part {
        let weight = self.weights.ministry;
        let Some(wanted) = &self.proposal.ministry else {
            return self.neutral(weight, T::RankNoMinistryChosen);
        };
        let Some(organisation) = self.landscape.organisation(id) else {
            return Part {
                score: 0.0,
                weight,
                reasons: Vec::new(),
            };
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

    fn scheme_part(&self, position: usize) -> (Part, Vec<SchemeId>) {
        let weight = self.weights.schemes;
        if let Some(why) = self.schemes.empty {
            let part = self.neutral(weight, why);
            return (part, Vec::new());
        }
        let score = self.schemes.score.get(position).copied().unwrap_or(0.0);
        let matches = self
            .schemes
            .schemes
            .get(position)
            .map_or(&[][..], Vec::as_slice);
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

    fn capacity(&self, id: &OrganisationId, position: Option<usize>, need: f64) -> Capacity {
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

    fn candidate(&self, id: &OrganisationId) -> Candidate {
        match self.landscape.position(id) {
            Some(position) => self.candidate_at(position),
            None => self.candidate_at(usize::MAX),
        }
    }

    /// The candidate at a position of [`Landscape::organisations`].
    fn candidate_at(&self, position: usize) -> Candidate {
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
                name: String::new(),
                short_name: String::new(),
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
        let links = self.landscape.links_at(position);
        let (task, task_scores) = self.task_part(id, position, &links);
        let target = self.target_part(id, position, &links);
        let (data, exchange_partners) = self.data_part(id, &links);
        let ministry = self.ministry_part(id);
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
            name: organisation.naam.clone(),
            short_name: organisation.short_name().to_owned(),
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

/// The task score over the asked task types: a product, so dropping an asked task type never
/// lowers it, with a floor for a type the organisation does not perform, so that one that
/// performs two of three asked types still counts for more than one that performs none.
fn task_product(scores: &[f64]) -> f64 {
    scores.iter().map(|s| s.max(MISSING_TASK_SCORE)).product()
}

fn qualifies(candidate: &Candidate, threshold: f64) -> bool {
    candidate.competent
        && candidate.feasibility >= threshold
        && candidate.parts.task.score >= TASK_GATE
        && !candidate.capacity.rules_out()
}

/// Whether an organisation belongs to the decentral route rather than the national ranking.
fn is_decentral(organisation: &crate::data::model::Organisation) -> bool {
    matches!(
        organisation.rechtsvorm,
        LegalForm::Decentraal | LegalForm::GemeenschappelijkeRegeling
    )
}

/// The period a proposal is judged in: its own, or the year after the data's peildatum, or the
/// last period with figures.
pub fn proposal_period(landscape: &Landscape, proposal: &Proposal) -> Period {
    proposal.period.unwrap_or_else(|| {
        landscape
            .peildatum()
            .map(|date| Period::Year(date.year + 1))
            .or_else(|| landscape.periods().last().copied())
            .unwrap_or(Period::Year(2027))
    })
}

/// The proposal cleaned of codes the data does not know (listed in the second value), and the
/// context the scores are computed in.
fn prepare<'a>(
    landscape: &'a Landscape,
    proposal: &Proposal,
    lang: Lang,
    left_out: &[SchemeId],
) -> (Context<'a>, Vec<String>) {
    let mut proposal = proposal.normalised();
    let mut ignored = Vec::new();
    proposal.tasks.retain(|code| {
        let known = landscape.task(code).is_some();
        if !known {
            ignored.push(format!("taaktype {code}"));
        }
        known
    });
    proposal.target_groups.retain(|code| {
        let known = landscape.target_group(code).is_some();
        if !known {
            ignored.push(format!("doelgroep {code}"));
        }
        known
    });
    proposal.registers.retain(|code| {
        let known = landscape.register(code).is_some();
        if !known {
            ignored.push(format!("register {code}"));
        }
        known
    });
    if let Some(ministry) = &proposal.ministry
        && landscape.ministry(ministry).is_none()
    {
        ignored.push(format!("ministerie {ministry}"));
        proposal.ministry = None;
    }
    for list in [
        &mut proposal.pinned,
        &mut proposal.excluded,
        &mut proposal.chain_partners,
    ] {
        list.retain(|id| {
            let known = landscape.organisation(id).is_some();
            if !known {
                ignored.push(format!("organisatie {id}"));
            }
            known
        });
    }

    let related = landscape
        .data()
        .tasks
        .iter()
        .map(|task| (&task.code, task.verwant.iter().collect::<BTreeSet<_>>()))
        .collect();
    let need = proposal
        .fte
        .unwrap_or_else(|| proposal.volume.default_fte());
    let task_bits = proposal
        .tasks
        .iter()
        .map(|task| {
            let bit = landscape.task_bit(task)?;
            let related = landscape.task(task).map_or(Some(0), |row| {
                row.verwant
                    .iter()
                    .try_fold(0u64, |mask, code| Some(mask | landscape.task_bit(code)?))
            })?;
            Some((bit, related))
        })
        .collect::<Option<Vec<_>>>();
    let group_bits = proposal
        .target_groups
        .iter()
        .map(|group| landscape.group_bit(group))
        .collect::<Option<Vec<_>>>();
    let context = Context {
        landscape,
        task_bits,
        group_bits,
        period: proposal_period(landscape, &proposal),
        weights: proposal.weights.normalised(),
        need,
        related,
        schemes: scheme_matches(landscape, &proposal, left_out),
        proposal,
        explain: false,
        lang,
    };
    (context, ignored)
}

/// One organisation's full result with every reason, for an organisation outside the explained
/// part of a ranking, with the reasons in `lang`. `None` when the organisation is not in the data
/// or is excluded.
pub fn explain(
    landscape: &Landscape,
    proposal: &Proposal,
    organisation: &OrganisationId,
    lang: Lang,
) -> Option<Candidate> {
    let (context, _) = prepare(landscape, proposal, lang, &[]);
    if landscape.organisation(organisation).is_none()
        || context.proposal.excluded.contains(organisation)
    {
        return None;
    }
    let context = Context {
        explain: true,
        ..context
    };
    let mut candidate = context.candidate(organisation);
    candidate.shortlisted = qualifies(&candidate, context.proposal.threshold);
    Some(candidate)
}

/// Scores every organisation against the proposal. Total: any proposal and any valid landscape
/// give a ranking; codes the data does not know are listed in `ignored`. Reasons are written for
/// the first [`EXPLAINED`] (the order is by fit) and for pinned ones;
/// [`explain`] gives them for any other. The texts are Dutch; [`rank_in`] writes them in another
/// language.
pub fn rank(landscape: &Landscape, proposal: &Proposal) -> Ranking {
    rank_in(landscape, proposal, Lang::Nl)
}

/// [`rank`] with the texts (reasons, alternatives, checklist, verdict) in `lang`. The data in
/// them (names, codes, official terms) stays as the data writes it.
pub fn rank_in(landscape: &Landscape, proposal: &Proposal, lang: Lang) -> Ranking {
    rank_leaving_out(landscape, proposal, lang, &[])
}

/// [`rank_in`] as if the data did not hold the schemes `left_out`: a backtest ranks a past
/// proposal without the scheme it became, so the answer must come from the organisation's other
/// work.
pub fn rank_leaving_out(
    landscape: &Landscape,
    proposal: &Proposal,
    lang: Lang,
    left_out: &[SchemeId],
) -> Ranking {
    let (context, ignored) = prepare(landscape, proposal, lang, left_out);
    let need_estimated = context.proposal.fte.is_none();
    let need = context.need;
    let threshold = context.proposal.threshold;

    // Scores for everyone first, without text: for thousands of organisations the reasons would
    // cost more than the scores. Then reasons for those anyone will read.
    let organisations = landscape.organisations();
    let mut candidates: Vec<Candidate> = Vec::with_capacity(organisations.len());
    let mut decentral: Vec<Candidate> = Vec::new();
    for (position, organisation) in organisations.iter().enumerate() {
        if context.proposal.excluded.contains(&organisation.id) {
            continue;
        }
        let mut candidate = context.candidate_at(position);
        candidate.shortlisted = qualifies(&candidate, threshold);
        if is_decentral(organisation) {
            if candidate.competent {
                decentral.push(candidate);
            }
        } else {
            candidates.push(candidate);
        }
    }
    let mut candidates = in_order(candidates);
    // A shortlist is short: the best qualifying ones within the first that are explained, and
    // any pinned one.
    for candidate in candidates.iter_mut().skip(EXPLAINED) {
        candidate.shortlisted &= candidate.pinned;
    }
    let mut decentral = in_order(decentral);
    let context = Context {
        explain: true,
        ..context
    };
    // The order is by fit, so the first ones are those anyone reads; pinned ones are read too.
    let explain: BTreeSet<usize> = (0..candidates.len().min(EXPLAINED))
        .chain(
            candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| c.pinned)
                .map(|(i, _)| i),
        )
        .collect();
    for i in explain {
        candidates[i] = explained(&context, &candidates[i]);
    }
    for candidate in decentral.iter_mut().take(EXPLAINED) {
        *candidate = explained(&context, candidate);
    }
    let decentral = DecentralRoute {
        candidates: decentral,
        preferred: context.proposal.local_tailoring,
    };

    let combinations = combinations(&context, &candidates, threshold);
    let verdict = if decentral.preferred && decentral.fits(threshold) {
        Verdict::Decentral
    } else if candidates.iter().any(|c| c.shortlisted) {
        Verdict::Shortlist
    } else if combinations.iter().any(|c| c.passes) {
        Verdict::Combination
    } else {
        Verdict::NoFit
    };
    let alternatives = alternatives(&context, &candidates, &combinations, &decentral, threshold);
    let lead = candidates
        .iter()
        .find(|c| c.pinned)
        .or_else(|| candidates.iter().find(|c| c.competent));
    let chain = chain_summary(&context, lead);
    let checklist = checklist(&context, &candidates, lead, &chain, verdict, &decentral);
    Ranking {
        period: context.period,
        need_fte: need,
        need_estimated,
        weights: context.weights,
        threshold,
        candidates,
        decentral,
        combinations,
        verdict,
        alternatives,
        checklist,
        chain,
        ignored,
        lang,
    }
}

/// The candidate again with every reason written, keeping its shortlist mark.
fn explained(context: &Context<'_>, candidate: &Candidate) -> Candidate {
    Candidate {
        shortlisted: candidate.shortlisted,
        ..context.candidate(&candidate.organisation)
    }
}

/// Competent candidates first, each group by fit; among equal fits the pinned ones first.
/// Capacity plays no part: a poorer fit with room never overtakes a better fit without.
/// Candidates come in id order (the landscape is sorted) and the sort is stable, so ties stay in
/// id order without comparing strings. Indices are sorted, not the large structs.
fn in_order(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.shared_sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        b.competent
            .cmp(&a.competent)
            .then_with(|| b.fit.total_cmp(&a.fit))
            .then_with(|| b.pinned.cmp(&a.pinned))
    });
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

fn combinations(
    context: &Context<'_>,
    candidates: &[Candidate],
    threshold: f64,
) -> Vec<Combination> {
    let tasks = &context.proposal.tasks;
    if tasks.len() < 2 {
        return Vec::new();
    }
    // The pool: the candidates that cover most of the task types, partly or wholly.
    let mut scored: Vec<(f64, &Candidate)> = candidates
        .iter()
        .map(|c| (c.task_scores.iter().sum::<f64>(), c))
        .filter(|(coverage, c)| (*coverage > 0.0 && c.competent) || c.pinned)
        .collect();
    // Stable: ties keep the feasibility order of `candidates`.
    scored.shared_sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| b.1.fit.total_cmp(&a.1.fit))
    });
    scored.truncate(COMBINATION_POOL);
    let pool: Vec<&Candidate> = scored.iter().map(|(_, c)| *c).collect();
    let per_task: BTreeMap<&OrganisationId, &Vec<f64>> = pool
        .iter()
        .map(|c| (&c.organisation, &c.task_scores))
        .collect();
    let register_scores = |id: &OrganisationId| -> Vec<f64> {
        let rows = context.landscape.registers_of(id);
        context
            .proposal
            .registers
            .iter()
            .map(|code| {
                rows.iter()
                    .filter(|row| &row.register == code)
                    .map(|row| role_score(row.rol))
                    .fold(0.0, f64::max)
            })
            .collect()
    };
    let half = context.need / 2.0;
    let mut result = Vec::new();
    for (i, a) in pool.iter().enumerate() {
        for b in &pool[i + 1..] {
            let (sa, sb) = (&per_task[&a.organisation], &per_task[&b.organisation]);
            let joint: Vec<f64> = sa.iter().zip(sb.iter()).map(|(x, y)| x.max(*y)).collect();
            let task = task_product(&joint);
            if task <= a.parts.task.score.max(b.parts.task.score) {
                continue;
            }
            let w = context.weights;
            let target = joint_target(context, &a.organisation, &b.organisation);
            let data = if context.proposal.registers.is_empty() {
                NEUTRAL
            } else {
                let (ra, rb) = (
                    register_scores(&a.organisation),
                    register_scores(&b.organisation),
                );
                ra.iter().zip(&rb).map(|(x, y)| x.max(*y)).sum::<f64>() / ra.len() as f64
            };
            let ministry = a.parts.ministry.score.max(b.parts.ministry.score);
            // Both must already work in the field: the mean, where coverage takes the best.
            let schemes = (a.parts.schemes.score + b.parts.schemes.score) / 2.0;
            let fit = (w.task * task
                + w.target * target
                + w.data * data
                + w.ministry * ministry
                + w.schemes * schemes)
                .clamp(0.0, 1.0);
            let (ca, cb) = (
                context.capacity(
                    &a.organisation,
                    context.landscape.position(&a.organisation),
                    half,
                ),
                context.capacity(
                    &b.organisation,
                    context.landscape.position(&b.organisation),
                    half,
                ),
            );
            let pressure = ca.effective_pressure().max(cb.effective_pressure());
            let feasibility = (fit * (1.0 - PRESSURE_WEIGHT * pressure)).clamp(0.0, 1.0);
            let does_not_fit = ca.rules_out() || cb.rules_out();
            let chain_relation = context
                .landscape
                .chain_partners(&a.organisation)
                .into_iter()
                .find(|link| link.partner == &b.organisation)
                .map(|link| link.relation.soort.label_in(context.lang).to_owned());
            let (first, second) = (a.organisation.clone(), b.organisation.clone());
            result.push(Combination {
                passes: feasibility >= threshold && task >= TASK_GATE && !does_not_fit,
                first,
                second,
                task,
                fit,
                feasibility,
                does_not_fit,
                chain_relation,
            });
        }
    }
    result.shared_sort_by(|x, y| {
        y.passes
            .cmp(&x.passes)
            .then_with(|| y.feasibility.total_cmp(&x.feasibility))
            .then_with(|| (&x.first, &x.second).cmp(&(&y.first, &y.second)))
    });
    result.truncate(5);
    result
}

fn joint_target(context: &Context<'_>, a: &OrganisationId, b: &OrganisationId) -> f64 {
    let wanted = &context.proposal.target_groups;
    if wanted.is_empty() {
        return NEUTRAL;
    }
    let served: BTreeSet<_> = context
        .landscape
        .target_groups_of(a)
        .into_iter()
        .chain(context.landscape.target_groups_of(b))
        .map(|row| &row.doelgroep)
        .collect();
    wanted.iter().filter(|g| served.contains(g)).count() as f64 / wanted.len() as f64
}

fn name_of(context: &Context<'_>, id: &OrganisationId) -> String {
    context
        .landscape
        .organisation(id)
        .map_or_else(|| id.to_string(), |o| o.short_name().to_owned())
}

fn alternatives(
    context: &Context<'_>,
    candidates: &[Candidate],
    combinations: &[Combination],
    decentral: &DecentralRoute,
    threshold: f64,
) -> Vec<Alternative> {
    let mut list = Vec::new();
    // Fits on content but lacks room: strengthen it, or start when it has room.
    for candidate in candidates
        .iter()
        .filter(|c| {
            c.competent && !c.shortlisted && c.fit >= threshold && c.parts.task.score >= TASK_GATE
        })
        .take(3)
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
        let problem = if capacity.does_not_fit {
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
fn later_start(context: &Context<'_>, candidate: &Candidate) -> Option<Period> {
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
fn form_suggestions(context: &Context<'_>) -> Vec<Alternative> {
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

fn chain_summary(context: &Context<'_>, lead: Option<&Candidate>) -> ChainSummary {
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

fn checklist(
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::defaults::default_sources;
    use crate::data::load::{SourceFile, Sources};
    use crate::id::{MinistryId, TargetGroupCode};
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn landscape() -> Landscape {
        Landscape::load(&default_sources()).unwrap().0
    }

    /// A ranking without row numbers, to compare rankings of the same data in another order.
    fn essence(ranking: &Ranking) -> Vec<String> {
        let mut lines: Vec<String> = ranking
            .candidates
            .iter()
            .map(|c| {
                let reasons: Vec<&str> = c
                    .parts
                    .all()
                    .iter()
                    .flat_map(|p| p.reasons.iter().map(|r| r.text.as_str()))
                    .collect();
                format!(
                    "{} {:.12} {:.12} {} {}",
                    c.organisation,
                    c.fit,
                    c.feasibility,
                    c.shortlisted,
                    reasons.join("|")
                )
            })
            .collect();
        lines.extend(ranking.combinations.iter().map(|c| format!("{c:?}")));
        lines.extend(ranking.alternatives.iter().map(|a| a.text.clone()));
        lines.extend(ranking.checklist.iter().map(|i| i.text.clone()));
        lines.push(format!("{:?}", ranking.verdict));
        lines
    }

    /// The same data with the rows of every file in another order.
    fn shuffled(seed: u64) -> Sources {
        let mut sources = Sources::new();
        let mut state = seed | 1;
        for (kind, file) in default_sources().iter() {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(file.bytes.as_slice());
            let mut records: Vec<csv::StringRecord> =
                reader.records().map(|r| r.unwrap()).collect();
            let header = records.remove(0);
            // Fisher–Yates with a small xorshift generator, so the test needs no extra crate.
            for i in (1..records.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                records.swap(i, (state % (i as u64 + 1)) as usize);
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(&header).unwrap();
            for record in &records {
                writer.write_record(record).unwrap();
            }
            sources.insert(
                kind,
                SourceFile {
                    name: kind.file_name().to_owned(),
                    bytes: writer.into_inner().unwrap(),
                },
            );
        }
        sources
    }

    prop_compose! {
        fn proposals()(
            tasks in prop::sample::subsequence(vec!["UIT", "INN", "REG", "VER", "IND", "SUB", "TOE", "INF", "INFRA", "ICT", "BEM", "JUS"], 0..=3),
            groups in prop::sample::subsequence(vec!["B", "O", "I", "G"], 0..=3),
            registers in prop::sample::subsequence(vec!["brp", "bri", "hr", "brk", "brv", "blau", "bag", "woz"], 0..=3),
            ministry in prop::sample::select(vec!["", "szw", "fin", "jenv", "ocw", "ienw"]),
            fte in prop::option::of(0u32..500),
            year in 2025u16..=2029,
            weights in prop::array::uniform5(0u8..=10),
            title in prop::sample::select(vec![
                "", "Lening voor omscholing van volwassenen", "Subsidie voor woningisolatie",
                "Boete voor te hard rijden", "Eigen bijdrage voor zorg thuis",
                "Vergunning voor kennismigranten", "Toeslag voor huishoudens met lage inkomens",
            ]),
            local_tailoring in any::<bool>(),
            threshold in 20u8..=80,
            excluded in prop::sample::subsequence(vec!["uwv", "svb", "gemeenten", "dienst-toeslagen"], 0..=2),
        ) -> Proposal {
            Proposal {
                tasks: tasks.into_iter().map(TaskCode::new).collect(),
                target_groups: groups.into_iter().map(TargetGroupCode::new).collect(),
                registers: registers.into_iter().map(RegisterCode::new).collect(),
                ministry: (!ministry.is_empty()).then(|| MinistryId::new(ministry)),
                fte: fte.map(f64::from),
                period: Some(Period::Year(year)),
                weights: Weights {
                    task: f64::from(weights[0]),
                    target: f64::from(weights[1]),
                    data: f64::from(weights[2]),
                    ministry: f64::from(weights[3]),
                    schemes: f64::from(weights[4]),
                },
                title: title.to_owned(),
                local_tailoring,
                threshold: f64::from(threshold) / 100.0,
                excluded: excluded.into_iter().map(OrganisationId::new).collect(),
                ..Proposal::default()
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn deterministic_and_bounded(proposal in proposals()) {
            let landscape = landscape();
            let first = rank(&landscape, &proposal);
            prop_assert_eq!(&first, &rank(&landscape, &proposal));
            for c in &first.candidates {
                for value in [c.fit, c.feasibility, c.capacity.pressure, c.parts.task.score,
                              c.parts.target.score, c.parts.data.score, c.parts.ministry.score,
                              c.parts.schemes.score] {
                    prop_assert!((0.0..=1.0).contains(&value), "{} {}", c.organisation, value);
                }
                prop_assert!(!proposal.excluded.contains(&c.organisation));
            }
            for c in &first.combinations {
                prop_assert!((0.0..=1.0).contains(&c.feasibility));
            }
        }

        #[test]
        fn independent_of_row_order(proposal in proposals(), seed in any::<u64>()) {
            let a = rank(&landscape(), &proposal);
            let b = rank(&Landscape::load(&shuffled(seed)).unwrap().0, &proposal);
            prop_assert_eq!(essence(&a), essence(&b));
        }

        #[test]
        fn every_reason_names_existing_rows(proposal in proposals()) {
            let landscape = landscape();
            let data = landscape.data();
            let mut rows: HashSet<(&str, u64)> = HashSet::new();
            let mut add = |row: RowRef| { rows.insert((row.file.file_name(), row.line)); };
            data.organisations.iter().for_each(|r| add(r.row));
            data.tasks.iter().for_each(|r| add(r.row));
            data.registers.iter().for_each(|r| add(r.row));
            data.organisation_tasks.iter().for_each(|r| add(r.row));
            data.organisation_target_groups.iter().for_each(|r| add(r.row));
            data.organisation_registers.iter().for_each(|r| add(r.row));
            data.capacity.iter().for_each(|r| add(r.row));
            data.schemes.iter().for_each(|r| add(r.row));
            let ranking = rank(&landscape, &proposal);
            for c in ranking.candidates.iter().chain(&ranking.decentral.candidates) {
                let parts = c.parts.all();
                let reasons = parts.iter().flat_map(|p| p.reasons.iter()).chain(c.capacity.reasons.iter());
                for reason in reasons {
                    for evidence in &reason.evidence {
                        prop_assert!(rows.contains(&(evidence.file, evidence.line)), "{:?}", evidence);
                    }
                }
            }
        }

        #[test]
        fn dropping_a_required_task_never_lowers_task_fit(proposal in proposals(), drop in 0usize..3) {
            prop_assume!(!proposal.tasks.is_empty());
            let landscape = landscape();
            let before = rank(&landscape, &proposal);
            let mut fewer = proposal.clone();
            fewer.tasks.remove(drop % proposal.tasks.len());
            prop_assume!(!fewer.tasks.is_empty());
            let after = rank(&landscape, &fewer);
            for c in &before.candidates {
                let other = after.candidates.iter().find(|o| o.organisation == c.organisation).unwrap();
                prop_assert!(other.parts.task.score >= c.parts.task.score, "{}", c.organisation);
            }
        }

        #[test]
        fn more_capacity_never_lowers_feasibility(proposal in proposals(), which in 0usize..81, extra in 1u32..500) {
            let landscape = landscape();
            let before = rank(&landscape, &proposal);
            let mut data = landscape.data().clone();
            let target = data.organisations[which % data.organisations.len()].id.clone();
            for row in data.capacity.iter_mut().filter(|row| row.organisatie == target) {
                row.capaciteit_fte += f64::from(extra);
            }
            let after = rank(&Landscape::from_dataset(data), &proposal);
            let find = |r: &Ranking| r.candidates.iter().find(|c| c.organisation == target).map(|c| c.feasibility);
            if let (Some(x), Some(y)) = (find(&before), find(&after)) {
                prop_assert!(y >= x, "{target}: {x} → {y}");
            }
            let place = |r: &Ranking| r.candidates.iter().position(|c| c.organisation == target);
            if let (Some(x), Some(y)) = (place(&before), place(&after)) {
                prop_assert!(y <= x, "{target}: place {x} → {y}");
            }
        }

        #[test]
        fn competence_first_then_fit(proposal in proposals()) {
            let ranking = rank(&landscape(), &proposal);
            for pair in ranking.candidates.windows(2) {
                prop_assert!(pair[0].competent >= pair[1].competent);
                if pair[0].competent == pair[1].competent {
                    prop_assert!(pair[0].fit >= pair[1].fit, "{} {}", pair[0].organisation, pair[1].organisation);
                }
            }
            for c in &ranking.candidates {
                if !c.competent {
                    prop_assert!(!c.shortlisted);
                    prop_assert!(c.task_scores.iter().all(|s| *s == 0.0));
                }
            }
            prop_assert!(ranking.decentral.candidates.iter().all(|c| c.competent));
        }

        #[test]
        fn example_figures_never_rule_out_and_binding_ones_do(proposal in proposals(), which in 0usize..81) {
            let landscape = landscape();
            prop_assume!(!proposal.tasks.is_empty());
            let before = rank(&landscape, &proposal);
            // The shipped figures are all examples: none rules a candidate out.
            prop_assert!(before.candidates.iter().all(|c| !c.capacity.rules_out()));
            let mut data = landscape.data().clone();
            let target = data.organisations[which % data.organisations.len()].id.clone();
            for row in data.capacity.iter_mut().filter(|row| row.organisatie == target) {
                row.capaciteit_fte = 0.0;
                row.belasting_fte = 1.0;
                row.status = Status::Schatting;
            }
            let after = rank(&Landscape::from_dataset(data), &proposal);
            let find = |r: &Ranking| r.candidates.iter().position(|c| c.organisation == target);
            if let (Some(x), Some(y)) = (find(&before), find(&after)) {
                let c = &after.candidates[y];
                if c.capacity.figure.is_some() {
                    prop_assert!(c.capacity.binding && c.capacity.room == Room::Vol);
                    prop_assert!(!c.shortlisted);
                } else {
                    prop_assert_eq!(c.capacity.room, Room::Onbekend);
                }
                // Full on binding figures changes the verdict, never the order by fit.
                prop_assert_eq!(x, y);
            }
        }
    }

    #[test]
    fn unknown_codes_are_ignored_and_listed() {
        let proposal = Proposal {
            tasks: vec![TaskCode::new("UIT"), TaskCode::new("XYZ")],
            excluded: vec![OrganisationId::new("bestaat-niet")],
            ..Proposal::default()
        };
        let ranking = rank(&landscape(), &proposal);
        assert_eq!(
            ranking.ignored,
            ["taaktype XYZ", "organisatie bestaat-niet"]
        );
    }

    #[test]
    fn explain_gives_the_reasons_the_ranking_left_out() {
        let landscape = Landscape::load(&crate::data::synthetic::synthetic_sources(300, 3_000, 3))
            .unwrap()
            .0;
        let proposal = crate::stappenplan::proposal::synthetic_proposal();
        let ranking = rank(&landscape, &proposal);
        let last = ranking.candidates.last().unwrap();
        assert!(!last.explained);
        assert!(last.parts.task.reasons.is_empty());
        let explained = explain(&landscape, &proposal, &last.organisation, Lang::Nl).unwrap();
        assert!(explained.explained);
        assert_eq!(explained.fit, last.fit);
        assert_eq!(explained.feasibility, last.feasibility);
        assert_eq!(explained.parts.task.reasons.len(), proposal.tasks.len());
        assert!(!explained.capacity.reasons.is_empty());
        // Everyone on the shortlist and the best by fit are explained in the ranking itself.
        assert!(ranking.shortlist().all(|c| c.explained));
        assert!(
            ranking
                .candidates
                .iter()
                .take(EXPLAINED)
                .all(|c| c.explained)
        );
        assert_eq!(
            explain(
                &landscape,
                &proposal,
                &OrganisationId::new("nergens"),
                Lang::Nl
            ),
            None
        );
    }

    #[test]
    fn pressure_is_zero_to_one_between_70_and_100_percent() {
        assert_eq!(pressure(0.5), 0.0);
        assert_eq!(pressure(0.7), 0.0);
        assert!((pressure(0.85) - 0.5).abs() < 1e-12);
        assert_eq!(pressure(1.0), 1.0);
        assert_eq!(pressure(3.0), 1.0);
    }

    #[test]
    fn only_keeping_a_basisregistratie_counts_for_data_fit() {
        // Every body must use the basisregistraties: receiving one is neutral, keeping one is not.
        assert_eq!(register_score(Some(RegisterRole::Houder), true), 1.0);
        assert_eq!(register_score(Some(RegisterRole::Bronhouder), true), 0.9);
        assert_eq!(register_score(Some(RegisterRole::Afnemer), true), NEUTRAL);
        assert_eq!(register_score(None, true), NEUTRAL);
        // For a sector register, receiving it is evidence and lacking it counts against.
        assert_eq!(register_score(Some(RegisterRole::Afnemer), false), 0.8);
        assert_eq!(register_score(None, false), 0.0);
    }

    #[test]
    fn a_commissioning_ministry_counts_almost_as_the_owning_one() {
        let landscape = landscape();
        let proposal = Proposal {
            title: "Uitkering voor oorlogsgetroffenen".to_owned(),
            tasks: vec![TaskCode::new("UIT")],
            ministry: Some(crate::id::MinistryId::new("vws")),
            ..Proposal::default()
        };
        let ranking = rank(&landscape, &proposal);
        let ministry_of = |id: &str| {
            let c = ranking
                .candidates
                .iter()
                .find(|c| c.organisation.as_str() == id)
                .unwrap();
            (
                c.parts.ministry.score,
                c.parts.ministry.reasons[0].text.clone(),
            )
        };
        // The SVB falls under SZW and carries out the war-victims laws for VWS.
        let (svb, why) = ministry_of("svb");
        assert_eq!(svb, COMMISSIONING_SCORE);
        assert!(why.contains("in opdracht van VWS"), "{why}");
        assert_eq!(ministry_of("cak").0, 1.0);
        assert_eq!(ministry_of("uwv").0, 0.0);
    }

    #[test]
    fn a_chain_of_more_than_three_is_fragile_in_the_summary_and_the_checklist() {
        let landscape = landscape();
        let mut proposal = Proposal {
            title: "Uitkering".to_owned(),
            tasks: vec![TaskCode::new("UIT")],
            ..Proposal::default()
        };
        let chain_item = |ranking: &Ranking| {
            ranking
                .checklist
                .iter()
                .find(|item| item.topic == T::CheckTopicChain.text(Lang::Nl))
                .map(|item| item.state)
        };
        let small = rank(&landscape, &proposal);
        assert!(small.chain.organisations.len() <= FRAGILE_CHAIN);
        assert!(!small.chain.fragile);
        assert_eq!(chain_item(&small), Some(CheckState::Beantwoord));
        proposal.chain_partners = ["cjib", "belastingdienst", "rdw", "kadaster"]
            .map(OrganisationId::new)
            .to_vec();
        let large = rank(&landscape, &proposal);
        assert!(large.chain.organisations.len() > FRAGILE_CHAIN);
        assert!(large.chain.fragile);
        assert_eq!(chain_item(&large), Some(CheckState::Risico));
    }
}
