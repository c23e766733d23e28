//! `organisatie_registers.csv`: which organisation keeps, sources or uses which register.

use super::{Key, Record, Reference, columns, stored_in};
use crate::data::model::{Choice, FileKind, OrganisationRegister, RegisterRole, RowRef};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, RegisterCode};

impl Record for OrganisationRegister {
    const KIND: FileKind = FileKind::OrganisationRegisters;
    const COLUMNS: &'static [Column] = columns![
        "organisatie" verplicht "id uit organisaties.csv",
        "register" verplicht "code uit registers.csv",
        "rol" verplicht "houder, bronhouder of afnemer",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let organisatie = cells.slug("organisatie", false);
        let register = cells.slug("register", false);
        let rol = cells.choice::<RegisterRole>("rol");
        Some(OrganisationRegister {
            organisatie: OrganisationId::new(organisatie?),
            register: RegisterCode::new(register?),
            rol: rol?,
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.organisatie.to_string(),
            self.register.to_string(),
            self.rol.code().to_owned(),
        ]
    }

    stored_in!(organisation_registers);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![
            Reference::new(
                "organisatie",
                FileKind::Organisations,
                self.organisatie.as_str(),
            ),
            Reference::new("register", FileKind::Registers, self.register.as_str()),
        ]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new(
            "rol",
            &[
                self.organisatie.as_str(),
                self.register.as_str(),
                self.rol.code(),
            ],
        ))
    }

    fn duplicate(&self) -> String {
        format!(
            "de combinatie {}, {} en {}",
            quote(self.organisatie.as_str()),
            quote(self.register.as_str()),
            quote(self.rol.code())
        )
    }
}
