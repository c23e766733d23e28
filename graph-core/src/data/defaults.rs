//! The default data set, compiled into the binary from `data/*.csv` so the app and the CLI work
//! without any file at hand.

use crate::data::load::{SourceFile, Sources};
use crate::data::model::FileKind;

const FILES: [(FileKind, &str); 12] = [
    (
        FileKind::Ministries,
        include_str!("../../../data/ministeries.csv"),
    ),
    (
        FileKind::Organisations,
        include_str!("../../../data/organisaties.csv"),
    ),
    (FileKind::Tasks, include_str!("../../../data/taken.csv")),
    (
        FileKind::TargetGroups,
        include_str!("../../../data/doelgroepen.csv"),
    ),
    (
        FileKind::Registers,
        include_str!("../../../data/registers.csv"),
    ),
    (
        FileKind::OrganisationTasks,
        include_str!("../../../data/organisatie_taken.csv"),
    ),
    (
        FileKind::OrganisationTargetGroups,
        include_str!("../../../data/organisatie_doelgroepen.csv"),
    ),
    (
        FileKind::OrganisationRegisters,
        include_str!("../../../data/organisatie_registers.csv"),
    ),
    (
        FileKind::ChainRelations,
        include_str!("../../../data/ketenrelaties.csv"),
    ),
    (
        FileKind::Capacity,
        include_str!("../../../data/capaciteit.csv"),
    ),
    (
        FileKind::Portfolio,
        include_str!("../../../data/portfolio.csv"),
    ),
    (
        FileKind::Schemes,
        include_str!("../../../data/regelingen.csv"),
    ),
];

/// The shipped data set.
pub fn default_sources() -> Sources {
    let mut sources = Sources::new();
    for (kind, text) in FILES {
        sources.insert(
            kind,
            SourceFile {
                name: kind.file_name().to_owned(),
                bytes: text.as_bytes().to_vec(),
            },
        );
    }
    sources
}

/// The version of the shipped data set (`data/versie.txt`); `bzu publiceer` numbers published
/// sets from it upwards. An unreadable file counts as version 0.
pub fn default_version() -> u32 {
    include_str!("../../../data/versie.txt")
        .trim()
        .parse()
        .unwrap_or(0)
}
