//! Stapeling: several proposals at once. Each proposal puts its need (its fte, in its period and,
//! when structural, every later year with figures) on the organisation(s) that carry it out. Two
//! ways to choose them, side by side:
//!
//! - **one by one**: each proposal, in the given order, takes what the stappenplan's report would
//!   call best (the first candidate by fit that stays within 100 % and meets the threshold),
//!   knowing the portfolio and the proposals decided before it;
//! - **together**: one placement per proposal for all of them at once, by branch and bound: first
//!   the least capacity pushed beyond 100 % (none, whenever any assignment manages that), then the
//!   highest total feasibility. The search is exact: it prunes only on bounds that cannot be
//!   beaten, and says whether it finished.
//!
//! Capacity decides here, so every figure counts, example figures too; a collision on example
//! figures is marked indicative.

use std::collections::BTreeMap;

use crate::band::Band;
use crate::data::model::Status;
use crate::figures::{format_fte, format_percent};
use crate::i18n::{Lang, T, fill};
use crate::id::OrganisationId;
use crate::landscape::Landscape;
use crate::period::Period;
use crate::sort::SharedSort;
use crate::stappenplan::proposal::Proposal;
use crate::stappenplan::rank::rank;
use crate::stappenplan::report::escape_markdown;

/// The share of pressure taken off feasibility, as in the ranking.
const PRESSURE_WEIGHT: f64 = 0.6;
/// The most search nodes before the joint choice gives up its proof of optimality.
const NODE_LIMIT: u64 = 3_000_000;
const EPSILON: f64 = 1e-9;
/// How many of a report's shortlist a joint choice may pick from: the top three a policy maker
/// would defend, not every organisation that passes the threshold.
pub const CHOICES: usize = 3;

/// One way to carry out a proposal: one organisation, or two sharing the need.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Placement {
    /// The organisation(s).
    pub organisations: Vec<OrganisationId>,
    /// Fit as the ranking judged it, before capacity.
    pub fit: f64,
}

/// The choice for one proposal.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StackChoice {
    /// The proposal's position in the input.
    pub proposal: usize,
    /// The placement, or `None` when the proposal has no competent candidate.
    pub placement: Option<Placement>,
    /// Feasibility with everything assigned: fit less the pressure of the busiest period.
    pub feasibility: f64,
}

/// Utilisation of one organisation in one period with everything assigned.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Load {
    /// The organisation.
    pub organisation: OrganisationId,
    /// The period.
    pub period: Period,
    /// Change capacity in fte.
    pub capacity: f64,
    /// Portfolio load in fte.
    pub portfolio: f64,
    /// Per proposal (position in the input) placed here: its fte.
    pub shares: Vec<(usize, f64)>,
    /// Whether the figures are examples (`voorbeeld`): a collision here is indicative.
    pub indicative: bool,
}

impl Load {
    /// Load of portfolio and proposals.
    pub fn total(&self) -> f64 {
        self.portfolio + self.shares.iter().map(|(_, fte)| fte).sum::<f64>()
    }

    /// Utilisation with everything assigned; `None` without capacity.
    pub fn utilisation(&self) -> Option<f64> {
        (self.capacity > 0.0).then(|| self.total() / self.capacity)
    }

    /// Utilisation with the portfolio and only one of the shares.
    fn utilisation_with(&self, share: f64) -> Option<f64> {
        (self.capacity > 0.0).then(|| (self.portfolio + share) / self.capacity)
    }

    /// The limit the proposals jointly cross and none crosses alone: 100 %, else 70 %.
    pub fn collision(&self) -> Option<Band> {
        if self.shares.len() < 2 {
            return None;
        }
        let together = Band::of(Some(self.utilisation()?));
        let alone = self
            .shares
            .iter()
            .filter_map(|(_, fte)| self.utilisation_with(*fte))
            .map(|u| Band::of(Some(u)))
            .max()
            .unwrap_or(Band::Ruim);
        (together > alone && together > Band::Ruim).then_some(together)
    }

    /// Extra capacity needed for everything to fit within 100 %.
    pub fn shortfall(&self) -> f64 {
        (self.total() - self.capacity).max(0.0)
    }
}

/// One way of choosing for all proposals.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Assignment {
    /// Per proposal, in input order.
    pub choices: Vec<StackChoice>,
    /// The sum of the feasibilities.
    pub total: f64,
    /// Capacity pushed beyond 100 % by the proposals, in fte summed over organisations and periods.
    pub overflow: f64,
    /// Every organisation and period that carries a proposal.
    pub loads: Vec<Load>,
}

impl Assignment {
    /// Loads where proposals collide.
    pub fn collisions(&self) -> impl Iterator<Item = (&Load, Band)> {
        self.loads
            .iter()
            .filter_map(|load| load.collision().map(|band| (load, band)))
    }

    /// The load of an organisation in a period, if it carries a proposal there.
    pub fn load(&self, organisation: &OrganisationId, period: Period) -> Option<&Load> {
        self.loads
            .iter()
            .find(|load| &load.organisation == organisation && load.period == period)
    }
}

/// The stapeling of several proposals.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Stacking {
    /// The titles, in input order.
    pub titles: Vec<String>,
    /// Each proposal's need in fte and the periods it lasts.
    pub needs: Needs,
    /// Each decided alone, in order.
    pub one_by_one: Assignment,
    /// All decided together.
    pub together: Assignment,
    /// Whether the joint search finished, which proves its choice optimal.
    pub proven: bool,
    /// Search nodes visited.
    pub nodes: u64,
}

impl Stacking {
    /// Proposals that cannot be placed without pushing an organisation beyond 100 % (or that have
    /// no competent candidate at all), in the joint choice.
    pub fn unplaceable(&self) -> Vec<usize> {
        self.together
            .choices
            .iter()
            .filter(|choice| match &choice.placement {
                None => true,
                Some(placement) => placement.organisations.iter().any(|id| {
                    self.together.loads.iter().any(|load| {
                        &load.organisation == id
                            && load.shares.iter().any(|(p, _)| *p == choice.proposal)
                            && load.shortfall() > EPSILON
                            && load.shares.iter().map(|(_, fte)| fte).sum::<f64>() > EPSILON
                    })
                }),
            })
            .map(|choice| choice.proposal)
            .collect()
    }

    /// The smallest extra capacity per organisation and period that lets the joint choice fit.
    pub fn shortfalls(&self) -> Vec<(&OrganisationId, Period, f64)> {
        self.together
            .loads
            .iter()
            .filter(|load| load.capacity > 0.0 && load.shortfall() > EPSILON)
            .map(|load| (&load.organisation, load.period, load.shortfall()))
            .collect()
    }
}

impl Stacking {
    /// The report as JSON, with the keys `bzu stapel --json` documents: `voorstellen`, `los` and
    /// `samen` (`keuzes` of `{voorstel, organisaties, haalbaarheid}` and `totaal`), `knelpunten`
    /// (`{organisatie, periode, benutting_los, benutting_samen}`, where either reaches 70 %),
    /// `niet_plaatsbaar` and `tekort` (`{organisatie, periode, fte}`).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let titles = &self.titles;
        let choices = |assignment: &Assignment| {
            json!({
                "keuzes": assignment.choices.iter().map(|choice| json!({
                    "voorstel": titles[choice.proposal],
                    "organisaties": choice.placement.as_ref().map_or_else(Vec::new, |p| {
                        p.organisations.iter().map(ToString::to_string).collect()
                    }),
                    "haalbaarheid": choice.feasibility,
                })).collect::<Vec<_>>(),
                "totaal": assignment.total,
                "boven_100_fte": assignment.overflow,
            })
        };
        json!({
            "voorstellen": titles,
            "los": choices(&self.one_by_one),
            "samen": choices(&self.together),
            "bewezen_optimaal": self.proven,
            "knelpunten": self.pressure_points().iter().map(|(id, period, alone, joint)| json!({
                "organisatie": id.to_string(),
                "periode": period.to_string(),
                "benutting_los": alone,
                "benutting_samen": joint,
            })).collect::<Vec<_>>(),
            "niet_plaatsbaar": self.unplaceable().iter().map(|p| titles[*p].clone()).collect::<Vec<_>>(),
            "tekort": self.shortfalls().iter().map(|(id, period, fte)| json!({
                "organisatie": id.to_string(),
                "periode": period.to_string(),
                "fte": fte,
            })).collect::<Vec<_>>(),
        })
    }

    /// Organisations and periods where either assignment reaches 70 %: utilisation one by one
    /// and together.
    pub fn pressure_points(&self) -> Vec<(OrganisationId, Period, Option<f64>, Option<f64>)> {
        let mut cells: Vec<(OrganisationId, Period)> = self
            .one_by_one
            .loads
            .iter()
            .chain(&self.together.loads)
            .filter(|load| load.utilisation().is_some_and(|u| u >= Band::TIGHT_FROM))
            .map(|load| (load.organisation.clone(), load.period))
            .collect();
        cells.shared_sort();
        cells.dedup();
        let utilisation =
            |assignment: &Assignment, id: &OrganisationId, period: Period| match assignment
                .load(id, period)
            {
                Some(load) => load.utilisation(),
                None => self
                    .cells_alone(id, period)
                    .and_then(|load| load.utilisation()),
            };
        cells
            .into_iter()
            .map(|(id, period)| {
                let alone = utilisation(&self.one_by_one, &id, period);
                let joint = utilisation(&self.together, &id, period);
                (id, period, alone, joint)
            })
            .collect()
    }

    /// Why the joint choice for a proposal differs from the one-by-one choice, in words; `None`
    /// when they are the same.
    pub fn difference(&self, proposal: usize, lang: Lang) -> Option<String> {
        let alone = &self.one_by_one.choices[proposal];
        let joint = &self.together.choices[proposal];
        if alone.placement == joint.placement {
            return None;
        }
        // The busiest period of the organisation chosen one by one, if it is tight or full.
        let busiest = alone
            .placement
            .iter()
            .flat_map(|p| &p.organisations)
            .flat_map(|id| {
                self.one_by_one
                    .loads
                    .iter()
                    .filter(move |load| &load.organisation == id)
            });
        let worst = busiest
            .filter_map(|load| load.utilisation().map(|u| (u, load)))
            .filter(|(u, _)| *u >= Band::TIGHT_FROM)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        Some(match worst {
            Some((utilisation, load)) => fill(
                T::StackWhyLoad.text(lang),
                &[
                    ("organisatie", load.organisation.as_str()),
                    ("periode", &load.period.to_string()),
                    ("benutting", &format_percent(utilisation)),
                ],
            ),
            None => T::StackWhyTotal.text(lang).to_owned(),
        })
    }

    /// The collisions of the one-by-one choice in words, one per organisation and period.
    pub fn collision_sentences(&self, lang: Lang) -> Vec<String> {
        self.one_by_one
            .collisions()
            .map(|(load, band)| {
                let names: Vec<&str> = load
                    .shares
                    .iter()
                    .map(|(p, _)| self.titles[*p].as_str())
                    .collect();
                let mut text = fill(
                    T::StackCollision.text(lang),
                    &[
                        ("organisatie", load.organisation.as_str()),
                        ("periode", &load.period.to_string()),
                        ("voorstellen", &names.join(", ")),
                        (
                            "benutting",
                            &load.utilisation().map_or_else(String::new, format_percent),
                        ),
                        ("grens", band.word(lang)),
                    ],
                );
                if load.indicative {
                    text.push_str(T::StackIndicative.text(lang));
                }
                text
            })
            .collect()
    }

    /// The report as Markdown: both choices, the collisions, what cannot be placed and the
    /// shortfall.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let text = |key: T| key.text(lang);
        let mut out = format!("# {}\n\n", text(T::StackTitle));
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            text(T::SavedTitle),
            text(T::StackAlone),
            text(T::StackTogether),
            text(T::StackDifference)
        ));
        let placed = |choice: &StackChoice| {
            choice.placement.as_ref().map_or_else(
                || text(T::StackNoPlacement).to_owned(),
                |p| {
                    let names: Vec<&str> = p.organisations.iter().map(|id| id.as_str()).collect();
                    format!(
                        "{} ({})",
                        names.join(" + "),
                        crate::stappenplan::rank::score(choice.feasibility)
                    )
                },
            )
        };
        for (index, title) in self.titles.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape_markdown(title),
                placed(&self.one_by_one.choices[index]),
                placed(&self.together.choices[index]),
                self.difference(index, lang)
                    .unwrap_or_else(|| text(T::StackSame).to_owned())
            ));
        }
        out.push_str(&format!(
            "\n{}\n\n## {}\n\n",
            fill(
                text(T::StackTotals),
                &[
                    (
                        "los",
                        &crate::stappenplan::rank::score(self.one_by_one.total)
                    ),
                    (
                        "samen",
                        &crate::stappenplan::rank::score(self.together.total)
                    ),
                ],
            ),
            text(T::StackCollisionsTitle)
        ));
        let collisions = self.collision_sentences(lang);
        if collisions.is_empty() {
            out.push_str(&format!("{}\n", text(T::StackNoCollisions)));
        }
        for sentence in collisions {
            out.push_str(&format!("- {}\n", escape_markdown(&sentence)));
        }
        let unplaceable: Vec<&str> = self
            .unplaceable()
            .iter()
            .map(|p| self.titles[*p].as_str())
            .collect();
        if !unplaceable.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                escape_markdown(&fill(
                    text(T::StackUnplaceable),
                    &[("voorstellen", &unplaceable.join(", "))]
                ))
            ));
        }
        for (id, period, fte) in self.shortfalls() {
            out.push_str(&format!(
                "- {}\n",
                fill(
                    text(T::StackShortfall),
                    &[
                        ("organisatie", id.as_str()),
                        ("periode", &period.to_string()),
                        ("fte", &format_fte(fte)),
                    ],
                )
            ));
        }
        out
    }

    /// The portfolio alone of a cell the other assignment uses, for comparison.
    fn cells_alone(&self, id: &OrganisationId, period: Period) -> Option<Load> {
        let load = self
            .one_by_one
            .load(id, period)
            .or_else(|| self.together.load(id, period))?;
        Some(Load {
            shares: Vec::new(),
            ..load.clone()
        })
    }
}

/// A capacity cell: an organisation in a period.
#[derive(Clone, Debug)]
struct Cell {
    organisation: OrganisationId,
    period: Period,
    capacity: Option<f64>,
    portfolio: f64,
    indicative: bool,
    /// Whether the figures may decide in a single report (`bron` or `schatting`).
    binding: bool,
}

/// One option of a proposal: its fit, and the fte it puts on each cell.
type Offer = (f64, Vec<(usize, f64)>);

/// Each proposal's need: fte and the periods it lasts.
type Needs = Vec<(f64, Vec<Period>)>;

/// The search problem: per proposal its options, each putting fte on cells.
#[derive(Clone, Debug, Default)]
struct Problem {
    cells: Vec<Cell>,
    /// Per proposal: per option its fit and its (cell, fte) contributions.
    options: Vec<Vec<Offer>>,
}

impl Problem {
    fn pressure(&self, cell: usize, extra: f64) -> f64 {
        match self.cells[cell].capacity {
            Some(capacity) if capacity > 0.0 => {
                crate::stappenplan::rank::pressure((self.cells[cell].portfolio + extra) / capacity)
            }
            Some(_) if extra > 0.0 => 1.0,
            _ => 0.0,
        }
    }

    /// Capacity beyond 100 % in a cell caused by the proposals' `extra`.
    fn overflow(&self, cell: usize, extra: f64) -> f64 {
        let Some(capacity) = self.cells[cell].capacity else {
            return 0.0;
        };
        let before = (self.cells[cell].portfolio - capacity).max(0.0);
        (self.cells[cell].portfolio + extra - capacity).max(0.0) - before
    }

    fn value(&self, proposal: usize, option: usize, extra: &[f64]) -> f64 {
        let (fit, cells) = &self.options[proposal][option];
        let pressure = cells
            .iter()
            .map(|(cell, _)| self.pressure(*cell, extra[*cell]))
            .fold(0.0, f64::max);
        fit * (1.0 - PRESSURE_WEIGHT * pressure)
    }

    fn add(&self, proposal: usize, option: usize, extra: &mut [f64], sign: f64) {
        for (cell, fte) in &self.options[proposal][option].1 {
            extra[*cell] += sign * fte;
        }
    }

    /// Total overflow and feasibility of a complete choice (`None` for a proposal without
    /// options).
    fn score(&self, choice: &[Option<usize>]) -> (f64, f64) {
        let mut extra = vec![0.0; self.cells.len()];
        for (proposal, option) in choice.iter().enumerate() {
            if let Some(option) = option {
                self.add(proposal, *option, &mut extra, 1.0);
            }
        }
        let overflow = (0..self.cells.len())
            .map(|cell| self.overflow(cell, extra[cell]))
            .sum();
        let total = choice
            .iter()
            .enumerate()
            .filter_map(|(proposal, option)| option.map(|o| self.value(proposal, o, &extra)))
            .sum();
        (overflow, total)
    }

    /// Each proposal in order takes what its report would call best: the first option by fit
    /// that pushes no organisation beyond 100 % on figures that may decide (`bron`, `schatting`),
    /// given the portfolio and the proposals decided before it; failing that, the one that pushes
    /// least. Example figures do not decide here, as in the report.
    fn one_by_one(&self) -> Vec<Option<usize>> {
        let mut extra = vec![0.0; self.cells.len()];
        let mut choice = Vec::new();
        for proposal in 0..self.options.len() {
            let added = |option: usize, extra: &[f64]| -> f64 {
                self.options[proposal][option]
                    .1
                    .iter()
                    .filter(|(cell, _)| self.cells[*cell].binding)
                    .map(|(cell, fte)| {
                        self.overflow(*cell, extra[*cell] + fte)
                            - self.overflow(*cell, extra[*cell])
                    })
                    .sum()
            };
            let best = (0..self.options[proposal].len())
                .map(|option| (option, added(option, &extra)))
                .min_by(|a, b| {
                    let fits = |x: f64| if x <= EPSILON { 0.0 } else { x };
                    fits(a.1).total_cmp(&fits(b.1)).then(a.0.cmp(&b.0))
                })
                .map(|(option, _)| option);
            if let Some(option) = best {
                self.add(proposal, option, &mut extra, 1.0);
            }
            choice.push(best);
        }
        choice
    }

    /// The joint choice: the proposals fall apart into groups that share no organisation and
    /// period (their objectives add up, so each group is solved on its own), and each group by
    /// branch and bound, starting from the one-by-one choice improved by single changes. Returns
    /// the choice, whether every search finished (which proves it optimal) and the nodes visited.
    fn together(&self) -> (Vec<Option<usize>>, bool, u64) {
        let mut choice = vec![None; self.options.len()];
        let (mut finished, mut nodes) = (true, 0);
        for group in self.groups() {
            let part = Problem {
                cells: self.cells.clone(),
                options: group.iter().map(|&p| self.options[p].clone()).collect(),
            };
            let (found, done, visited) = part.search(NODE_LIMIT.saturating_sub(nodes));
            finished &= done;
            nodes += visited;
            for (position, &proposal) in group.iter().enumerate() {
                choice[proposal] = found[position];
            }
        }
        (choice, finished, nodes)
    }

    /// Proposals connected through a shared cell, each group ordered with the largest need first
    /// (then by position): the decisions that press most are taken near the root, where a bound
    /// prunes most.
    fn groups(&self) -> Vec<Vec<usize>> {
        let n = self.options.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut owner: Vec<Option<usize>> = vec![None; self.cells.len()];
        for proposal in 0..n {
            for (_, cells) in &self.options[proposal] {
                for (cell, _) in cells {
                    match owner[*cell] {
                        None => owner[*cell] = Some(proposal),
                        Some(other) => {
                            let (a, b) = (root(&mut parent, other), root(&mut parent, proposal));
                            parent[a.max(b)] = a.min(b);
                        }
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for proposal in 0..n {
            let r = root(&mut parent, proposal);
            groups.entry(r).or_default().push(proposal);
        }
        groups
            .into_values()
            .map(|mut group| {
                let need = |p: usize| -> f64 {
                    self.options[p]
                        .first()
                        .map_or(0.0, |(_, cells)| cells.iter().map(|(_, fte)| fte).sum())
                };
                group.shared_sort_by(|a, b| need(*b).total_cmp(&need(*a)).then(a.cmp(b)));
                group
            })
            .collect()
    }

    /// Single changes to a choice while any makes it better.
    fn improve(&self, mut choice: Vec<Option<usize>>) -> Vec<Option<usize>> {
        let mut best = self.score(&choice);
        loop {
            let mut improved = false;
            for proposal in 0..self.options.len() {
                for option in 0..self.options[proposal].len() {
                    let old = choice[proposal];
                    if old == Some(option) {
                        continue;
                    }
                    choice[proposal] = Some(option);
                    let score = self.score(&choice);
                    if better(score, best) {
                        best = score;
                        improved = true;
                    } else {
                        choice[proposal] = old;
                    }
                }
            }
            if !improved {
                return choice;
            }
        }
    }

    /// Branch and bound over the proposals in the given order, within `limit` nodes.
    fn search(&self, limit: u64) -> (Vec<Option<usize>>, bool, u64) {
        let start = self.improve(self.one_by_one());
        let mut search = Search {
            problem: self,
            extra: vec![0.0; self.cells.len()],
            current: Vec::new(),
            best_score: self.score(&start),
            best: start,
            nodes: 0,
            limit,
        };
        search.descend();
        let finished = search.nodes <= limit;
        (search.best, finished, search.nodes)
    }
}

struct Search<'a> {
    problem: &'a Problem,
    extra: Vec<f64>,
    current: Vec<Option<usize>>,
    best: Vec<Option<usize>>,
    best_score: (f64, f64),
    nodes: u64,
    limit: u64,
}

/// Whether `a` (overflow, total) is strictly better than `b`.
fn better(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 < b.0 - EPSILON || (a.0 <= b.0 + EPSILON && a.1 > b.1 + EPSILON)
}

impl Search<'_> {
    fn descend(&mut self) {
        self.nodes += 1;
        if self.nodes > self.limit {
            return;
        }
        let problem = self.problem;
        let depth = self.current.len();
        if depth == problem.options.len() {
            let score = problem.score(&self.current);
            if better(score, self.best_score) {
                self.best_score = score;
                self.best = self.current.clone();
            }
            return;
        }
        // Bounds: overflow only grows as load is added; feasibility only falls.
        let overflow: f64 = (0..problem.cells.len())
            .map(|cell| problem.overflow(cell, self.extra[cell]))
            .sum();
        let placed: f64 = self
            .current
            .iter()
            .enumerate()
            .filter_map(|(p, o)| o.map(|o| problem.value(p, o, &self.extra)))
            .sum();
        let mut optimistic = placed;
        for proposal in depth..problem.options.len() {
            let mut best = 0.0f64;
            for option in 0..problem.options[proposal].len() {
                problem.add(proposal, option, &mut self.extra, 1.0);
                best = best.max(problem.value(proposal, option, &self.extra));
                problem.add(proposal, option, &mut self.extra, -1.0);
            }
            optimistic += best;
        }
        if overflow > self.best_score.0 + EPSILON
            || (overflow >= self.best_score.0 - EPSILON
                && optimistic <= self.best_score.1 + EPSILON)
        {
            return;
        }
        let count = problem.options[depth].len();
        if count == 0 {
            self.current.push(None);
            self.descend();
            self.current.pop();
            return;
        }
        // Most promising first: least added overflow, then highest feasibility now.
        let mut order: Vec<(usize, f64, f64)> = (0..count)
            .map(|option| {
                problem.add(depth, option, &mut self.extra, 1.0);
                let added: f64 = (0..problem.cells.len())
                    .map(|cell| problem.overflow(cell, self.extra[cell]))
                    .sum::<f64>()
                    - overflow;
                let value = problem.value(depth, option, &self.extra);
                problem.add(depth, option, &mut self.extra, -1.0);
                (option, added, value)
            })
            .collect();
        order.shared_sort_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then(b.2.total_cmp(&a.2))
                .then(a.0.cmp(&b.0))
        });
        for (option, _, _) in order {
            problem.add(depth, option, &mut self.extra, 1.0);
            self.current.push(Some(option));
            self.descend();
            self.current.pop();
            problem.add(depth, option, &mut self.extra, -1.0);
        }
    }
}

/// The periods a proposal's need lasts: its period, and when structural every later year with
/// figures.
fn periods_of(landscape: &Landscape, proposal: &Proposal, period: Period) -> Vec<Period> {
    let mut periods = vec![period];
    if proposal.structural {
        periods.extend(
            landscape
                .periods()
                .into_iter()
                .filter(|p| matches!(p, Period::Year(_)) && p.is_after(period)),
        );
    }
    periods
}

/// Builds the problem: per proposal the placements its report puts first: the first
/// [`CHOICES`] of the shortlist (by fit) and the combinations that pass; only the pinned ones
/// when it pins. A proposal whose report finds no fitting implementer has none.
fn build(landscape: &Landscape, proposals: &[Proposal]) -> (Problem, Vec<Vec<Placement>>, Needs) {
    let mut problem = Problem::default();
    let mut index: BTreeMap<(OrganisationId, Period), usize> = BTreeMap::new();
    let mut placements = Vec::new();
    let mut needs = Vec::new();
    for proposal in proposals {
        let ranking = rank(landscape, proposal);
        let periods = periods_of(landscape, proposal, ranking.period);
        let need = ranking.need_fte;
        let mut offered: Vec<Placement> = ranking
            .candidates
            .iter()
            .filter(|c| {
                c.competent
                    && if proposal.pinned.is_empty() {
                        c.shortlisted
                    } else {
                        c.pinned
                    }
            })
            .take(CHOICES)
            .map(|c| Placement {
                organisations: vec![c.organisation.clone()],
                fit: c.fit,
            })
            .collect();
        if proposal.pinned.is_empty() {
            offered.extend(
                ranking
                    .combinations
                    .iter()
                    .filter(|c| c.passes)
                    .map(|c| Placement {
                        organisations: vec![c.first.clone(), c.second.clone()],
                        fit: c.fit,
                    }),
            );
        }
        let mut options = Vec::new();
        for placement in &offered {
            let share = need / placement.organisations.len() as f64;
            let mut cells = Vec::new();
            for id in &placement.organisations {
                for period in &periods {
                    let key = (id.clone(), *period);
                    let cell = *index.entry(key).or_insert_with(|| {
                        let figure = landscape.capacity(id, *period);
                        problem.cells.push(Cell {
                            organisation: id.clone(),
                            period: *period,
                            capacity: figure.as_ref().map(|f| f.capaciteit_fte),
                            portfolio: figure.as_ref().map_or(0.0, |f| f.belasting_fte),
                            indicative: figure
                                .as_ref()
                                .is_some_and(|f| f.status == Status::Voorbeeld),
                            binding: figure.is_some_and(|f| f.status != Status::Voorbeeld),
                        });
                        problem.cells.len() - 1
                    });
                    cells.push((cell, share));
                }
            }
            options.push((placement.fit, cells));
        }
        problem.options.push(options);
        placements.push(offered);
        needs.push((need, periods));
    }
    (problem, placements, needs)
}

fn assignment(
    problem: &Problem,
    placements: &[Vec<Placement>],
    choice: &[Option<usize>],
) -> Assignment {
    let mut extra = vec![0.0; problem.cells.len()];
    let mut shares: Vec<Vec<(usize, f64)>> = vec![Vec::new(); problem.cells.len()];
    for (proposal, option) in choice.iter().enumerate() {
        if let Some(option) = option {
            for (cell, fte) in &problem.options[proposal][*option].1 {
                extra[*cell] += fte;
                shares[*cell].push((proposal, *fte));
            }
        }
    }
    let (overflow, total) = problem.score(choice);
    let choices = choice
        .iter()
        .enumerate()
        .map(|(proposal, option)| StackChoice {
            proposal,
            placement: option.map(|o| placements[proposal][o].clone()),
            feasibility: option.map_or(0.0, |o| problem.value(proposal, o, &extra)),
        })
        .collect();
    let loads = problem
        .cells
        .iter()
        .zip(shares)
        .filter(|(_, shares)| !shares.is_empty())
        .map(|(cell, shares)| Load {
            organisation: cell.organisation.clone(),
            period: cell.period,
            capacity: cell.capacity.unwrap_or(0.0),
            portfolio: cell.portfolio,
            shares,
            indicative: cell.indicative || cell.capacity.is_none(),
        })
        .collect();
    Assignment {
        choices,
        total,
        overflow,
        loads,
    }
}

/// The stapeling of `proposals` on the landscape: both assignments, their loads and collisions.
/// The joint choice does not depend on the order of the proposals.
pub fn stack(landscape: &Landscape, proposals: &[Proposal]) -> Stacking {
    let (problem, placements, needs) = build(landscape, proposals);
    let one_by_one = problem.one_by_one();
    // The joint search runs in a canonical order (by the proposal's text), so the input order
    // cannot change its answer.
    let mut order: Vec<usize> = (0..proposals.len()).collect();
    let keys: Vec<String> = proposals.iter().map(ToString::to_string).collect();
    order.shared_sort_by(|a, b| keys[*a].cmp(&keys[*b]).then(a.cmp(b)));
    let canonical = Problem {
        cells: problem.cells.clone(),
        options: order.iter().map(|&p| problem.options[p].clone()).collect(),
    };
    let (found, proven, nodes) = canonical.together();
    let mut together = vec![None; proposals.len()];
    for (position, &proposal) in order.iter().enumerate() {
        together[proposal] = found[position];
    }
    Stacking {
        titles: proposals.iter().map(|p| p.title.clone()).collect(),
        needs,
        one_by_one: assignment(&problem, &placements, &one_by_one),
        together: assignment(&problem, &placements, &together),
        proven,
        nodes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Rng;
    use proptest::prelude::*;

    /// A random abstract problem: `n` proposals, up to `k` options each over `c` cells.
    fn random_problem(seed: u64, n: usize, k: usize, c: usize) -> Problem {
        let mut rng = Rng::new(seed);
        let cells = (0..c)
            .map(|i| Cell {
                organisation: OrganisationId::new(format!("o{i}")),
                period: Period::Year(2028),
                capacity: (rng.below(5) > 0).then(|| 5.0 + rng.below(40) as f64),
                portfolio: rng.below(35) as f64,
                indicative: false,
                binding: rng.below(3) > 0,
            })
            .collect();
        let options = (0..n)
            .map(|_| {
                let need = 1.0 + rng.below(15) as f64;
                (0..rng.below(k) + 1)
                    .map(|_| {
                        let fit = 0.2 + rng.below(80) as f64 / 100.0;
                        if rng.below(4) == 0 {
                            let (a, b) = (rng.below(c), rng.below(c));
                            (fit, vec![(a, need / 2.0), (b, need / 2.0)])
                        } else {
                            (fit, vec![(rng.below(c), need)])
                        }
                    })
                    .collect()
            })
            .collect();
        Problem { cells, options }
    }

    fn brute_force(problem: &Problem) -> (f64, f64) {
        let mut best = (f64::INFINITY, f64::NEG_INFINITY);
        let mut choice = vec![0usize; problem.options.len()];
        loop {
            let score = problem.score(&choice.iter().map(|o| Some(*o)).collect::<Vec<_>>());
            if better(score, best) {
                best = score;
            }
            let mut position = 0;
            loop {
                if position == choice.len() {
                    return best;
                }
                choice[position] += 1;
                if choice[position] < problem.options[position].len() {
                    break;
                }
                choice[position] = 0;
                position += 1;
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn the_joint_choice_equals_brute_force(seed in any::<u64>(), n in 1usize..5, k in 1usize..5, c in 1usize..5) {
            let problem = random_problem(seed, n, k, c);
            let (choice, proven, _) = problem.together();
            prop_assert!(proven);
            let (overflow, total) = problem.score(&choice);
            let (best_overflow, best_total) = brute_force(&problem);
            prop_assert!((overflow - best_overflow).abs() < 1e-6, "{overflow} vs {best_overflow}");
            prop_assert!((total - best_total).abs() < 1e-6, "{total} vs {best_total}");
        }

        #[test]
        fn together_is_never_worse_than_one_by_one(seed in any::<u64>(), n in 1usize..6, k in 1usize..6, c in 1usize..6) {
            let problem = random_problem(seed, n, k, c);
            let alone = problem.score(&problem.one_by_one());
            let (choice, _, _) = problem.together();
            let joint = problem.score(&choice);
            // Less overflow, or as little and at least the same total feasibility.
            prop_assert!(joint.0 <= alone.0 + 1e-9);
            prop_assert!(joint.0 < alone.0 - 1e-9 || joint.1 + 1e-9 >= alone.1, "{joint:?} {alone:?}");
        }
    }

    fn proposal(text: &str) -> Proposal {
        serde_json::from_str(text).expect("a valid proposal")
    }

    fn landscape() -> Landscape {
        Landscape::load(&crate::data::defaults::default_sources())
            .unwrap()
            .0
    }

    /// Five proposals that all fit the SVB best, each small enough on its own.
    fn five_payments() -> Vec<Proposal> {
        (1..=5)
            .map(|i| {
                proposal(&format!(
                    "{{\"titel\":\"Toeslag {i} per kind\",\"omschrijving\":\"Een uitkering per kind voor ouders\",\
                     \"taken\":[\"UIT\"],\"doelgroepen\":[\"B\"],\"fte\":{},\"periode\":\"2028\"}}",
                    8 + i
                ))
            })
            .collect()
    }

    #[test]
    fn proposals_that_each_fit_collide_together_and_the_joint_choice_spreads_them() {
        let landscape = landscape();
        let proposals = five_payments();
        let stacking = stack(&landscape, &proposals);
        assert!(stacking.proven);
        // One by one, several proposals land on the same organisation.
        let mut counts: BTreeMap<&OrganisationId, usize> = BTreeMap::new();
        for choice in &stacking.one_by_one.choices {
            for id in &choice.placement.as_ref().expect("placed").organisations {
                *counts.entry(id).or_default() += 1;
            }
        }
        let (busiest, count) = counts.iter().max_by_key(|(_, n)| **n).unwrap();
        assert!(*count >= 2, "{counts:?}");
        // Each alone stays below 70 % there; together they cross it: a collision.
        let collision = stacking
            .one_by_one
            .collisions()
            .find(|(load, _)| &load.organisation == *busiest)
            .expect("a collision on the busiest organisation");
        assert_eq!(collision.0.shares.len(), *count);
        assert!(collision.1 >= Band::Krap);
        assert!(collision.0.indicative, "the shipped figures are examples");
        assert!(stacking.together.overflow <= stacking.one_by_one.overflow + 1e-9);
        assert!(
            stacking.together.overflow < stacking.one_by_one.overflow - 1e-9
                || stacking.together.total + 1e-9 >= stacking.one_by_one.total
        );
        // Collisions: organisations pushed over a limit by two or more proposals together.
        for (load, band) in stacking.one_by_one.collisions() {
            assert!(load.shares.len() >= 2);
            assert!(band > Band::Ruim);
        }
    }

    #[test]
    fn the_joint_choice_does_not_depend_on_the_order() {
        let landscape = landscape();
        let proposals = five_payments();
        let forward = stack(&landscape, &proposals);
        let mut reversed = proposals.clone();
        reversed.reverse();
        let backward = stack(&landscape, &reversed);
        assert!((forward.together.total - backward.together.total).abs() < 1e-9);
        for (i, choice) in forward.together.choices.iter().enumerate() {
            let mirrored = &backward.together.choices[proposals.len() - 1 - i];
            assert_eq!(
                choice.placement, mirrored.placement,
                "{}",
                proposals[i].title
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        #[test]
        fn any_order_gives_the_same_joint_choice(ftes in proptest::collection::vec(1u32..60, 3..6), rotate in 0usize..6, seed in any::<u64>()) {
            let landscape = landscape();
            let mut rng = Rng::new(seed);
            let tasks = ["UIT", "INN", "VER", "TOE"];
            let proposals: Vec<Proposal> = ftes.iter().enumerate().map(|(i, fte)| {
                let task = tasks[rng.below(tasks.len())];
                proposal(&format!("{{\"titel\":\"Voorstel {i}\",\"taken\":[\"{task}\"],\"fte\":{fte},\"periode\":\"2028\"}}"))
            }).collect();
            let mut turned = proposals.clone();
            let turn = rotate % turned.len();
            turned.rotate_left(turn);
            let (a, b) = (stack(&landscape, &proposals), stack(&landscape, &turned));
            prop_assert!((a.together.total - b.together.total).abs() < 1e-9);
            prop_assert!((a.together.overflow - b.together.overflow).abs() < 1e-9);
            for (i, choice) in a.together.choices.iter().enumerate() {
                let j = (i + proposals.len() - turn) % proposals.len();
                prop_assert_eq!(&choice.placement, &b.together.choices[j].placement);
            }
        }
    }

    #[test]
    fn a_proposal_without_competent_candidates_cannot_be_placed() {
        let landscape = landscape();
        let mut proposals = five_payments();
        proposals.truncate(1);
        // Pinned to the KNMI, which pays out nothing.
        proposals.push(proposal(
            "{\"titel\":\"Vastgezet op het KNMI\",\"taken\":[\"UIT\"],\"fte\":5,\"periode\":\"2028\",\
             \"vastgezet\":[\"knmi\"]}",
        ));
        let stacking = stack(&landscape, &proposals);
        assert_eq!(stacking.together.choices[1].placement, None);
        assert_eq!(stacking.unplaceable(), vec![1]);
    }
}
