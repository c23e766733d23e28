//! The shipped data set loads without a single problem and has what the product promises.

use std::collections::{BTreeSet, HashSet};

use graph_core::{Landscape, OrganisationId, Period, Status, default_sources};

use crate::support::{data_dir, read_sources};

fn landscape() -> Landscape {
    let (landscape, warnings) = Landscape::load(&read_sources(&data_dir()))
        .unwrap_or_else(|problems| panic!("data/ has problems:\n{problems:#?}"));
    assert!(warnings.is_empty(), "data/ has warnings:\n{warnings:#?}");
    landscape
}

#[test]
fn the_embedded_data_is_the_data_folder() {
    assert_eq!(default_sources(), read_sources(&data_dir()));
}

#[test]
fn data_loads_with_the_promised_counts() {
    let landscape = landscape();
    let counts = landscape.counts();
    assert!(counts.organisations >= 50, "{counts:?}");
    assert_eq!(counts.tasks, 12);
    assert_eq!(counts.target_groups, 4);
    assert!(counts.registers >= 12, "{counts:?}");
    assert!(counts.chain_relations >= 80, "{counts:?}");
    assert!(counts.ministries >= 12, "{counts:?}");
    assert!(counts.portfolio > 0);

    let tasks: BTreeSet<&str> = landscape
        .data()
        .tasks
        .iter()
        .map(|t| t.code.as_str())
        .collect();
    let expected: BTreeSet<&str> = [
        "UIT", "INN", "REG", "VER", "IND", "SUB", "TOE", "INF", "INFRA", "ICT", "BEM", "JUS",
    ]
    .into();
    assert_eq!(tasks, expected);
}

#[test]
fn every_organisation_is_sourced_and_has_capacity_for_2025_to_2028() {
    let landscape = landscape();
    for organisation in landscape.organisations() {
        assert!(
            !organisation.bron.is_empty(),
            "{} has no bron",
            organisation.id
        );
        assert!(
            !landscape.tasks_of(&organisation.id).is_empty(),
            "{} has no task",
            organisation.id
        );
        for year in 2025..=2028 {
            let figure = landscape
                .capacity(&organisation.id, Period::Year(year))
                .unwrap_or_else(|| panic!("{} has no capacity for {year}", organisation.id));
            // Capacity figures are not public: they must never claim to be sourced without one.
            assert!(
                figure.status != Status::Bron,
                "{} {year} claims a source",
                organisation.id
            );
        }
    }
}

#[test]
fn every_register_holder_holds_it_and_research_rows_are_present() {
    let landscape = landscape();
    for register in &landscape.data().registers {
        let holders: Vec<_> = landscape
            .registers_of(&register.houder)
            .into_iter()
            .filter(|row| row.register == register.code)
            .collect();
        assert!(
            !holders.is_empty(),
            "{} has no row for its houder",
            register.code
        );
    }
    // A sample of the organisations of the research table.
    let ids: HashSet<&str> = landscape
        .organisations()
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    for id in [
        "uwv",
        "svb",
        "belastingdienst",
        "dienst-toeslagen",
        "duo",
        "cak",
        "cjib",
        "rvo",
        "ind",
        "rdw",
        "kadaster",
        "logius",
        "gemeenten",
    ] {
        assert!(ids.contains(id), "{id} is missing");
    }
    let uwv = OrganisationId::new("uwv");
    let partners = landscape.chain_partner_ids(&uwv);
    assert!(partners.iter().any(|p| p.as_str() == "svb"), "{partners:?}");
}
