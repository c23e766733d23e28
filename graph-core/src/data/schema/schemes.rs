//! `regelingen.csv`: the schemes each organisation already carries out, with their task types,
//! target groups, law and public source; what the ranking compares a proposal's text with.

use super::{Key, Record, Reference, code_list, columns, joined, stored_in};
use crate::data::model::{FileKind, RowRef, Scheme};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, SchemeId, TargetGroupCode, TaskCode};

impl Record for Scheme {
    const KIND: FileKind = FileKind::Schemes;
    const COLUMNS: &'static [Column] = columns![
        "id" verplicht "id in kleine letters met streepjes, zoals duo-studiefinanciering",
        "organisatie" verplicht "id uit organisaties.csv",
        "naam" verplicht "naam van de regeling",
        "omschrijving" verplicht "wat de regeling doet, voor wie en hoe, in gewone woorden",
        "taken" optioneel "taakcodes uit taken.csv, gescheiden door spaties (zoals UIT INN)",
        "doelgroepen" optioneel "doelgroepcodes uit doelgroepen.csv, gescheiden door spaties",
        "wet" optioneel "de wet waarop de regeling rust",
        "bron" verplicht "openbare bron(nen), gescheiden door ' ; '",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let id = cells.slug("id", false);
        let organisatie = cells.slug("organisatie", false);
        let naam = cells.required("naam");
        let omschrijving = cells.required("omschrijving");
        let bron = cells.required("bron");
        let (id, organisatie, naam, omschrijving, bron) =
            (id?, organisatie?, naam?, omschrijving?, bron?);
        Some(Scheme {
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
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.organisatie.to_string(),
            self.naam.clone(),
            self.omschrijving.clone(),
            joined(self.taken.iter().map(TaskCode::as_str)),
            joined(self.doelgroepen.iter().map(TargetGroupCode::as_str)),
            self.wet.clone(),
            self.bron.clone(),
        ]
    }

    stored_in!(schemes);

    fn references(&self) -> Vec<Reference<'_>> {
        let organisation = Reference::new(
            "organisatie",
            FileKind::Organisations,
            self.organisatie.as_str(),
        );
        let tasks = self
            .taken
            .iter()
            .map(|task| Reference::new("taken", FileKind::Tasks, task.as_str()));
        let groups = self
            .doelgroepen
            .iter()
            .map(|group| Reference::new("doelgroepen", FileKind::TargetGroups, group.as_str()));
        std::iter::once(organisation)
            .chain(tasks)
            .chain(groups)
            .collect()
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("id", &[self.id.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("id {}", quote(self.id.as_str()))
    }
}
