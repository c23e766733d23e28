//! `ketenrelaties.csv`: the relations between organisations in a chain, by kind; supervision may
//! not go round in a circle.

use std::collections::HashMap;

use super::{Key, Record, Reference, columns, stored_in};
use crate::data::model::{ChainKind, ChainRelation, Choice, FileKind, RowRef};
use crate::data::problem::quote;
use crate::data::table::{Cells, Column};
use crate::id::OrganisationId;

impl Record for ChainRelation {
    const KIND: FileKind = FileKind::ChainRelations;
    const COLUMNS: &'static [Column] = columns![
        "van" verplicht "id uit organisaties.csv",
        "naar" verplicht "id uit organisaties.csv",
        "soort" verplicht "gegevens, opdracht, samenwerking, incasso, toezicht, ict of verwijzing",
        "toelichting" optioneel "toelichting",
        "bron" optioneel "bron (URL)",
    ];

    fn read(cells: &mut Cells<'_>, at: RowRef) -> Option<Self> {
        let van = cells.slug("van", false);
        let naar = cells.slug("naar", false);
        let soort = cells.choice::<ChainKind>("soort");
        Some(ChainRelation {
            van: OrganisationId::new(van?),
            naar: OrganisationId::new(naar?),
            soort: soort?,
            toelichting: cells.text("toelichting"),
            bron: cells.text("bron"),
            row: at,
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.van.to_string(),
            self.naar.to_string(),
            self.soort.code().to_owned(),
            self.toelichting.clone(),
            self.bron.clone(),
        ]
    }

    stored_in!(chain_relations);

    fn references(&self) -> Vec<Reference<'_>> {
        vec![
            Reference::new("van", FileKind::Organisations, self.van.as_str()),
            Reference::new("naar", FileKind::Organisations, self.naar.as_str()),
        ]
    }

    fn key(&self) -> Option<Key> {
        Some(Key::new(
            "soort",
            &[self.van.as_str(), self.naar.as_str(), self.soort.code()],
        ))
    }

    fn duplicate(&self) -> String {
        format!(
            "de relatie {} → {} ({})",
            quote(self.van.as_str()),
            quote(self.naar.as_str()),
            self.soort.code()
        )
    }

    fn contradictions(&self) -> Vec<(&'static str, String)> {
        if self.van != self.naar {
            return Vec::new();
        }
        let message = format!(
            "een organisatie kan geen ketenrelatie met zichzelf hebben ({})",
            quote(self.van.as_str())
        );
        vec![("naar", message)]
    }
}

/// The supervision relations that lie on a circle (A houdt toezicht op B, B op A, directly or
/// through others), which makes no sense; each with its message.
pub(crate) fn supervision_in_circles(relations: &[ChainRelation]) -> Vec<(RowRef, String)> {
    let supervision: Vec<&ChainRelation> = relations
        .iter()
        .filter(|row| row.soort == ChainKind::Toezicht && row.van != row.naar)
        .collect();
    if supervision.is_empty() {
        return Vec::new();
    }
    let mut graph = petgraph::graph::DiGraph::<(), ()>::new();
    let mut index: HashMap<&OrganisationId, petgraph::graph::NodeIndex> = HashMap::new();
    let mut edges = Vec::with_capacity(supervision.len());
    for row in &supervision {
        let a = *index.entry(&row.van).or_insert_with(|| graph.add_node(()));
        let b = *index.entry(&row.naar).or_insert_with(|| graph.add_node(()));
        edges.push((a, b));
    }
    for &(a, b) in &edges {
        graph.add_edge(a, b, ());
    }
    let mut component = vec![usize::MAX; graph.node_count()];
    for (number, members) in petgraph::algo::tarjan_scc(&graph).into_iter().enumerate() {
        if members.len() > 1 {
            for member in members {
                component[member.index()] = number;
            }
        }
    }
    supervision
        .iter()
        .zip(edges)
        .filter(|(_, (a, b))| {
            component[a.index()] != usize::MAX && component[a.index()] == component[b.index()]
        })
        .map(|(row, _)| {
            let message = format!(
                "toezicht in een kring: {} houdt toezicht op {}, dat (via andere toezichtrelaties) weer toezicht houdt op {}",
                quote(row.van.as_str()),
                quote(row.naar.as_str()),
                quote(row.van.as_str())
            );
            (row.row, message)
        })
        .collect()
}
