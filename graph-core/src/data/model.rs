//! The rows of the data set, one struct per CSV file, and the closed value sets they use.
//! Every row remembers where it came from, so that every score can point back at its data.

use crate::id::{MinistryId, OrganisationId, PortfolioId, RegisterCode, TargetGroupCode, TaskCode};
use crate::period::{Date, Period};

/// A closed set of values as written in the CSV files.
pub trait Choice: Copy + 'static {
    /// Every value, in the order shown to users.
    const ALL: &'static [Self];
    /// The value as written in the CSV file.
    fn code(self) -> &'static str;
    /// A short Dutch label for the UI.
    fn label(self) -> &'static str;

    /// The value written as `code`, for links and forms.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.code() == code)
    }
}

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = ($code:literal, $label:literal)),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $code)] $variant),+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

choice!(
    /// The legal form of an organisation.
    LegalForm {
        /// Agentschap: part of a ministry with its own accounts.
        Agentschap = ("agentschap", "agentschap"),
        /// Zelfstandig bestuursorgaan.
        Zbo = ("zbo", "zelfstandig bestuursorgaan (zbo)"),
        /// Departmental service, part of a ministry.
        Departementaal = ("departementaal", "onderdeel van een ministerie"),
        /// Decentral government (gemeenten, provincies, waterschappen).
        Decentraal = ("decentraal", "decentrale overheid"),
        /// Joint arrangement of governments.
        GemeenschappelijkeRegeling = ("gemeenschappelijke-regeling", "gemeenschappelijke regeling"),
        /// Private-law body (stichting, vereniging, NV, BV).
        Privaatrechtelijk = ("privaatrechtelijk", "privaatrechtelijke rechtspersoon"),
        /// A form of its own in law (Nationale Politie, DNB).
        Bijzonder = ("bijzonder", "eigen wettelijke vorm"),
    }
);

choice!(
    /// How trustworthy a figure is.
    Status {
        /// Taken from a cited public source.
        Bron = ("bron", "bron"),
        /// An estimate, with its reasoning in `bron`.
        Schatting = ("schatting", "schatting"),
        /// An illustrative example, to be replaced by the organisation's own figure.
        Voorbeeld = ("voorbeeld", "voorbeeld"),
    }
);

choice!(
    /// The role an organisation has for a register.
    RegisterRole {
        /// Keeps the register (registratiehouder).
        Houder = ("houder", "houder"),
        /// Supplies the data (bronhouder).
        Bronhouder = ("bronhouder", "bronhouder"),
        /// Uses the data (afnemer).
        Afnemer = ("afnemer", "afnemer"),
    }
);

choice!(
    /// The kind of a chain relation between two organisations.
    ChainKind {
        /// Exchange of data.
        Gegevens = ("gegevens", "gegevensuitwisseling"),
        /// Work done for or commissioned by the other.
        Opdracht = ("opdracht", "opdracht"),
        /// Joint work.
        Samenwerking = ("samenwerking", "samenwerking"),
        /// Collection of debts or fines.
        Incasso = ("incasso", "incasso"),
        /// Supervision.
        Toezicht = ("toezicht", "toezicht"),
        /// ICT or shared services supplied.
        Ict = ("ict", "ICT-dienstverlening"),
        /// Referral of clients.
        Verwijzing = ("verwijzing", "doorverwijzing"),
    }
);

choice!(
    /// The kind of a portfolio item.
    PortfolioKind {
        /// A new or changed law.
        Wetgeving = ("wetgeving", "wetgeving"),
        /// A scheme (regeling).
        Regeling = ("regeling", "regeling"),
        /// An ICT renewal.
        Ict = ("ict", "ICT-vernieuwing"),
        /// Repair of past harm (herstel).
        Herstel = ("herstel", "herstel"),
        /// A programme.
        Programma = ("programma", "programma"),
        /// Anything else.
        Overig = ("overig", "overig"),
    }
);

choice!(
    /// A way forward the ranking suggests besides its shortlist.
    AlternativeKind {
        /// Start later, when the best fit has room.
        Later = ("later", "later starten"),
        /// Strengthen the best fit.
        Versterken = ("versterken", "versterken"),
        /// Combine two organisations.
        Combinatie = ("combinatie", "combineren"),
        /// Drop an asked task type.
        Vereenvoudigen = ("vereenvoudigen", "vereenvoudigen"),
        /// Execution by decentral government.
        Decentraal = ("decentraal", "decentrale route"),
        /// A new or existing agency (agentschap).
        Agentschap = ("agentschap", "agentschap"),
        /// An independent administrative body (zbo).
        Zbo = ("zbo", "zbo"),
        /// Execution in co-governance (medebewind).
        Medebewind = ("medebewind", "medebewind"),
    }
);

impl AlternativeKind {
    /// Whether this is advice on the form of execution (agency, zbo, medebewind) rather than on
    /// a candidate.
    pub fn is_form(self) -> bool {
        matches!(
            self,
            AlternativeKind::Agentschap | AlternativeKind::Zbo | AlternativeKind::Medebewind
        )
    }
}

choice!(
    /// What an upload does to a portfolio item.
    ChangeKind {
        /// A new item.
        Toegevoegd = ("toegevoegd", "toegevoegd"),
        /// An item with other values.
        Gewijzigd = ("gewijzigd", "gewijzigd"),
        /// An item the upload no longer has.
        Verwijderd = ("verwijderd", "verwijderd"),
    }
);

choice!(
    /// Yes or no, as written in the CSV files.
    YesNo {
        /// Yes.
        Ja = ("ja", "ja"),
        /// No.
        Nee = ("nee", "nee"),
    }
);

/// The CSV files of the data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum FileKind {
    /// `ministeries.csv`
    Ministries,
    /// `organisaties.csv`
    Organisations,
    /// `taken.csv`
    Tasks,
    /// `doelgroepen.csv`
    TargetGroups,
    /// `registers.csv`
    Registers,
    /// `organisatie_taken.csv`
    OrganisationTasks,
    /// `organisatie_doelgroepen.csv`
    OrganisationTargetGroups,
    /// `organisatie_registers.csv`
    OrganisationRegisters,
    /// `ketenrelaties.csv`
    ChainRelations,
    /// `capaciteit.csv`
    Capacity,
    /// `portfolio.csv`
    Portfolio,
    /// `regelingen.csv`
    Schemes,
}

/// Where a row came from: the file kind and the line, so a reason can cite it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct RowRef {
    /// The file.
    pub file: FileKind,
    /// The line in that file (header is line 1).
    pub line: u64,
}

/// `ministeries.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Ministry {
    /// Id, such as `szw`.
    pub id: MinistryId,
    /// Full name.
    pub naam: String,
    /// Abbreviation, such as `SZW`.
    pub afkorting: String,
    /// Source.
    pub bron: String,
    /// Where the row came from.
    pub row: RowRef,
}

impl Ministry {
    /// The abbreviation, or the name when there is none.
    pub fn short_name(&self) -> &str {
        if self.afkorting.is_empty() {
            &self.naam
        } else {
            &self.afkorting
        }
    }
}

/// How many years a staff figure may be older than the data's peildatum and still be shown as
/// the current size.
pub const STAFF_FIGURE_MAX_AGE: u16 = 3;

/// `organisaties.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Organisation {
    /// Id, such as `uwv`.
    pub id: OrganisationId,
    /// Full name.
    pub naam: String,
    /// Abbreviation; may be empty.
    pub afkorting: String,
    /// The responsible ministry; empty for bodies without one.
    pub ministerie: Option<MinistryId>,
    /// Legal form.
    pub rechtsvorm: LegalForm,
    /// Staff in FTE, where known or estimated.
    pub fte: Option<f64>,
    /// The year the FTE figure applies to.
    pub fte_peiljaar: Option<u16>,
    /// Whether the FTE figure is sourced, estimated or an example.
    pub fte_status: Status,
    /// Source(s).
    pub bron: String,
    /// Official website.
    pub website: String,
    /// One sentence on what it does.
    pub omschrijving: String,
    /// Its `systeemId` in the Register van Overheidsorganisaties; empty when not listed.
    pub register_id: String,
    /// The other ministries it carries out laws or schemes for, besides its own.
    pub opdrachtgevers: Vec<MinistryId>,
    /// Where the row came from.
    pub row: RowRef,
}

impl Organisation {
    /// The abbreviation, or the name when there is none.
    pub fn short_name(&self) -> &str {
        if self.afkorting.is_empty() {
            &self.naam
        } else {
            &self.afkorting
        }
    }

    /// Whether its staff figure is more than [`STAFF_FIGURE_MAX_AGE`] years older than
    /// `reference_year` (the data's peildatum), so that it must not be shown as current.
    pub fn staff_figure_dated(&self, reference_year: Option<u16>) -> bool {
        match (self.fte, self.fte_peiljaar, reference_year) {
            (Some(_), Some(year), Some(reference)) => {
                reference.saturating_sub(year) > STAFF_FIGURE_MAX_AGE
            }
            _ => false,
        }
    }

    /// Its page in the Register van Overheidsorganisaties, when the `register_id` is a systeemId.
    pub fn register_link(&self) -> Option<String> {
        let id = self.register_id.as_str();
        (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then(|| {
            let slug: String = self
                .naam
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('_'),
                    c if c.is_alphanumeric() || c == '-' => Some(c),
                    _ => None,
                })
                .collect();
            format!("https://organisaties.overheid.nl/{id}/{slug}")
        })
    }
}

/// `taken.csv`: one task type of the taxonomy.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TaskType {
    /// Code, such as `UIT`.
    pub code: TaskCode,
    /// Name.
    pub naam: String,
    /// Description with examples.
    pub omschrijving: String,
    /// Related task types: an organisation that performs one of these has a head start.
    pub verwant: Vec<TaskCode>,
    /// Where the row came from.
    pub row: RowRef,
}

/// `doelgroepen.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TargetGroup {
    /// Code, such as `B`.
    pub code: TargetGroupCode,
    /// Name.
    pub naam: String,
    /// Description.
    pub omschrijving: String,
    /// Where the row came from.
    pub row: RowRef,
}

/// `registers.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Register {
    /// Code, such as `brp`.
    pub code: RegisterCode,
    /// Name.
    pub naam: String,
    /// The organisation that keeps it.
    pub houder: OrganisationId,
    /// Whether it is one of the basisregistraties.
    pub basisregistratie: bool,
    /// Source.
    pub bron: String,
    /// Where the row came from.
    pub row: RowRef,
}

impl Register {
    /// A short name for labels, as registers have no abbreviation column: the abbreviation in
    /// brackets at the end of the name (`BRP`, `I&R`), else the code in capitals when it is short
    /// (`BLAU`), else the name (`Rijbewijzenregister`).
    pub fn short_name(&self) -> String {
        let bracketed = self
            .naam
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once('('))
            .map(|(_, inner)| inner)
            .filter(|inner| {
                !inner.is_empty()
                    && inner.chars().count() <= 8
                    && !inner.chars().any(char::is_lowercase)
            });
        match bracketed {
            Some(abbreviation) => abbreviation.to_owned(),
            None if self.code.as_str().len() <= 5 => self.code.as_str().to_ascii_uppercase(),
            None => self.naam.clone(),
        }
    }
}

/// `organisatie_taken.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct OrganisationTask {
    /// The organisation.
    pub organisatie: OrganisationId,
    /// The task type it performs.
    pub taak: TaskCode,
    /// Explanation, such as the laws it carries out.
    pub toelichting: String,
    /// Where the row came from.
    pub row: RowRef,
}

/// `organisatie_doelgroepen.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct OrganisationTargetGroup {
    /// The organisation.
    pub organisatie: OrganisationId,
    /// The target group it serves.
    pub doelgroep: TargetGroupCode,
    /// Where the row came from.
    pub row: RowRef,
}

/// `organisatie_registers.csv`
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct OrganisationRegister {
    /// The organisation.
    pub organisatie: OrganisationId,
    /// The register.
    pub register: RegisterCode,
    /// Its role.
    pub rol: RegisterRole,
    /// Where the row came from.
    pub row: RowRef,
}

/// `ketenrelaties.csv`: a directed chain relation.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChainRelation {
    /// From.
    pub van: OrganisationId,
    /// To.
    pub naar: OrganisationId,
    /// Kind.
    pub soort: ChainKind,
    /// Explanation.
    pub toelichting: String,
    /// Source.
    pub bron: String,
    /// Where the row came from.
    pub row: RowRef,
}

/// `capaciteit.csv`: change capacity and committed load of one organisation in one period.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CapacityRow {
    /// The organisation.
    pub organisatie: OrganisationId,
    /// The period.
    pub periode: Period,
    /// FTE available for new or changed tasks.
    pub capaciteit_fte: f64,
    /// FTE already committed.
    pub belasting_fte: f64,
    /// Sourced, estimate or example.
    pub status: Status,
    /// Source.
    pub bron: String,
    /// The date the figure describes.
    pub peildatum: Option<Date>,
    /// Where the row came from.
    pub row: RowRef,
}

impl CapacityRow {
    /// Load divided by capacity; `None` without capacity.
    pub fn utilisation(&self) -> Option<f64> {
        (self.capaciteit_fte > 0.0).then(|| self.belasting_fte / self.capaciteit_fte)
    }

    /// Capacity minus load (negative when over capacity).
    pub fn headroom(&self) -> f64 {
        self.capaciteit_fte - self.belasting_fte
    }
}

/// `portfolio.csv`: a change programme that takes capacity.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PortfolioItem {
    /// Id.
    pub id: PortfolioId,
    /// Name.
    pub naam: String,
    /// The organisation that carries it.
    pub organisatie: OrganisationId,
    /// Kind.
    pub soort: PortfolioKind,
    /// First period.
    pub start: Period,
    /// Last period.
    pub eind: Period,
    /// FTE it takes while it runs.
    pub belasting_fte: f64,
    /// Sourced, estimate or example.
    pub status: Status,
    /// Source.
    pub bron: String,
    /// Where the row came from.
    pub row: RowRef,
}

/// `regelingen.csv`: an existing scheme an organisation carries out. What an organisation already
/// does tells a student loan from social assistance, where twelve task types cannot.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Scheme {
    /// Id.
    pub id: crate::id::SchemeId,
    /// The organisation that carries it out.
    pub organisatie: OrganisationId,
    /// Its name, such as "Levenlanglerenkrediet".
    pub naam: String,
    /// What it does, for whom and how, in plain Dutch.
    pub omschrijving: String,
    /// The task types it involves.
    pub taken: Vec<TaskCode>,
    /// The target groups it serves.
    pub doelgroepen: Vec<TargetGroupCode>,
    /// The law it rests on.
    pub wet: String,
    /// Source.
    pub bron: String,
    /// Where the row came from.
    pub row: RowRef,
}
