//! Loads the CSV files of a data set into typed rows and checks them, within each file and across
//! files, reporting every problem at once.

use crate::sort::SharedSort;
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::data::decode::Encoding;
use crate::data::model::*;
use crate::data::problem::{DataError, Problems, quote};
use crate::data::table::{Column, Table, read_table};
use crate::id::{
    MinistryId, OrganisationId, PortfolioId, RegisterCode, SchemeId, TargetGroupCode, TaskCode,
};

macro_rules! columns {
    ($($name:literal $req:ident $doc:literal),+ $(,)?) => {
        &[$(Column { name: $name, required: columns!(@req $req), doc: $doc }),+]
    };
    (@req verplicht) => { true };
    (@req optioneel) => { false };
}

impl FileKind {
    /// Every file kind, in load order.
    pub const ALL: [FileKind; 12] = [
        FileKind::Ministries,
        FileKind::Organisations,
        FileKind::Tasks,
        FileKind::TargetGroups,
        FileKind::Registers,
        FileKind::OrganisationTasks,
        FileKind::OrganisationTargetGroups,
        FileKind::OrganisationRegisters,
        FileKind::ChainRelations,
        FileKind::Capacity,
        FileKind::Portfolio,
        FileKind::Schemes,
    ];

    /// The file name in `data/`.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Ministries => "ministeries.csv",
            FileKind::Organisations => "organisaties.csv",
            FileKind::Tasks => "taken.csv",
            FileKind::TargetGroups => "doelgroepen.csv",
            FileKind::Registers => "registers.csv",
            FileKind::OrganisationTasks => "organisatie_taken.csv",
            FileKind::OrganisationTargetGroups => "organisatie_doelgroepen.csv",
            FileKind::OrganisationRegisters => "organisatie_registers.csv",
            FileKind::ChainRelations => "ketenrelaties.csv",
            FileKind::Capacity => "capaciteit.csv",
            FileKind::Portfolio => "portfolio.csv",
            FileKind::Schemes => "regelingen.csv",
        }
    }

    /// The columns of the file, with their documentation.
    pub fn columns(self) -> &'static [Column] {
        match self {
            FileKind::Ministries => columns![
                "id" verplicht "id in kleine letters, zoals szw",
                "naam" verplicht "volledige naam",
                "afkorting" verplicht "afkorting, zoals SZW",
                "bron" optioneel "bron (URL)",
            ],
            FileKind::Organisations => columns![
                "id" verplicht "id in kleine letters met streepjes, zoals dienst-toeslagen",
                "naam" verplicht "volledige naam",
                "afkorting" optioneel "afkorting, zoals UWV",
                "ministerie" optioneel "id uit ministeries.csv; leeg als er geen ministerie verantwoordelijk is",
                "rechtsvorm" verplicht "agentschap, zbo, departementaal, decentraal, gemeenschappelijke-regeling, privaatrechtelijk of bijzonder",
                "fte" optioneel "omvang in fte",
                "fte_peiljaar" optioneel "jaar waarop fte betrekking heeft",
                "fte_status" optioneel "bron, schatting of voorbeeld (leeg = schatting)",
                "bron" verplicht "bron(nen), URL's gescheiden door ' ; '",
                "website" optioneel "officiële website (https://...)",
                "omschrijving" optioneel "wat de organisatie doet, in één zin",
                "register_id" optioneel "systeemId in het Register van Overheidsorganisaties (organisaties.overheid.nl); leeg als het register de organisatie niet als één geheel kent",
                "opdrachtgevers" optioneel "ids uit ministeries.csv waarvoor de organisatie ook wetten of regelingen uitvoert, naast het eigen ministerie, gescheiden door spaties (zoals vws bzk); met bron",
            ],
            FileKind::Tasks => columns![
                "code" verplicht "taakcode in hoofdletters, zoals UIT",
                "naam" verplicht "naam van het taaktype",
                "omschrijving" optioneel "omschrijving met voorbeelden",
                "verwant" optioneel "verwante taakcodes, gescheiden door spaties (zoals INN IND)",
            ],
            FileKind::TargetGroups => columns![
                "code" verplicht "code in hoofdletters, zoals B",
                "naam" verplicht "naam",
                "omschrijving" optioneel "omschrijving",
            ],
            FileKind::Registers => columns![
                "code" verplicht "code in kleine letters, zoals brp",
                "naam" verplicht "naam van het register",
                "houder" verplicht "id van de houdende organisatie",
                "basisregistratie" optioneel "ja of nee (leeg = nee)",
                "bron" optioneel "bron (URL)",
            ],
            FileKind::OrganisationTasks => columns![
                "organisatie" verplicht "id uit organisaties.csv",
                "taak" verplicht "code uit taken.csv",
                "toelichting" optioneel "toelichting, zoals de wetten die worden uitgevoerd",
            ],
            FileKind::OrganisationTargetGroups => columns![
                "organisatie" verplicht "id uit organisaties.csv",
                "doelgroep" verplicht "code uit doelgroepen.csv",
            ],
            FileKind::OrganisationRegisters => columns![
                "organisatie" verplicht "id uit organisaties.csv",
                "register" verplicht "code uit registers.csv",
                "rol" verplicht "houder, bronhouder of afnemer",
            ],
            FileKind::ChainRelations => columns![
                "van" verplicht "id uit organisaties.csv",
                "naar" verplicht "id uit organisaties.csv",
                "soort" verplicht "gegevens, opdracht, samenwerking, incasso, toezicht, ict of verwijzing",
                "toelichting" optioneel "toelichting",
                "bron" optioneel "bron (URL)",
            ],
            FileKind::Capacity => columns![
                "organisatie" verplicht "id uit organisaties.csv",
                "periode" verplicht "JJJJ of JJJJ-Qn, zoals 2027 of 2027-Q3",
                "capaciteit_fte" verplicht "verandercapaciteit in fte voor nieuwe of gewijzigde taken (getal ≥ 0, decimale komma mag)",
                "belasting_fte" verplicht "al toegezegde inzet in fte (getal ≥ 0)",
                "status" verplicht "bron, schatting of voorbeeld",
                "bron" optioneel "bron of toelichting",
                "peildatum" optioneel "datum van de cijfers, JJJJ-MM-DD",
            ],
            FileKind::Portfolio => columns![
                "id" verplicht "id in kleine letters met streepjes",
                "naam" verplicht "naam van de wet, regeling of het programma",
                "organisatie" verplicht "id uit organisaties.csv",
                "soort" verplicht "wetgeving, regeling, ict, herstel, programma of overig",
                "start" verplicht "eerste periode, JJJJ of JJJJ-Qn",
                "eind" verplicht "laatste periode, JJJJ of JJJJ-Qn",
                "belasting_fte" verplicht "inzet in fte zolang het loopt",
                "status" verplicht "bron, schatting of voorbeeld",
                "bron" optioneel "bron of toelichting",
            ],
            FileKind::Schemes => columns![
                "id" verplicht "id in kleine letters met streepjes, zoals duo-studiefinanciering",
                "organisatie" verplicht "id uit organisaties.csv",
                "naam" verplicht "naam van de regeling",
                "omschrijving" verplicht "wat de regeling doet, voor wie en hoe, in gewone woorden",
                "taken" optioneel "taakcodes uit taken.csv, gescheiden door spaties (zoals UIT INN)",
                "doelgroepen" optioneel "doelgroepcodes uit doelgroepen.csv, gescheiden door spaties",
                "wet" optioneel "de wet waarop de regeling rust",
                "bron" verplicht "openbare bron(nen), gescheiden door ' ; '",
            ],
        }
    }

    /// Whether a data set may lack the file: schemes came later, and a data set without them
    /// still ranks (the scheme part is then neutral for everyone).
    pub fn optional(self) -> bool {
        self == FileKind::Schemes
    }

    /// Recognises a file by its name (`Capaciteit UWV.csv` → capacity) or, failing that, by the
    /// columns in its first line.
    pub fn recognise(name: &str, bytes: &[u8]) -> Option<FileKind> {
        let base = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(name)
            .to_lowercase()
            .replace([' ', '-'], "_");
        let stem = base
            .strip_suffix(".csv")
            .or_else(|| base.strip_suffix(".txt"))
            .unwrap_or(&base);
        // Longest names first, so `organisatie_taken` wins over `taken`.
        let mut by_length = FileKind::ALL;
        by_length.shared_sort_by_key(|kind| std::cmp::Reverse(kind.file_name().len()));
        if let Some(kind) = by_length.iter().find(|kind| {
            let known = kind.file_name().trim_end_matches(".csv");
            stem == known
                || stem.starts_with(&format!("{known}_"))
                || stem.ends_with(&format!("_{known}"))
                || stem.contains(&format!("_{known}_"))
        }) {
            return Some(*kind);
        }
        let (text, _) = crate::data::decode::decode(bytes).ok()?;
        let first_line = text.lines().find(|line| {
            let line = line.trim_start_matches('\u{feff}').trim();
            !line.is_empty() && !line.starts_with('#')
        })?;
        let delimiter = char::from(crate::data::decode::sniff_delimiter(first_line));
        let header: HashSet<String> = first_line
            .split(delimiter)
            .map(|name| name.trim().trim_matches('"').to_lowercase())
            .collect();
        // The kind whose required columns the header has most of (at least two), so that a
        // file with one misspelt column is still recognised and gets a precise message.
        FileKind::ALL
            .into_iter()
            .map(|kind| {
                let required = kind.columns().iter().filter(|c| c.required);
                let present = required.clone().filter(|c| header.contains(c.name)).count();
                let missing = required.count() - present;
                (kind, present, missing)
            })
            .filter(|(_, present, _)| *present >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
            .map(|(kind, _, _)| kind)
    }

    /// Where an unrecognised file's header goes wrong: the line of its header and the column
    /// (in characters) of the first name that is no column of any data file; the header's start
    /// when every name is known, or line 1 when there is no header.
    pub fn unknown_header_place(bytes: &[u8]) -> (u64, usize) {
        let Ok((text, _)) = crate::data::decode::decode(bytes) else {
            return (1, 1);
        };
        let Some((index, line)) = text.lines().enumerate().find(|(_, line)| {
            let line = line.trim_start_matches('\u{feff}').trim();
            !line.is_empty() && !line.starts_with('#')
        }) else {
            return (1, 1);
        };
        let delimiter = char::from(crate::data::decode::sniff_delimiter(line));
        let mut column = 1;
        for cell in line.split(delimiter) {
            let name = cell.trim().trim_matches('"').to_lowercase();
            let known = FileKind::ALL
                .iter()
                .any(|kind| kind.columns().iter().any(|c| c.name == name));
            if !known {
                column += cell.chars().take_while(|c| c.is_whitespace()).count();
                return (index as u64 + 1, column);
            }
            column += cell.chars().count() + 1;
        }
        (index as u64 + 1, 1)
    }
}

/// One input file: its name as the user knows it, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The name shown in messages.
    pub name: String,
    /// The raw bytes, in any encoding `decode` reads.
    pub bytes: Vec<u8>,
}

/// The set of files that makes a data set, one per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    files: BTreeMap<FileKind, SourceFile>,
    /// Earlier files of capacity and portfolio whose rows of organisations that the new file does
    /// not mention are kept: an agency uploads its own figures without erasing the others'.
    kept: BTreeMap<FileKind, SourceFile>,
}

impl Sources {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts a file in place of the one of the same kind.
    pub fn insert(&mut self, kind: FileKind, file: SourceFile) {
        self.files.insert(kind, file);
    }

    /// The file of a kind, if present.
    pub fn get(&self, kind: FileKind) -> Option<&SourceFile> {
        self.files.get(&kind)
    }

    /// All files with their kinds.
    pub fn iter(&self) -> impl Iterator<Item = (FileKind, &SourceFile)> {
        self.files.iter().map(|(kind, file)| (*kind, file))
    }

    /// Puts a capacity or portfolio file in place, keeping the rows of the previous file for
    /// organisations the new file does not mention. Other kinds are simply replaced.
    pub fn insert_keeping_others(&mut self, kind: FileKind, file: SourceFile) {
        if matches!(kind, FileKind::Capacity | FileKind::Portfolio)
            && let Some(previous) = self.files.remove(&kind)
        {
            // A second upload of the same kind keeps the first previous file.
            self.kept.entry(kind).or_insert(previous);
        }
        self.files.insert(kind, file);
    }
}

/// How one file was read, for the report shown after an upload.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FileInfo {
    /// The name.
    pub name: String,
    /// The encoding detected.
    pub encoding: Encoding,
    /// The delimiter detected.
    pub delimiter: char,
    /// The number of data rows.
    pub rows: usize,
}

/// All rows of a data set, typed, before the graph is built.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct DataSet {
    /// `ministeries.csv`
    pub ministries: Vec<Ministry>,
    /// `organisaties.csv`
    pub organisations: Vec<Organisation>,
    /// `taken.csv`
    pub tasks: Vec<TaskType>,
    /// `doelgroepen.csv`
    pub target_groups: Vec<TargetGroup>,
    /// `registers.csv`
    pub registers: Vec<Register>,
    /// `organisatie_taken.csv`
    pub organisation_tasks: Vec<OrganisationTask>,
    /// `organisatie_doelgroepen.csv`
    pub organisation_target_groups: Vec<OrganisationTargetGroup>,
    /// `organisatie_registers.csv`
    pub organisation_registers: Vec<OrganisationRegister>,
    /// `ketenrelaties.csv`
    pub chain_relations: Vec<ChainRelation>,
    /// `capaciteit.csv`
    pub capacity: Vec<CapacityRow>,
    /// `portfolio.csv`
    pub portfolio: Vec<PortfolioItem>,
    /// `regelingen.csv`
    pub schemes: Vec<Scheme>,
    /// How each file was read.
    pub files: BTreeMap<FileKind, FileInfo>,
}

/// Column positions per file, for messages about references between files.
type ColumnNumbers = HashMap<FileKind, (String, HashMap<&'static str, usize>)>;

fn column_numbers(table: &Table, kind: FileKind) -> (String, HashMap<&'static str, usize>) {
    let numbers = kind
        .columns()
        .iter()
        .map(|column| (column.name, table.column_number(column.name)))
        .collect();
    (table.file.clone(), numbers)
}

/// Reads every file into typed rows and checks each file on its own. Missing files are errors.
pub fn read_dataset(sources: &Sources) -> (DataSet, Vec<DataError>) {
    let mut problems = Problems::default();
    let mut data = DataSet::default();
    let mut columns: ColumnNumbers = HashMap::new();
    for kind in FileKind::ALL {
        let Some(source) = sources.get(kind) else {
            if kind.optional() {
                continue;
            }
            problems.error(
                kind.file_name(),
                0,
                0,
                format!("het bestand {} ontbreekt", kind.file_name()),
            );
            continue;
        };
        let Some(table) = read_table(&source.name, &source.bytes, kind.columns(), &mut problems)
        else {
            continue;
        };
        data.files.insert(
            kind,
            FileInfo {
                name: source.name.clone(),
                encoding: table.encoding,
                delimiter: char::from(table.delimiter),
                rows: table.rows.len(),
            },
        );
        columns.insert(kind, column_numbers(&table, kind));
        read_rows(kind, &table, &mut data, &mut problems);
        if let Some(previous) = sources.kept.get(&kind) {
            keep_other_organisations(kind, previous, &mut data);
        }
    }
    check_references(&data, &columns, &mut problems);
    (data, problems.into_sorted())
}

/// Adds the rows of `previous` for organisations that the new rows do not mention and that are
/// still in `organisaties.csv` (read before capacity and portfolio): when a whole new data set is
/// uploaded, the figures of organisations it no longer has go with them.
fn keep_other_organisations(kind: FileKind, previous: &SourceFile, data: &mut DataSet) {
    let mut ignored = Problems::default();
    let Some(table) = read_table(
        &previous.name,
        &previous.bytes,
        kind.columns(),
        &mut ignored,
    ) else {
        return;
    };
    let mut old = DataSet::default();
    read_rows(kind, &table, &mut old, &mut ignored);
    let known: HashSet<OrganisationId> = data.organisations.iter().map(|o| o.id.clone()).collect();
    match kind {
        FileKind::Capacity => {
            let mentioned: HashSet<OrganisationId> = data
                .capacity
                .iter()
                .map(|r| r.organisatie.clone())
                .collect();
            data.capacity.extend(
                old.capacity.into_iter().filter(|r| {
                    !mentioned.contains(&r.organisatie) && known.contains(&r.organisatie)
                }),
            );
        }
        FileKind::Portfolio => {
            let mentioned: HashSet<OrganisationId> = data
                .portfolio
                .iter()
                .map(|r| r.organisatie.clone())
                .collect();
            data.portfolio.extend(
                old.portfolio.into_iter().filter(|r| {
                    !mentioned.contains(&r.organisatie) && known.contains(&r.organisatie)
                }),
            );
        }
        _ => {}
    }
}

/// Codes separated by spaces (or commas, semicolons), upper-cased as the data writes them.
fn code_list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([' ', ',', ';'])
        .filter(|code| !code.is_empty())
        .map(str::to_uppercase)
}

fn read_rows(kind: FileKind, table: &Table, data: &mut DataSet, problems: &mut Problems) {
    for row in &table.rows {
        let mut cells = table.cells(row, problems);
        let at = RowRef {
            file: kind,
            line: cells.line(),
        };
        match kind {
            FileKind::Ministries => {
                let (id, naam, afkorting) = (
                    cells.slug("id", false),
                    cells.required("naam"),
                    cells.required("afkorting"),
                );
                if let (Some(id), Some(naam), Some(afkorting)) = (id, naam, afkorting) {
                    data.ministries.push(Ministry {
                        id: MinistryId::new(id),
                        naam,
                        afkorting,
                        bron: cells.text("bron"),
                        row: at,
                    });
                }
            }
            FileKind::Organisations => {
                let id = cells.slug("id", false);
                let naam = cells.required("naam");
                let ministerie = cells.slug("ministerie", true);
                let rechtsvorm = cells.choice::<LegalForm>("rechtsvorm");
                let fte = cells.number("fte", true);
                let fte_peiljaar = cells.year("fte_peiljaar", true);
                let fte_status = if cells.text("fte_status").is_empty() {
                    Some(Status::Schatting)
                } else {
                    cells.choice::<Status>("fte_status")
                };
                let bron = cells.required("bron");
                let register_id = cells.text("register_id");
                if !register_id.bytes().all(|b| b.is_ascii_digit()) {
                    cells.warning(
                        "register_id",
                        format!(
                            "register_id {} is geen systeemId (alleen cijfers) en wordt niet als link getoond",
                            quote(&register_id)
                        ),
                    );
                }
                let website = cells.text("website");
                if !website.is_empty() && !is_web_link(&website) {
                    cells.warning(
                        "website",
                        format!(
                            "website {} is geen http(s)-adres en wordt niet als link getoond",
                            quote(&website)
                        ),
                    );
                }
                if let (Some(id), Some(naam), Some(rechtsvorm), Some(fte_status), Some(bron)) =
                    (id, naam, rechtsvorm, fte_status, bron)
                {
                    data.organisations.push(Organisation {
                        id: OrganisationId::new(id),
                        naam,
                        afkorting: cells.text("afkorting"),
                        ministerie: ministerie.map(MinistryId::new),
                        rechtsvorm,
                        fte,
                        fte_peiljaar,
                        fte_status,
                        bron,
                        website,
                        omschrijving: cells.text("omschrijving"),
                        register_id,
                        opdrachtgevers: cells
                            .text("opdrachtgevers")
                            .split([' ', ',', ';'])
                            .filter(|id| !id.is_empty())
                            .map(|id| MinistryId::new(id.to_lowercase()))
                            .collect(),
                        row: at,
                    });
                }
            }
            FileKind::Tasks | FileKind::TargetGroups => {
                let (code, naam) = (cells.code("code"), cells.required("naam"));
                if let (Some(code), Some(naam)) = (code, naam) {
                    let omschrijving = cells.text("omschrijving");
                    if kind == FileKind::Tasks {
                        let verwant = code_list(&cells.text("verwant"))
                            .map(TaskCode::new)
                            .collect();
                        data.tasks.push(TaskType {
                            code: TaskCode::new(code),
                            naam,
                            omschrijving,
                            verwant,
                            row: at,
                        });
                    } else {
                        data.target_groups.push(TargetGroup {
                            code: TargetGroupCode::new(code),
                            naam,
                            omschrijving,
                            row: at,
                        });
                    }
                }
            }
            FileKind::Registers => {
                let code = cells.slug("code", false);
                let naam = cells.required("naam");
                let houder = cells.slug("houder", false);
                let basisregistratie = if cells.text("basisregistratie").is_empty() {
                    Some(YesNo::Nee)
                } else {
                    cells.choice::<YesNo>("basisregistratie")
                };
                if let (Some(code), Some(naam), Some(houder), Some(basis)) =
                    (code, naam, houder, basisregistratie)
                {
                    data.registers.push(Register {
                        code: RegisterCode::new(code),
                        naam,
                        houder: OrganisationId::new(houder),
                        basisregistratie: basis == YesNo::Ja,
                        bron: cells.text("bron"),
                        row: at,
                    });
                }
            }
            FileKind::OrganisationTasks => {
                let (organisatie, taak) = (cells.slug("organisatie", false), cells.code("taak"));
                if let (Some(organisatie), Some(taak)) = (organisatie, taak) {
                    data.organisation_tasks.push(OrganisationTask {
                        organisatie: OrganisationId::new(organisatie),
                        taak: TaskCode::new(taak),
                        toelichting: cells.text("toelichting"),
                        row: at,
                    });
                }
            }
            FileKind::OrganisationTargetGroups => {
                let organisatie = cells.slug("organisatie", false);
                let doelgroep = cells.code("doelgroep");
                if let (Some(organisatie), Some(doelgroep)) = (organisatie, doelgroep) {
                    data.organisation_target_groups
                        .push(OrganisationTargetGroup {
                            organisatie: OrganisationId::new(organisatie),
                            doelgroep: TargetGroupCode::new(doelgroep),
                            row: at,
                        });
                }
            }
            FileKind::OrganisationRegisters => {
                let organisatie = cells.slug("organisatie", false);
                let register = cells.slug("register", false);
                let rol = cells.choice::<RegisterRole>("rol");
                if let (Some(organisatie), Some(register), Some(rol)) = (organisatie, register, rol)
                {
                    data.organisation_registers.push(OrganisationRegister {
                        organisatie: OrganisationId::new(organisatie),
                        register: RegisterCode::new(register),
                        rol,
                        row: at,
                    });
                }
            }
            FileKind::ChainRelations => {
                let van = cells.slug("van", false);
                let naar = cells.slug("naar", false);
                let soort = cells.choice::<ChainKind>("soort");
                if let (Some(van), Some(naar), Some(soort)) = (van, naar, soort) {
                    data.chain_relations.push(ChainRelation {
                        van: OrganisationId::new(van),
                        naar: OrganisationId::new(naar),
                        soort,
                        toelichting: cells.text("toelichting"),
                        bron: cells.text("bron"),
                        row: at,
                    });
                }
            }
            FileKind::Capacity => {
                let organisatie = cells.slug("organisatie", false);
                let periode = cells.period("periode");
                let capaciteit = cells.number("capaciteit_fte", false);
                let belasting = cells.number("belasting_fte", false);
                let status = cells.choice::<Status>("status");
                let peildatum = cells.date("peildatum", true);
                if let (Some(capaciteit), Some(belasting)) = (capaciteit, belasting) {
                    if capaciteit == 0.0 && belasting > 0.0 {
                        cells.warning(
                            "capaciteit_fte",
                            "capaciteit_fte is 0 terwijl er belasting is; de benutting is dan onbepaald".to_owned(),
                        );
                    } else if belasting > 3.0 * capaciteit && capaciteit > 0.0 {
                        cells.warning(
                            "belasting_fte",
                            format!(
                                "belasting_fte is meer dan drie keer capaciteit_fte ({belasting} tegen {capaciteit}); klopt dat?"
                            ),
                        );
                    }
                }
                if let (Some(periode), Some(peildatum)) = (periode, peildatum)
                    && periode.year() + 5 < peildatum.year
                {
                    {
                        cells.warning(
                            "periode",
                            format!(
                                "periode {periode} ligt ver voor de peildatum {peildatum}; is het jaartal juist?"
                            ),
                        );
                    }
                }
                if let (
                    Some(organisatie),
                    Some(periode),
                    Some(capaciteit),
                    Some(belasting),
                    Some(status),
                ) = (organisatie, periode, capaciteit, belasting, status)
                {
                    data.capacity.push(CapacityRow {
                        organisatie: OrganisationId::new(organisatie),
                        periode,
                        capaciteit_fte: capaciteit,
                        belasting_fte: belasting,
                        status,
                        bron: cells.text("bron"),
                        peildatum,
                        row: at,
                    });
                }
            }
            FileKind::Portfolio => {
                let id = cells.slug("id", false);
                let naam = cells.required("naam");
                let organisatie = cells.slug("organisatie", false);
                let soort = cells.choice::<PortfolioKind>("soort");
                let start = cells.period("start");
                let eind = cells.period("eind");
                let belasting = cells.number("belasting_fte", false);
                let status = cells.choice::<Status>("status");
                if let (Some(start), Some(eind)) = (start, eind)
                    && start.is_after(eind)
                {
                    {
                        cells.warning("eind", format!("eind {eind} ligt voor start {start}"));
                    }
                }
                if let (
                    Some(id),
                    Some(naam),
                    Some(organisatie),
                    Some(soort),
                    Some(start),
                    Some(eind),
                    Some(belasting),
                    Some(status),
                ) = (id, naam, organisatie, soort, start, eind, belasting, status)
                {
                    data.portfolio.push(PortfolioItem {
                        id: PortfolioId::new(id),
                        naam,
                        organisatie: OrganisationId::new(organisatie),
                        soort,
                        start,
                        eind,
                        belasting_fte: belasting,
                        status,
                        bron: cells.text("bron"),
                        row: at,
                    });
                }
            }
            FileKind::Schemes => {
                let id = cells.slug("id", false);
                let organisatie = cells.slug("organisatie", false);
                let naam = cells.required("naam");
                let omschrijving = cells.required("omschrijving");
                let bron = cells.required("bron");
                if let (Some(id), Some(organisatie), Some(naam), Some(omschrijving), Some(bron)) =
                    (id, organisatie, naam, omschrijving, bron)
                {
                    data.schemes.push(Scheme {
                        id: SchemeId::new(id),
                        organisatie: OrganisationId::new(organisatie),
                        naam,
                        omschrijving,
                        taken: code_list(&cells.text("taken")).map(TaskCode::new).collect(),
                        doelgroepen: code_list(&cells.text("doelgroepen"))
                            .map(TargetGroupCode::new)
                            .collect(),
                        wet: cells.text("wet"),
                        bron,
                        row: at,
                    });
                }
            }
        }
    }
}

/// Whether a link may be shown as a link: only `http:` and `https:` addresses.
pub fn is_web_link(value: &str) -> bool {
    let lowered = value.trim().to_ascii_lowercase();
    (lowered.starts_with("https://") || lowered.starts_with("http://"))
        && !value.contains(char::is_whitespace)
        && !value.contains(['"', '<', '>'])
}

struct Refs<'a> {
    columns: &'a ColumnNumbers,
    problems: &'a mut Problems,
}

impl Refs<'_> {
    fn report(&mut self, row: RowRef, column: &str, message: String) {
        let (file, numbers) = self
            .columns
            .get(&row.file)
            .map(|(file, numbers)| (file.as_str(), numbers.get(column).copied().unwrap_or(0)))
            .unwrap_or((row.file.file_name(), 0));
        self.problems.error(file, row.line, numbers, message);
    }

    /// Reports a reference to an id the file it points into does not have. `known` is `None`
    /// when that file could not be read at all: it has its own error, and a flood of "unknown"
    /// messages would hide it.
    fn check(
        &mut self,
        known: Option<&HashSet<&str>>,
        value: &str,
        row: RowRef,
        column: &str,
        file: FileKind,
    ) {
        let Some(known) = known else { return };
        let what = match file {
            FileKind::Ministries => "onbekend ministerie",
            FileKind::Registers => "onbekend register",
            FileKind::Tasks => "onbekende taak",
            FileKind::TargetGroups => "onbekende doelgroep",
            _ => "onbekende organisatie",
        };
        if !known.contains(value) {
            self.report(
                row,
                column,
                format!(
                    "{column} {} verwijst naar een {what} (niet in {})",
                    quote(value),
                    file.file_name()
                ),
            );
        }
    }

    /// Reports a key (the parts of a row that must be unique in its file) seen before.
    fn unique(
        &mut self,
        seen: &mut HashMap<String, u64>,
        key: &[&str],
        row: RowRef,
        column: &str,
        shown: impl FnOnce() -> String,
    ) {
        // The description is only formatted for an actual duplicate: this runs for every row.
        match seen.entry(key.join("\u{1f}")) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = *first.get();
                self.report(
                    row,
                    column,
                    format!("{} komt twee keer voor (eerder op regel {first})", shown()),
                );
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(row.line);
            }
        }
    }
}

/// Supervision that goes round in a circle (A houdt toezicht op B, B op A, directly or through
/// others) makes no sense: every toezicht relation inside such a circle is reported.
fn supervision_cycles(relations: &[ChainRelation], refs: &mut Refs<'_>) {
    let supervision: Vec<&ChainRelation> = relations
        .iter()
        .filter(|row| row.soort == ChainKind::Toezicht && row.van != row.naar)
        .collect();
    if supervision.is_empty() {
        return;
    }
    let mut graph = petgraph::graph::DiGraph::<(), ()>::new();
    let mut index: HashMap<&OrganisationId, petgraph::graph::NodeIndex> = HashMap::new();
    let mut edges = Vec::with_capacity(supervision.len());
    for row in &supervision {
        let a = *index.entry(&row.van).or_insert_with(|| graph.add_node(()));
        let b = *index.entry(&row.naar).or_insert_with(|| graph.add_node(()));
        edges.push((a, b));
    }
    for &(a, b) in &edges {
        graph.add_edge(a, b, ());
    }
    let mut component = vec![usize::MAX; graph.node_count()];
    for (number, members) in petgraph::algo::tarjan_scc(&graph).into_iter().enumerate() {
        if members.len() > 1 {
            for member in members {
                component[member.index()] = number;
            }
        }
    }
    for (row, (a, b)) in supervision.iter().zip(edges) {
        if component[a.index()] != usize::MAX && component[a.index()] == component[b.index()] {
            refs.report(
                row.row,
                "naar",
                format!(
                    "toezicht in een kring: {} houdt toezicht op {}, dat (via andere toezichtrelaties) weer toezicht houdt op {}",
                    quote(row.van.as_str()),
                    quote(row.naar.as_str()),
                    quote(row.van.as_str())
                ),
            );
        }
    }
}

/// The ids of one file, each reported when it comes twice; `None` when the file is not
/// `present` (it could not be read), so that references into it are not checked.
fn ids<'d>(
    present: bool,
    column: &str,
    rows: Vec<(&'d str, RowRef)>,
    refs: &mut Refs<'_>,
) -> Option<HashSet<&'d str>> {
    let mut seen = HashMap::new();
    for (id, row) in &rows {
        refs.unique(&mut seen, &[id], *row, column, || {
            format!("{column} {}", quote(id))
        });
    }
    present.then(|| rows.iter().map(|(id, _)| *id).collect())
}

fn check_references(data: &DataSet, columns: &ColumnNumbers, problems: &mut Problems) {
    let mut refs = Refs { columns, problems };
    let quoted = |parts: &[&str]| {
        parts
            .iter()
            .map(|part| quote(part))
            .collect::<Vec<_>>()
            .join(" en ")
    };
    let present = |kind| data.files.contains_key(&kind);
    let ministries = ids(
        present(FileKind::Ministries),
        "id",
        data.ministries
            .iter()
            .map(|m| (m.id.as_str(), m.row))
            .collect(),
        &mut refs,
    );
    let organisations = ids(
        present(FileKind::Organisations),
        "id",
        data.organisations
            .iter()
            .map(|o| (o.id.as_str(), o.row))
            .collect(),
        &mut refs,
    );
    let tasks = ids(
        present(FileKind::Tasks),
        "code",
        data.tasks
            .iter()
            .map(|t| (t.code.as_str(), t.row))
            .collect(),
        &mut refs,
    );
    let groups = ids(
        present(FileKind::TargetGroups),
        "code",
        data.target_groups
            .iter()
            .map(|g| (g.code.as_str(), g.row))
            .collect(),
        &mut refs,
    );
    let registers = ids(
        present(FileKind::Registers),
        "code",
        data.registers
            .iter()
            .map(|r| (r.code.as_str(), r.row))
            .collect(),
        &mut refs,
    );
    let (ministries, organisations) = (ministries.as_ref(), organisations.as_ref());
    let (tasks, groups, registers) = (tasks.as_ref(), groups.as_ref(), registers.as_ref());
    use FileKind::{Ministries, Organisations, Registers, TargetGroups, Tasks};

    for organisation in &data.organisations {
        let row = organisation.row;
        if let Some(ministry) = &organisation.ministerie {
            refs.check(ministries, ministry.as_str(), row, "ministerie", Ministries);
        }
        for ministry in &organisation.opdrachtgevers {
            refs.check(
                ministries,
                ministry.as_str(),
                row,
                "opdrachtgevers",
                Ministries,
            );
        }
    }
    for register in &data.registers {
        let houder = register.houder.as_str();
        refs.check(organisations, houder, register.row, "houder", Organisations);
    }
    for task in &data.tasks {
        for related in &task.verwant {
            refs.check(tasks, related.as_str(), task.row, "verwant", Tasks);
            if related == &task.code {
                refs.report(
                    task.row,
                    "verwant",
                    format!(
                        "taak {} kan niet verwant zijn aan zichzelf",
                        quote(task.code.as_str())
                    ),
                );
            }
        }
    }
    let mut seen = HashMap::new();
    for row in &data.organisation_tasks {
        let key = [row.organisatie.as_str(), row.taak.as_str()];
        refs.check(organisations, key[0], row.row, "organisatie", Organisations);
        refs.check(tasks, key[1], row.row, "taak", Tasks);
        refs.unique(&mut seen, &key, row.row, "taak", || {
            format!("de combinatie {}", quoted(&key))
        });
    }
    let mut seen = HashMap::new();
    for row in &data.organisation_target_groups {
        let key = [row.organisatie.as_str(), row.doelgroep.as_str()];
        refs.check(organisations, key[0], row.row, "organisatie", Organisations);
        refs.check(groups, key[1], row.row, "doelgroep", TargetGroups);
        refs.unique(&mut seen, &key, row.row, "doelgroep", || {
            format!("de combinatie {}", quoted(&key))
        });
    }
    let mut seen = HashMap::new();
    for row in &data.organisation_registers {
        let key = [
            row.organisatie.as_str(),
            row.register.as_str(),
            row.rol.code(),
        ];
        refs.check(organisations, key[0], row.row, "organisatie", Organisations);
        refs.check(registers, key[1], row.row, "register", Registers);
        refs.unique(&mut seen, &key, row.row, "rol", || {
            format!(
                "de combinatie {}, {} en {}",
                quote(key[0]),
                quote(key[1]),
                quote(key[2])
            )
        });
    }
    let mut seen = HashMap::new();
    for row in &data.chain_relations {
        let key = [row.van.as_str(), row.naar.as_str(), row.soort.code()];
        refs.check(organisations, key[0], row.row, "van", Organisations);
        refs.check(organisations, key[1], row.row, "naar", Organisations);
        if row.van == row.naar {
            refs.report(
                row.row,
                "naar",
                format!(
                    "een organisatie kan geen ketenrelatie met zichzelf hebben ({})",
                    quote(key[0])
                ),
            );
        }
        refs.unique(&mut seen, &key, row.row, "soort", || {
            format!(
                "de relatie {} → {} ({})",
                quote(key[0]),
                quote(key[1]),
                key[2]
            )
        });
    }
    supervision_cycles(&data.chain_relations, &mut refs);
    let mut seen = HashMap::new();
    for row in &data.capacity {
        let organisation = row.organisatie.as_str();
        let period = row.periode.to_string();
        refs.check(
            organisations,
            organisation,
            row.row,
            "organisatie",
            Organisations,
        );
        refs.unique(
            &mut seen,
            &[organisation, &period],
            row.row,
            "periode",
            || format!("de periode {period} voor {}", quote(organisation)),
        );
    }
    let mut seen = HashMap::new();
    for item in &data.portfolio {
        let organisation = item.organisatie.as_str();
        refs.check(
            organisations,
            organisation,
            item.row,
            "organisatie",
            Organisations,
        );
        refs.unique(&mut seen, &[item.id.as_str()], item.row, "id", || {
            format!("id {}", quote(item.id.as_str()))
        });
    }
    let mut seen = HashMap::new();
    for scheme in &data.schemes {
        let row = scheme.row;
        refs.check(
            organisations,
            scheme.organisatie.as_str(),
            row,
            "organisatie",
            Organisations,
        );
        for task in &scheme.taken {
            refs.check(tasks, task.as_str(), row, "taken", Tasks);
        }
        for group in &scheme.doelgroepen {
            refs.check(groups, group.as_str(), row, "doelgroepen", TargetGroups);
        }
        refs.unique(&mut seen, &[scheme.id.as_str()], row, "id", || {
            format!("id {}", quote(scheme.id.as_str()))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_header_is_placed_at_its_first_unknown_name() {
        let place = |text: &str| FileKind::unknown_header_place(text.as_bytes());
        assert_eq!(place("# uitleg\n\norganisatie;kleur;fte\n"), (3, 13));
        assert_eq!(place("organisatie, naam ,  kleur\n"), (1, 22));
        assert_eq!(place("organisatie;periode\n"), (1, 1));
        assert_eq!(place(""), (1, 1));
    }

    #[test]
    fn files_are_recognised_by_name_or_header() {
        let check = |name: &str, text: &str| FileKind::recognise(name, text.as_bytes());
        assert_eq!(check("capaciteit.csv", ""), Some(FileKind::Capacity));
        assert_eq!(
            check("Capaciteit UWV 2027.csv", ""),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("sjabloon-capaciteit.csv", ""),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("map/organisatie_taken.csv", ""),
            Some(FileKind::OrganisationTasks)
        );
        assert_eq!(check("taken.csv", ""), Some(FileKind::Tasks));
        assert_eq!(
            check(
                "export.csv",
                "\u{feff}# uitleg\r\norganisatie;periode;capaciteit_fte;belasting_fte;status\r\n"
            ),
            Some(FileKind::Capacity)
        );
        assert_eq!(
            check("export.csv", "van,naar,soort\n"),
            Some(FileKind::ChainRelations)
        );
        assert_eq!(check("iets.csv", "a;b;c\n"), None);
    }
}
