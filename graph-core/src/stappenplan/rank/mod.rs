//! The stappenplan engine: `rank` scores every organisation against a proposal (task, target
//! group, data and ministry fit; capacity pressure in the proposal's period), finds combinations of
//! two that together cover the tasks, and gives the verdict with its alternatives. Every part
//! carries the reasons that produced it, each citing the data rows it used.
//!
//! This module holds the results and the ranking itself; `parts` scores one organisation,
//! `combinations` pairs organisations, `advice` writes the ways forward and `checklist` the
//! uitvoeringstoets checklist with the chain behind the lead candidate.

use crate::sort::{SharedSort, descending_positions, sorted_unique};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::band::Band;
use crate::data::labels::ChoiceLabel;
use crate::data::model::{
    AlternativeKind, LegalForm, Organisation, Register, RegisterRole, RowRef, Scheme, Status,
};
use crate::figures::{format_fte, format_percent};
use crate::i18n::{Lang, T, fill};
use crate::id::{OrganisationId, RegisterCode, SchemeId, TaskCode};
use crate::landscape::{CapacityFigure, Landscape, Links};
use crate::period::{Date, Period};
use crate::stappenplan::proposal::{Proposal, Weights};

mod advice;
mod checklist;
mod combinations;
mod parts;

use advice::{alternatives, name_of};
use checklist::{chain_summary, checklist};
use combinations::combinations;
use parts::{SchemeMatches, role_score, scheme_matches};

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
    /// Its name (shared with the landscape: a ranking copies no text).
    pub name: Arc<str>,
    /// Its abbreviation (or name).
    pub short_name: Arc<str>,
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
    /// Decentral government can carry the proposal out, and the proposal asks for local
    /// tailoring or decentral government fits it clearly better (see [`DECENTRAL_LEAD`]).
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
    /// The route comes before the national ranking: the proposal asks for local tailoring, or
    /// the best decentral body fits clearly better than the best national one.
    pub preferred: bool,
    /// The proposal asks for local tailoring.
    pub asked: bool,
}

impl DecentralRoute {
    /// The best decentral body, if any is competent.
    pub fn best(&self) -> Option<&Candidate> {
        self.candidates.first()
    }

    /// What the report says about the route's place: first because asked, first because it fits
    /// clearly better, or beside the national ranking.
    pub fn note(&self) -> T {
        match (self.asked, self.preferred) {
            (true, _) => T::MdDecentralPreferred,
            (false, true) => T::MdDecentralBetter,
            (false, false) => T::MdDecentralBeside,
        }
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
                        ("naam", best.map_or("", |c| &*c.name)),
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
                if self.decentral.asked {
                    T::VerdictDecentral
                } else {
                    T::VerdictDecentralBetter
                }
                .text(lang),
                &[
                    ("naam", self.decentral.best().map_or("", |c| &*c.name)),
                    (
                        "fit",
                        &self
                            .decentral
                            .best()
                            .map_or(String::new(), |c| score(c.fit)),
                    ),
                    (
                        "landelijk",
                        &self
                            .competent()
                            .next()
                            .map_or(String::new(), |c| score(c.fit)),
                    ),
                ],
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
/// [`task_product`]); competence is judged apart from it. Two steps from the asked type where a
/// related one is one step: a supervisor asked for supervision and information comes out as
/// close as a body doing only related work for both (0.56), not far below it.
const MISSING_TASK_SCORE: f64 = RELATED_TASK_SCORE * RELATED_TASK_SCORE;
/// The weight of a matching scheme of another kind of work than asked, neither an asked nor a
/// related task type (a tax where a benefit is asked): shared words say much less there.
const OTHER_KIND_SCHEME_WEIGHT: f64 = 0.25;

/// Ministry fit of an organisation that already carries out laws or schemes for the
/// commissioning ministry, though another ministry owns it: the lines of commission exist.
const COMMISSIONING_SCORE: f64 = 0.8;
/// Score of a part the proposal gives no answer for: neither for nor against.
const NEUTRAL: f64 = 0.5;
/// The share of pressure taken off feasibility.
const PRESSURE_WEIGHT: f64 = 0.6;
/// Without a request for local tailoring, the decentral route comes first only when its best body
/// fits better than the best national candidate by at least this much: more than the target-group
/// part or the ministry part can make on its own at the default weights (0.11 and 0.08), so that
/// the lead rests on the kind of work and the schemes, not on one small part. Decentral bodies
/// serve every target group and perform most task types; a small lead says little.
pub const DECENTRAL_LEAD: f64 = 0.12;
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
    related: HashMap<&'a TaskCode, Vec<&'a TaskCode>>,
    /// Per asked task type: its bit and the bits of its related types, where the landscape has
    /// task masks (see [`Landscape::task_mask_at`]).
    task_bits: Option<Vec<(u64, u64)>>,
    /// Per asked target group: its bit, likewise.
    group_bits: Option<Vec<u64>>,
    schemes: SchemeMatches,
    /// Per asked register: its row in the data (looked up once, not per organisation).
    register_rows: Vec<Option<&'a Register>>,
    /// Whether to write the reasons; scores alone are much cheaper for thousands of candidates.
    explain: bool,
    /// The language of the reasons.
    lang: Lang,
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
fn is_decentral(organisation: &Organisation) -> bool {
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
        .map(|task| (&task.code, sorted_unique(&task.verwant)))
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
        register_rows: proposal
            .registers
            .iter()
            .map(|code| landscape.register(code))
            .collect(),
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
    // In slots, so that putting them in order moves each once.
    let mut candidates: Vec<Option<Candidate>> = Vec::with_capacity(organisations.len());
    let mut decentral: Vec<Option<Candidate>> = Vec::new();
    for (position, organisation) in organisations.iter().enumerate() {
        if context.proposal.excluded.contains(&organisation.id) {
            continue;
        }
        let mut candidate = context.candidate_at(position);
        candidate.shortlisted = qualifies(&candidate, threshold);
        if is_decentral(organisation) {
            if candidate.competent {
                decentral.push(Some(candidate));
            }
        } else {
            candidates.push(Some(candidate));
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
    let explain = sorted_unique(
        (0..candidates.len().min(EXPLAINED)).chain(
            candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| c.pinned)
                .map(|(i, _)| i),
        ),
    );
    for i in explain {
        candidates[i] = explained(&context, &candidates[i]);
    }
    for candidate in decentral.iter_mut().take(EXPLAINED) {
        *candidate = explained(&context, candidate);
    }
    let national = candidates
        .iter()
        .find(|c| c.competent)
        .map_or(0.0, |c| c.fit);
    let asked = context.proposal.local_tailoring;
    let better = decentral
        .first()
        .is_some_and(|c| c.fit >= national + DECENTRAL_LEAD);
    let decentral = DecentralRoute {
        candidates: decentral,
        preferred: asked || better,
        asked,
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
/// id order without comparing strings. The order is found on a compact key per candidate (the
/// large structs are far apart in memory), and each candidate is moved once.
fn in_order(mut slots: Vec<Option<Candidate>>) -> Vec<Candidate> {
    // An empty slot keeps its place (key 0) so that positions stay those of `slots`.
    let keys: Vec<u64> = slots
        .iter()
        .map(|slot| slot.as_ref().map_or(0, order_key))
        .collect();
    let order = descending_positions(&keys);
    let mut ordered = Vec::with_capacity(slots.len());
    ordered.extend(order.iter().filter_map(|&i| slots[i].take()));
    ordered
}

/// A key that orders like (competent, fit, pinned). A fit in [0, 1] is a non-negative `f64`
/// below 2, whose bits order as the number does and leave the two highest bits free; a fit that
/// is not positive (or not a number) counts as zero.
fn order_key(candidate: &Candidate) -> u64 {
    let fit = if candidate.fit > 0.0 {
        candidate.fit.min(1.0).to_bits()
    } else {
        0
    };
    (u64::from(candidate.competent) << 63) | (fit << 1) | u64::from(candidate.pinned)
}

#[cfg(test)]
mod tests {
    use super::parts::register_score;
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
