//! `registers.csv`: the registers, by code, with the organisation that keeps each.

use super::{Key, Record, Reference, columns, stored_in};
use crate::data::model::{FileKind, Register, RowRef, YesNo};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, RegisterCode};

impl Record for Register {
    const KIND: FileKind = FileKind::Registers;
    const IDENTIFIED: bool = true;
    const COLUMNS: &'static [Column] = columns![
        "code" verplicht "code in kleine letters, zoals brp",
        "naam" verplicht "naam van het register",
        "houder" verplicht "id van de houdende organisatie",
        "basisregistratie" optioneel "ja of nee (leeg = nee)",
        "bron" optioneel "bron (URL)",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let code = cells.slug("code", false);
        let naam = cells.required("naam");
        let houder = cells.slug("houder", false);
        let basisregistratie = if cells.text("basisregistratie").is_empty() {
            Some(YesNo::Nee)
        } else {
            cells.choice::<YesNo>("basisregistratie")
        };
        let (code, naam, houder, basis) = (code?, naam?, houder?, basisregistratie?);
        Some(Register {
            code: RegisterCode::new(code),
            naam,
            houder: OrganisationId::new(houder),
            basisregistratie: basis == YesNo::Ja,
            bron: cells.text("bron"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.to_string(),
            self.naam.clone(),
            self.houder.to_string(),
            if self.basisregistratie { "ja" } else { "nee" }.to_owned(),
            self.bron.clone(),
        ]
    }

    stored_in!(registers);

    fn id(&self) -> Option<&str> {
        Some(self.code.as_str())
    }

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::new(
            "houder",
            FileKind::Organisations,
            self.houder.as_str(),
        )]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("code", &[self.code.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("code {}", quote(self.code.as_str()))
    }
}
