//! `organisatie_doelgroepen.csv`: which organisation serves which target group.

use super::{Key, Record, Reference, columns, stored_in};
use crate::data::model::{FileKind, OrganisationTargetGroup, RowRef};
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, TargetGroupCode};

impl Record for OrganisationTargetGroup {
    const KIND: FileKind = FileKind::OrganisationTargetGroups;
    const COLUMNS: &'static [Column] = columns![
        "organisatie" verplicht "id uit organisaties.csv",
        "doelgroep" verplicht "code uit doelgroepen.csv",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let organisatie = cells.slug("organisatie", false);
        let doelgroep = cells.code("doelgroep");
        Some(OrganisationTargetGroup {
            organisatie: OrganisationId::new(organisatie?),
            doelgroep: TargetGroupCode::new(doelgroep?),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![self.organisatie.to_string(), self.doelgroep.to_string()]
    }

    stored_in!(organisation_target_groups);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![
            Reference::new(
                "organisatie",
                FileKind::Organisations,
                self.organisatie.as_str(),
            ),
            Reference::new("doelgroep", FileKind::TargetGroups, self.doelgroep.as_str()),
        ]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new(
            "doelgroep",
            &[self.organisatie.as_str(), self.doelgroep.as_str()],
        ))
    }

    fn duplicate(&self) -> String {
        super::combination(&[self.organisatie.as_str(), self.doelgroep.as_str()])
    }
}
