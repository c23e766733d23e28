//! `ministeries.csv`: the ministries, by id.

use super::{Key, Record, columns, stored_in};
use crate::data::model::{FileKind, Ministry, RowRef};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::MinistryId;

impl Record for Ministry {
    const KIND: FileKind = FileKind::Ministries;
    const IDENTIFIED: bool = true;
    const COLUMNS: &'static [Column] = columns![
        "id" verplicht "id in kleine letters, zoals szw",
        "naam" verplicht "volledige naam",
        "afkorting" verplicht "afkorting, zoals SZW",
        "bron" optioneel "bron (URL)",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let (id, naam, afkorting) = (
            cells.slug("id", false),
            cells.required("naam"),
            cells.required("afkorting"),
        );
        Some(Ministry {
            id: MinistryId::new(id?),
            naam: naam?,
            afkorting: afkorting?,
            bron: cells.text("bron"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.naam.clone(),
            self.afkorting.clone(),
            self.bron.clone(),
        ]
    }

    stored_in!(ministries);

    fn id(&self) -> Option<&str> {
        Some(self.id.as_str())
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("id", &[self.id.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("id {}", quote(self.id.as_str()))
    }
}
