//! `taken.csv`: the task types, by code, with the codes of related types.

use super::{Key, Record, Reference, code_list, columns, joined, stored_in};
use crate::data::model::{FileKind, RowRef, TaskType};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::TaskCode;

impl Record for TaskType {
    const KIND: FileKind = FileKind::Tasks;
    const IDENTIFIED: bool = true;
    const COLUMNS: &'static [Column] = columns![
        "code" verplicht "taakcode in hoofdletters, zoals UIT",
        "naam" verplicht "naam van het taaktype",
        "omschrijving" optioneel "omschrijving met voorbeelden",
        "verwant" optioneel "verwante taakcodes, gescheiden door spaties (zoals INN IND)",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let (code, naam) = (cells.code("code"), cells.required("naam"));
        let (code, naam) = (code?, naam?);
        Some(TaskType {
            code: TaskCode::new(code),
            naam,
            omschrijving: cells.text("omschrijving"),
            verwant: code_list(&cells.text("verwant"))
                .map(TaskCode::new)
                .collect(),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.to_string(),
            self.naam.clone(),
            self.omschrijving.clone(),
            joined(self.verwant.iter().map(TaskCode::as_str)),
        ]
    }

    stored_in!(tasks);

    fn id(&self) -> Option<&str> {
        Some(self.code.as_str())
    }

    fn references(&self) -> Vec<Reference<'_>> {
        self.verwant
            .iter()
            .map(|related| Reference::new("verwant", FileKind::Tasks, related.as_str()))
            .collect()
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("code", &[self.code.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("code {}", quote(self.code.as_str()))
    }

    fn contradictions(&self) -> Vec<(&'static str, String)> {
        self.verwant
            .iter()
            .filter(|related| **related == self.code)
            .map(|_| {
                let message = format!(
                    "taak {} kan niet verwant zijn aan zichzelf",
                    quote(self.code.as_str())
                );
                ("verwant", message)
            })
            .collect()
    }
}
