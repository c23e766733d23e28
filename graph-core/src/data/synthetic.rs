//! Synthetic landscapes of any size, deterministic for a seed, for benchmarks and scale tests.
//! They use the real task types and target groups; everything else is generated.

use std::fmt::Write;

use crate::data::load::{SourceFile, Sources};
use crate::data::model::FileKind;
pub use crate::random::Rng;

const TASKS: [&str; 12] = [
    "UIT", "INN", "REG", "VER", "IND", "SUB", "TOE", "INF", "INFRA", "ICT", "BEM", "JUS",
];
const GROUPS: [&str; 4] = ["B", "O", "I", "G"];
/// Words of policy text; schemes join them, sometimes into compounds, as Dutch does.
const WORDS: [&str; 40] = [
    "uitkering",
    "lening",
    "toeslag",
    "subsidie",
    "vergunning",
    "boete",
    "heffing",
    "bijdrage",
    "woning",
    "energie",
    "zorg",
    "onderwijs",
    "student",
    "werkgever",
    "ondernemer",
    "gezin",
    "kind",
    "pensioen",
    "inkomen",
    "huur",
    "isolatie",
    "vervoer",
    "voertuig",
    "water",
    "natuur",
    "landbouw",
    "export",
    "migratie",
    "verblijf",
    "inburgering",
    "schuld",
    "premie",
    "belasting",
    "registratie",
    "toezicht",
    "veiligheid",
    "gezondheid",
    "scholing",
    "arbeid",
    "cultuur",
];

/// A landscape with `organisations` organisations and about `relations` relations (tasks, target
/// groups, registers and chain relations in the proportion 1 : 1 : 2 : 1), with capacity for
/// 2025–2028.
pub fn synthetic_sources(organisations: usize, relations: usize, seed: u64) -> Sources {
    let mut rng = Rng::new(seed);
    let organisations = organisations.max(2);
    let per = |share: usize| (relations * share / 5).max(organisations);
    let n_ministries = 15;
    let n_registers = (organisations / 25).clamp(4, 400);

    let mut ministries = String::from("id,naam,afkorting,bron\n");
    for m in 0..n_ministries {
        let _ = writeln!(ministries, "m{m},Ministerie {m},M{m},synthetisch");
    }
    let mut orgs = String::from(
        "id,naam,afkorting,ministerie,rechtsvorm,fte,fte_peiljaar,fte_status,bron,website,omschrijving\n",
    );
    let forms = [
        "agentschap",
        "zbo",
        "departementaal",
        "decentraal",
        "privaatrechtelijk",
    ];
    for o in 0..organisations {
        let _ = writeln!(
            orgs,
            "o{o},\"Organisatie {o}, synthetisch\",O{o},m{},{},{},2025,voorbeeld,synthetisch,https://example.org/o{o},Synthetische organisatie",
            rng.below(n_ministries),
            forms[rng.below(forms.len())],
            100 + rng.below(20_000)
        );
    }
    let mut tasks = String::from("code,naam,omschrijving,verwant\n");
    for (i, task) in TASKS.iter().enumerate() {
        let _ = writeln!(
            tasks,
            "{task},Taak {task},x,{}",
            TASKS[(i + 1) % TASKS.len()]
        );
    }
    let mut groups = String::from("code,naam,omschrijving\n");
    for group in GROUPS {
        let _ = writeln!(groups, "{group},Groep {group},x");
    }
    let mut registers = String::from("code,naam,houder,basisregistratie,bron\n");
    let mut org_registers = String::from("organisatie,register,rol\n");
    let mut seen = std::collections::HashSet::new();
    for r in 0..n_registers {
        let holder = rng.below(organisations);
        let _ = writeln!(registers, "r{r},Register {r},o{holder},ja,synthetisch");
        let _ = writeln!(org_registers, "o{holder},r{r},houder");
        seen.insert((holder, r));
    }
    let mut added = n_registers;
    while added < per(2) {
        let (o, r) = (rng.below(organisations), rng.below(n_registers));
        if seen.insert((o, r)) {
            let _ = writeln!(org_registers, "o{o},r{r},afnemer");
            added += 1;
        }
    }
    let mut org_tasks = String::from("organisatie,taak,toelichting\n");
    let mut seen = std::collections::HashSet::new();
    let mut added = 0;
    for o in 0..organisations {
        let t = rng.below(TASKS.len());
        seen.insert((o, t));
        let _ = writeln!(org_tasks, "o{o},{},x", TASKS[t]);
        added += 1;
    }
    while added < per(1) {
        let (o, t) = (rng.below(organisations), rng.below(TASKS.len()));
        if seen.insert((o, t)) {
            let _ = writeln!(org_tasks, "o{o},{},x", TASKS[t]);
            added += 1;
        }
        if seen.len() >= organisations * TASKS.len() {
            break;
        }
    }
    let mut org_groups = String::from("organisatie,doelgroep\n");
    let mut seen = std::collections::HashSet::new();
    let mut added = 0;
    while added < per(1).min(organisations * GROUPS.len()) {
        let (o, g) = (rng.below(organisations), rng.below(GROUPS.len()));
        if seen.insert((o, g)) {
            let _ = writeln!(org_groups, "o{o},{}", GROUPS[g]);
            added += 1;
        }
    }
    let mut chains = String::from("van,naar,soort,toelichting,bron\n");
    let mut seen = std::collections::HashSet::new();
    let mut added = 0;
    let kinds = ["gegevens", "opdracht", "samenwerking", "ict"];
    while added < per(1) {
        let (a, b) = (rng.below(organisations), rng.below(organisations));
        let kind = rng.below(kinds.len());
        if a != b && seen.insert((a, b, kind)) {
            let _ = writeln!(chains, "o{a},o{b},{},x,synthetisch", kinds[kind]);
            added += 1;
        }
    }
    let mut capacity =
        String::from("organisatie,periode,capaciteit_fte,belasting_fte,status,bron,peildatum\n");
    for o in 0..organisations {
        let base = 5.0 + 200.0 * rng.unit();
        for year in 2025..=2028 {
            let load = base * (0.4 + 0.8 * rng.unit());
            let _ = writeln!(
                capacity,
                "o{o},{year},{base:.1},{load:.1},voorbeeld,synthetisch,2026-11-01"
            );
        }
    }
    let portfolio =
        String::from("id,naam,organisatie,soort,start,eind,belasting_fte,status,bron\n");
    let mut schemes = String::from("id,organisatie,naam,omschrijving,taken,doelgroepen,wet,bron\n");
    for o in 0..organisations {
        for s in 0..2 {
            let mut text: Vec<String> = Vec::new();
            for _ in 0..12 {
                let word = WORDS[rng.below(WORDS.len())];
                if rng.below(4) == 0 {
                    text.push(format!("{word}{}", WORDS[rng.below(WORDS.len())]));
                } else {
                    text.push(word.to_owned());
                }
            }
            let _ = writeln!(
                schemes,
                "o{o}-r{s},o{o},Regeling {s} van {o},{},{},B,,synthetisch",
                text.join(" "),
                TASKS[rng.below(TASKS.len())]
            );
        }
    }

    let mut sources = Sources::new();
    for (kind, text) in [
        (FileKind::Ministries, ministries),
        (FileKind::Organisations, orgs),
        (FileKind::Tasks, tasks),
        (FileKind::TargetGroups, groups),
        (FileKind::Registers, registers),
        (FileKind::OrganisationTasks, org_tasks),
        (FileKind::OrganisationTargetGroups, org_groups),
        (FileKind::OrganisationRegisters, org_registers),
        (FileKind::ChainRelations, chains),
        (FileKind::Capacity, capacity),
        (FileKind::Portfolio, portfolio),
        (FileKind::Schemes, schemes),
    ] {
        sources.insert(
            kind,
            SourceFile {
                name: kind.file_name().to_owned(),
                bytes: text.into_bytes(),
            },
        );
    }
    sources
}

/// The types a synthetic register entry draws from, implementing and not.
const REGISTER_TYPES: [&str; 6] = [
    "Zelfstandig bestuursorgaan",
    "Agentschap",
    "Inspectie",
    "Adviescollege",
    "Gemeente",
    "Gemeenschappelijke regeling",
];

/// A made-up export of the Register van Overheidsorganisaties (`exportOO.xml`, schema 2.6.9) of
/// about `target_bytes`, in pieces of one top-level organisation each (with two levels of
/// sub-units, escaped names, addresses, staff figures and some end dates), for benchmarks of
/// the register reader. Deterministic for a seed.
pub fn synthetic_register_export(target_bytes: usize, seed: u64) -> impl Iterator<Item = String> {
    let mut rng = Rng::new(seed);
    let mut written = 0usize;
    let mut next_id = 100_000u64;
    let head = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p:overheidsorganisaties xmlns:p=\"https://organisaties.overheid.nl/static/schema/oo/export/2.6.9\" p:timestamp=\"2026-01-01T00:00:00.000+01:00\">\n  <p:organisaties>\n",
    );
    let tail = String::from("  </p:organisaties>\n</p:overheidsorganisaties>\n");
    let body = std::iter::from_fn(move || {
        if written >= target_bytes {
            return None;
        }
        let mut piece = String::new();
        synthetic_register_entry(&mut piece, &mut rng, &mut next_id, 0);
        written += piece.len();
        Some(piece)
    });
    std::iter::once(head)
        .chain(body)
        .chain(std::iter::once(tail))
}

fn synthetic_register_entry(out: &mut String, rng: &mut Rng, next_id: &mut u64, depth: usize) {
    *next_id += 1;
    let id = *next_id;
    let indent = "  ".repeat(2 + 2 * depth);
    let kind = if depth > 0 {
        "Organisatieonderdeel"
    } else {
        REGISTER_TYPES[rng.below(REGISTER_TYPES.len())]
    };
    let _ = writeln!(
        out,
        "{indent}<p:organisatie p:systeemId=\"{id}\" p:resourceIdentifierTOOI=\"https://identifier.overheid.nl/tooi/id/oorg/oorg{id}\">"
    );
    let _ = writeln!(
        out,
        "{indent}  <p:naam>Dienst &amp; Bureau {id} voor &apos;s-Gravenhage en Caf\u{e9}</p:naam>"
    );
    let _ = writeln!(out, "{indent}  <p:afkorting>DB{id}</p:afkorting>");
    let _ = writeln!(out, "{indent}  <p:types><p:type>{kind}</p:type></p:types>");
    let _ = writeln!(
        out,
        "{indent}  <p:beschrijving>Voert taken uit op het terrein van onderwerp {} namens het Rijk, met loketten, registers en toezicht.</p:beschrijving>",
        rng.below(500)
    );
    let _ = writeln!(
        out,
        "{indent}  <p:relatieMetMinisterie p:systeemId=\"{}\">Binnenlandse Zaken en Koninkrijksrelaties</p:relatieMetMinisterie>",
        9000 + rng.below(15)
    );
    if depth == 0 && rng.below(3) == 0 {
        let _ = writeln!(
            out,
            "{indent}  <p:personeel><p:aantalFte>{},{}</p:aantalFte><p:peildatumFte>2025-01-01</p:peildatumFte></p:personeel>",
            10 + rng.below(20_000),
            rng.below(10)
        );
    }
    let _ = writeln!(
        out,
        "{indent}  <p:contact><p:internetadressen><p:internetadres><p:url>https://www.dienst{id}.nl/contact</p:url><p:label>contact</p:label></p:internetadres><p:internetadres><p:url>https://www.dienst{id}.nl</p:url><p:label>algemeen</p:label></p:internetadres></p:internetadressen></p:contact>"
    );
    let _ = writeln!(out, "{indent}  <p:startDatum>2002-01-01</p:startDatum>");
    if rng.below(20) == 0 {
        let _ = writeln!(out, "{indent}  <p:eindDatum>2023-12-31</p:eindDatum>");
    }
    if depth < 2 {
        let children = rng.below(4 - depth * 2);
        if children > 0 {
            let _ = writeln!(out, "{indent}  <p:organisaties>");
            for _ in 0..children {
                synthetic_register_entry(out, rng, next_id, depth + 1);
            }
            let _ = writeln!(out, "{indent}  </p:organisaties>");
        }
    }
    let _ = writeln!(out, "{indent}</p:organisatie>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::landscape::Landscape;

    #[test]
    fn a_synthetic_register_export_reads_back_at_the_asked_size() {
        let text: String = synthetic_register_export(200_000, 3).collect();
        assert!((200_000..260_000).contains(&text.len()), "{}", text.len());
        let export = crate::data::register::read_export(text.as_bytes()).unwrap();
        assert_eq!(export.version, "2.6.9");
        assert!(export.entries.len() > 100);
        assert!(export.entries.iter().any(|e| e.parent.is_some()));
        assert!(export.entries.iter().any(|e| e.fte.is_some()));
        let first = &export.entries[0];
        assert!(first.name.starts_with("Dienst & Bureau") && first.name.ends_with("Café"));
        assert!(!first.website.ends_with("/contact"));
    }

    #[test]
    fn synthetic_landscapes_load_without_errors_and_have_the_asked_size() {
        let (landscape, warnings) = Landscape::load(&synthetic_sources(500, 5_000, 7)).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let counts = landscape.counts();
        assert_eq!(counts.organisations, 500);
        assert!((4_900..=5_100).contains(&counts.relations), "{counts:?}");
        let ranking = crate::stappenplan::rank::rank(
            &landscape,
            &crate::stappenplan::proposal::synthetic_proposal(),
        );
        let national = landscape
            .organisations()
            .iter()
            .filter(|o| o.rechtsvorm != crate::data::model::LegalForm::Decentraal)
            .count();
        assert_eq!(ranking.candidates.len(), national);
        assert_eq!(landscape.data().schemes.len(), 1_000);
    }

    #[test]
    fn the_same_seed_gives_the_same_landscape() {
        assert_eq!(synthetic_sources(50, 400, 1), synthetic_sources(50, 400, 1));
        assert_ne!(synthetic_sources(50, 400, 1), synthetic_sources(50, 400, 2));
    }
}
