//! `portfolio.csv`: the laws, schemes, ICT changes and programmes an organisation is already
//! carrying out or preparing, by id, with their load per period.

use super::{Key, Record, Reference, columns, number, stored_in};
use crate::data::model::{Choice, FileKind, PortfolioItem, PortfolioKind, RowRef, Status};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::{OrganisationId, PortfolioId};

impl Record for PortfolioItem {
    const KIND: FileKind = FileKind::Portfolio;
    const COLUMNS: &'static [Column] = columns![
        "id" verplicht "id in kleine letters met streepjes",
        "naam" verplicht "naam van de wet, regeling of het programma",
        "organisatie" verplicht "id uit organisaties.csv",
        "soort" verplicht "wetgeving, regeling, ict, herstel, programma of overig",
        "start" verplicht "eerste periode, JJJJ of JJJJ-Qn",
        "eind" verplicht "laatste periode, JJJJ of JJJJ-Qn",
        "belasting_fte" verplicht "inzet in fte zolang het loopt",
        "status" verplicht "bron, schatting of voorbeeld",
        "bron" optioneel "bron of toelichting",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let id = cells.slug("id", false);
        let naam = cells.required("naam");
        let organisatie = cells.slug("organisatie", false);
        let soort = cells.choice::<PortfolioKind>("soort");
        let start = cells.period("start");
        let eind = cells.period("eind");
        let belasting = cells.number("belasting_fte", false);
        let status = cells.choice::<Status>("status");
        if let (Some(start), Some(eind)) = (start, eind)
            && start.is_after(eind)
        {
            cells.warning("eind", format!("eind {eind} ligt voor start {start}"));
        }
        Some(PortfolioItem {
            id: PortfolioId::new(id?),
            naam: naam?,
            organisatie: OrganisationId::new(organisatie?),
            soort: soort?,
            start: start?,
            eind: eind?,
            belasting_fte: belasting?,
            status: status?,
            bron: cells.text("bron"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.naam.clone(),
            self.organisatie.to_string(),
            self.soort.code().to_owned(),
            self.start.to_string(),
            self.eind.to_string(),
            number(self.belasting_fte),
            self.status.code().to_owned(),
            self.bron.clone(),
        ]
    }

    stored_in!(portfolio);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::new(
            "organisatie",
            FileKind::Organisations,
            self.organisatie.as_str(),
        )]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("id", &[self.id.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("id {}", quote(self.id.as_str()))
    }

    fn owner(&self) -> Option<&OrganisationId> {
        Some(&self.organisatie)
    }
}
