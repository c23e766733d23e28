//! The Register van Overheidsorganisaties (`exportOO.xml` from organisaties.overheid.nl) as a
//! source for our organisation data: reading the export as a stream, comparing its entries with
//! `organisaties.csv`, and writing the facts the register owns back into that file.
//!
//! The export nests organisations: `overheidsorganisaties / organisaties / organisatie`, and each
//! `organisatie` may hold its own `organisaties / organisatie` (sub-units). The schema's namespace
//! carries its version (`.../oo/export/2.6.9`) and changes between releases without notice, so
//! any 2.x version is read, and elements are recognised by their local names.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use rustc_hash::FxHashMap;

use crate::data::model::{Choice, LegalForm, Ministry, Organisation};
use crate::id::OrganisationId;

/// The namespace of the export, up to its version.
pub const NAMESPACE_PREFIX: &str = "https://organisaties.overheid.nl/static/schema/oo/export/";

/// One `organisatie` element of the export.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct RegisterEntry {
    /// `systeemId`: the register's own id, also the number in its page address.
    pub system_id: String,
    /// `naam`.
    pub name: String,
    /// `afkorting`; may be empty.
    pub abbreviation: String,
    /// `types/type`, such as "Zelfstandig bestuursorgaan" or "Organisatieonderdeel".
    pub types: Vec<String>,
    /// `relatieMetMinisterie`: the ministry's name as the register writes it (without
    /// "Ministerie van").
    pub ministry: String,
    /// `contact/internetadressen/internetadres/url`: the one labelled "algemeen", else the first.
    pub website: String,
    /// `eindDatum`: the body no longer exists after this date.
    pub end_date: String,
    /// `personeel/aantalFte`.
    pub fte: Option<f64>,
    /// `personeel/peildatumFte`.
    pub fte_date: String,
    /// The entry this one is nested in.
    pub parent: Option<usize>,
    /// The address and label of the `internetadres` being read.
    #[serde(skip)]
    address: (String, String),
    /// Whether `website` is the one labelled "algemeen".
    #[serde(skip)]
    general_website: bool,
}

impl RegisterEntry {
    /// Whether the register lists it only as a part of another organisation.
    pub fn is_sub_unit(&self) -> bool {
        self.parent.is_some()
            && self
                .types
                .iter()
                .all(|kind| kind.eq_ignore_ascii_case("Organisatieonderdeel"))
    }

    /// Our legal form for the register's types, where one of them settles it.
    pub fn legal_form(&self) -> Option<LegalForm> {
        let has = |name: &str| {
            self.types
                .iter()
                .any(|kind| kind.eq_ignore_ascii_case(name))
        };
        [
            ("Zelfstandig bestuursorgaan", LegalForm::Zbo),
            ("Agentschap", LegalForm::Agentschap),
            ("Gemeente", LegalForm::Decentraal),
            ("Provincie", LegalForm::Decentraal),
            ("Waterschap", LegalForm::Decentraal),
            (
                "Gemeenschappelijke regeling",
                LegalForm::GemeenschappelijkeRegeling,
            ),
        ]
        .into_iter()
        .find(|(name, _)| has(name))
        .map(|(_, form)| form)
    }

    /// Whether its type is one that can carry out policy: the kinds a policy maker would
    /// consider as an implementer.
    pub fn can_implement(&self) -> bool {
        self.types.iter().any(|kind| {
            IMPLEMENTING_TYPES
                .iter()
                .any(|name| kind.eq_ignore_ascii_case(name))
        })
    }
}

/// Register types of bodies that carry out policy.
const IMPLEMENTING_TYPES: [&str; 5] = [
    "Zelfstandig bestuursorgaan",
    "Agentschap",
    "Inspectie",
    "Rechtspersoon met een wettelijke taak",
    "Overheidsstichting of -vereniging",
];

/// An export read to the end.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct RegisterExport {
    /// The root's `timestamp`.
    pub timestamp: String,
    /// The schema version from the namespace, such as `2.6.9`.
    pub version: String,
    /// Every `organisatie`, parents before their sub-units.
    pub entries: Vec<RegisterEntry>,
}

impl RegisterExport {
    /// The entry with this `systeemId`.
    pub fn entry(&self, system_id: &str) -> Option<&RegisterEntry> {
        self.entries
            .iter()
            .find(|entry| entry.system_id == system_id)
    }
}

/// Why a file could not be read as an export.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RegisterError {
    /// The XML itself is broken at this byte offset.
    #[error("geen geldige XML bij byte {offset}: {message}")]
    Xml {
        /// Byte offset of the problem from the start of the file.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// Well-formed XML, but not an export of the register.
    #[error("{0}")]
    NotAnExport(String),
}

/// The relative element paths inside an `organisatie` that we keep.
#[derive(Clone, Copy)]
enum Field {
    Name,
    Abbreviation,
    Type,
    Ministry,
    Address,
    Url,
    Label,
    EndDate,
    Fte,
    FteDate,
}

fn field_at(path: &[Vec<u8>]) -> Option<Field> {
    let names: Vec<&[u8]> = path.iter().map(Vec::as_slice).collect();
    Some(match names.as_slice() {
        [b"naam"] => Field::Name,
        [b"afkorting"] => Field::Abbreviation,
        [b"types", b"type"] => Field::Type,
        [b"relatieMetMinisterie"] => Field::Ministry,
        [b"contact", b"internetadressen", b"internetadres"] => Field::Address,
        [b"contact", b"internetadressen", b"internetadres", b"url"] => Field::Url,
        [b"contact", b"internetadressen", b"internetadres", b"label"] => Field::Label,
        [b"eindDatum"] => Field::EndDate,
        [b"personeel", b"aantalFte"] => Field::Fte,
        [b"personeel", b"peildatumFte"] => Field::FteDate,
        _ => return None,
    })
}

fn attribute(element: &BytesStart<'_>, local: &[u8]) -> Result<Option<String>, String> {
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        if attribute.key.local_name().as_ref() == local {
            let value = attribute
                .unescape_value()
                .map_err(|e| e.to_string())?
                .into_owned();
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// The namespace version this root declares, when it declares the export's namespace.
fn export_version(root: &BytesStart<'_>) -> Result<Option<String>, String> {
    for attribute in root.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        let key = attribute.key.as_ref();
        if key == b"xmlns" || key.starts_with(b"xmlns:") {
            let value = attribute.unescape_value().map_err(|e| e.to_string())?;
            if let Some(version) = value.strip_prefix(NAMESPACE_PREFIX) {
                return Ok(Some(version.trim_end_matches('/').to_owned()));
            }
        }
    }
    Ok(None)
}

/// A number as the register writes it: decimal point or comma.
fn register_number(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    (value.is_finite() && value >= 0.0).then_some(value)
}

/// Reads an export from `input` as a stream of events: memory grows with the number of entries,
/// never with the size of the document.
pub fn read_export<R: BufRead>(input: R) -> Result<RegisterExport, RegisterError> {
    let mut reader = Reader::from_reader(input);
    let mut buffer = Vec::new();
    let mut export = RegisterExport::default();
    // Local names of the open elements, and for each open `organisatie` its entry and depth.
    let mut path: Vec<Vec<u8>> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut text = String::new();
    let mut seen_root = false;
    let xml_error = |reader: &Reader<R>, message: String| RegisterError::Xml {
        offset: reader.error_position(),
        message,
    };
    loop {
        let event = match reader.read_event_into(&mut buffer) {
            Ok(event) => event,
            Err(error) => return Err(xml_error(&reader, error.to_string())),
        };
        match event {
            Event::Start(element) => {
                let local = element.local_name().as_ref().to_vec();
                if !seen_root {
                    seen_root = true;
                    let version =
                        export_version(&element).map_err(|message| xml_error(&reader, message))?;
                    match version {
                        Some(version)
                            if local == b"overheidsorganisaties" && version.starts_with("2.") =>
                        {
                            export.version = version;
                        }
                        Some(version) if local == b"overheidsorganisaties" => {
                            return Err(RegisterError::NotAnExport(format!(
                                "exportversie {version} wordt niet ondersteund; alleen versie 2.x"
                            )));
                        }
                        _ => {
                            return Err(RegisterError::NotAnExport(format!(
                                "dit is geen export van het Register van Overheidsorganisaties: het bestand begint met <{}> in plaats van <overheidsorganisaties> met de naamruimte {NAMESPACE_PREFIX}2.x",
                                String::from_utf8_lossy(element.name().as_ref())
                            )));
                        }
                    }
                    export.timestamp = attribute(&element, b"timestamp")
                        .map_err(|message| xml_error(&reader, message))?
                        .unwrap_or_default();
                } else if local == b"organisatie"
                    && path.last().is_some_and(|parent| parent == b"organisaties")
                {
                    let system_id = attribute(&element, b"systeemId")
                        .map_err(|message| xml_error(&reader, message))?
                        .unwrap_or_default();
                    export.entries.push(RegisterEntry {
                        system_id,
                        parent: open.last().map(|&(entry, _)| entry),
                        ..RegisterEntry::default()
                    });
                    open.push((export.entries.len() - 1, path.len() + 1));
                }
                path.push(local);
                text.clear();
            }
            Event::End(_) => {
                if let Some(&(entry, depth)) = open.last() {
                    if path.len() == depth {
                        open.pop();
                    } else if let Some(field) = field_at(&path[depth..]) {
                        store(&mut export.entries[entry], field, text.trim());
                    }
                }
                path.pop();
                text.clear();
            }
            Event::Empty(element) if !seen_root => {
                return Err(RegisterError::NotAnExport(format!(
                    "dit is geen export van het Register van Overheidsorganisaties: het bestand bestaat uit één leeg element <{}>",
                    String::from_utf8_lossy(element.name().as_ref())
                )));
            }
            Event::Text(part) => {
                let part = part
                    .decode()
                    .map_err(|error| xml_error(&reader, error.to_string()))?;
                text.push_str(&part);
            }
            Event::CData(part) => {
                let part = part
                    .decode()
                    .map_err(|error| xml_error(&reader, error.to_string()))?;
                text.push_str(&part);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(character)) => character.to_string(),
                    Ok(None) => {
                        let name = reference
                            .decode()
                            .map_err(|error| xml_error(&reader, error.to_string()))?;
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(value) => value.to_owned(),
                            None => {
                                return Err(xml_error(
                                    &reader,
                                    format!("onbekende entiteit &{name};"),
                                ));
                            }
                        }
                    }
                    Err(error) => return Err(xml_error(&reader, error.to_string())),
                };
                text.push_str(&resolved);
            }
            Event::Eof => {
                if !seen_root {
                    return Err(RegisterError::NotAnExport(
                        "het bestand bevat geen XML-elementen".to_owned(),
                    ));
                }
                if let Some(name) = path.last() {
                    return Err(RegisterError::Xml {
                        offset: reader.buffer_position(),
                        message: format!(
                            "het bestand houdt op terwijl <{}> nog open is",
                            String::from_utf8_lossy(name)
                        ),
                    });
                }
                return Ok(export);
            }
            _ => {}
        }
        buffer.clear();
    }
}

fn store(entry: &mut RegisterEntry, field: Field, value: &str) {
    let value = value.to_owned();
    match field {
        Field::Name => entry.name = value,
        Field::Abbreviation => entry.abbreviation = value,
        Field::Type if !value.is_empty() => entry.types.push(value),
        Field::Type => {}
        Field::Ministry => entry.ministry = value,
        Field::Url => entry.address.0 = value,
        Field::Label => entry.address.1 = value,
        Field::Address => {
            let (url, label) = std::mem::take(&mut entry.address);
            let general = label.eq_ignore_ascii_case("algemeen");
            if !url.is_empty() && (entry.website.is_empty() || (general && !entry.general_website))
            {
                entry.website = url;
                entry.general_website = general;
            }
        }
        Field::EndDate => entry.end_date = value,
        Field::Fte => entry.fte = register_number(&value),
        Field::FteDate => entry.fte_date = value,
    }
}

/// Line and column (both from 1, the column in characters) of a byte offset in `input`.
pub fn line_column<R: BufRead>(mut input: R, offset: u64) -> (u64, usize) {
    let (mut line, mut line_start) = (1u64, Vec::new());
    let mut read = 0u64;
    while read < offset {
        let Ok(chunk) = input.fill_buf() else { break };
        if chunk.is_empty() {
            break;
        }
        let take = chunk
            .len()
            .min(usize::try_from(offset - read).unwrap_or(usize::MAX));
        for &byte in &chunk[..take] {
            if byte == b'\n' {
                line += 1;
                line_start.clear();
            } else {
                line_start.push(byte);
            }
        }
        read += take as u64;
        input.consume(take);
    }
    let column = String::from_utf8_lossy(&line_start).chars().count() + 1;
    (line, column)
}

/// How an organisation of ours was found in the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FoundBy {
    /// By the `register_id` in our data.
    RegisterId,
    /// By its full name (our row has no `register_id` yet).
    Name,
    /// By its abbreviation (our row has no `register_id` yet).
    Abbreviation,
}

/// One field where the register says otherwise.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Difference {
    /// Our column name.
    #[serde(rename = "veld")]
    pub field: &'static str,
    /// Our value.
    #[serde(rename = "ons")]
    pub ours: String,
    /// The register's value, in our terms where it maps (a ministry id, a legal form code).
    pub register: String,
}

/// A staff figure from the register.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RegisterFte {
    /// FTE.
    #[serde(rename = "aantal")]
    pub fte: f64,
    /// `peildatumFte`.
    #[serde(rename = "peildatum")]
    pub date: String,
}

/// One organisation of ours that the register lists.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RegisterMatch {
    /// Our id.
    pub id: OrganisationId,
    /// The register's `systeemId`.
    pub register_id: String,
    /// How it was found.
    #[serde(rename = "gevonden_op")]
    pub found_by: FoundBy,
    /// Fields where the register differs.
    #[serde(rename = "verschillen")]
    pub differences: Vec<Difference>,
    /// The register's end date, when the body no longer exists.
    #[serde(rename = "beeindigd")]
    pub ended: Option<String>,
    /// The register's staff figure, where it has one.
    pub fte: Option<RegisterFte>,
}

/// A register body of an implementing type that our data lacks.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MissingBody {
    /// Its name.
    #[serde(rename = "naam")]
    pub name: String,
    /// Its types, joined.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its ministry as the register names it.
    #[serde(rename = "ministerie")]
    pub ministry: String,
    /// Its `systeemId`.
    pub register_id: String,
}

/// A sub-unit whose name or abbreviation equals one of ours, which was not taken for it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SubUnitNamesake {
    /// Our organisation it resembles.
    pub id: OrganisationId,
    /// The sub-unit's name.
    #[serde(rename = "naam")]
    pub name: String,
    /// The sub-unit's `systeemId`.
    pub register_id: String,
    /// The name of the organisation it is part of.
    #[serde(rename = "onderdeel_van")]
    pub part_of: String,
}

/// Our organisations held against the register.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct RegisterComparison {
    /// Every organisation of ours the export matches, in our order.
    #[serde(rename = "organisaties")]
    pub matches: Vec<RegisterMatch>,
    /// Our organisations the export does not list (or whose `register_id` it lacks).
    #[serde(rename = "niet_gevonden")]
    pub not_found: Vec<NotFound>,
    /// Register bodies of implementing types that we lack.
    #[serde(rename = "ontbrekend")]
    pub missing: Vec<MissingBody>,
    /// Sub-units that share a name with one of ours.
    #[serde(rename = "onderdelen")]
    pub namesakes: Vec<SubUnitNamesake>,
}

/// An organisation of ours that the export does not match.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct NotFound {
    /// Our id.
    pub id: OrganisationId,
    /// Our `register_id`, when it names an entry the export lacks.
    pub register_id: String,
}

fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A web address without scheme, `www.` and trailing slash, for comparing.
fn normalised_link(link: &str) -> String {
    let link = link.trim().to_lowercase();
    let link = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(&link);
    let link = link.strip_prefix("www.").unwrap_or(link);
    link.trim_end_matches('/').to_owned()
}

/// Our ministry for the register's name of one ("Economische Zaken").
fn ministry_for<'m>(ministries: &'m [Ministry], register_name: &str) -> Option<&'m Ministry> {
    let wanted = normalised(register_name);
    let wanted = wanted.strip_prefix("ministerie van ").unwrap_or(&wanted);
    ministries.iter().find(|ministry| {
        let ours = normalised(&ministry.naam);
        ours.strip_prefix("ministerie van ").unwrap_or(&ours) == wanted
            || normalised(&ministry.afkorting) == wanted
    })
}

/// Compares our organisations with the export's entries. Names are normalised once per entry,
/// so the work grows with the sum, not the product, of both sizes.
pub fn compare(
    organisations: &[Organisation],
    ministries: &[Ministry],
    export: &RegisterExport,
) -> RegisterComparison {
    let mut comparison = RegisterComparison::default();
    let mut taken = vec![false; export.entries.len()];
    let mut by_id: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_name: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_abbreviation: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (at, entry) in export.entries.iter().enumerate() {
        by_id.entry(entry.system_id.as_str()).or_insert(at);
        if !entry.is_sub_unit() {
            by_name.entry(normalised(&entry.name)).or_insert(at);
            if !entry.abbreviation.is_empty() {
                by_abbreviation
                    .entry(normalised(&entry.abbreviation))
                    .or_default()
                    .push(at);
            }
        }
    }
    for organisation in organisations {
        let found = if organisation.register_id.is_empty() {
            by_name
                .get(&normalised(&organisation.naam))
                .map(|&at| (at, FoundBy::Name))
                .or_else(|| {
                    let same = by_abbreviation.get(&normalised(&organisation.afkorting))?;
                    match same.as_slice() {
                        [at] if !organisation.afkorting.is_empty() => {
                            Some((*at, FoundBy::Abbreviation))
                        }
                        _ => None,
                    }
                })
        } else {
            by_id
                .get(organisation.register_id.as_str())
                .map(|&at| (at, FoundBy::RegisterId))
        };
        let Some((at, found_by)) = found else {
            comparison.not_found.push(NotFound {
                id: organisation.id.clone(),
                register_id: organisation.register_id.clone(),
            });
            continue;
        };
        taken[at] = true;
        let entry = &export.entries[at];
        comparison.matches.push(RegisterMatch {
            id: organisation.id.clone(),
            register_id: entry.system_id.clone(),
            found_by,
            differences: differences(organisation, ministries, entry),
            ended: (!entry.end_date.is_empty()).then(|| entry.end_date.clone()),
            fte: entry.fte.map(|fte| RegisterFte {
                fte,
                date: entry.fte_date.clone(),
            }),
        });
    }
    // Our names and abbreviations, to recognise sub-units that share one.
    let mut ours: FxHashMap<String, usize> = FxHashMap::default();
    for (at, organisation) in organisations.iter().enumerate() {
        ours.entry(normalised(&organisation.naam)).or_insert(at);
        if !organisation.afkorting.is_empty() {
            ours.entry(normalised(&organisation.afkorting))
                .or_insert(at);
        }
    }
    for (at, entry) in export.entries.iter().enumerate() {
        if entry.is_sub_unit() {
            if let Some(&ours_at) = ours.get(&normalised(&entry.name)) {
                let part_of = entry
                    .parent
                    .map(|parent| export.entries[parent].name.clone())
                    .unwrap_or_default();
                comparison.namesakes.push(SubUnitNamesake {
                    id: organisations[ours_at].id.clone(),
                    name: entry.name.clone(),
                    register_id: entry.system_id.clone(),
                    part_of,
                });
            }
        } else if !taken[at] && entry.end_date.is_empty() && entry.can_implement() {
            comparison.missing.push(MissingBody {
                name: entry.name.clone(),
                kind: entry.types.join(", "),
                ministry: entry.ministry.clone(),
                register_id: entry.system_id.clone(),
            });
        }
    }
    comparison
}

fn differences(
    organisation: &Organisation,
    ministries: &[Ministry],
    entry: &RegisterEntry,
) -> Vec<Difference> {
    let mut found = Vec::new();
    let mut differ = |field: &'static str, ours: String, register: String| {
        found.push(Difference {
            field,
            ours,
            register,
        });
    };
    if !entry.name.is_empty() && normalised(&entry.name) != normalised(&organisation.naam) {
        differ("naam", organisation.naam.clone(), entry.name.clone());
    }
    if !entry.abbreviation.is_empty()
        && normalised(&entry.abbreviation) != normalised(&organisation.afkorting)
    {
        differ(
            "afkorting",
            organisation.afkorting.clone(),
            entry.abbreviation.clone(),
        );
    }
    if !entry.ministry.is_empty() {
        let ours = organisation
            .ministerie
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        match ministry_for(ministries, &entry.ministry) {
            Some(ministry) if ministry.id.as_str() == ours => {}
            Some(ministry) => differ("ministerie", ours, ministry.id.to_string()),
            None => differ("ministerie", ours, entry.ministry.clone()),
        }
    }
    if let Some(form) = entry.legal_form()
        && form != organisation.rechtsvorm
    {
        differ(
            "rechtsvorm",
            organisation.rechtsvorm.code().to_owned(),
            form.code().to_owned(),
        );
    }
    if !entry.website.is_empty()
        && normalised_link(&entry.website) != normalised_link(&organisation.website)
    {
        differ(
            "website",
            organisation.website.clone(),
            entry.website.clone(),
        );
    }
    found
}

/// The `bron` text that cites one entry of one export.
pub fn register_citation(export: &RegisterExport, system_id: &str) -> String {
    format!(
        "Register van Overheidsorganisaties, export {}, systeemId {system_id} (https://organisaties.overheid.nl/{system_id}/)",
        export.timestamp
    )
}

/// The result of writing the register's facts into `organisaties.csv`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// The new text of the file.
    pub text: String,
    /// Per organisation, the columns that changed.
    pub changed: Vec<(OrganisationId, Vec<&'static str>)>,
}

/// Writes the facts the register owns (name, abbreviation, ministry, legal form, website,
/// `register_id`, and its staff figure where it has one) into the text of `organisaties.csv`,
/// leaving every other column and every unmatched row as it was. `bron` gains the export's
/// citation for each changed row. Running it again on its own result changes nothing.
pub fn apply(
    csv_text: &str,
    comparison: &RegisterComparison,
    export: &RegisterExport,
) -> Result<Applied, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| error.to_string())?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    let Some(header) = rows.first_mut() else {
        return Err("organisaties.csv is leeg".to_owned());
    };
    if !header.iter().any(|name| name == "register_id") {
        header.push("register_id".to_owned());
    }
    let header = header.clone();
    let column = |name: &str| header.iter().position(|h| h == name);
    let id_column = column("id").ok_or("organisaties.csv heeft geen kolom id")?;
    let mut applied = Applied::default();
    for row in rows.iter_mut().skip(1) {
        row.resize(header.len(), String::new());
        let Some(found) = comparison
            .matches
            .iter()
            .find(|found| found.id.as_str() == row[id_column])
        else {
            continue;
        };
        let mut changed = Vec::new();
        let mut set = |name: &'static str, value: &str, row: &mut Vec<String>| {
            if let Some(at) = column(name)
                && row[at] != value
            {
                row[at] = value.to_owned();
                changed.push(name);
            }
        };
        for difference in &found.differences {
            let maps = difference.field != "ministerie" || crate::id::is_slug(&difference.register);
            if maps {
                set(difference.field, &difference.register, row);
            }
        }
        set("register_id", &found.register_id, row);
        if let Some(fte) = &found.fte {
            set("fte", &fte.fte.to_string(), row);
            if let Some(year) = fte.date.get(..4).filter(|y| y.parse::<u16>().is_ok()) {
                set("fte_peiljaar", year, row);
            }
            set("fte_status", "bron", row);
        }
        if !changed.is_empty() {
            let citation = register_citation(export, &found.register_id);
            if let Some(at) = column("bron")
                && !row[at].contains(&citation)
            {
                row[at] = if row[at].trim().is_empty() {
                    citation
                } else {
                    format!("{} ; {citation}", row[at])
                };
            }
            applied.changed.push((found.id.clone(), changed));
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for row in &rows {
        writer
            .write_record(row)
            .map_err(|error| error.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|error| error.to_string())?;
    applied.text = String::from_utf8(bytes).map_err(|error| error.to_string())?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<?xml version="1.0"?><p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.7.0" p:timestamp="t"><p:organisaties>"#;
    const TAIL: &str = "</p:organisaties></p:overheidsorganisaties>";

    fn read(body: &str) -> Result<RegisterExport, RegisterError> {
        read_export(format!("{HEAD}{body}{TAIL}").as_bytes())
    }

    #[test]
    fn a_sub_units_fields_never_land_on_its_parent() {
        let export = read(
            r#"<p:organisatie p:systeemId="1"><p:naam>Ouder</p:naam><p:organisaties>
               <p:organisatie p:systeemId="2"><p:naam>Kind</p:naam><p:eindDatum>2020-01-01</p:eindDatum>
               <p:types><p:type>Organisatieonderdeel</p:type></p:types></p:organisatie>
               </p:organisaties><p:afkorting>OU</p:afkorting></p:organisatie>"#,
        )
        .unwrap();
        assert_eq!(export.version, "2.7.0");
        let [parent, child] = export.entries.as_slice() else {
            panic!("{:?}", export.entries)
        };
        assert_eq!(
            (parent.name.as_str(), parent.abbreviation.as_str()),
            ("Ouder", "OU")
        );
        assert_eq!(parent.end_date, "");
        assert_eq!((child.name.as_str(), child.parent), ("Kind", Some(0)));
        assert!(child.is_sub_unit());
    }

    #[test]
    fn character_references_entities_and_cdata_become_text() {
        let export = read(
            r#"<p:organisatie p:systeemId="1"><p:naam>Caf&#233; &amp; <![CDATA[<Co>]]> &quot;x&quot;</p:naam></p:organisatie>"#,
        )
        .unwrap();
        assert_eq!(export.entries[0].name, "Café & <Co> \"x\"");
    }

    #[test]
    fn broken_and_foreign_files_are_refused_with_a_reason() {
        let cut = format!("{HEAD}<p:organisatie><p:naam>Half");
        match read_export(cut.as_bytes()) {
            Err(RegisterError::Xml { message, .. }) => {
                assert!(message.contains("houdt op"), "{message}")
            }
            other => panic!("{other:?}"),
        }
        let unknown = read(r#"<p:organisatie><p:naam>&onbekend;</p:naam></p:organisatie>"#);
        assert!(
            matches!(unknown, Err(RegisterError::Xml { .. })),
            "{unknown:?}"
        );
        let version3 = HEAD.replace("2.7.0", "3.0.0") + TAIL;
        match read_export(version3.as_bytes()) {
            Err(RegisterError::NotAnExport(message)) => {
                assert!(message.contains("3.0.0"), "{message}")
            }
            other => panic!("{other:?}"),
        }
        let other_namespace = HEAD.replace("oo/export", "oo/iets-anders") + TAIL;
        assert!(matches!(
            read_export(other_namespace.as_bytes()),
            Err(RegisterError::NotAnExport(_))
        ));
        assert!(matches!(
            read_export(&b""[..]),
            Err(RegisterError::NotAnExport(_))
        ));
        assert!(matches!(
            read_export(&b"<leeg/>"[..]),
            Err(RegisterError::NotAnExport(_))
        ));
    }

    #[test]
    fn line_and_column_count_characters_from_one() {
        let text = "ab\ncë<x\n";
        let offset = text.find('<').unwrap() as u64;
        assert_eq!(line_column(text.as_bytes(), offset), (2, 3));
        assert_eq!(line_column(text.as_bytes(), 0), (1, 1));
    }

    #[test]
    fn applying_nothing_leaves_the_shipped_file_byte_for_byte() {
        let text = include_str!("../../../data/organisaties.csv");
        let applied = apply(
            text,
            &RegisterComparison::default(),
            &RegisterExport::default(),
        )
        .unwrap();
        assert!(applied.changed.is_empty());
        if text
            .lines()
            .next()
            .is_some_and(|h| h.ends_with(",register_id"))
        {
            assert_eq!(applied.text, text);
        }
    }
}
