//! `capaciteit.csv`: change capacity and committed load per organisation and period, with the
//! status and date of the figures.

use super::{Key, Record, Reference, columns, number, optional, stored_in};
use crate::data::model::{CapacityRow, Choice, FileKind, RowRef, Status};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::OrganisationId;

impl Record for CapacityRow {
    const KIND: FileKind = FileKind::Capacity;
    const COLUMNS: &'static [Column] = columns![
        "organisatie" verplicht "id uit organisaties.csv",
        "periode" verplicht "JJJJ of JJJJ-Qn, zoals 2027 of 2027-Q3",
        "capaciteit_fte" verplicht "verandercapaciteit in fte voor nieuwe of gewijzigde taken (getal ≥ 0, decimale komma mag)",
        "belasting_fte" verplicht "al toegezegde inzet in fte (getal ≥ 0)",
        "status" verplicht "bron, schatting of voorbeeld",
        "bron" optioneel "bron of toelichting",
        "peildatum" optioneel "datum van de cijfers, JJJJ-MM-DD",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let organisatie = cells.slug("organisatie", false);
        let periode = cells.period("periode");
        let capaciteit = cells.number("capaciteit_fte", false);
        let belasting = cells.number("belasting_fte", false);
        let status = cells.choice::<Status>("status");
        let peildatum = cells.date("peildatum", true);
        if let (Some(capaciteit), Some(belasting)) = (capaciteit, belasting) {
            if capaciteit == 0.0 && belasting > 0.0 {
                cells.warning(
                    "capaciteit_fte",
                    "capaciteit_fte is 0 terwijl er belasting is; de benutting is dan onbepaald"
                        .to_owned(),
                );
            } else if belasting > 3.0 * capaciteit && capaciteit > 0.0 {
                cells.warning(
                    "belasting_fte",
                    format!(
                        "belasting_fte is meer dan drie keer capaciteit_fte ({belasting} tegen {capaciteit}); klopt dat?"
                    ),
                );
            }
        }
        if let (Some(periode), Some(peildatum)) = (periode, peildatum)
            && periode.year() + 5 < peildatum.year
        {
            cells.warning(
                "periode",
                format!(
                    "periode {periode} ligt ver voor de peildatum {peildatum}; is het jaartal juist?"
                ),
            );
        }
        Some(CapacityRow {
            organisatie: OrganisationId::new(organisatie?),
            periode: periode?,
            capaciteit_fte: capaciteit?,
            belasting_fte: belasting?,
            status: status?,
            bron: cells.text("bron"),
            peildatum,
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.organisatie.to_string(),
            self.periode.to_string(),
            number(self.capaciteit_fte),
            number(self.belasting_fte),
            self.status.code().to_owned(),
            self.bron.clone(),
            optional(&self.peildatum),
        ]
    }

    stored_in!(capacity);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::new(
            "organisatie",
            FileKind::Organisations,
            self.organisatie.as_str(),
        )]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new(
            "periode",
            &[self.organisatie.as_str(), &self.periode.to_string()],
        ))
    }

    fn duplicate(&self) -> String {
        format!(
            "de periode {} voor {}",
            self.periode,
            quote(self.organisatie.as_str())
        )
    }

    fn owner(&self) -> Option<&OrganisationId> {
        Some(&self.organisatie)
    }
}
