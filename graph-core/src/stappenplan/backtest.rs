//! The backtest: past Dutch schemes, each written as the proposal it once was, ranked on today's
//! landscape without the scheme itself (leave one out), to see whether the organisation that was
//! really chosen comes out on top.

use crate::i18n::Lang;
use crate::id::{OrganisationId, SchemeId};
use crate::landscape::Landscape;
use crate::stappenplan::proposal::Proposal;
use crate::stappenplan::rank::{Ranking, rank_leaving_out};

/// Which half of the precedents a case belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Half {
    /// Looked at while the method was designed.
    Ontwerp,
    /// Held out: looked at only to judge the method.
    Toets,
    /// Written after the method was settled, by someone who did not see its rankings: a second
    /// hold-out, for when the first has been looked at more than once.
    Vers,
    /// Written after the method had been changed in the light of the held-out halves, by someone
    /// who did not see any ranking: the hold-out that judges that change.
    Nieuw,
    /// Written after the decentral route was allowed to lead on a clear lead in fit, again by
    /// someone who did not see any ranking: the hold-out that judges that change.
    Later,
    /// Written with the method unchanged since `Later`, once more by someone who did not see
    /// any ranking: a second unseen judgement of the same method.
    Slot,
    /// Written after a missing task type came to count two steps of relatedness, by someone who
    /// did not see any ranking: the hold-out that judges that change.
    Nader,
}

impl Half {
    /// Every half, in the order they are reported.
    pub const ALL: [Half; 7] = [
        Half::Ontwerp,
        Half::Toets,
        Half::Vers,
        Half::Nieuw,
        Half::Later,
        Half::Slot,
        Half::Nader,
    ];

    /// The folder its precedents live in, under the precedents folder.
    pub fn folder(self) -> &'static str {
        match self {
            Half::Ontwerp => "ontwerp",
            Half::Toets => "toets",
            Half::Vers => "vers",
            Half::Nieuw => "nieuw",
            Half::Later => "later",
            Half::Slot => "slot",
            Half::Nader => "nader",
        }
    }
}

/// A past scheme as a proposal, with the implementer that was really chosen.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Precedent {
    /// The scheme's name.
    #[serde(rename = "regeling")]
    pub name: String,
    /// The year it started.
    #[serde(rename = "jaar")]
    pub year: u16,
    /// The organisations that really carry it out, the main one first.
    #[serde(rename = "uitvoerders")]
    pub implementers: Vec<OrganisationId>,
    /// The schemes in the data that are this scheme: left out when ranking it.
    #[serde(rename = "eigen_regelingen", default)]
    pub own_schemes: Vec<SchemeId>,
    /// The public source of the choice of implementer.
    #[serde(rename = "bron")]
    pub source: String,
    /// The proposal as a policy maker would have written it.
    #[serde(rename = "voorstel")]
    pub proposal: Proposal,
}

/// How one precedent came out.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// The scheme.
    pub regeling: String,
    /// The half it belongs to.
    pub deel: Half,
    /// The real implementers.
    pub uitvoerders: Vec<OrganisationId>,
    /// The best place of a real implementer (1 is first); `None` when none is a candidate.
    pub rang: Option<usize>,
    /// Our first.
    pub onze_eerste: Option<OrganisationId>,
    /// Our first three.
    pub top_drie: Vec<OrganisationId>,
    /// Organisations in our first three that perform none of the asked task types.
    pub niet_uitvoerend_in_top_drie: Vec<OrganisationId>,
    /// Our first three and the best-placed real implementer, each with the scores of the five
    /// fit parts (task, target group, data, ministry, schemes) and the fit, and the schemes
    /// cited for it: to see why.
    #[serde(skip)]
    pub detail: Vec<(OrganisationId, [f64; 6], Vec<SchemeId>)>,
}

/// The totals of a set of outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Totals {
    /// Precedents.
    pub aantal: usize,
    /// A real implementer first.
    pub eerste: usize,
    /// A real implementer in the first three.
    pub top_drie: usize,
    /// First-three places held by an organisation that performs none of the asked task types.
    pub niet_uitvoerend: usize,
}

impl Totals {
    /// The totals of the outcomes.
    pub fn of<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Totals {
        let mut totals = Totals::default();
        for outcome in outcomes {
            totals.aantal += 1;
            totals.eerste += usize::from(outcome.rang == Some(1));
            totals.top_drie += usize::from(outcome.rang.is_some_and(|r| r <= 3));
            totals.niet_uitvoerend += outcome.niet_uitvoerend_in_top_drie.len();
        }
        totals
    }

    /// The share with a real implementer first.
    pub fn first_share(&self) -> f64 {
        self.eerste as f64 / self.aantal.max(1) as f64
    }

    /// The share with a real implementer in the first three.
    pub fn top_three_share(&self) -> f64 {
        self.top_drie as f64 / self.aantal.max(1) as f64
    }
}

/// Our first three as the report presents them: the decentral route first when it is preferred
/// and fits, then the competent national candidates by fit.
pub fn top_three(ranking: &Ranking) -> Vec<OrganisationId> {
    let decentral = ranking
        .decentral
        .best()
        .filter(|_| ranking.decentral.preferred && ranking.decentral.fits(ranking.threshold));
    decentral
        .into_iter()
        .chain(ranking.competent())
        .take(3)
        .map(|c| c.organisation.clone())
        .collect()
}

/// Ranks one precedent without its own schemes.
pub fn run_precedent(landscape: &Landscape, precedent: &Precedent, half: Half) -> Outcome {
    let ranking = rank_leaving_out(
        landscape,
        &precedent.proposal,
        Lang::Nl,
        &precedent.own_schemes,
    );
    let top = top_three(&ranking);
    let not_performing = top
        .iter()
        .filter(|id| {
            ranking
                .candidates
                .iter()
                .chain(&ranking.decentral.candidates)
                .find(|c| &c.organisation == *id)
                .is_some_and(|c| {
                    !precedent.proposal.tasks.is_empty() && c.task_scores.iter().all(|s| *s == 0.0)
                })
        })
        .cloned()
        .collect();
    Outcome {
        regeling: precedent.name.clone(),
        deel: half,
        uitvoerders: precedent.implementers.clone(),
        rang: precedent
            .implementers
            .iter()
            .filter_map(|id| ranking.position_of(id))
            .min(),
        onze_eerste: top.first().cloned(),
        detail: top
            .iter()
            .chain(&precedent.implementers)
            .filter_map(|id| {
                ranking
                    .candidates
                    .iter()
                    .chain(&ranking.decentral.candidates)
                    .find(|c| &c.organisation == id)
            })
            .map(|c| {
                let p = &c.parts;
                let scores = [
                    p.task.score,
                    p.target.score,
                    p.data.score,
                    p.ministry.score,
                    p.schemes.score,
                    c.fit,
                ];
                (c.organisation.clone(), scores, c.schemes.clone())
            })
            .collect(),
        top_drie: top,
        niet_uitvoerend_in_top_drie: not_performing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;

    #[test]
    fn totals_count_first_and_top_three() {
        let outcome = |rang| Outcome {
            regeling: String::new(),
            deel: Half::Ontwerp,
            uitvoerders: Vec::new(),
            rang,
            onze_eerste: None,
            top_drie: Vec::new(),
            niet_uitvoerend_in_top_drie: Vec::new(),
            detail: Vec::new(),
        };
        let outcomes = [
            outcome(Some(1)),
            outcome(Some(3)),
            outcome(Some(4)),
            outcome(None),
        ];
        let totals = Totals::of(&outcomes);
        assert_eq!((totals.aantal, totals.eerste, totals.top_drie), (4, 1, 2));
        assert!((totals.top_three_share() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn a_precedent_is_ranked_without_its_own_scheme() {
        let landscape = Landscape::load(&default_sources()).unwrap().0;
        let scheme = &landscape.data().schemes[0];
        let proposal = Proposal {
            title: scheme.naam.clone(),
            description: scheme.omschrijving.clone(),
            tasks: scheme.taken.clone(),
            ..Proposal::default()
        };
        let with = crate::stappenplan::rank::rank(&landscape, &proposal);
        let without = rank_leaving_out(
            &landscape,
            &proposal,
            Lang::Nl,
            std::slice::from_ref(&scheme.id),
        );
        let find = |r: &Ranking| {
            r.candidates
                .iter()
                .chain(&r.decentral.candidates)
                .find(|c| c.organisation == scheme.organisatie)
                .map(|c| (c.parts.schemes.score, c.schemes.clone()))
        };
        let (score_with, cited_with) = find(&with).unwrap();
        let (score_without, cited_without) = find(&without).unwrap();
        assert!(cited_with.contains(&scheme.id));
        assert!(!cited_without.contains(&scheme.id));
        assert!(score_without <= score_with);
    }
}
