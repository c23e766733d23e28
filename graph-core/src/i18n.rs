//! The one translation table: every sentence the user interface shows, in Dutch and in English.
//!
//! A text is a variant of [`T`]; [`T::text`] gives it in a [`Lang`]. Texts with values take
//! placeholders in braces (`{naam}`) that [`fill`] replaces. The data itself (names of
//! organisations, official terms, messages about a file) stays Dutch; the English texts explain
//! the Dutch terms where they appear.
//!
//! Adding a text: add a line `Key: "Nederlands", "English";` to the table below. The tests fail
//! when a translation is empty, or when the two languages use different placeholders.

use std::fmt;

/// A language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language code used in links (`taal=en`) and in the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language for a code; unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Replaces each `{name}` in `template` with its value; placeholders without a value stay as
/// they are, so a missing value shows up instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

macro_rules! table {
    ($($key:ident: $nl:literal, $en:literal;)*) => {
        /// A text of the user interface; see the module documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum T {
            $($key,)*
        }

        impl T {
            /// Every text, in table order.
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            /// The texts in table order, Dutch and English: one look-up in a table rather than a
            /// branch per text (a smaller download).
            const TEXTS: &'static [[&'static str; 2]] = &[$([$nl, $en],)*];

            /// The keys' names in table order.
            const NAMES: &'static [&'static str] = &[$(stringify!($key),)*];

            /// The text in a language.
            pub fn text(self, lang: Lang) -> &'static str {
                T::TEXTS[self as usize][lang as usize]
            }

            /// The key's name, for messages about the table itself.
            pub fn name(self) -> &'static str {
                T::NAMES[self as usize]
            }
        }
    };
}

table! {
    // The frame around every page.
    SkipLink: "Naar de inhoud", "Skip to content";
    AppName: "Beleid zoekt Uitvoerder", "Beleid zoekt Uitvoerder";
    AppNameExplained: "Beleid zoekt Uitvoerder", "Beleid zoekt Uitvoerder (Policy seeks Implementer)";
    MainMenu: "Hoofdmenu", "Main menu";
    MenuStart: "Start", "Home";
    MenuSteps: "Stappenplan", "Step plan";
    MenuLandscape: "Landschap", "Landscape";
    MenuOrganisations: "Organisaties", "Organisations";
    MenuLoad: "Belasting", "Workload";
    MenuData: "Gegevens", "Data";
    MenuAbout: "Over", "About";
    MenuStacking: "Stapeling", "Stacking";
    StackTitle: "Stapeling: meerdere voorstellen tegelijk", "Stacking: several proposals at once";
    StackLead: "Voorstellen die elk haalbaar lijken, kunnen samen een organisatie ver over haar capaciteit duwen. Kies bewaarde voorstellen en zie hun samen opgetelde belasting, waar ze botsen en een gezamenlijke keuze van uitvoerders.",
        "Proposals that each look feasible can together push an organisation far beyond its capacity. Choose saved proposals and see their combined load, where they collide and a joint choice of implementers.";
    SavedTitle: "Mijn voorstellen", "My proposals";
    SavedHelp: "Bewaard in deze browser; er wordt niets verstuurd. Bewaar een voorstel vanuit zijn rapport.",
        "Kept in this browser; nothing is sent. Save a proposal from its report.";
    SavedNone: "Nog geen bewaarde voorstellen. Doorloop het stappenplan en kies in het rapport ‘Bewaar in Mijn voorstellen’.",
        "No saved proposals yet. Go through the stappenplan and choose ‘Save in My proposals’ in the report.";
    SavedOpen: "Open het rapport van {titel}", "Open the report of {titel}";
    SavedCopy: "Kopieer", "Copy";
    SavedCopyOf: "Kopieer {titel}", "Copy {titel}";
    SavedCopySuffix: " (kopie)", " (copy)";
    SavedRename: "Hernoem", "Rename";
    SavedNewTitle: "Nieuwe titel voor {titel}", "New title for {titel}";
    SavedDelete: "Verwijder", "Delete";
    SavedDeleteOf: "Verwijder {titel}", "Delete {titel}";
    SavedInclude: "Neem {titel} mee in de stapeling", "Include {titel} in the stacking";
    SavedExport: "Exporteer alle voorstellen (JSON)", "Export all proposals (JSON)";
    SavedImport: "Importeer voorstellen (JSON)", "Import proposals (JSON)";
    SavedImported: "{n} voorstel(len) ingelezen.", "{n} proposal(s) imported.";
    SavedImportFailed: "{naam} is niet ingelezen: {fout}. Er is niets veranderd.", "{naam} was not imported: {fout}. Nothing changed.";
    SavedSave: "Bewaar in Mijn voorstellen", "Save in My proposals";
    SavedSaved: "Bewaard in Mijn voorstellen als ‘{titel}’.", "Saved in My proposals as ‘{titel}’.";
    SavedNotKept: "Deze browser bewaart niets (privévenster of volle opslag).", "This browser keeps nothing (private window or full storage).";
    SavedUntitled: "Voorstel zonder titel", "Untitled proposal";
    StackChoose: "Kies ten minste twee voorstellen om hun stapeling te zien.", "Choose at least two proposals to see their stacking.";
    StackChoicesTitle: "Twee manieren van kiezen", "Two ways of choosing";
    StackChoicesHelp: "Los: elk voorstel kiest op zijn beurt de beste kandidaat uit zijn rapport, wetend wat vóór hem besloten is. Samen: één keuze voor alle voorstellen tegelijk: eerst niemand boven 100 % als dat kan, dan de hoogste totale haalbaarheid.",
        "One by one: each proposal in turn takes the best candidate of its report, knowing what was decided before it. Together: one choice for all proposals at once: nobody beyond 100 % if at all possible, then the highest total feasibility.";
    StackAlone: "Los, één voor één", "One by one";
    StackTogether: "Samen gekozen", "Chosen together";
    StackDifference: "Verschil", "Difference";
    StackSame: "gelijk", "same";
    StackWhyLoad: "los komt {organisatie} in {periode} op {benutting}", "one by one {organisatie} reaches {benutting} in {periode}";
    StackWhyTotal: "samen geeft een hogere totale haalbaarheid", "together gives a higher total feasibility";
    StackNoPlacement: "geen passende uitvoerder", "no fitting implementer";
    StackTotals: "Totale haalbaarheid: los {los}, samen {samen}.", "Total feasibility: one by one {los}, together {samen}.";
    StackProven: "De gezamenlijke keuze is bewezen de beste ({n} zoekstappen).", "The joint choice is proven best ({n} search steps).";
    StackNotProven: "De zoekgrens is bereikt: de gezamenlijke keuze is de beste die gevonden is, niet bewezen.",
        "The search limit was reached: the joint choice is the best found, not proven.";
    StackCollisionsTitle: "Botsingen bij los kiezen", "Collisions when choosing one by one";
    StackNoCollisions: "Geen botsingen: geen organisatie komt door de voorstellen samen over 70 % of 100 %.",
        "No collisions: no organisation is pushed over 70 % or 100 % by the proposals together.";
    StackCollision: "{organisatie} in {periode}: {voorstellen} samen {benutting} ({grens}); elk alleen blijft eronder.",
        "{organisatie} in {periode}: {voorstellen} together {benutting} ({grens}); each alone stays below.";
    StackIndicative: " Voorbeeldcijfers: indicatief.", " Example figures: indicative.";
    StackHeatTitle: "Belasting per organisatie en periode", "Load per organisation and period";
    StackHeatHelp: "Portfolio plus voorstellen, met het aandeel van elk voorstel in fte.", "Portfolio plus proposals, with each proposal's share in fte.";
    StackHeatWhich: "Toewijzing", "Assignment";
    StackPortfolio: "portfolio {fte} fte", "existing work {fte} FTE";
    StackShare: "{voorstel}: {fte} fte", "{voorstel}: {fte} FTE";
    StackUnplaceable: "Niet te plaatsen zonder iemand boven 100 % te duwen: {voorstellen}.", "Cannot be placed without pushing someone beyond 100 %: {voorstellen}.";
    StackShortfall: "{organisatie} in {periode}: {fte} fte extra capaciteit nodig.", "{organisatie} in {periode}: {fte} fte of extra capacity needed.";
    StackComputing: "Bezig met berekenen…", "Computing…";
    OwnDataBadge: "Eigen gegevens", "Own data";
    FooterPrivacy: "Alles draait in uw browser: er gaan geen gegevens naar een server.",
        "Everything runs in your browser: no data is sent to a server.";
    LanguageSwitch: "English", "Nederlands";
    LanguageSwitchLabel: "Switch to English", "Schakel over naar Nederlands";
    OpenFull: "Open in een nieuw venster", "Open in a new window";
    PageLoading: "De pagina wordt geladen…", "The page is loading…";
    PageUnavailable: "Deze pagina kon niet worden geladen. Controleer de verbinding en open de pagina opnieuw.",
        "This page could not be loaded. Check the connection and open the page again.";
    StorageCleared: "Alles wat deze app in uw browser bewaarde, is gewist.",
        "Everything this app kept in your browser has been cleared.";
    StorageClear: "Bewaarde gegevens wissen", "Clear stored data";
    Close: "Sluiten", "Close";

    // --- Start, stappenplan, rapport, organisaties, belasting ---
    // Words shared by several pages (table headings, values).
    Unknown: "onbekend", "unknown";
    ColOrganisation: "Organisatie", "Organisation";
    ColMinistry: "Ministerie", "Ministry";
    ColSchemes: "Regelingen", "Schemes";
    OrgSchemes: "Regelingen die de organisatie al uitvoert", "Schemes the organisation already carries out";
    OrgSchemesNone: "De gegevens noemen nog geen regelingen van deze organisatie.",
        "The data names no schemes of this organisation yet.";
    OrgScheme: "Regeling", "Scheme";
    OrgSchemeLaw: "Wet", "Law";
    ColRoom: "Ruimte", "Room";
    ColName: "Naam", "Name";
    ColLegalForm: "Rechtsvorm", "Legal form";
    ColUtilisation: "Benutting", "Utilisation";
    ColTasks: "Taken", "Tasks";
    ColTask: "Taak", "Task";
    ColTargetGroup: "Doelgroep", "Target group";
    ColData: "Gegevens", "Data";
    ColFit: "Fit", "Fit score";
    ColFeasibility: "Haalbaarheid", "Feasibility";
    ColWatch: "Let op", "Watch out";
    ColHeadroomFte: "Ruimte (fte)", "Headroom (FTE)";
    ColStatus: "Status", "Basis";
    ColExplanation: "Toelichting", "Explanation";
    BandFull: "vol", "full";
    BandTight: "krap", "tight";
    BandRoom: "ruimte", "room";
    ExampleFigure: " (voorbeeld)", " (example)";

    // Closed values of the data, in words: Dutch as the data writes them, English explained.
    StatusBron: "bron", "source";
    StatusSchatting: "schatting", "estimate";
    StatusVoorbeeld: "voorbeeld", "example";
    RoleHouder: "houder", "keeper (houder)";
    RoleBronhouder: "bronhouder", "source keeper (bronhouder)";
    RoleAfnemer: "afnemer", "user (afnemer)";
    ChainGegevens: "gegevensuitwisseling", "data exchange";
    ChainOpdracht: "opdracht", "commission";
    ChainSamenwerking: "samenwerking", "cooperation";
    ChainIncasso: "incasso", "debt collection";
    ChainToezicht: "toezicht", "supervision";
    ChainIct: "ICT-dienstverlening", "ICT services";
    ChainVerwijzing: "doorverwijzing", "referral";
    PortfolioWetgeving: "wetgeving", "legislation";
    PortfolioRegeling: "regeling", "scheme";
    PortfolioIct: "ICT-vernieuwing", "ICT renewal";
    PortfolioHerstel: "herstel", "redress (herstel)";
    PortfolioProgramma: "programma", "programme";
    PortfolioOverig: "overig", "other";
    LegalAgentschap: "agentschap", "agentschap (executive agency)";
    LegalZbo: "zelfstandig bestuursorgaan (zbo)", "zelfstandig bestuursorgaan (zbo, independent administrative body)";
    LegalDepartementaal: "onderdeel van een ministerie", "part of a ministry";
    LegalDecentraal: "decentrale overheid", "decentralised government";
    LegalGemeenschappelijkeRegeling: "gemeenschappelijke regeling", "gemeenschappelijke regeling (joint arrangement)";
    LegalPrivaatrechtelijk: "privaatrechtelijke rechtspersoon", "private-law body";
    LegalBijzonder: "eigen wettelijke vorm", "a statutory form of its own";

    // The stappenplan's answers and their checks.
    VolumeKlein: "klein (minder dan 10.000 zaken per jaar)", "small (fewer than 10,000 cases a year)";
    VolumeMiddel: "middel (10.000 tot 100.000 zaken per jaar)", "medium (10,000 to 100,000 cases a year)";
    VolumeGroot: "groot (100.000 tot 1 miljoen zaken per jaar)", "large (100,000 to 1 million cases a year)";
    VolumeZeerGroot: "zeer groot (meer dan 1 miljoen zaken per jaar)", "very large (more than 1 million cases a year)";
    SpecialLaaggeletterd: "laaggeletterden en mensen met weinig digitale vaardigheden",
        "people with low literacy or few digital skills";
    SpecialSchulden: "mensen met problematische schulden", "people with problem debts";
    SpecialBuitenland: "mensen in het buitenland", "people abroad";
    SpecialBeperking: "mensen met een beperking of chronische ziekte", "people with a disability or chronic illness";
    SpecialJongeren: "jongeren", "young people";
    ProblemNoTask: "Kies minstens één taaktype.", "Choose at least one task type.";
    ProblemTooManyTasks: "Kies hoogstens drie taaktypen; nu zijn het er {n}.",
        "Choose at most three task types; you have chosen {n}.";
    ProblemNoTarget: "Kies minstens één doelgroep.", "Choose at least one target group.";

    // The ranking's reasons (graph_core::rank).
    RankDoesTask: "voert {taak} ({naam}) uit", "carries out {taak} ({naam})";
    RankDoesTaskNote: "voert {taak} ({naam}) uit: {toelichting}", "carries out {taak} ({naam}): {toelichting}";
    RankRelatedTask: "voert {taak} ({naam}) niet uit, wel het verwante {verwant} (driekwart score)",
        "does not carry out {taak} ({naam}), but does the related {verwant} (three-quarter score)";
    RankNoTask: "voert {taak} ({naam}) en geen verwant taaktype uit",
        "carries out neither {taak} ({naam}) nor a related task type";
    RankNoTaskChosen: "geen taaktype gekozen: neutrale score", "no task type chosen: neutral score";
    RankNoTargetChosen: "geen doelgroep gekozen: neutrale score", "no target group chosen: neutral score";
    RankServes: "werkt voor {naam}", "works for {naam}";
    RankNotServes: "werkt niet voor {naam}", "does not work for {naam}";
    RankNoRegistersChosen: "geen registers gekozen: neutrale score", "no registers chosen: neutral score";
    RankRegisterRole: "is {rol} van {naam}", "is {rol} of {naam}";
    RankRegisterMissing: "gebruikt {naam} nog niet: gegevensuitwisseling met {houder} nodig",
        "does not use {naam} yet: data exchange with {houder} needed";
    RankRegisterRoleBasis: "is {rol} van {naam}: neutraal, want elke uitvoerder moet een basisregistratie gebruiken",
        "is {rol} of {naam}: neutral, as every implementer must use a basisregistratie";
    RankRegisterMissingBasis: "gebruikt {naam} nog niet (aansluiten bij {houder}): neutraal, want elke uitvoerder moet een basisregistratie gebruiken",
        "does not use {naam} yet (connect with {houder}): neutral, as every implementer must use a basisregistratie";
    RankNoMinistryChosen: "geen opdrachtgevend ministerie gekozen: neutrale score",
        "no commissioning ministry chosen: neutral score";
    RankSameMinistry: "valt onder het opdrachtgevende ministerie {ministerie}",
        "falls under the commissioning ministry {ministerie}";
    RankCommissioningMinistry: "voert al wetten of regelingen uit in opdracht van {gevraagd} (valt onder {ministerie})",
        "already carries out laws or schemes commissioned by {gevraagd} (falls under {ministerie})";
    RankOtherMinistry: "valt onder {ministerie}, niet onder {gevraagd}",
        "falls under {ministerie}, not under {gevraagd}";
    RankNoMinistry: "valt niet onder een ministerie ({rechtsvorm})", "does not fall under a ministry ({rechtsvorm})";
    RankNoCapacity: "geen capaciteitscijfers voor {periode}: neutrale druk aangenomen",
        "no capacity figures for {periode}: neutral pressure assumed";
    RankExampleFigure: " (voorbeeldcijfer)", " (example figure)";
    RankEstimate: " (schatting)", " (estimate)";
    RankCapacityFigure: "in {periode}: capaciteit {capaciteit} fte, belasting {belasting} fte, benutting {benutting}{status}",
        "in {periode}: capacity {capaciteit} FTE, workload {belasting} FTE, utilisation {benutting}{status}";
    RankUndetermined: "onbepaald", "undetermined";
    RankDoesNotFit: "past niet: {nodig} fte nodig, {ruimte} fte ruimte",
        "does not fit: {nodig} FTE needed, {ruimte} FTE headroom";
    RankFits: "past: {nodig} fte nodig, {ruimte} fte ruimte; benutting daarna {benutting}",
        "fits: {nodig} FTE needed, {ruimte} FTE headroom; utilisation afterwards {benutting}";
    RankNoRegisterData: "de gegevens noemen voor deze organisatie geen registers: neutrale score",
        "the data names no registers for this organisation: neutral score";
    RankNoSchemesInData: "de gegevens hebben geen regelingen: neutrale score",
        "the data holds no schemes: neutral score";
    RankNoSchemeText: "titel en omschrijving hebben geen woord dat in een regeling voorkomt: neutrale score",
        "title and description share no word with any scheme: neutral score";
    RankNoSchemeMatch: "geen van de regelingen die de organisatie uitvoert lijkt op het voorstel",
        "none of the schemes the organisation carries out resembles the proposal";
    RankSchemeShortText: "de tekst van het voorstel is kort: de vergelijking met regelingen telt voor {aandeel} mee, de rest is neutraal",
        "the proposal's text is short: the comparison with schemes counts for {aandeel}, the rest is neutral";
    RankFewSchemesHeld: "de gegevens noemen {n} regeling(en) van deze organisatie: de vergelijking telt voor {aandeel} mee, de rest is neutraal",
        "the data lists {n} scheme(s) of this organisation: the comparison counts for {aandeel}, the rest is neutral";
    RankRunsScheme: "voert al {regeling} uit", "already carries out {regeling}";
    RankRunsSchemeLaw: "voert al {regeling} uit ({wet})", "already carries out {regeling} ({wet})";
    RankFiguresDecide: "cijfers met status {status}: zij bepalen het oordeel over ruimte",
        "figures with status {status}: they decide the judgement on room";
    RankFiguresIndicative: "voorbeeldcijfers: alleen indicatief, zij bepalen het oordeel en de volgorde niet",
        "example figures: indicative only, they decide neither the judgement nor the order";
    RoomRuimte: "ruimte", "room";
    RoomKrap: "krap", "tight";
    RoomVol: "vol", "full";
    RoomOnbekend: "onbekend", "unknown";
    RoomIndicative: "indicatief", "indicative";
    VerdictDecentral: "Decentrale uitvoering ligt voor de hand: het voorstel vraagt lokaal maatwerk en {naam} voert de gevraagde taken al uit (medebewind, met een UDO).",
        "Decentral implementation is the obvious route: the proposal asks for local tailoring and {naam} already carry out the asked tasks (medebewind, co-governance, with a UDO).";
    VerdictDecentralBetter: "Decentrale uitvoering ligt voor de hand: {naam} past duidelijk beter dan de beste landelijke uitvoerder (fit {fit} tegen {landelijk}); uitvoering in medebewind vraagt een UDO.",
        "Decentral implementation is the obvious route: {naam} fit clearly better than the best national implementer (fit {fit} against {landelijk}); medebewind (co-governance) needs a UDO.";
    FlagNotCompetent: "niet passend: voert geen gevraagd taaktype uit", "not suitable: performs none of the asked task types";
    AltLater: "Start later bij {naam}: in {periode} is er ruimte volgens de eigen cijfers van de organisatie.",
        "Start later with {naam}: in {periode} there is room according to the organisation's own figures.";
    AltDecentral: "Decentrale route: {naam} voert de gevraagde taken uit (fit {fit}). Uitvoering in medebewind vraagt een UDO en overleg met VNG, IPO of de Unie van Waterschappen.",
        "Decentral route: {naam} carry out the asked tasks (fit {fit}). Implementation in medebewind (co-governance) needs a UDO and consultation with the VNG, IPO or Unie van Waterschappen.";
    CheckDecentral: "Uitvoering door {naam} in medebewind: leg de decentrale uitvoering vast en vraag een UDO aan.",
        "Implementation by {naam} in medebewind (co-governance): record the decentral implementation and request a UDO.";
    CheckCapacityIndicative: "Volgens voorbeeldcijfers heeft {naam} in {periode} geen ruimte voor {nodig} fte; dat oordeel telt pas met eigen cijfers van de organisatie.",
        "According to example figures {naam} has no room for {nodig} FTE in {periode}; that judgement only counts with the organisation's own figures.";
    VerdictShortlistOne: "{n} passende uitvoerder; de best passende is {naam} (haalbaarheid {haalbaarheid}).",
        "{n} suitable implementer; the best fit is {naam} (feasibility {haalbaarheid}).";
    VerdictShortlistMany: "{n} passende uitvoerders; de best passende is {naam} (haalbaarheid {haalbaarheid}).",
        "{n} suitable implementers; the best fit is {naam} (feasibility {haalbaarheid}).";
    VerdictCombination: "Geen organisatie past alleen; samen halen {eerste} en {tweede} de drempel (haalbaarheid {haalbaarheid}).",
        "No organisation fits on its own; together {eerste} and {tweede} reach the threshold (feasibility {haalbaarheid}).";
    VerdictNoFit: "Geen passende uitvoerder: geen organisatie en geen combinatie haalt de drempel van {drempel}.",
        "No suitable implementer: no organisation and no combination reaches the threshold of {drempel}.";
    FlagShortlist: "shortlist", "shortlisted";
    FlagDoesNotFit: "past niet", "does not fit";
    FlagFull: "vol", "full";
    FlagPinned: "vastgezet", "pinned";
    CheckAnswered: "beantwoord", "answered";
    CheckOpen: "open", "to do";
    CheckRisk: "risico", "risk";
    AltNoRoom: "heeft in {periode} te weinig ruimte ({vrij} fte vrij, {nodig} fte nodig)",
        "has too little room in {periode} ({vrij} FTE free, {nodig} FTE needed)";
    AltPressure: "komt in {periode} onder zware druk (benutting na het voorstel {benutting})",
        "comes under heavy pressure in {periode} (utilisation after the proposal {benutting})";
    AltIndicative: " — volgens voorbeeldcijfers, dus een aanwijzing die de organisatie moet bevestigen",
        " — on example figures, so an indication the organisation must confirm";
    AltStrengthen: "Versterk {naam}: past inhoudelijk (fit {fit}), maar {probleem}. Extra capaciteit, minder ander werk of een latere start maakt dit haalbaar.",
        "Strengthen {naam}: it fits on content (fit {fit}), but {probleem}. Extra capacity, less other work or a later start makes this feasible.";
    AltCombine: "Combineer {eerste} en {tweede}: samen dekken zij de taaktypen (taakscore {taak}, haalbaarheid {haalbaarheid}){keten}.",
        "Combine {eerste} and {tweede}: together they cover the task types (task score {taak}, feasibility {haalbaarheid}){keten}.";
    AltWorkTogether: "; zij werken al samen ({soort})", "; they already work together ({soort})";
    AltNoChain: "; er is nog geen ketenrelatie tussen hen in de gegevens",
        "; the data shows no chain relation between them yet";
    AltSimplify: "Vereenvoudig het voorstel: zonder taaktype {taak} past {naam} (haalbaarheid {haalbaarheid}).",
        "Simplify the proposal: without task type {taak}, {naam} fits (feasibility {haalbaarheid}).";
    FormGroundA: "a (onafhankelijke oordeelsvorming op grond van specifieke deskundigheid)",
        "a (independent judgement based on specific expertise)";
    FormGroundB: "b (regelgebonden uitvoering in een groot aantal individuele gevallen)",
        "b (rule-based implementation in a large number of individual cases)";
    FormGroundC: "c (participatie van maatschappelijke organisaties)",
        "c (participation of civil-society organisations)";
    FormGroundsAnd: " en ", " and ";
    FormAgency: "Een agentschap of onderdeel van het ministerie: sturing per geval vraagt volledige ministeriële verantwoordelijkheid (Regeling agentschappen 2024); een zbo past daar niet bij.",
        "An agentschap (executive agency) or part of the ministry: steering in individual cases requires full ministerial responsibility (Regeling agentschappen 2024); a zbo (independent administrative body) does not suit that.";
    FormZbo: "Een zelfstandig bestuursorgaan kan, met grond {gronden} van artikel 3 Kaderwet zbo's. Kies eerst een bestaande zbo boven een nieuwe.",
        "A zelfstandig bestuursorgaan (zbo, independent administrative body) is possible, on ground {gronden} of article 3 of the Kaderwet zbo's (Framework Act on independent administrative bodies). Prefer an existing zbo to a new one.";
    FormNoGround: "Zonder grond uit artikel 3 Kaderwet zbo's ligt uitvoering door een bestaande organisatie of een (nieuw) agentschap het meest voor de hand.",
        "Without a ground from article 3 of the Kaderwet zbo's (Framework Act on independent administrative bodies), implementation by an existing organisation or a (new) agentschap (executive agency) is the most obvious choice.";
    FormMedebewind: "Uitvoering door gemeenten in medebewind: vraag een Uitvoeringstoets decentrale overheden (UDO) aan bij VNG (en IPO of de Unie van Waterschappen als zij betrokken zijn) en regel de bekostiging volgens de Financiële-verhoudingswet.",
        "Implementation by municipalities in medebewind (co-governance): request an Uitvoeringstoets decentrale overheden (UDO, implementation assessment for local and regional government) from the VNG (and the IPO or the Unie van Waterschappen if they are involved), and arrange the funding under the Financiële-verhoudingswet (Financial Relations Act).";
    CheckTopicImplementer: "Uitvoerder benoemd", "Implementer named";
    CheckTopicTargetGroups: "Doelgroepen", "Target groups";
    CheckTopicData: "Gegevensuitwisseling", "Data exchange";
    CheckTopicIct: "ICT-aanpassingen", "ICT changes";
    CheckTopicTerm: "Invoeringstermijn", "Implementation period";
    CheckTopicDoenvermogen: "Doenvermogen", "Doenvermogen (capacity to act)";
    CheckTopicUdo: "UDO", "UDO (implementation assessment for local government)";
    CheckTopicCapacity: "Capaciteit", "Capacity";
    CheckTopicChain: "Keten", "Chain";
    CheckChainFragile: "{n} organisaties in de keten ({namen}): meer dan drie maakt de keten kwetsbaar. Leg vast wie waarvoor verantwoordelijk is.",
        "{n} organisations in the chain ({namen}): more than three makes the chain fragile. Record who is responsible for what.";
    CheckChainSmall: "{n} organisatie(s) in de keten ({namen}).", "{n} organisation(s) in the chain ({namen}).";
    CheckBest: "{naam} komt als beste naar voren; leg de keuze vast en betrek de organisatie vroeg.",
        "{naam} comes out best; record the choice and involve the organisation early.";
    CheckOnlyCombination: "Alleen een combinatie van organisaties past: leg vast wie eindverantwoordelijk is.",
        "Only a combination of organisations fits: record who is ultimately responsible.";
    CheckNoFit: "Geen passende uitvoerder: kies een van de alternatieven voordat het voorstel verder gaat.",
        "No suitable implementer: choose one of the alternatives before the proposal goes further.";
    CheckTargetOpen: "Geef aan voor wie de uitvoering is (stap 2).", "State who the implementation is for (step 2).";
    CheckTargetAnswered: "Het voorstel raakt: {groepen}.", "The proposal affects: {groepen}.";
    CheckDataOpen: "Welke gegevens zijn nodig? Kies de registers in stap 3.",
        "Which data is needed? Choose the registers in step 3.";
    CheckDataRisk: "{naam} heeft niet alle gegevens: nieuwe uitwisseling nodig met {partners}.",
        "{naam} does not have all the data: new exchange needed with {partners}.";
    CheckDataAnswered: "De beoogde uitvoerder gebruikt alle gekozen registers al.",
        "The intended implementer already uses all the chosen registers.";
    CheckIctRisk: "Lopende ICT-trajecten in {periode}: {trajecten}. Nieuwe wijzigingen concurreren daarmee.",
        "ICT projects running in {periode}: {trajecten}. New changes compete with them.";
    CheckIctOpen: "Vraag de uitvoerder welke ICT-wijzigingen nodig zijn en wanneer die kunnen.",
        "Ask the implementer which ICT changes are needed and when they can be made.";
    CheckTermOpen: "Geen startperiode gekozen; beoordeeld is {periode}.", "No start period chosen; {periode} was assessed.";
    CheckTermRisk: "Start in {periode} ligt kort na de peildatum: toets met de uitvoerder of die termijn haalbaar is.",
        "A start in {periode} is soon after the reference date (peildatum): check with the implementer whether that is feasible.";
    CheckTermAnswered: "Start in {periode}; toets de termijn in de uitvoeringstoets.",
        "Start in {periode}; test the timing in the uitvoeringstoets (implementation assessment).";
    CheckDoenRisk: "Bijzondere groepen: {groepen}. Neem een doenvermogentoets op.",
        "Special groups: {groepen}. Include a doenvermogentoets (an assessment of people's capacity to act).";
    CheckDoenOpen: "Het voorstel raakt burgers: schat hun doenvermogen in (Beleidskompas, U&H).",
        "The proposal affects citizens: assess their doenvermogen, their capacity to act (Beleidskompas, U&H).";
    CheckDoenAnswered: "Geen burgers als doelgroep gekozen.", "No citizens chosen as a target group.";
    CheckUdoAnswered: "Geen decentrale overheden betrokken: geen Uitvoeringstoets decentrale overheden nodig.",
        "No local or regional governments involved: no Uitvoeringstoets decentrale overheden (UDO) needed.";
    CheckUdoRisk: "Decentrale overheden betrokken{namen}: uitvoering in medebewind vraagt een Uitvoeringstoets decentrale overheden (UDO), aan te vragen bij VNG (en IPO of de Unie van Waterschappen), en bekostiging volgens de Financiële-verhoudingswet.",
        "Local or regional governments involved{namen}: implementation in medebewind (co-governance) needs an Uitvoeringstoets decentrale overheden (UDO, implementation assessment for local and regional government), requested from the VNG (and the IPO or the Unie van Waterschappen), and funding under the Financiële-verhoudingswet (Financial Relations Act).";
    CheckCapacityNoRoom: "{naam} heeft in {periode} geen ruimte voor {nodig} fte.",
        "{naam} has no room for {nodig} FTE in {periode}.";
    CheckCapacityChainFull: "{naam} heeft ruimte, maar ketenpartners zitten vol: {partners}.",
        "{naam} has room, but chain partners are full: {partners}.";
    CheckCapacityRoom: "{naam} heeft in {periode} ruimte voor {nodig} fte{voorbeeld}.",
        "{naam} has room for {nodig} FTE in {periode}{voorbeeld}.";
    CheckCapacityExample: " (op voorbeeldcijfers: laat de organisatie dit bevestigen)",
        " (on example figures: have the organisation confirm this)";
    CheckCapacityNone: "Geen kandidaat om te beoordelen.", "No candidate to assess.";

    // The start page.
    StartLinkError: "De link kon niet worden geopend: {fout}. U ziet de startpagina.",
        "The link could not be opened: {fout}. You are seeing the home page.";
    StartLead: "Welke uitvoeringsorganisatie kan een nieuw beleidsvoorstel uitvoeren? Deze tool maakt het uitvoeringslandschap zichtbaar: wie doet wat, voor wie, met welke registers en ketenpartners, en hoeveel ruimte er is om nieuwe taken op te pakken.",
        "Which implementing organisation (uitvoeringsorganisatie) can carry out a new policy proposal? This tool makes the implementation landscape visible: who does what, for whom, with which registers and chain partners, and how much room there is to take on new tasks.";
    StartDoorStepsTitle: "Zoek een uitvoerder", "Find an implementer";
    StartDoorStepsText: "Het stappenplan in acht vragen, met een onderbouwde shortlist of een eerlijk ‘geen passende uitvoerder’.",
        "The step plan (stappenplan) in eight questions, ending in a reasoned shortlist or an honest ‘no suitable implementer’.";
    StartDoorLandscapeTitle: "Verken het landschap", "Explore the landscape";
    StartDoorLandscapeText: "De kaart van ministeries, organisaties, taken, doelgroepen, registers en ketens: zoek, filter en volg de verbindingen.",
        "The map of ministries, organisations, tasks, target groups, registers and chains: search, filter and follow the connections.";
    StartDoorOrganisationsTitle: "Verken de organisaties", "Explore the organisations";
    StartDoorOrganisationsText: "Taken, doelgroepen, registers, ketenpartners en belasting per organisatie.",
        "Tasks, target groups, registers, chain partners and workload per organisation.";
    StartDoorAboutTitle: "Over deze tool", "About this tool";
    StartDoorAboutText: "Werkwijze, bronnen en toegankelijkheid.", "Method, sources and accessibility.";
    StartDataHeading: "De gegevens", "The data";
    StartCountOrganisations: "Organisaties", "Organisations";
    StartCountMinistries: "Ministeries", "Ministries";
    StartCountTasks: "Taaktypen", "Task types";
    StartCountRegisters: "Registers", "Data registers";
    StartCountChains: "Ketenrelaties", "Chain relations";
    StartCountRelations: "Relaties in totaal", "Relations in total";
    StartPeildatum: "Peildatum van de capaciteitscijfers: ",
        "Reference date (peildatum) of the capacity figures: ";
    OrgCapacityUpdated: "Capaciteitscijfers bijgewerkt tot peildatum {datum}.", "Capacity figures updated to reference date {datum}.";
    StartExampleTitle: "Let op: voorbeeldcijfers. ", "Please note: example figures. ";
    StartExampleText: "Capaciteit en portfoliobelasting van uitvoeringsorganisaties zijn niet openbaar. De cijfers in deze tool zijn voorbeelden om de werking te laten zien, tot een organisatie haar eigen cijfers invoert. Feiten over organisaties (taken, rechtsvorm, registers) komen uit openbare bronnen en staan bij elke organisatie vermeld.",
        "The capacity and portfolio workload of implementing organisations are not public. The figures in this tool are examples that show how it works, until an organisation enters its own figures. Facts about organisations (tasks, legal form, registers) come from public sources, which are cited with each organisation.";

    // The Belasting page.
    LoadTitle: "Belasting van het uitvoeringslandschap", "Workload across the implementation landscape";
    LoadLead: "Benutting = al toegezegde inzet gedeeld door de verandercapaciteit. Vanaf 70 % is het krap, boven 100 % vol.",
        "Utilisation = work already committed divided by the capacity for change (verandercapaciteit). From 70 % it is tight, above 100 % full.";
    LoadOrder: "Volgorde", "Order";
    LoadOrderMinistry: "Per ministerie", "By ministry";
    LoadOrderPressure: "Hoogste benutting eerst", "Highest utilisation first";
    LoadCaption: "Benutting per organisatie en jaar", "Utilisation per organisation and year";

    // The organisations table.
    OrgsTitle: "Organisaties", "Organisations";
    OrgsLead: "Alle uitvoeringsorganisaties in de gegevens. Kies een kolomkop om te sorteren; filter op ministerie of taaktype.",
        "All implementing organisations in the data. Choose a column heading to sort; filter by ministry or task type.";
    OrgsAllMinistries: "Alle ministeries", "All ministries";
    OrgsTaskType: "Taaktype", "Task type";
    OrgsAllTaskTypes: "Alle taaktypen", "All task types";
    OrgsSearch: "Zoek op naam", "Search by name";
    OrgsCount: "{n} organisaties", "{n} organisations";
    OrgsExampleFigures: " · benutting: voorbeeldcijfers", " · utilisation: example figures";
    OrgsAbbreviation: "Afkorting", "Abbreviation";
    OrgsNoneFound: "Geen organisaties gevonden met deze filters.", "No organisations found with these filters.";

    // One organisation's page.
    OrgNotFound: "Organisatie niet gevonden", "Organisation not found";
    OrgNotFoundBefore: "Er is geen organisatie met de id ", "There is no organisation with the id ";
    OrgNotFoundAfter: " in de gegevens. ", " in the data. ";
    OrgToAll: "Naar alle organisaties", "To all organisations";
    OrgBackToAll: "← Alle organisaties", "← All organisations";
    OrgNoMinistry: "geen (niet onder een ministerie)", "none (not under a ministry)";
    OrgSizeInYear: "{fte} fte in {jaar} ({status})", "{fte} FTE in {jaar} ({status})";
    OrgSizeNoYear: "{fte} fte ({status})", "{fte} FTE ({status})";
    OrgSizeDated: "{fte} fte, peiljaar {jaar} ({status}; ouder dan drie jaar, dus niet de huidige omvang)", "{fte} FTE, reference year {jaar} ({status}; over three years old, so not the current size)";
    OrgCommissioning: "Voert ook uit voor", "Also carries out for";
    OrgRegisterEntry: "Register van Overheidsorganisaties", "Register of Government Organisations";
    OrgRegisterLink: "vermelding {id} op organisaties.overheid.nl", "entry {id} on organisaties.overheid.nl";
    MapDetailStaffDated: "{fte} (peiljaar {jaar})", "{fte} (reference year {jaar})";
    OrgSize: "Omvang", "Size";
    OrgWebsite: "Website", "Web address";
    OrgSource: "Bron", "Source";
    OrgTargetGroups: "Doelgroepen", "Target groups";
    OrgRegisters: "Registers", "Data registers";
    OrgRegister: "Register", "Data register";
    OrgRole: "Rol", "Role";
    OrgChainPartners: "Ketenpartners", "Chain partners";
    OrgPartner: "Partner", "Partner organisation";
    OrgRelationKind: "Soort relatie", "Kind of relation";
    OrgDirection: "Richting", "Direction";
    OrgToPartner: "naar partner", "to partner";
    OrgFromPartner: "van partner", "from partner";
    OrgNoChain: "Geen ketenrelaties in de gegevens.", "No chain relations in the data.";
    OrgCapacityHeading: "Capaciteit en belasting per periode", "Capacity and workload per period";
    OrgCapacityExplained: "Verandercapaciteit: fte beschikbaar voor nieuwe of gewijzigde taken. Belasting: al toegezegde inzet. Benutting = belasting / capaciteit; vanaf 70 % krap, boven 100 % vol.",
        "Capacity for change (verandercapaciteit): FTE available for new or changed tasks. Workload (belasting): work already committed. Utilisation = workload / capacity; from 70 % tight, above 100 % full.";
    OrgPeriod: "Periode", "Period";
    OrgCapacityFte: "Capaciteit (fte)", "Capacity (FTE)";
    OrgWorkloadFte: "Belasting (fte)", "Workload (FTE)";
    OrgPeildatum: "Peildatum", "Reference date";
    OrgNoCapacity: "Geen capaciteitscijfers.", "No capacity figures.";
    OrgPortfolio: "Portfolio", "Work portfolio";
    OrgKind: "Soort", "Kind";
    OrgTerm: "Looptijd", "Term";
    OrgNoPortfolio: "Geen portfolio-onderdelen in de gegevens.", "No portfolio items in the data.";

    // The stappenplan's pages.
    WizardStep1: "Opgave en taaktype", "Assignment and task type";
    WizardStep2: "Doelgroep", "Target group";
    WizardStep3: "Gegevens en registers", "Data and registers";
    WizardStep4: "Kandidaten", "Candidates";
    WizardStep5: "Capaciteit en portfolio", "Capacity and portfolio";
    WizardStep6: "Keten en samenwerking", "Chain and cooperation";
    WizardStep7: "Vorm en sturing", "Form and steering";
    WizardStep8: "Afweging en vastleggen", "Weighing and recording";
    WizardBack: "Vorige", "Previous";
    WizardRestored: "Uw eerdere antwoorden zijn teruggezet. Wilt u iets nieuws beginnen? Kies dan ‘Opnieuw beginnen’ onderaan.",
        "Your earlier answers have been restored. Want to start something new? Then choose ‘Start again’ at the bottom.";
    WizardNext: "Volgende stap", "Next step";
    WizardToReport: "Bekijk het rapport", "View the report";
    WizardStartOver: "Opnieuw beginnen", "Start again";
    WizardSteps: "Stappen", "Steps";
    WizardStepOf: "Stap {n} van {totaal}", "Step {n} of {totaal}";
    WizardProblem: "Er is een probleem", "There is a problem";
    WizardErrorPrefix: "Fout: ", "Error: ";
    WizardTaskTitle: "Wat moet er worden uitgevoerd?", "What needs to be implemented?";
    WizardTaskLead: "Beschrijf het voorstel kort en kies het soort uitvoeringstaak. Met de taaktypen zoekt de tool organisaties die zulk werk al doen.",
        "Describe the proposal briefly and choose the kind of implementation task. The tool uses the task types to find organisations that already do such work.";
    WizardTitleLabel: "Korte titel van het voorstel", "Short title of the proposal";
    WizardDescription: "Omschrijving (optioneel)", "Description (optional)";
    WizardMinistry: "Opdrachtgevend ministerie", "Commissioning ministry";
    WizardNotYetKnown: "Nog niet bekend", "Not yet known";
    WizardTaskTypes: "Taaktypen (kies 1 tot 3)", "Task types (choose 1 to 3)";
    WizardTaskHint: "Wat doet de uitvoerder voor burgers, bedrijven of instellingen?",
        "What does the implementer do for citizens, businesses or institutions?";
    WizardVolume: "Hoeveel zaken per jaar verwacht u?", "How many cases a year do you expect?";
    WizardStart: "Wanneer start de uitvoering?", "When does implementation start?";
    WizardStartUnknown: "Nog niet bekend (beoordeeld wordt {periode})", "Not yet known ({periode} is assessed)";
    WizardDuration: "Is het een blijvende of een eenmalige taak?", "Is it a permanent or a one-off task?";
    WizardStructural: "Structureel", "Permanent";
    WizardOneOff: "Eenmalig", "One-off";
    WizardTargetTitle: "Voor wie is de uitvoering?", "Who is the implementation for?";
    WizardTargetLead: "Organisaties die al voor deze groepen werken, kennen hun situatie en hebben contact met hen.",
        "Organisations that already work for these groups know their situation and are in touch with them.";
    WizardSpecial: "Bijzondere groepen (optioneel)", "Special groups (optional)";
    WizardSpecialHint: "Groepen voor wie het doenvermogen een risico is: kunnen zij doen wat de regeling van hen vraagt?",
        "Groups for whom doenvermogen (the capacity to act) is a risk: can they do what the scheme asks of them?";
    WizardDoenTitle: "Let op het doenvermogen. ", "Mind the doenvermogen. ";
    WizardDoenText: "Neem een doenvermogentoets op in de uitvoeringsanalyse (Beleidskompas, uitvoerbaarheid en handhaafbaarheid).",
        "Include a doenvermogentoets (an assessment of people's capacity to act) in the implementation analysis (Beleidskompas, feasibility and enforceability).";
    WizardDataTitle: "Welke gegevens zijn nodig?", "What data is needed?";
    WizardDataLead: "Een organisatie die de benodigde registers al houdt of gebruikt, hoeft minder nieuwe gegevensuitwisseling in te richten.",
        "An organisation that already keeps or uses the registers needed has less new data exchange to set up.";
    WizardHolder: "houder: {houder}", "keeper: {houder}";
    WizardBaseRegister: " · basisregistratie", " · basisregistratie (base register)";
    WizardDataFitHeading: "Gegevensaansluiting van de best passende organisaties", "Data fit of the best-fitting organisations";
    WizardDataScore: "Gegevens (0–100)", "Data (0–100)";
    WizardExchangeWith: "Uitwisseling nodig met", "Exchange needed with";
    WizardNobody: "niemand", "nobody";
    WizardCandidatesTitle: "Welke organisaties passen bij de taak?", "Which organisations fit the task?";
    WizardCandidatesLead: "Alleen organisaties die een gevraagd taaktype uitvoeren staan hier, op fit: taak, doelgroep, gegevens, ministerie en regelingen die al op het voorstel lijken (0–100). Zet een organisatie vast om haar altijd te zien, of sluit haar uit.",
        "Only organisations that carry out an asked task type are listed, by fit: task, target group, data, ministry and existing schemes that resemble the proposal (0–100). Pin an organisation to always see it, or exclude it.";
    WizardCandidatesCaption: "De {n} best passende organisaties", "The {n} best-fitting organisations";
    WizardChoice: "Keuze", "Choice";
    WizardPinLabel: "{naam} vastzetten", "Pin {naam}";
    WizardPin: "Vastzetten", "Pin";
    WizardExcludeLabel: "{naam} uitsluiten", "Exclude {naam}";
    WizardExclude: "Uitsluiten", "Exclude";
    WizardExcluded: "Uitgesloten", "Excluded";
    WizardIncludeLabel: "{naam} weer meenemen", "Include {naam} again";
    WizardInclude: "Weer meenemen", "Include again";
    WizardCapacityTitle: "Hoeveel capaciteit vraagt de uitvoering?", "How much capacity does the implementation need?";
    WizardCapacityLead: "Verandercapaciteit is schaars. Ruimte is een apart oordeel: het verandert de volgorde niet. Alleen eigen cijfers van een organisatie (bron of schatting) kunnen maken dat zij niet past; voorbeeldcijfers zijn indicatief.",
        "Capacity for change (verandercapaciteit) is scarce. Room is a separate judgement: it does not change the order. Only an organisation's own figures (source or estimate) can make it not fit; example figures are indicative.";
    WizardFte: "Geschatte inzet voor de invoering, in fte", "Estimated effort for the introduction, in FTE";
    WizardFteHint: "Leeg laten geeft een schatting uit de volumeklasse: {fte} fte. Een decimale komma mag.",
        "Left empty, an estimate from the volume band is used: {fte} FTE. A decimal comma is allowed.";
    WizardFteError: "Vul een aantal fte in, zoals 12 of 12,5; niet “{waarde}”.",
        "Enter a number of FTE, such as 12 or 12,5; not “{waarde}”.";
    WizardAssessed: "Beoordeeld in {periode}: {fte} fte nodig{geschat}.", "Assessed for {periode}: {fte} FTE needed{geschat}.";
    WizardEstimated: " (geschat)", " (estimated)";
    WizardRoomCaption: "Ruimte bij de best passende organisaties", "Room at the best-fitting organisations";
    WizardUtilisationNow: "Benutting nu", "Utilisation now";
    WizardAfterProposal: "Na het voorstel", "After the proposal";
    WizardChainTitle: "Welke ketenpartners moeten meewerken?", "Which chain partners need to take part?";
    WizardChainLead: "Elke extra organisatie in de keten is een extra afhankelijkheid. De tool laat zien wie al samenwerkt en wie vol zit.",
        "Every extra organisation in the chain is an extra dependency. The tool shows who already works together and who is full.";
    WizardKnownPartners: "Bekende ketenpartners van {naam} staan bovenaan.", "Known chain partners of {naam} are listed first.";
    WizardAddPartner: "Een andere organisatie toevoegen", "Add another organisation";
    WizardChoosePartner: "Kies een organisatie", "Choose an organisation";
    WizardChainHeading: "De keten", "The chain";
    WizardInvolved: "Betrokken organisaties: {n} ({namen})", "Organisations involved: {n} ({namen})";
    WizardChainFragile: "Meer dan drie organisaties: de keten wordt kwetsbaar. Leg vast wie waarvoor verantwoordelijk is.",
        "More than three organisations: the chain becomes fragile. Record who is responsible for what.";
    WizardChainFull: "Vol in {periode}: {namen}", "Full in {periode}: {namen}";
    WizardNoRelation: "Nog geen ketenrelatie met de beoogde uitvoerder: {namen}",
        "No chain relation yet with the intended implementer: {namen}";
    WizardFormTitle: "Welke vorm en sturing vraagt de taak?", "What form and steering does the task need?";
    WizardFormLead: "Artikel 3 van de Kaderwet zelfstandige bestuursorganen noemt de gronden voor een zbo. Een bestaande organisatie gaat voor een nieuwe.",
        "Article 3 of the Kaderwet zelfstandige bestuursorganen (Framework Act on independent administrative bodies) lists the grounds for a zbo. An existing organisation comes before a new one.";
    WizardFormLegend: "Wat geldt voor de uitvoering?", "What applies to the implementation?";
    WizardIndependent: "Onafhankelijk oordeel nodig", "Independent judgement needed";
    WizardIndependentHint: "Beslissingen vragen specifieke deskundigheid, los van de politiek.",
        "Decisions require specific expertise, independent of politics.";
    WizardSteering: "Politieke sturing per geval", "Political steering in individual cases";
    WizardSteeringHint: "De minister moet in afzonderlijke gevallen kunnen ingrijpen.",
        "The minister must be able to intervene in individual cases.";
    WizardParticipation: "Maatschappelijke organisaties doen mee", "Civil-society organisations take part";
    WizardParticipationHint: "Zij nemen deel aan de uitvoering.", "They take part in the implementation.";
    WizardLocal: "Lokaal maatwerk nodig", "Local tailoring needed";
    WizardLocalHint: "De uitvoering moet dicht bij inwoners en per gemeente verschillend kunnen zijn.",
        "Implementation must be close to residents and able to differ per municipality.";
    WizardPossibleForm: "Mogelijke vorm", "Possible form";
    WizardWeighTitle: "Hoe weegt u de onderdelen?", "How do you weigh the parts?";
    WizardWeighLead: "De standaardgewichten volgen de ontwerpkeuze van deze tool. Pas ze aan als een onderdeel voor dit voorstel zwaarder telt.",
        "The default weights follow this tool's design choice. Adjust them if a part counts for more in this proposal.";
    WizardNotes: "Notities voor het dossier (optioneel)", "Notes for the file (optional)";
    WizardVerdictPreview: "Voorlopig oordeel: ", "Provisional verdict: ";
    WeightsLegend: "Gewichten (0–100; ze worden naar verhouding gebruikt)", "Weights (0–100; they are used in proportion)";
    WeightsThreshold: "Drempel", "Threshold";

    // The report, on screen and as Markdown.
    ReportBack: "Terug naar stap 8", "Back to step 8";
    ReportTitleUntitled: "Rapport: beleidsvoorstel", "Report: policy proposal";
    ReportTitle: "Rapport: {titel}", "Report: {titel}";
    ReportPrint: "Afdrukken of opslaan als pdf", "Print or save as PDF";
    ReportDownloadMarkdown: "Download Markdown", "Download as Markdown";
    ReportDownloadJson: "Download JSON", "Download as JSON";
    ReportLink: "Link naar dit rapport", "Link to this report";
    ReportCopyLink: "Kopieer link", "Copy link";
    ReportCopied: "De link is gekopieerd.", "The link has been copied.";
    ReportRanking: "Rangorde", "Ranking";
    ReportAssessed: "Beoordeeld in {periode}, met {fte} fte{geschat}. Drempel {drempel}.",
        "Assessed for {periode}, with {fte} FTE{geschat}. Threshold {drempel}.";
    ReportEstimatedFromVolume: " (geschat uit de volumeklasse)", " (estimated from the volume band)";
    ReportRankNo: "#", "No.";
    ReportUtilisationAfter: "Benutting na voorstel", "Utilisation after proposal";
    ReportAdjustWeights: "Gewichten aanpassen", "Adjust the weights";
    ReportAdjustWeightsText: "De rangorde hierboven past zich direct aan.", "The ranking above adjusts at once.";
    ReportWhy: "Waarom deze organisaties", "Why these organisations";
    ReportReasonsSummary: "{naam} — fit {fit}, haalbaarheid {haalbaarheid}", "{naam} — fit {fit}, feasibility {haalbaarheid}";
    ReportEvidence: " [{bestand} regel {regel}{peildatum}] ", " [{bestand} line {regel}{peildatum}] ";
    ReportEvidencePeildatum: ", peildatum {datum}", ", reference date {datum}";
    ReportCapacity: "Capaciteit", "Capacity";
    ReportCombinations: "Combinaties van twee organisaties", "Combinations of two organisations";
    ReportOrganisations: "Organisaties", "Organisations";
    ReportChainRelation: "Ketenrelatie", "Chain relation";
    ReportNone: "geen", "none";
    ReportPasses: "haalt de drempel", "reaches the threshold";
    ReportAlternatives: "Alternatieven en vorm", "Alternatives and form";
    ReportChecklist: "Checklist voor de uitvoeringstoets", "Checklist for the uitvoeringstoets (implementation assessment)";
    ReportTopic: "Onderwerp", "Topic";
    ReportCheckState: "Status", "State";
    ReportNotes: "Notities", "Notes";
    ReportExampleNote: "Capaciteits- en portfoliocijfers zijn voorbeeldcijfers tot de organisaties hun eigen cijfers invoeren. Het rapport informeert; het beslist niet.",
        "Capacity and portfolio figures are example figures until the organisations enter their own. The report informs; it does not decide.";
    MdTitle: "Beleid zoekt Uitvoerder: {titel}", "Beleid zoekt Uitvoerder (Policy seeks Implementer): {titel}";
    MdUntitled: "Beleidsvoorstel zonder titel", "Untitled policy proposal";
    MdVerdict: "Oordeel:", "Verdict:";
    MdProposal: "Het voorstel", "The proposal";
    MdTaskTypes: "Taaktypen", "Task types";
    MdVolume: "Volume", "Case volume";
    MdStructural: "structureel", "permanent";
    MdOneOff: "eenmalig", "one-off";
    MdNeed: "Benodigde capaciteit", "Capacity needed";
    MdWeights: "Gewichten: taak {taak}, doelgroep {doelgroep}, gegevens {gegevens}, ministerie {ministerie}, regelingen {regelingen}; drempel {drempel}",
        "Weights: task {taak}, target group {doelgroep}, data {gegevens}, ministry {ministerie}, schemes {regelingen}; threshold {drempel}";
    MdDecentral: "Decentrale route", "Decentral route";
    MdDecentralPreferred: "Het voorstel vraagt lokaal maatwerk: de decentrale route gaat voor.",
        "The proposal asks for local tailoring: the decentral route comes first.";
    MdDecentralBetter: "De decentrale route past duidelijk beter dan de landelijke rangorde en gaat voor.",
        "The decentral route fits clearly better than the national ranking and comes first.";
    MdDecentralBeside: "Naast de landelijke rangorde: uitvoering door decentrale overheden in medebewind.",
        "Beside the national ranking: implementation by local and regional government in medebewind (co-governance).";
    MdNotSuitable: "Niet passend", "Not suitable";
    MdNotSuitableText: "{n} organisaties voeren geen van de gevraagde taaktypen (of een verwant taaktype) uit en zijn geen kandidaat.",
        "{n} organisations perform none of the asked task types (nor a related one) and are not candidates.";
    MdCombinations: "Combinaties", "Combinations";
    MdCombination: "{eerste} + {tweede}: taak {taak}, haalbaarheid {haalbaarheid}",
        "{eerste} + {tweede}: task {taak}, feasibility {haalbaarheid}";
    MdPasses: ", haalt de drempel", ", reaches the threshold";
    MdChainRelation: ", ketenrelatie: {soort}", ", chain relation: {soort}";
    MdChecklist: "Checklist uitvoeringstoets", "Checklist for the uitvoeringstoets (implementation assessment)";
    MdExampleFigures: "Capaciteits- en portfoliocijfers zijn voorbeeldcijfers tot de organisaties hun eigen cijfers invoeren.",
        "Capacity and portfolio figures are example figures until the organisations enter their own.";

    // Notices about what this browser kept.
    StoredDataDamaged: "De opgeslagen eigen gegevens waren beschadigd en zijn genegeerd; u werkt met de standaardgegevens.",
        "The stored own data was damaged and has been ignored; you are working with the default data.";
    StoredDataUnloadable: "De opgeslagen eigen gegevens konden niet worden geladen en zijn genegeerd; u werkt met de standaardgegevens.",
        "The stored own data could not be loaded and has been ignored; you are working with the default data.";
    StoredAnswersUnreadable: "De opgeslagen antwoorden van het stappenplan konden niet worden gelezen ({fout}) en zijn genegeerd.",
        "The stored answers of the step plan could not be read ({fout}) and have been ignored.";

    // --- Landschap, gegevens, grafieken ---
    // Kinds of node, bands, layouts and relations (graph_core::explore); the closed values of
    // the data (roles, chain kinds) are in the section above.
    KindMinistry: "ministerie", "ministry";
    KindMinistries: "ministeries", "ministries";
    KindOrganisation: "organisatie", "organisation";
    KindOrganisations: "organisaties", "organisations";
    KindTask: "taaktype", "task type";
    KindTasks: "taaktypen", "task types";
    KindTargetGroup: "doelgroep", "target group";
    KindTargetGroups: "doelgroepen", "target groups";
    KindRegister: "register", "data register";
    KindRegisters: "registers", "data registers";
    CountConnection: "1 verbinding", "1 connection";
    CountConnections: "{n} verbindingen", "{n} connections";
    CountStep: "1 stap", "1 step";
    CountSteps: "{n} stappen", "{n} steps";
    ListAnd: "{rest} en {last}", "{rest} and {last}";
    BandLabelRoom: "ruim (onder 70 %)", "room (below 70 %)";
    BandLabelTight: "krap (70 tot en met 100 %)", "tight (70 to 100 % inclusive)";
    BandLabelFull: "vol (boven 100 %)", "full (above 100 %)";
    BandLabelUnknown: "onbekend (geen cijfer)", "unknown (no figure)";
    LayoutForce: "vrij (krachten)", "free (forces)";
    LayoutMinistry: "per ministerie", "by ministry";
    LayoutEgo: "rond de selectie", "around the selection";
    RelationMinistry: "valt onder ministerie", "falls under ministry";
    RelationTask: "voert taaktype uit", "performs task type";
    RelationTargetGroup: "bedient doelgroep", "serves target group";
    RelationRegister: "register ({role})", "data register, {role}";
    RelationChain: "ketenrelatie ({kind})", "chain relation ({kind})";

    // The steps of a chain (graph_core::path), from `a` to `b`.
    HopGivesData: "{a} levert gegevens aan {b}", "{a} supplies data to {b}";
    HopGetsData: "{a} krijgt gegevens van {b}", "{a} receives data from {b}";
    HopWorksFor: "{a} voert werk uit voor {b}", "{a} carries out work for {b}";
    HopCommissions: "{a} laat werk uitvoeren door {b}", "{a} has work carried out by {b}";
    HopCooperates: "{a} werkt samen met {b}", "{a} works together with {b}";
    HopCollectsFor: "{a} int vorderingen of boetes voor {b}", "{a} collects debts or fines for {b}";
    HopCollectedBy: "{a} laat vorderingen of boetes innen door {b}", "{a} has debts or fines collected by {b}";
    HopSupervises: "{a} houdt toezicht op {b}", "{a} supervises {b}";
    HopSupervisedBy: "{a} staat onder toezicht van {b}", "{a} is supervised by {b}";
    HopGivesIct: "{a} levert ICT of een gedeelde dienst aan {b}", "{a} supplies ICT or a shared service to {b}";
    HopUsesIct: "{a} gebruikt ICT of een gedeelde dienst van {b}", "{a} uses ICT or a shared service of {b}";
    HopRefersTo: "{a} verwijst cliënten door naar {b}", "{a} refers clients to {b}";
    HopReferredBy: "{a} krijgt cliënten doorverwezen van {b}", "{a} receives clients referred by {b}";
    HopChain: "{step} (ketenrelatie: {kind})", "{step} (chain relation: {kind})";
    HopKeepsRegister: "{a} beheert register {b}", "{a} keeps register {b}";
    HopKeptBy: "{a} wordt beheerd door {b}", "{a} is kept by {b}";
    HopSuppliesRegister: "{a} houdt gegevens bij in register {b}", "{a} records data in register {b}";
    HopSuppliedBy: "{a} wordt bijgehouden door {b}", "{a} is kept up to date by {b}";
    HopUsesRegister: "{a} gebruikt register {b}", "{a} uses register {b}";
    HopRegisterFeeds: "{a} levert gegevens aan {b}", "{a} provides data to {b}";
    HopRegister: "{step} ({role})", "{step}, as {role}";
    HopMinistry: "{a} valt onder {b}", "{a} falls under {b}";
    HopTask: "{a} voert taaktype {b} uit", "{a} performs task type {b}";
    HopTargetGroup: "{a} bedient doelgroep {b}", "{a} serves target group {b}";

    // The spoken summary of the explorer's view (graph_core::summary).
    SummaryEmpty: "De weergave is leeg: geen organisatie voldoet aan de filters.",
        "The view is empty: no organisation matches the filters.";
    SummaryShows: "De weergave toont {items}.", "The view shows {items}.";
    SummaryMinistry: "ministerie {name}", "ministry {name}";
    SummaryTask: "taaktype {name}", "task type {name}";
    SummaryTargetGroup: "doelgroep {name}", "target group {name}";
    SummaryLegalForm: "rechtsvorm {form}", "legal form {form}";
    SummaryBand: "benutting {band}", "utilisation {band}";
    SummaryBandIn: "benutting {band} in {period}", "utilisation {band} in {period}";
    SummaryFilter: " Filter: {filters}.", " Filter applied: {filters}.";
    SummaryFilters: " Filters: {filters}.", " Filters applied: {filters}.";
    SummarySelected: " Geselecteerd: {name} ({kind}, {connections})",
        " Selected: {name} ({kind}, {connections})";
    SummaryFocus: ", focus {steps}", ", focus within {steps}";
    SummaryOutside: " De selectie ({name}) valt buiten de filters.",
        " The selection ({name}) falls outside the filters.";

    // The Landschap page (app/src/views/landscape).
    MapTitle: "Landschap", "Landscape";
    MapIntroQuestion: "Wie doet wat, voor wie, met welke registers en ketenpartners, en wie zit vol? ",
        "Who does what, for whom, with which registers and chain partners (ketenpartners), and who is at full capacity? ";
    MapIntroHow: "Zoek een organisatie, filter, of kies een knoop om zijn omgeving te zien.",
        "Search for an organisation, filter, or pick a node to see its surroundings.";
    MapViewSwitch: "Weergave", "View";
    MapViewMap: "Kaart", "Map";
    MapViewTable: "Tabel", "Table";
    MapAnnounceSelected: ", geselecteerd", ", selected";
    MapNoNeighbour: "Geen verbonden knoop in die richting. {previous}",
        "No connected node in that direction. {previous}";
    MapSelectionCleared: "Selectie gewist.", "Selection cleared.";
    MapLayoutProgress: "Indeling wordt berekend: {done} van {target} stappen.",
        "Calculating the layout: {done} of {target} steps.";
    MapTools: "Kaart bedienen", "Map controls";
    MapZoomIn: "Inzoomen", "Zoom in";
    MapZoomOut: "Uitzoomen", "Zoom out";
    MapFit: "Alles in beeld", "Show everything";
    MapRoleDescription: "netwerkkaart", "network map";
    MapLabel: "Netwerkkaart van het landschap", "Network map of the landscape";
    MapWheelHint: "Houd Ctrl (of Cmd) ingedrukt om met het muiswiel te zoomen.",
        "Hold Ctrl (or Cmd) to zoom with the mouse wheel.";
    MapKeysTitle: "Bediening met toetsen", "Keyboard controls";
    MapKeyTab: "naar de kaart; de meest verbonden organisatie (of de selectie) krijgt focus",
        "to the map; the most connected organisation (or the selection) gets focus";
    MapKeyArrowsName: "Pijltjestoetsen", "Arrow keys";
    MapKeyArrows: "langs een verbinding naar de knoop in die richting; de tegengestelde pijl gaat terug",
        "along a connection to the node in that direction; the opposite arrow goes back";
    MapKeyEnter: "kies de knoop met focus", "select the node with focus";
    MapKeyEscape: "wis de keuze", "clear the selection";
    MapKeyZoomName: "+ en −", "+ and −";
    MapKeyZoom: "in- en uitzoomen", "zoom in and out";
    MapKeyFit: "alles in beeld", "show everything";
    MapKeyShiftName: "Shift + pijltjestoetsen", "Shift + arrow keys";
    MapKeyShift: "de kaart verschuiven", "move the map";
    MapKeyCentre: "de knoop met focus in het midden", "centre the node with focus";
    MapFiltersCleared: "De filters zijn gewist, zodat de gezochte knoop in beeld is.",
        "The filters have been cleared, so that the node you searched for is in view.";
    MapNothingFound: "Niets gevonden voor ‘{text}’.", "Nothing found for ‘{text}’.";
    MapFocusNone: "Kies een knoop om de focus te gebruiken.", "Pick a node to use the focus.";
    MapFocusAll: "Focus: alles in beeld.", "Focus: everything in view.";
    MapFocusNeighbours: "Focus: {name} en zijn directe buren.", "Focus: {name} and its direct neighbours.";
    MapFocusDepth: "Focus: tot {depth} stappen van {name}.", "Focus: up to {depth} steps from {name}.";
    MapSearchLabel: "Zoek op naam of afkorting", "Search by name or abbreviation";
    MapSearchButton: "Zoek", "Search";
    MapFilters: "Filters", "Map filters";
    MapFilterMinistry: "Ministerie", "Ministry";
    MapFilterMinistryAll: "Alle ministeries", "All ministries";
    MapFilterTask: "Taaktype", "Task type";
    MapFilterTaskAll: "Alle taaktypen", "All task types";
    MapFilterTargetGroup: "Doelgroep", "Target group";
    MapFilterTargetGroupAll: "Alle doelgroepen", "All target groups";
    MapFilterLegalForm: "Rechtsvorm", "Rechtsvorm (legal form)";
    MapFilterLegalFormAll: "Alle rechtsvormen", "All legal forms";
    MapFilterBand: "Benutting", "Utilisation";
    MapFilterBandAll: "Alle", "All";
    MapFilterPeriod: "Periode", "Period";
    MapFilterPeriodNow: "Dit jaar", "This year";
    MapFilterLayout: "Indeling", "Layout";
    MapClearAll: "Alles wissen", "Clear all";
    MapFocusGroup: "Focus rond de keuze", "Focus around the selection";
    MapFocusNarrower: "Focus smaller", "Narrower focus";
    MapFocusWider: "Focus breder", "Wider focus";
    MapFocusOff: "Alles tonen", "Show all";
    MapNodesCaption: "Knopen in beeld ({n})", "Nodes in view ({n})";
    MapColumnName: "Naam", "Name";
    MapColumnKind: "Soort", "Kind";
    MapColumnUtilisation: "Benutting {period}", "Utilisation {period}";
    MapColumnConnections: "Verbindingen", "Connections";
    MapEdgesCaption: "Verbindingen in beeld ({n})", "Connections in view ({n})";
    MapColumnFrom: "Van", "From";
    MapColumnRelation: "Relatie", "Relation";
    MapColumnTo: "Naar", "To";
    MapDetailTitle: "Keuze", "Selection";
    MapDetailEmpty: "Kies een knoop op de kaart, in de tabel of met de zoekfunctie om hier de gegevens te zien.",
        "Pick a node on the map, in the table or with the search to see its details here.";
    MapDetailNoMinistry: "geen", "none";
    MapDetailUnknown: "onbekend", "unknown";
    MapDetailStaff: "Medewerkers (fte)", "Staff (FTE)";
    MapDetailPage: "Naar de pagina van {name}", "Go to the page of {name}";
    MapChainFromHere: "Keten vanaf hier", "Chain from here";
    MapChainToHere: "Keten naar hier", "Chain to here";
    MapDetailConnections: "{connections} in beeld", "{connections} in view";
    MapDetailMore: "en {n} meer; zie de tabel.", "and {n} more; see the table.";
    MapDetailClear: "Keuze wissen", "Clear selection";
    MapChainTitle: "Keten tussen twee organisaties", "Chain between two organisations";
    MapChainHint: "Kies twee organisaties (naam of afkorting) om de kortste keten te zien.",
        "Choose two organisations (name or abbreviation) to see the shortest chain.";
    MapChainNone: "Geen keten gevonden: deze organisaties zijn in de gegevens niet via ketenrelaties of gedeelde registers verbonden.",
        "No chain found: in the data, these organisations are not connected through chain relations or shared registers.";
    MapChainSame: "Dat is dezelfde organisatie.", "That is the same organisation.";
    MapChainLength: "Kortste keten: {steps}.", "Shortest chain: {steps}.";
    MapChainClear: "Keten wissen", "Clear chain";
    MapLegend: "Legenda", "Legend";
    MapLegendNodes: "Knopen", "Nodes";
    MapLegendOrganisation: "organisatie (rondje)", "organisation (circle)";
    MapLegendMinistry: "ministerie (vierkant)", "ministry (square)";
    MapLegendTask: "taaktype (ruit)", "task type (diamond)";
    MapLegendTargetGroup: "doelgroep (driehoek)", "target group (triangle)";
    MapLegendRegister: "register (zeshoek)", "data register (hexagon)";
    MapLegendBands: "Organisaties naar benutting", "Organisations by utilisation";
    MapLegendRoom: "ruimte: benutting onder 70%", "room: utilisation below 70%";
    MapLegendTight: "krap: 70% tot en met 100%", "tight: 70% to 100% inclusive";
    MapLegendFull: "vol: boven 100%", "full: above 100%";
    MapLegendUnknown: "onbekend: geen cijfers", "unknown: no figures";
    MapLegendEdges: "Verbindingen", "Connections";
    MapLegendMinistryEdge: "valt onder ministerie (stippel)", "falls under a ministry (dotted)";
    MapLegendTaskEdge: "voert taaktype uit (dun)", "performs a task type (thin)";
    MapLegendTargetGroupEdge: "bedient doelgroep (dun)", "serves a target group (thin)";
    MapLegendRegisterEdge: "register (streep)", "keeps, feeds or uses a data register (dashed)";
    MapLegendChainEdge: "ketenrelatie (dik)", "chain relation, ketenrelatie: organisations that depend on each other (thick)";
    MapLegendStrongEdge: "keuze of keten", "selection or chain";

    // The Gegevens page (app/src/views/data.rs).
    DataTitle: "Gegevens", "Data";
    DataLead: "Werk de capaciteit en het portfolio van uw organisatie bij met een CSV-bestand uit Excel. Alles gebeurt in deze browser: er gaat niets naar een server.",
        "Update your organisation's capacity and portfolio with a CSV file from Excel. Everything happens in this browser: nothing is sent to a server.";
    DataDutchMessages: "Meldingen over bestanden zijn in het Nederlands, omdat de bestanden en hun kolomnamen Nederlands zijn.",
        "Messages about files are in Dutch, because the files and their column names are Dutch.";
    DataTooLarge: "{name} is {size} MB; de grens is {limit} MB per bestand. Er is niets veranderd.",
        "{name} is {size} MB; the limit is {limit} MB per file. Nothing has changed.";
    DataUnreadable: "{name} kon niet worden gelezen. Er is niets veranderd.",
        "{name} could not be read. Nothing has changed.";
    DataApplied: "De nieuwe gegevens zijn toegepast en in deze browser bewaard.",
        "The new data has been applied and kept in this browser.";
    DataAppliedNotKept: "De nieuwe gegevens zijn toegepast, maar de browser kon ze niet bewaren (opslag vol of uitgeschakeld): ze gelden tot u deze pagina sluit.",
        "The new data has been applied, but the browser could not keep it (storage full or switched off): it holds until you close this page.";
    DataBackToDefaultDone: "U werkt weer met de standaardgegevens.", "You are working with the default data again.";
    DataInUseTitle: "Gegevens in gebruik", "Data in use";
    DataDefaultInUse: "U werkt met de standaardgegevens.", "You are working with the default data.";
    DataVersionLabel: "gegevensversie {versie}, peildatum {peildatum}", "data version {versie}, reference date {peildatum}";
    DataVersionInUse: "In gebruik: ", "In use: ";
    DataVersionPublished: " (gepubliceerd naast de app)", " (published beside the app)";
    DataVersionShipped: " (meegeleverd in de app)", " (shipped inside the app)";
    PublishedNotUsed: "De gepubliceerde gegevens (versie {versie}) zijn niet gebruikt: {problemen}. U ziet {gebruikt}.",
        "The published data (version {versie}) was not used: {problemen}. You are seeing {gebruikt}.";
    DataChangeTitle: "Wijziging klaarzetten", "Prepare a change";
    DataChangeHelp: "Stuur dit bestand naar de gegevensbeheerder. Het bevat alleen de rijen van de organisaties die uw upload wijzigt, met de gegevensversie waarop het is gebaseerd en een controlegetal.",
        "Send this file to the data maintainer. It holds only the rows of the organisations your upload changes, with the data version it is based on and a checksum.";
    DataChangeDownload: "Wijziging klaarzetten: {name}", "Prepare the change: {name}";
    DataChangeWhole: "Andere bestanden ({files}) gaan als geheel bestand naar de gegevensbeheerder.",
        "Other files ({files}) go to the data maintainer as a whole file.";
    DataOwnInUse: " in gebruik:", " in use:";
    DataOwnFile: "{kind}: {name} (toegepast {time})", "{kind}: {name} (applied {time})";
    DataBackToDefault: "Terug naar de standaardgegevens", "Back to the default data";
    DataUploadTitle: "Eigen cijfers uploaden", "Upload your own figures";
    DataUploadHelp: "Kies een of meer CSV-bestanden (bijvoorbeeld capaciteit.csv of portfolio.csv), of sleep ze hierheen. Bestanden worden herkend aan hun naam of kopregel. Puntkomma of komma, decimale komma, UTF-8, UTF-16 en Windows-1252 worden gelezen; maximaal {limit} MB per bestand. In een capaciteits- of portfoliobestand vervangen de regels van de genoemde organisaties hun oude regels; andere organisaties blijven zoals ze zijn.",
        "Choose one or more CSV files (for example capaciteit.csv or portfolio.csv), or drag them here. Files are recognised by their name or header row. Semicolon or comma, decimal comma, UTF-8, UTF-16 and Windows-1252 are read; at most {limit} MB per file. In a capacity (capaciteit) or portfolio file, the rows of the organisations named replace their old rows; other organisations stay as they are.";
    DataChooseFiles: "Bestanden kiezen", "Choose files";
    DataDropHint: "of sleep de bestanden naar dit vak", "or drag the files into this box";
    DataDownloadTitle: "Sjablonen en huidige gegevens", "Templates and current data";
    DataDownloadHelp: "Klaar voor Nederlandse Excel (puntkomma, decimale komma, UTF-8). Een sjabloon bevat de kolommen met uitleg en één voorbeeldregel.",
        "Ready for Dutch Excel (semicolon, decimal comma, UTF-8). A template holds the columns with an explanation and one example row.";
    DataColumnFile: "Bestand", "File";
    DataColumnTemplate: "Sjabloon", "Template";
    DataColumnCurrent: "Huidige gegevens", "Current data";
    DataTemplateOf: "Sjabloon {name}", "Template {name}";
    DataCurrentOf: "Huidige gegevens {name}", "Current data {name}";
    DataCheckOf: "Controle van {files}", "Check of {files}";
    DataRejected: "Afgewezen: {n} fout(en). Er is niets veranderd.", "Rejected: {n} error(s). Nothing has changed.";
    DataFixAndRetry: " Herstel de fouten en upload opnieuw.", " Fix the errors and upload again.";
    DataNoErrors: "Geen fouten. Bekijk hieronder wat er verandert en kies ‘Toepassen’.",
        "No errors. Look below at what changes and choose ‘Apply’.";
    DataErrors: "Fouten ({n})", "Errors ({n})";
    DataWarnings: "Waarschuwingen ({n}): deze houden het toepassen niet tegen",
        "Warnings ({n}): these do not stop the data from being applied";
    DataColumnLine: "Regel", "Line";
    DataColumnColumn: "Kolom", "Column";
    DataColumnMessage: "Melding", "Message";
    DataChangesTitle: "Wat verandert", "What changes";
    DataNoChanges: "Niets: de bestanden zijn gelijk aan de gegevens in gebruik.",
        "Nothing: the files are the same as the data in use.";
    DataCapacityChanges: "Capaciteit: {n} regel(s)", "Capacity: {n} row(s)";
    DataColumnOrganisation: "Organisatie", "Organisation";
    DataColumnPeriod: "Periode", "Period";
    DataColumnCapacity: "Capaciteit voor → na", "Capacity before → after";
    DataColumnLoad: "Belasting voor → na", "Workload before → after";
    DataColumnUtilisation: "Benutting voor → na", "Utilisation before → after";
    DataPortfolioChanges: "Portfolio: {n} onderdeel/onderdelen", "Portfolio: {n} item(s)";
    DataColumnItem: "Onderdeel", "Item";
    DataColumnChange: "Wijziging", "Change";
    DataChangeAdded: "toegevoegd", "added";
    DataChangeChanged: "gewijzigd", "changed";
    DataChangeRemoved: "verwijderd", "removed";
    DataOtherChange: "{file}: {before} regels → {after} regels", "{file}: {before} rows → {after} rows";
    DataApply: "Toepassen", "Apply";
    DataCancel: "Annuleren", "Cancel";

    // Charts (graph_core::chart).
    ChartNoteExamples: "voorbeeldcijfers", "example figures";
    ChartNoteEstimates: "schattingen", "estimates";
    ChartNote: " Let op: {note}.", " Note: {note}.";
    ChartCapacityTitle: "Capaciteit en belasting: {name}", "Capacity and workload: {name}";
    ChartAxisFte: "fte", "FTE";
    ChartAxisPeriod: "periode", "period";
    ChartAxisUtilisation: "benutting", "utilisation";
    ChartSeriesCapacity: "capaciteit", "capacity";
    ChartSeriesLoad: "belasting", "workload";
    ChartSeriesUtilisation: "benutting (rechteras)", "utilisation (right axis)";
    ChartMarkTight: "70 %: krap", "70 %: tight";
    ChartMarkFull: "100 %: vol", "100 %: full";
    ChartCapacityPeriod: "{period}: capaciteit {capacity} fte, belasting {load} fte{share}",
        "{period}: capacity {capacity} FTE, workload {load} FTE{share}";
    ChartCapacitySummary: "{title} per periode. {parts}.{full}{note}", "{title} by period. {parts}.{full}{note}";
    ChartFullIn: " Vol (boven 100 %) in {periods}.", " Full (above 100 %) in {periods}.";
    ChartPortfolioTitle: "Portfolio: {name}", "Portfolio of {name}";
    ChartFte: "{fte} fte", "{fte} FTE";
    ChartPortfolioSummary: "{title}: {n} onderdelen. {items}.", "{title}: {n} items. {items}.";
    ChartPortfolioItem: "{name} ({kind}, {start} tot en met {end}, {fte} fte, {status})",
        "{name} ({kind}, {start} to {end} inclusive, {fte} FTE, {status})";
    ChartHeatmapTitle: "Benutting van de verandercapaciteit per organisatie en jaar",
        "Use of the capacity for change by organisation and year";
    ChartHeatmapSummary: "{title}: {n} organisaties, {years} jaren. {full} organisaties zitten in minstens één jaar boven 100 %{names}.{note}",
        "{title}: {n} organisations, {years} years. {full} organisations are above 100 % in at least one year{names}.{note}";

    // --- Over ---
    AboutTitle: "Over Beleid zoekt Uitvoerder", "About Beleid zoekt Uitvoerder";
    AboutLead: "Het programma Werk aan Uitvoering kondigde in de Kamerbrief van 16 december 2025 een hulpmiddel aan dat het uitvoeringslandschap inzichtelijk maakt wanneer voor een nieuw beleidsvoorstel een passende uitvoerder wordt gezocht. Deze tool is zo’n hulpmiddel.",
        "In its letter to parliament (Kamerbrief) of 16 December 2025, the programme Werk aan Uitvoering (Working on Implementation) announced a tool that shows the landscape of executive organisations (uitvoeringslandschap) when a fitting implementer is sought for a new policy proposal. This is such a tool.";
    AboutContents: "Op deze pagina", "On this page";
    AboutMethodTitle: "Werkwijze", "Method";
    AboutMethodModel: "De tool brengt uitvoeringsorganisaties in kaart met hun ministerie, rechtsvorm, taken, doelgroepen, registers, ketenpartners, verandercapaciteit en portfoliobelasting. Alles wordt in uw browser berekend; er gaan geen gegevens naar een server en er worden geen cookies geplaatst.",
        "The tool maps executive organisations with their ministry, legal form (rechtsvorm), tasks, target groups (doelgroepen), registers, chain partners (ketenpartners), capacity for change and portfolio load. Everything is computed in your browser; no data is sent to a server and no cookies are set.";
    AboutMethodSteps: "Het stappenplan vraagt in acht stappen naar de taak, de doelgroep, de benodigde gegevens, de capaciteit, de keten en de gewenste vorm en sturing. Daarna rangschikt het eerst op bekwaamheid, dan op passendheid; capaciteit is een apart oordeel.",
        "The step plan (stappenplan) asks in eight steps about the task, the target group, the data needed, the capacity, the chain and the desired form and steering. It then ranks by competence first, then by fit; capacity is a separate judgement.";
    AboutMethodCompetence: "Alleen organisaties die minstens één gevraagd taaktype (of een verwant taaktype) uitvoeren, zijn kandidaat; de andere staan onder ‘niet passend’ en komen nooit boven een organisatie die het werk wel doet.",
        "Only organisations that perform at least one of the asked task types (or a related one) are candidates; the others are listed as not suitable (‘niet passend’) and never rank above an organisation that does the work.";
    AboutMethodFit: "Passendheid weegt vijf onderdelen tussen 0 en 1: taak 0,40, doelgroep 0,20, gegevens 0,25, ministerie 0,15 en regelingen 0,80 (geschaald naar een som van 1; aan te passen in stap 8). ‘Regelingen’ meet hoe sterk titel en omschrijving lijken op regelingen die de organisatie al uitvoert (BM25 over Nederlandse woordstammen), en noemt die regeling met haar bron. Een regeling van een ander soort werk (een heffing waar een uitkering gevraagd is) telt minder (0,75 verwant, 0,25 anders). Een korte tekst of een organisatie met minder dan drie regelingen in de gegevens is dun bewijs: dan schuift dit onderdeel naar neutraal. Bij een basisregistratie telt alleen wie haar bijhoudt; wie al wetten uitvoert voor het gevraagde ministerie, scoort daar bijna als een organisatie eronder.",
        "Fit weighs five parts between 0 and 1: task 0.40, target group 0.20, data 0.25, ministry 0.15 and schemes (regelingen) 0.80 (scaled to sum to 1; adjustable in step 8). ‘Schemes’ measures how closely the title and description resemble schemes the organisation already carries out (BM25 over Dutch word stems), and names that scheme with its source. A scheme of another kind of work (a levy where a benefit is asked) counts for less (0.75 related, 0.25 otherwise). A short text, or an organisation with fewer than three schemes in the data, is thin evidence: this part then moves towards neutral. For a basisregistratie (base register) only keeping it counts; an organisation already carrying out laws for the asked ministry scores almost as one under it.";
    AboutMethodPressure: "Capaciteit is een oordeel per kandidaat in de periode van het voorstel: ruimte (onder 70 % benutting), krap (70–100 %), vol of onbekend. Het bepaalt de shortlist en de alternatieven, nooit de volgorde. Alleen cijfers met status bron of schatting kunnen een kandidaat ‘past niet’ maken; voorbeeldcijfers zijn indicatief. Haalbaarheid = passendheid × (1 − 0,6 × druk), met druk van 0 bij 70 % tot 1 bij 100 %, alleen op zulke cijfers.",
        "Capacity is a judgement per candidate in the proposal’s period: room (below 70 % utilisation), tight (70–100 %), full or unknown. It decides the shortlist and the alternatives, never the order. Only figures with status bron (source) or schatting (estimate) can make a candidate ‘past niet’ (does not fit); example figures are indicative. Feasibility = fit × (1 − 0.6 × pressure), with pressure from 0 at 70 % to 1 at 100 %, on such figures only.";
    AboutMethodDecentral: "Gemeenten, provincies, waterschappen en hun gemeenschappelijke regelingen zijn een route, geen organisatie: ze staan naast de landelijke rangorde (medebewind, een Uitvoeringstoets decentrale overheden, overleg met VNG, IPO of de Unie van Waterschappen) en gaan voor als het voorstel lokaal maatwerk vraagt of als de beste van hen minstens 0,12 beter past dan de beste landelijke uitvoerder.",
        "Municipalities, provinces, water authorities and their joint bodies are a route, not an organisation: they stand beside the national ranking (medebewind, co-governance; a UDO, implementation assessment for local and regional government; consultation with the VNG, IPO or Unie van Waterschappen) and come first when the proposal asks for local tailoring or when the best of them fits at least 0.12 better than the best national implementer.";
    AboutMethodVerdict: "Haalt geen enkele organisatie of combinatie van twee organisaties de drempel (standaard 0,45), dan zegt de tool eerlijk ‘geen passende uitvoerder’ en toont het de alternatieven: een combinatie, een nieuw agentschap of zbo, of uitvoering door gemeenten.",
        "If no organisation and no combination of two organisations reaches the threshold (0.45 by default), the tool says plainly ‘geen passende uitvoerder’ (no fitting implementer) and shows the alternatives: a combination, a new agency (agentschap) or independent administrative body (zbo), or implementation by municipalities (gemeenten).";
    AboutMethodBacktest: "Getoetst op 192 echte regelingen uit 2000–2025, elk gerangschikt zonder haar eigen regeling. De echte uitvoerder staat eerste / in de top drie: ontwerphelft (38) 74 % / 89 %, toetshelft (38) 66 % / 95 %, en vijf groepen geschreven zonder de rangordes te zien (20 tot 24): 88 % / 92 %, 50 % / 62 %, 67 % / 75 %, 67 % / 88 % en 70 % / 100 %. De top drie haalt het doel van 85 % dus nog niet overal.",
        "Tested on 192 real schemes from 2000–2025, each ranked without its own scheme. The real implementer comes first / in the top three: design half (38) 74 % / 89 %, held-out half (38) 66 % / 95 %, and five groups written without seeing the rankings (20 to 24 each): 88 % / 92 %, 50 % / 62 %, 67 % / 75 %, 67 % / 88 % and 70 % / 100 %. So the top three does not yet reach the 85 % target everywhere.";
    AboutMethodExplain: "Elke score toont zijn onderdelen, de gegevens erachter en de bron van die gegevens. De uitkomst is een hulpmiddel bij stap 3 en 4 van het Beleidskompas en bij de uitvoeringstoets, geen besluit.",
        "Every score shows its parts, the data behind them and the source of that data. The outcome supports steps 3 and 4 of the Beleidskompas (the government’s policy compass) and the uitvoeringstoets (implementation assessment); it is not a decision.";
    AboutSourcesTitle: "Bronnen", "Sources";
    AboutSourcesFacts: "Feiten over organisaties komen uit openbare bronnen; elke regel van de gegevens noemt zijn bron, en elke organisatiepagina toont die. De belangrijkste bronnen:",
        "Facts about organisations come from public sources; every row of the data names its source, and every organisation page shows it. The main sources:";
    AboutSourceRegister: "Register van Overheidsorganisaties", "Register of Government Organisations (Register van Overheidsorganisaties)";
    AboutSourceZbo: "Register van zelfstandige bestuursorganen", "Register of independent administrative bodies (zbo’s)";
    AboutSourceKamerbrief: "Werk aan Uitvoering (Kamerbrief van 16 december 2025)", "Werk aan Uitvoering (letter to parliament of 16 December 2025)";
    AboutSourceKompas: "Beleidskompas (Kenniscentrum voor beleid en regelgeving)", "Beleidskompas (Knowledge centre for policy and regulation)";
    AboutSourceLaws: "wetten.overheid.nl en officielebekendmakingen.nl", "wetten.overheid.nl and officielebekendmakingen.nl (laws and official publications)";
    AboutSourcesFigures: "Capaciteits- en portfoliocijfers zijn niet openbaar: de meegeleverde cijfers zijn voorbeelden (status ‘voorbeeld’) of schattingen (status ‘schatting’), tot een organisatie haar eigen cijfers invoert op de pagina Gegevens.",
        "Capacity and portfolio figures are not public: the figures shipped with the tool are examples (status ‘voorbeeld’) or estimates (status ‘schatting’) until an organisation enters its own figures on the Data page.";
    AboutLanguage: "Gegevens blijven in het Nederlands: namen van organisaties en officiële termen. In de Engelse versie legt de tekst die termen uit; meldingen over bestanden zijn Nederlands.",
        "Data stays in Dutch: names of organisations and official terms. The English version explains those terms; messages about files are in Dutch.";
    StatementTitle: "Toegankelijkheidsverklaring", "Accessibility statement";
    StatementIntro: "De beheerder van Beleid zoekt Uitvoerder streeft ernaar deze tool toegankelijk te maken, in overeenstemming met het Besluit digitale toegankelijkheid overheid. Deze verklaring is van toepassing op de tool, ook waar die is ingebed in een andere pagina.",
        "The maintainer of Beleid zoekt Uitvoerder aims to make this tool accessible, in accordance with the Dutch Decree on digital accessibility of government (Besluit digitale toegankelijkheid overheid). This statement applies to the tool, also where it is embedded in another page.";
    StatementStatusTitle: "Nalevingsstatus", "Compliance status";
    StatementStatus: "C – Eerste maatregelen genomen. De tool is gebouwd volgens WCAG 2.1 niveau AA (EN 301 549) en wordt bij elke wijziging automatisch getest, maar een onderzoek door een onafhankelijke deskundige volgens de WCAG-EM-methode is nog niet gedaan. Zodra dat is gebeurd, wordt deze status bijgewerkt.",
        "C – First measures taken. The tool is built to WCAG 2.1 level AA (EN 301 549) and is tested automatically with every change, but an evaluation by an independent expert using the WCAG-EM method has not yet been done. This status will be updated once it has.";
    StatementResearchTitle: "Onderzoek", "Evaluation";
    StatementResearch: "Elke pagina en toestand wordt in een echte browser gecontroleerd met axe-core op de WCAG 2.0- en 2.1-criteria van niveau A en AA, in het Nederlands en het Engels, los en ingebed. Het hele stappenplan wordt ook alleen met het toetsenbord doorlopen, en het contrast van de kaart en de focusrand wordt gemeten (minstens 3:1). Elke pagina (alle acht stappen, het rapport, de verkenner als kaart en als tabel, de organisaties, een organisatie, Belasting, Gegevens en Over) wordt geopend op 320 pixels breed en ingebed in een kolom van 640 pixels, in beide talen: de pagina schuift dan niet zijwaarts, elke knop en link valt binnen beeld en geen tekst wordt afgekapt (1.4.10). Brede tabellen worden op een smal scherm kaarten per rij of schuiven in een eigen, met het toetsenbord bereikbaar gebied. Met vergrote tekstafstand (1.4.12) blijven het rapport en stap 4 volledig leesbaar.",
        "Every page and state is checked in a real browser with axe-core against the WCAG 2.0 and 2.1 level A and AA criteria, in Dutch and English, standalone and embedded. The whole step plan is also completed with the keyboard only, and the contrast of the map and the focus ring is measured (at least 3:1). Every page (all eight steps, the report, the explorer as a map and as a table, the organisations, an organisation, Load, Data and About) is opened 320 pixels wide and embedded in a 640 pixel column, in both languages: the page then does not scroll sideways, every button and link lies within view and no text is cut off (1.4.10). On a narrow screen wide tables become one card per row or scroll in a region of their own that the keyboard reaches. With increased text spacing (1.4.12) the report and step 4 stay fully readable.";
    StatementLimitsTitle: "Bekende beperkingen", "Known limitations";
    StatementLimitMap: "De kaart van het landschap is een tekening. Dezelfde informatie staat in de tabelweergave, en de kaart is met het toetsenbord te bedienen (pijltjes volgen de verbindingen).",
        "The map of the landscape is a drawing. The same information is in the table view, and the map can be used with the keyboard (arrow keys follow the connections).";
    StatementLimitCharts: "Grafieken zijn afbeeldingen met een tekstalternatief; de cijfers staan er telkens ook als tabel bij.",
        "Charts are images with a text alternative; their figures are always also given as a table.";
    StatementLimitLanguage: "In de Engelse versie zijn namen, officiële termen en meldingen over bestanden Nederlands.",
        "In the English version, names, official terms and messages about files are in Dutch.";
    StatementFeedbackTitle: "Feedback en contactgegevens", "Feedback and contact details";
    StatementFeedback: "Loopt u tegen een toegankelijkheidsprobleem aan, of heeft u een vraag? Neem dan contact op met de organisatie die deze tool op haar website aanbiedt; haar contactgegevens staan op de pagina waarop de tool staat. Elke organisatie die de tool aanbiedt, vult dit deel van de verklaring aan met haar eigen contactgegevens en reactietermijn.",
        "Do you run into an accessibility problem, or do you have a question? Please contact the organisation that offers this tool on its website; its contact details are on the page that shows the tool. Every organisation that offers the tool completes this part of the statement with its own contact details and response time.";
    StatementEnforcementTitle: "Handhavingsprocedure", "Enforcement procedure";
    StatementEnforcement: "Bent u niet tevreden met de manier waarop uw klacht is behandeld? Dan kunt u contact opnemen met de Nationale ombudsman.",
        "Are you not satisfied with how your complaint was handled? Then you can contact the National Ombudsman (Nationale ombudsman).";
    StatementMoreTitle: "Aanvullende informatie", "Additional information";
    StatementDates: "Deze verklaring is opgesteld op 29 november 2026 en wordt bij elke nieuwe versie van de tool herzien. Overheidsorganisaties publiceren hun verklaringen in het register op toegankelijkheidsverklaring.nl.",
        "This statement was drawn up on 29 November 2026 and is reviewed with every new version of the tool. Government organisations publish their statements in the register at toegankelijkheidsverklaring.nl.";
    StatementKeyboardTitle: "Bediening met het toetsenbord", "Keyboard use";
    StatementKeyboard: "Alles werkt met het toetsenbord. De eerste Tab geeft de link ‘Naar de inhoud’. Na elke stap staat de focus op de nieuwe vraag. Op de kaart: Tab naar de kaart, pijltjes langs de verbindingen, Enter kiest, Esc wist, + en − zoomen, 0 toont alles.",
        "Everything works with the keyboard. The first Tab gives the ‘Skip to content’ link. After each step the focus is on the new question. On the map: Tab into the map, arrow keys along the connections, Enter selects, Esc clears, + and − zoom, 0 shows everything.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_text_has_both_languages() {
        let missing: Vec<String> = T::ALL
            .iter()
            .flat_map(|key| Lang::ALL.map(|lang| (*key, lang)))
            .filter(|(key, lang)| key.text(*lang).trim().is_empty())
            .map(|(key, lang)| format!("{} ({lang})", key.name()))
            .collect();
        assert!(
            missing.is_empty(),
            "texts without a translation: {missing:?}"
        );
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for key in T::ALL {
            let mut nl = placeholders(key.text(Lang::Nl));
            let mut en = placeholders(key.text(Lang::En));
            nl.sort_unstable();
            en.sort_unstable();
            assert_eq!(nl, en, "placeholders of {}", key.name());
        }
    }

    #[test]
    fn english_is_not_a_copy_of_dutch_except_for_names() {
        // Texts that are the same in both languages on purpose (names, codes).
        let same: HashSet<&str> = ["AppName"].into_iter().collect();
        let copied: Vec<&str> = T::ALL
            .iter()
            .filter(|key| key.text(Lang::Nl) == key.text(Lang::En))
            .map(|key| key.name())
            .filter(|name| !same.contains(name))
            .collect();
        assert!(
            copied.is_empty(),
            "English text copied from Dutch: {copied:?}"
        );
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{n} van {totaal} ({x})", &[("n", "3"), ("totaal", "7")]),
            "3 van 7 ({x})"
        );
        assert_eq!(fill("open {", &[]), "open {");
        assert_eq!(placeholders("{a} en {b}"), vec!["a", "b"]);
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
