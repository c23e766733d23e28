//! `organisaties.csv`: the organisations, by id, with their ministry, legal form, size, sources
//! and place in the Register van Overheidsorganisaties.

use super::{Key, Record, Reference, columns, number, optional, stored_in};
use crate::data::model::{Choice, FileKind, LegalForm, Organisation, RowRef, Status};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::{MinistryId, OrganisationId};
use crate::links::is_web_link;

impl Record for Organisation {
    const KIND: FileKind = FileKind::Organisations;
    const IDENTIFIED: bool = true;
    const COLUMNS: &'static [Column] = columns![
        "id" verplicht "id in kleine letters met streepjes, zoals dienst-toeslagen",
        "naam" verplicht "volledige naam",
        "afkorting" optioneel "afkorting, zoals UWV",
        "ministerie" optioneel "id uit ministeries.csv; leeg als er geen ministerie verantwoordelijk is",
        "rechtsvorm" verplicht "agentschap, zbo, departementaal, decentraal, gemeenschappelijke-regeling, privaatrechtelijk of bijzonder",
        "fte" optioneel "omvang in fte",
        "fte_peiljaar" optioneel "jaar waarop fte betrekking heeft",
        "fte_status" optioneel "bron, schatting of voorbeeld (leeg = schatting)",
        "bron" verplicht "bron(nen), URL's gescheiden door ' ; '",
        "website" optioneel "officiële website (https://...)",
        "omschrijving" optioneel "wat de organisatie doet, in één zin",
        "register_id" optioneel "systeemId in het Register van Overheidsorganisaties (organisaties.overheid.nl); leeg als het register de organisatie niet als één geheel kent",
        "opdrachtgevers" optioneel "ids uit ministeries.csv waarvoor de organisatie ook wetten of regelingen uitvoert, naast het eigen ministerie, gescheiden door spaties (zoals vws bzk); met bron",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let id = cells.slug("id", false);
        let naam = cells.required("naam");
        let ministerie = cells.slug("ministerie", true);
        let rechtsvorm = cells.choice::<LegalForm>("rechtsvorm");
        let fte = cells.number("fte", true);
        let fte_peiljaar = cells.year("fte_peiljaar", true);
        let fte_status = if cells.text("fte_status").is_empty() {
            Some(Status::Schatting)
        } else {
            cells.choice::<Status>("fte_status")
        };
        let bron = cells.required("bron");
        let register_id = cells.text("register_id");
        if !register_id.bytes().all(|b| b.is_ascii_digit()) {
            cells.warning(
                "register_id",
                format!(
                    "register_id {} is geen systeemId (alleen cijfers) en wordt niet als link getoond",
                    quote(&register_id)
                ),
            );
        }
        let website = cells.text("website");
        if !website.is_empty() && !is_web_link(&website) {
            cells.warning(
                "website",
                format!(
                    "website {} is geen http(s)-adres en wordt niet als link getoond",
                    quote(&website)
                ),
            );
        }
        let (id, naam, rechtsvorm, fte_status, bron) =
            (id?, naam?, rechtsvorm?, fte_status?, bron?);
        Some(Organisation {
            id: OrganisationId::new(id),
            naam,
            afkorting: cells.text("afkorting"),
            ministerie: ministerie.map(MinistryId::new),
            rechtsvorm,
            fte,
            fte_peiljaar,
            fte_status,
            bron,
            website,
            omschrijving: cells.text("omschrijving"),
            register_id,
            opdrachtgevers: cells
                .text("opdrachtgevers")
                .split([' ', ',', ';'])
                .filter(|id| !id.is_empty())
                .map(|id| MinistryId::new(id.to_lowercase()))
                .collect(),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.naam.clone(),
            self.afkorting.clone(),
            optional(&self.ministerie),
            self.rechtsvorm.code().to_owned(),
            self.fte.map(number).unwrap_or_default(),
            optional(&self.fte_peiljaar),
            self.fte_status.code().to_owned(),
            self.bron.clone(),
            self.website.clone(),
            self.omschrijving.clone(),
            self.register_id.clone(),
            super::joined(self.opdrachtgevers.iter().map(MinistryId::as_str)),
        ]
    }

    stored_in!(organisations);

    fn id(&self) -> Option<&str> {
        Some(self.id.as_str())
    }

    fn references(&self) -> Vec<Reference<'_>> {
        let own = self
            .ministerie
            .iter()
            .map(|ministry| Reference::new("ministerie", FileKind::Ministries, ministry.as_str()));
        let commissioning = self.opdrachtgevers.iter().map(|ministry| {
            Reference::new("opdrachtgevers", FileKind::Ministries, ministry.as_str())
        });
        own.chain(commissioning).collect()
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new("id", &[self.id.as_str()]))
    }

    fn duplicate(&self) -> String {
        format!("id {}", quote(self.id.as_str()))
    }
}
