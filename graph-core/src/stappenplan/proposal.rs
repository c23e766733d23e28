//! A policy proposal: every answer of the eight steps of the stappenplan, with a compact,
//! versioned encoding for links (`v=1&ta=UIT.INN&...`) and serde for proposal files.

use crate::sort::SharedSort;
use std::fmt;
use std::str::FromStr;

use crate::i18n::{Lang, T, fill};
use crate::id::{MinistryId, OrganisationId, RegisterCode, TargetGroupCode, TaskCode};
use crate::links::{encode_component, query_pairs};
use crate::period::Period;

/// The expected number of cases a year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Volume {
    /// Fewer than 10,000 cases a year.
    Klein,
    /// 10,000 to 100,000 cases a year.
    #[default]
    Middel,
    /// 100,000 to 1 million cases a year.
    Groot,
    /// More than 1 million cases a year.
    ZeerGroot,
}

impl Volume {
    /// Every band, smallest first.
    pub const ALL: [Volume; 4] = [
        Volume::Klein,
        Volume::Middel,
        Volume::Groot,
        Volume::ZeerGroot,
    ];

    /// The code in links.
    pub fn code(self) -> &'static str {
        match self {
            Volume::Klein => "k",
            Volume::Middel => "m",
            Volume::Groot => "g",
            Volume::ZeerGroot => "z",
        }
    }

    /// The band in words of a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Volume::Klein => T::VolumeKlein,
            Volume::Middel => T::VolumeMiddel,
            Volume::Groot => T::VolumeGroot,
            Volume::ZeerGroot => T::VolumeZeerGroot,
        }
        .text(lang)
    }

    /// A rough FTE need used when the user gives none. OUR estimate, shown as such.
    pub fn default_fte(self) -> f64 {
        match self {
            Volume::Klein => 5.0,
            Volume::Middel => 25.0,
            Volume::Groot => 100.0,
            Volume::ZeerGroot => 300.0,
        }
    }
}

/// Groups with a known risk for doenvermogen (the capacity to act on what is asked).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum SpecialGroup {
    /// People with low literacy or digital skills.
    Laaggeletterd,
    /// People with problematic debts.
    Schulden,
    /// People abroad.
    Buitenland,
    /// People with a disability or chronic illness.
    Beperking,
    /// Young people.
    Jongeren,
}

impl SpecialGroup {
    /// Every group, in display order.
    pub const ALL: [SpecialGroup; 5] = [
        SpecialGroup::Laaggeletterd,
        SpecialGroup::Schulden,
        SpecialGroup::Buitenland,
        SpecialGroup::Beperking,
        SpecialGroup::Jongeren,
    ];

    /// The code in links.
    pub fn code(self) -> &'static str {
        match self {
            SpecialGroup::Laaggeletterd => "laaggeletterd",
            SpecialGroup::Schulden => "schulden",
            SpecialGroup::Buitenland => "buitenland",
            SpecialGroup::Beperking => "beperking",
            SpecialGroup::Jongeren => "jongeren",
        }
    }

    /// The group in words of a language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SpecialGroup::Laaggeletterd => T::SpecialLaaggeletterd,
            SpecialGroup::Schulden => T::SpecialSchulden,
            SpecialGroup::Buitenland => T::SpecialBuitenland,
            SpecialGroup::Beperking => T::SpecialBeperking,
            SpecialGroup::Jongeren => T::SpecialJongeren,
        }
        .text(lang)
    }

    fn from_code(code: &str) -> Option<SpecialGroup> {
        SpecialGroup::ALL
            .into_iter()
            .find(|group| group.code() == code)
    }
}

/// The weights of the five fit parts. They are normalised to sum to 1 when used.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Task fit.
    #[serde(rename = "taak")]
    pub task: f64,
    /// Target-group fit.
    #[serde(rename = "doelgroep")]
    pub target: f64,
    /// Data fit.
    #[serde(rename = "gegevens")]
    pub data: f64,
    /// Ministry fit.
    #[serde(rename = "ministerie")]
    pub ministry: f64,
    /// Resemblance to schemes the organisation already carries out.
    #[serde(rename = "regelingen")]
    pub schemes: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            task: 0.40,
            target: 0.20,
            data: 0.25,
            ministry: 0.15,
            schemes: DEFAULT_SCHEME_WEIGHT,
        }
    }
}

/// The default weight of the scheme part, beside the four that add up to 1.
const DEFAULT_SCHEME_WEIGHT: f64 = 0.80;

impl Weights {
    /// The weights scaled to sum to 1; the defaults when they are all zero or not finite.
    pub fn normalised(self) -> Weights {
        let parts = [
            self.task,
            self.target,
            self.data,
            self.ministry,
            self.schemes,
        ];
        if parts.iter().any(|w| !w.is_finite() || *w < 0.0) {
            return Weights::default().normalised();
        }
        let sum: f64 = parts.iter().sum();
        if sum <= 0.0 {
            return Weights::default().normalised();
        }
        Weights {
            task: self.task / sum,
            target: self.target / sum,
            data: self.data / sum,
            ministry: self.ministry / sum,
            schemes: self.schemes / sum,
        }
    }
}

/// The default feasibility threshold below which nothing counts as fitting.
pub const DEFAULT_THRESHOLD: f64 = 0.45;

fn default_threshold() -> f64 {
    DEFAULT_THRESHOLD
}

/// Every answer of the stappenplan. Field names in proposal files are Dutch.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Proposal {
    /// Step 1: a short title.
    #[serde(rename = "titel")]
    pub title: String,
    /// Step 1: a description.
    #[serde(rename = "omschrijving")]
    pub description: String,
    /// Step 1: the ministry that commissions the proposal.
    #[serde(rename = "ministerie")]
    pub ministry: Option<MinistryId>,
    /// Step 1: one to three task types.
    #[serde(rename = "taken")]
    pub tasks: Vec<TaskCode>,
    /// Step 1: the volume band.
    pub volume: Volume,
    /// Step 1: the period it starts; `None` means the year after the data's peildatum.
    #[serde(rename = "periode")]
    pub period: Option<Period>,
    /// Step 1: structural (true) or one-off (false).
    #[serde(rename = "structureel")]
    pub structural: bool,
    /// Step 2: target groups.
    #[serde(rename = "doelgroepen")]
    pub target_groups: Vec<TargetGroupCode>,
    /// Step 2: groups with a doenvermogen risk.
    #[serde(rename = "bijzondere_groepen")]
    pub special_groups: Vec<SpecialGroup>,
    /// Step 3: registers the task needs.
    pub registers: Vec<RegisterCode>,
    /// Step 4: organisations always shown.
    #[serde(rename = "vastgezet")]
    pub pinned: Vec<OrganisationId>,
    /// Step 4: organisations left out.
    #[serde(rename = "uitgesloten")]
    pub excluded: Vec<OrganisationId>,
    /// Step 5: estimated FTE need; `None` takes an estimate from the volume band.
    pub fte: Option<f64>,
    /// Step 6: chain partners that must act.
    #[serde(rename = "ketenpartners")]
    pub chain_partners: Vec<OrganisationId>,
    /// Step 7: the task needs independent judgement based on expertise.
    #[serde(rename = "onafhankelijk_oordeel")]
    pub independent_judgement: bool,
    /// Step 7: ministers must be able to steer individual cases.
    #[serde(rename = "politieke_sturing")]
    pub political_steering: bool,
    /// Step 7: societal organisations take part in the execution.
    #[serde(rename = "maatschappelijke_participatie")]
    pub societal_participation: bool,
    /// Step 7: the task needs local tailoring close to residents.
    #[serde(rename = "lokaal_maatwerk")]
    pub local_tailoring: bool,
    /// Step 8: the weights.
    #[serde(rename = "gewichten")]
    pub weights: Weights,
    /// Step 8: the threshold.
    #[serde(rename = "drempel", default = "default_threshold")]
    pub threshold: f64,
    /// Step 8: notes.
    #[serde(rename = "notities")]
    pub notes: String,
}

impl Default for Proposal {
    fn default() -> Self {
        Proposal {
            title: String::new(),
            description: String::new(),
            ministry: None,
            tasks: Vec::new(),
            volume: Volume::default(),
            period: None,
            structural: true,
            target_groups: Vec::new(),
            special_groups: Vec::new(),
            registers: Vec::new(),
            pinned: Vec::new(),
            excluded: Vec::new(),
            fte: None,
            chain_partners: Vec::new(),
            independent_judgement: false,
            political_steering: false,
            societal_participation: false,
            local_tailoring: false,
            weights: Weights::default(),
            threshold: DEFAULT_THRESHOLD,
            notes: String::new(),
        }
    }
}

/// The current version of the link encoding.
pub const PROPOSAL_VERSION: u32 = 1;

/// Why a link's proposal could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProposalError {
    /// A version this build does not know.
    #[error("de link is van een onbekende versie ({0}); begin opnieuw of vraag een nieuwe link")]
    Version(String),
    /// A value that cannot be right.
    #[error("de waarde {1:?} voor {0:?} in de link klopt niet")]
    BadValue(&'static str, String),
}

fn join<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

fn percent(value: f64) -> String {
    let rounded = (value * 100.0).round();
    format!("{rounded:.0}")
}

impl fmt::Display for Proposal {
    /// The proposal as query parameters, without a leading `?` or `&`; only answers that differ
    /// from the defaults are written, so links stay short.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let default = Proposal::default();
        write!(f, "v={PROPOSAL_VERSION}")?;
        let mut text = |key: &str, value: &str| -> fmt::Result {
            if value.is_empty() {
                Ok(())
            } else {
                write!(f, "&{key}={}", encode_component(value))
            }
        };
        text("ti", &self.title)?;
        text("om", &self.description)?;
        text("mi", self.ministry.as_ref().map_or("", MinistryId::as_str))?;
        text("ta", &join(&self.tasks))?;
        if self.volume != default.volume {
            text("vo", self.volume.code())?;
        }
        text(
            "pe",
            &self.period.map(|p| p.to_string()).unwrap_or_default(),
        )?;
        if !self.structural {
            text("du", "e")?;
        }
        text("dg", &join(&self.target_groups))?;
        text(
            "bg",
            &self
                .special_groups
                .iter()
                .map(|g| g.code())
                .collect::<Vec<_>>()
                .join("."),
        )?;
        text("re", &join(&self.registers))?;
        text("vz", &join(&self.pinned))?;
        text("ui", &join(&self.excluded))?;
        text(
            "fte",
            &self.fte.map(crate::figures::format_fte).unwrap_or_default(),
        )?;
        text("ke", &join(&self.chain_partners))?;
        let flags: String = [
            (self.independent_judgement, 'o'),
            (self.political_steering, 'p'),
            (self.societal_participation, 'm'),
            (self.local_tailoring, 'l'),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, c)| *c)
        .collect();
        text("vs", &flags)?;
        if self.weights != default.weights {
            let w = self.weights;
            text(
                "w",
                &[w.task, w.target, w.data, w.ministry, w.schemes]
                    .map(percent)
                    .join("."),
            )?;
        }
        if (self.threshold - default.threshold).abs() > 1e-9 {
            text("dr", &percent(self.threshold))?;
        }
        text("no", &self.notes)
    }
}

fn list<T>(
    value: &str,
    key: &'static str,
    check: fn(&str) -> bool,
    make: fn(String) -> T,
) -> Result<Vec<T>, ProposalError> {
    value
        .split(['.', ','])
        .filter(|item| !item.is_empty())
        .take(100)
        .map(|item| {
            if check(item) {
                Ok(make(item.to_owned()))
            } else {
                Err(ProposalError::BadValue(key, item.to_owned()))
            }
        })
        .collect()
}

fn share(value: &str, key: &'static str) -> Result<f64, ProposalError> {
    let number: f64 = value
        .parse()
        .map_err(|_| ProposalError::BadValue(key, value.to_owned()))?;
    if !(0.0..=100.0).contains(&number) {
        return Err(ProposalError::BadValue(key, value.to_owned()));
    }
    Ok(number / 100.0)
}

/// Longest free text kept from a link.
const MAX_TEXT: usize = 2_000;

impl FromStr for Proposal {
    type Err = ProposalError;

    /// Reads the parameters written by `Display`; unknown parameters are ignored (they may belong
    /// to the page), a missing `v` means an empty proposal.
    fn from_str(query: &str) -> Result<Self, Self::Err> {
        let pairs = query_pairs(query);
        let mut proposal = Proposal::default();
        let Some((_, version)) = pairs.iter().find(|(key, _)| key == "v") else {
            return Ok(proposal);
        };
        if version != &PROPOSAL_VERSION.to_string() {
            return Err(ProposalError::Version(version.chars().take(20).collect()));
        }
        for (key, value) in &pairs {
            let text = || value.chars().take(MAX_TEXT).collect::<String>();
            match key.as_str() {
                "ti" => proposal.title = text(),
                "om" => proposal.description = text(),
                "no" => proposal.notes = text(),
                "mi" if !value.is_empty() => {
                    if !crate::id::is_slug(value) {
                        return Err(ProposalError::BadValue("mi", value.clone()));
                    }
                    proposal.ministry = Some(MinistryId::new(value.clone()));
                }
                "ta" => proposal.tasks = list(value, "ta", crate::id::is_code, TaskCode::new)?,
                "dg" => {
                    proposal.target_groups =
                        list(value, "dg", crate::id::is_code, TargetGroupCode::new)?;
                }
                "re" => {
                    proposal.registers = list(value, "re", crate::id::is_slug, RegisterCode::new)?;
                }
                "vz" => {
                    proposal.pinned = list(value, "vz", crate::id::is_slug, OrganisationId::new)?;
                }
                "ui" => {
                    proposal.excluded = list(value, "ui", crate::id::is_slug, OrganisationId::new)?;
                }
                "ke" => {
                    proposal.chain_partners =
                        list(value, "ke", crate::id::is_slug, OrganisationId::new)?;
                }
                "bg" => {
                    proposal.special_groups = value
                        .split('.')
                        .filter(|code| !code.is_empty())
                        .map(|code| {
                            SpecialGroup::from_code(code)
                                .ok_or_else(|| ProposalError::BadValue("bg", code.to_owned()))
                        })
                        .collect::<Result<_, _>>()?;
                }
                "vo" => {
                    proposal.volume = Volume::ALL
                        .into_iter()
                        .find(|volume| volume.code() == value)
                        .ok_or_else(|| ProposalError::BadValue("vo", value.clone()))?;
                }
                "pe" if !value.is_empty() => {
                    proposal.period = Some(
                        value
                            .parse()
                            .map_err(|_| ProposalError::BadValue("pe", value.clone()))?,
                    );
                }
                "du" => proposal.structural = value != "e",
                "fte" if !value.is_empty() => {
                    let fte = crate::data::table::parse_number(value)
                        .filter(|fte| (0.0..=1_000_000.0).contains(fte))
                        .ok_or_else(|| ProposalError::BadValue("fte", value.clone()))?;
                    proposal.fte = Some(fte);
                }
                "vs" => {
                    proposal.independent_judgement = value.contains('o');
                    proposal.political_steering = value.contains('p');
                    proposal.societal_participation = value.contains('m');
                    proposal.local_tailoring = value.contains('l');
                }
                "w" => {
                    let parts: Vec<&str> = value.split('.').collect();
                    // Links from before the scheme part have four weights; it then keeps its default.
                    let (task, target, data, ministry, schemes) = match parts.as_slice() {
                        [a, b, c, d] => (a, b, c, d, None),
                        [a, b, c, d, e] => (a, b, c, d, Some(e)),
                        _ => return Err(ProposalError::BadValue("w", value.clone())),
                    };
                    proposal.weights = Weights {
                        task: share(task, "w")?,
                        target: share(target, "w")?,
                        data: share(data, "w")?,
                        ministry: share(ministry, "w")?,
                        schemes: match schemes {
                            Some(value) => share(value, "w")?,
                            None => DEFAULT_SCHEME_WEIGHT,
                        },
                    };
                }
                "dr" => proposal.threshold = share(value, "dr")?,
                _ => {}
            }
        }
        Ok(proposal)
    }
}

/// A problem with an answer, shown next to its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's id in the form.
    pub field: &'static str,
    /// What to do, in the language asked for.
    pub message: String,
}

impl Proposal {
    /// What must be answered before leaving a step, said in `lang`.
    pub fn problems(&self, step: u8, lang: Lang) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        match step {
            1 => {
                if self.tasks.is_empty() {
                    problems.push(FieldProblem {
                        field: "taken",
                        message: T::ProblemNoTask.text(lang).to_owned(),
                    });
                } else if self.tasks.len() > 3 {
                    problems.push(FieldProblem {
                        field: "taken",
                        message: fill(
                            T::ProblemTooManyTasks.text(lang),
                            &[("n", &self.tasks.len().to_string())],
                        ),
                    });
                }
            }
            2 if self.target_groups.is_empty() => problems.push(FieldProblem {
                field: "doelgroepen",
                message: T::ProblemNoTarget.text(lang).to_owned(),
            }),
            _ => {}
        }
        problems
    }

    /// Sorted, de-duplicated lists, so that the order of answers never changes a result.
    pub fn normalised(&self) -> Proposal {
        fn tidy<T: Ord>(items: &mut Vec<T>) {
            items.shared_sort();
            items.dedup();
        }
        let mut proposal = self.clone();
        tidy(&mut proposal.tasks);
        tidy(&mut proposal.target_groups);
        tidy(&mut proposal.special_groups);
        tidy(&mut proposal.registers);
        tidy(&mut proposal.pinned);
        tidy(&mut proposal.excluded);
        tidy(&mut proposal.chain_partners);
        if !proposal.threshold.is_finite() {
            proposal.threshold = DEFAULT_THRESHOLD;
        }
        proposal.threshold = proposal.threshold.clamp(0.0, 1.0);
        if proposal
            .fte
            .is_some_and(|fte| !fte.is_finite() || fte < 0.0)
        {
            proposal.fte = None;
        }
        proposal
    }
}

/// A proposal that exercises every part of the ranking on a synthetic landscape (see
/// `synthetic_sources`).
pub fn synthetic_proposal() -> Proposal {
    use crate::id::{MinistryId, RegisterCode, TargetGroupCode, TaskCode};
    Proposal {
        title: "Inkomensafhankelijke lening voor scholing en een eigen bijdrage".to_owned(),
        description:
            "Werkgevers en studenten betalen een premie; de toeslag hangt af van het inkomen."
                .to_owned(),
        tasks: vec![TaskCode::new("UIT"), TaskCode::new("INN")],
        target_groups: vec![TargetGroupCode::new("B")],
        registers: vec![RegisterCode::new("r1"), RegisterCode::new("r2")],
        ministry: Some(MinistryId::new("m3")),
        fte: Some(20.0),
        period: Some(crate::period::Period::Year(2027)),
        ..Proposal::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full() -> Proposal {
        Proposal {
            title: "Energietoeslag & co".into(),
            description: "Een toeslag voor huishoudens,\nper jaar".into(),
            ministry: Some(MinistryId::new("szw")),
            tasks: vec![TaskCode::new("UIT"), TaskCode::new("INN")],
            volume: Volume::ZeerGroot,
            period: Some(Period::Quarter(2027, 3)),
            structural: false,
            target_groups: vec![TargetGroupCode::new("B")],
            special_groups: vec![SpecialGroup::Schulden, SpecialGroup::Buitenland],
            registers: vec![RegisterCode::new("brp"), RegisterCode::new("bri")],
            pinned: vec![OrganisationId::new("dienst-toeslagen")],
            excluded: vec![OrganisationId::new("uwv")],
            fte: Some(12.5),
            chain_partners: vec![OrganisationId::new("belastingdienst")],
            independent_judgement: true,
            political_steering: false,
            societal_participation: true,
            local_tailoring: true,
            weights: Weights {
                task: 0.5,
                target: 0.1,
                data: 0.3,
                ministry: 0.1,
                schemes: 0.2,
            },
            threshold: 0.55,
            notes: "Zie nota 2026/14".into(),
        }
    }

    #[test]
    fn round_trips() {
        for proposal in [Proposal::default(), full()] {
            let text = proposal.to_string();
            assert_eq!(text.parse::<Proposal>(), Ok(proposal), "{text}");
        }
        assert_eq!(Proposal::default().to_string(), "v=1");
    }

    #[test]
    fn damaged_links_are_errors() {
        assert_eq!(
            "v=9&ta=UIT".parse::<Proposal>(),
            Err(ProposalError::Version("9".into()))
        );
        assert!("v=1&ta=uit<".parse::<Proposal>().is_err());
        assert!("v=1&w=40.20".parse::<Proposal>().is_err());
        assert!("v=1&fte=-3".parse::<Proposal>().is_err());
        assert!("v=1&pe=2026-Q5".parse::<Proposal>().is_err());
        assert!("v=1&dr=150".parse::<Proposal>().is_err());
        assert_eq!("p=stap&n=3".parse::<Proposal>(), Ok(Proposal::default()));
    }

    #[test]
    fn weights_normalise() {
        let w = Weights {
            task: 2.0,
            target: 1.0,
            data: 1.0,
            ministry: 0.0,
            schemes: 0.0,
        }
        .normalised();
        assert!((w.task - 0.5).abs() < 1e-12);
        let zero = Weights {
            task: 0.0,
            target: 0.0,
            data: 0.0,
            ministry: 0.0,
            schemes: 0.0,
        };
        assert_eq!(zero.normalised(), Weights::default().normalised());
        let sum = |w: Weights| w.task + w.target + w.data + w.ministry + w.schemes;
        assert!((sum(Weights::default().normalised()) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn links_with_four_weights_keep_the_default_scheme_weight() {
        let proposal: Proposal = "v=1&w=40.20.25.15".parse().unwrap();
        assert_eq!(proposal.weights, Weights::default());
    }

    fn slug() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?"
    }

    fn code() -> impl Strategy<Value = String> {
        "[A-Z][A-Z0-9]{0,4}"
    }

    prop_compose! {
        fn proposals()(
            title in ".{0,40}",
            tasks in prop::collection::vec(code(), 0..4),
            groups in prop::collection::vec(code(), 0..4),
            registers in prop::collection::vec(slug(), 0..4),
            pinned in prop::collection::vec(slug(), 0..3),
            fte in prop::option::of(0u32..10_000),
            period in prop::option::of((2020u16..2040, 0u8..5)),
            flags in prop::array::uniform4(any::<bool>()),
            weights in prop::array::uniform5(0u8..=100),
            threshold in 0u8..=100,
            volume in 0usize..4,
            structural in any::<bool>(),
        ) -> Proposal {
            Proposal {
                title,
                tasks: tasks.into_iter().map(TaskCode::new).collect(),
                target_groups: groups.into_iter().map(TargetGroupCode::new).collect(),
                registers: registers.into_iter().map(RegisterCode::new).collect(),
                pinned: pinned.into_iter().map(OrganisationId::new).collect(),
                fte: fte.map(|tenths| f64::from(tenths) / 10.0),
                period: period.map(|(year, q)| if q == 0 { Period::Year(year) } else { Period::Quarter(year, q) }),
                independent_judgement: flags[0],
                political_steering: flags[1],
                societal_participation: flags[2],
                local_tailoring: flags[3],
                weights: Weights {
                    task: f64::from(weights[0]) / 100.0,
                    target: f64::from(weights[1]) / 100.0,
                    data: f64::from(weights[2]) / 100.0,
                    ministry: f64::from(weights[3]) / 100.0,
                    schemes: f64::from(weights[4]) / 100.0,
                },
                threshold: f64::from(threshold) / 100.0,
                volume: Volume::ALL[volume],
                structural,
                ..Proposal::default()
            }
        }
    }

    proptest! {
        #[test]
        fn every_proposal_round_trips(proposal in proposals()) {
            let text = proposal.to_string();
            prop_assert_eq!(text.parse::<Proposal>(), Ok(proposal));
        }

        #[test]
        fn decoding_never_panics(text in ".{0,200}") {
            let _ = text.parse::<Proposal>();
            let _ = format!("v=1&{text}").parse::<Proposal>();
        }
    }
}
