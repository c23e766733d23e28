//! `doelgroepen.csv`: the target groups, by code.

use super::{Key, Record, columns, stored_in};
use crate::data::model::{FileKind, RowRef, TargetGroup};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::TargetGroupCode;

impl Record for TargetGroup {
    const KIND: FileKind = FileKind::TargetGroups;
    const IDENTIFIED: bool = true;
    const COLUMNS: &'static [Column] = columns![
        "code" verplicht "code in hoofdletters, zoals B",
        "naam" verplicht "naam",
        "omschrijving" optioneel "omschrijving",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let (code, naam) = (cells.code("code"), cells.required("naam"));
        let (code, naam) = (code?, naam?);
        Some(TargetGroup {
            code: TargetGroupCode::new(code),
            naam,
            omschrijving: cells.text("omschrijving"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.to_string(),
            self.naam.clone(),
            self.omschrijving.clone(),
        ]
    }

    stored_in!(target_groups);

    fn id(&self) -> Option<&str> {
        Some(self.code.as_str())
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("code", &[self.code.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("code {}", quote(self.code.as_str()))
    }
}
