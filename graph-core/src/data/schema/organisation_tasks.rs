//! `organisatie_taken.csv`: which organisation performs which task type.

use super::{Key, Record, Reference, columns, stored_in};
use crate::data::model::{FileKind, OrganisationTask, RowRef};
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, TaskCode};

impl Record for OrganisationTask {
    const KIND: FileKind = FileKind::OrganisationTasks;
    const COLUMNS: &'static [Column] = columns![
        "organisatie" verplicht "id uit organisaties.csv",
        "taak" verplicht "code uit taken.csv",
        "toelichting" optioneel "toelichting, zoals de wetten die worden uitgevoerd",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let (organisatie, taak) = (cells.slug("organisatie", false), cells.code("taak"));
        Some(OrganisationTask {
            organisatie: OrganisationId::new(organisatie?),
            taak: TaskCode::new(taak?),
            toelichting: cells.text("toelichting"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.organisatie.to_string(),
            self.taak.to_string(),
            self.toelichting.clone(),
        ]
    }

    stored_in!(organisation_tasks);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![
            Reference::new(
                "organisatie",
                FileKind::Organisations,
                self.organisatie.as_str(),
            ),
            Reference::new("taak", FileKind::Tasks, self.taak.as_str()),
        ]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new(
            "taak",
            &[self.organisatie.as_str(), self.taak.as_str()],
        ))
    }

    fn duplicate(&self) -> String {
        super::combination(&[self.organisatie.as_str(), self.taak.as_str()])
    }
}
