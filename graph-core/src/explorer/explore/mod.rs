//! The model behind the Landschap explorer: which nodes and edges a filtered, focused view of the
//! landscape shows, that view's state as a link, search suggestions, the shortest chain between
//! two organisations ("wie hangt van wie af") and a spoken summary for screen readers.
//!
//! This module builds the view (`explore`); `query` is its state as a link, `search` the
//! suggestions, `path` the chains and `summary` the view in words.

use crate::sort::{SharedSort, sorted_unique};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
use std::fmt;
use std::str::FromStr;

mod path;
mod query;
mod search;
mod summary;

pub use path::*;
pub use query::*;
pub use search::*;
pub use summary::*;

use petgraph::Direction;

use crate::band::Band;
use crate::data::labels::ChoiceLabel;
use crate::data::model::{ChainKind, Choice, LegalForm, Organisation, RegisterRole};
use crate::explorer::overview::fold;
use crate::i18n::{Lang, T, fill};
use crate::id::{
    MinistryId, OrganisationId, RegisterCode, TargetGroupCode, TaskCode, is_code, is_slug,
};
use crate::landscape::{Landscape, Node, Relation};
use crate::links::{LinkError, encode_component, get};
use crate::period::Period;

/// The kind of a node, in the order the view lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A ministry.
    Ministry,
    /// An executive organisation.
    Organisation,
    /// A task type.
    Task,
    /// A target group.
    TargetGroup,
    /// A register.
    Register,
}

impl NodeKind {
    /// Every kind, in the order the view lists them.
    pub const ALL: [NodeKind; 5] = [
        NodeKind::Ministry,
        NodeKind::Organisation,
        NodeKind::Task,
        NodeKind::TargetGroup,
        NodeKind::Register,
    ];

    /// The kind of a landscape node.
    pub fn of(node: &Node) -> NodeKind {
        match node {
            Node::Ministry(_) => NodeKind::Ministry,
            Node::Organisation(_) => NodeKind::Organisation,
            Node::Task(_) => NodeKind::Task,
            Node::TargetGroup(_) => NodeKind::TargetGroup,
            Node::Register(_) => NodeKind::Register,
        }
    }

    /// The name of one such node.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            NodeKind::Ministry => T::KindMinistry,
            NodeKind::Organisation => T::KindOrganisation,
            NodeKind::Task => T::KindTask,
            NodeKind::TargetGroup => T::KindTargetGroup,
            NodeKind::Register => T::KindRegister,
        }
        .text(lang)
    }

    /// The name of several such nodes.
    pub fn plural(self, lang: Lang) -> &'static str {
        match self {
            NodeKind::Ministry => T::KindMinistries,
            NodeKind::Organisation => T::KindOrganisations,
            NodeKind::Task => T::KindTasks,
            NodeKind::TargetGroup => T::KindTargetGroups,
            NodeKind::Register => T::KindRegisters,
        }
        .text(lang)
    }

    /// The prefix of a [`NodeKey`] of this kind.
    fn prefix(self) -> &'static str {
        match self {
            NodeKind::Ministry => "min",
            NodeKind::Organisation => "org",
            NodeKind::Task => "taak",
            NodeKind::TargetGroup => "dg",
            NodeKind::Register => "reg",
        }
    }
}

/// A node of the landscape as written in a link: `org:uwv`, `min:szw`, `taak:UIT`, `dg:B`,
/// `reg:brp`. Ordered like [`Node`]: by kind in view order, then by id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeKey(Node);

impl NodeKey {
    /// The landscape node.
    pub fn node(&self) -> &Node {
        &self.0
    }

    /// Its kind.
    pub fn kind(&self) -> NodeKind {
        NodeKind::of(&self.0)
    }

    /// The id or code without the kind prefix.
    pub fn id(&self) -> &str {
        match &self.0 {
            Node::Ministry(id) => id.as_str(),
            Node::Organisation(id) => id.as_str(),
            Node::Task(code) => code.as_str(),
            Node::TargetGroup(code) => code.as_str(),
            Node::Register(code) => code.as_str(),
        }
    }
}

impl From<Node> for NodeKey {
    fn from(node: Node) -> NodeKey {
        NodeKey(node)
    }
}

impl From<NodeKey> for Node {
    fn from(key: NodeKey) -> Node {
        key.0
    }
}

impl From<OrganisationId> for NodeKey {
    fn from(id: OrganisationId) -> NodeKey {
        NodeKey(Node::Organisation(id))
    }
}

impl fmt::Display for NodeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind().prefix(), self.id())
    }
}

/// Why a text is not a [`NodeKey`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is geen knoop van het landschap (verwacht bijvoorbeeld org:uwv, min:szw of taak:UIT)"
)]
pub struct NodeKeyError(pub String);

impl FromStr for NodeKey {
    type Err = NodeKeyError;

    /// Reads `kind:id`. Ids of ministries, organisations and registers are slugs, task types
    /// and target groups have codes, as in the CSV files.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || NodeKeyError(text.chars().take(100).collect());
        let (prefix, id) = text.split_once(':').ok_or_else(error)?;
        let kind = NodeKind::ALL
            .into_iter()
            .find(|kind| kind.prefix() == prefix)
            .ok_or_else(error)?;
        let valid = match kind {
            NodeKind::Ministry | NodeKind::Organisation | NodeKind::Register => is_slug(id),
            NodeKind::Task | NodeKind::TargetGroup => is_code(id),
        };
        if !valid {
            return Err(error());
        }
        Ok(NodeKey(match kind {
            NodeKind::Ministry => Node::Ministry(MinistryId::new(id)),
            NodeKind::Organisation => Node::Organisation(OrganisationId::new(id)),
            NodeKind::Task => Node::Task(TaskCode::new(id)),
            NodeKind::TargetGroup => Node::TargetGroup(TargetGroupCode::new(id)),
            NodeKind::Register => Node::Register(RegisterCode::new(id)),
        }))
    }
}

/// A node of the view.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewNode {
    /// Which node.
    pub key: NodeKey,
    /// Its kind.
    pub kind: NodeKind,
    /// Short name for the drawing: the abbreviation, the task code, the register's short name;
    /// target groups use their name, which is one word and says more than a one-letter code.
    pub label: String,
    /// Full name.
    pub name: String,
    /// For an organisation its ministry, for a ministry itself.
    pub ministry: Option<MinistryId>,
    /// Utilisation in the view's period; organisations only.
    pub utilisation: Option<f64>,
    /// The number of edges of the view that touch it.
    pub degree: usize,
}

/// An edge of the view, between two of its nodes. It runs as the data does: from the
/// organisation to what it relates to, and from `van` to `naar` for chain relations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ViewEdge {
    /// Index into [`ExploreView::nodes`].
    pub source: usize,
    /// Index into [`ExploreView::nodes`].
    pub target: usize,
    /// What it means.
    pub relation: Relation,
}

/// What the explorer shows: nodes sorted by kind and key, edges sorted by their indices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExploreView {
    /// The nodes.
    pub nodes: Vec<ViewNode>,
    /// The edges.
    pub edges: Vec<ViewEdge>,
}

/// How many nodes of each kind, and edges, a view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewCounts {
    /// Ministries.
    pub ministries: usize,
    /// Organisations.
    pub organisations: usize,
    /// Task types.
    pub tasks: usize,
    /// Target groups.
    pub target_groups: usize,
    /// Registers.
    pub registers: usize,
    /// Edges.
    pub edges: usize,
}

impl ViewCounts {
    /// The number of nodes of one kind.
    pub fn of(&self, kind: NodeKind) -> usize {
        match kind {
            NodeKind::Ministry => self.ministries,
            NodeKind::Organisation => self.organisations,
            NodeKind::Task => self.tasks,
            NodeKind::TargetGroup => self.target_groups,
            NodeKind::Register => self.registers,
        }
    }
}

impl ExploreView {
    /// The number of nodes of each kind, and of edges.
    pub fn counts(&self) -> ViewCounts {
        let mut counts = ViewCounts {
            edges: self.edges.len(),
            ..ViewCounts::default()
        };
        for node in &self.nodes {
            let count = match node.kind {
                NodeKind::Ministry => &mut counts.ministries,
                NodeKind::Organisation => &mut counts.organisations,
                NodeKind::Task => &mut counts.tasks,
                NodeKind::TargetGroup => &mut counts.target_groups,
                NodeKind::Register => &mut counts.registers,
            };
            *count += 1;
        }
        counts
    }

    /// The index of a node, if the view shows it.
    pub fn index_of(&self, key: &NodeKey) -> Option<usize> {
        self.nodes.binary_search_by(|node| node.key.cmp(key)).ok()
    }

    /// The distinct nodes that share an edge with the node at `index`, sorted by label (then
    /// index), the order in which the keyboard walks them. Empty for an index outside the view.
    pub fn neighbours_in_view(&self, index: usize) -> Vec<usize> {
        let set = sorted_unique(self.edges.iter().filter_map(|edge| {
            if edge.source == index {
                Some(edge.target)
            } else if edge.target == index {
                Some(edge.source)
            } else {
                None
            }
        }));
        let mut neighbours: Vec<(String, usize)> = set
            .into_iter()
            .filter(|&other| other != index)
            .map(|other| (fold(&self.nodes[other].label), other))
            .collect();
        neighbours.shared_sort();
        neighbours.into_iter().map(|(_, other)| other).collect()
    }
}

/// Short name, full name and ministry of a node. A validated landscape has a row for every
/// node; the id stands in should one be missing.
fn describe(landscape: &Landscape, node: &Node) -> (String, String, Option<MinistryId>) {
    match node {
        Node::Ministry(id) => match landscape.ministry(id) {
            Some(row) => (
                row.short_name().to_owned(),
                row.naam.clone(),
                Some(id.clone()),
            ),
            None => (id.to_string(), id.to_string(), Some(id.clone())),
        },
        Node::Organisation(id) => match landscape.organisation(id) {
            Some(row) => (
                row.short_name().to_owned(),
                row.naam.clone(),
                row.ministerie.clone(),
            ),
            None => (id.to_string(), id.to_string(), None),
        },
        Node::Task(code) => {
            let name = landscape.task(code).map(|row| row.naam.clone());
            (
                code.to_string(),
                name.unwrap_or_else(|| code.to_string()),
                None,
            )
        }
        Node::TargetGroup(code) => match landscape.target_group(code) {
            Some(row) => (row.naam.clone(), row.naam.clone(), None),
            None => (code.to_string(), code.to_string(), None),
        },
        Node::Register(code) => match landscape.register(code) {
            Some(row) => (row.short_name(), row.naam.clone(), None),
            None => (code.to_string(), code.to_string(), None),
        },
    }
}

/// The short name of a node, for sentences.
fn short_name(landscape: &Landscape, node: &Node) -> String {
    describe(landscape, node).0
}

/// Every relation of an organisation as the data has it: ministry, task types, target groups,
/// registers and its outgoing chain relations (the incoming ones belong to the partner).
fn relations_of(landscape: &Landscape, organisation: &Organisation) -> Vec<(Node, Relation)> {
    let id = &organisation.id;
    let mut relations = Vec::new();
    if let Some(ministry) = &organisation.ministerie {
        relations.push((Node::Ministry(ministry.clone()), Relation::Ministry));
    }
    for row in landscape.tasks_of(id) {
        relations.push((Node::Task(row.taak.clone()), Relation::Task));
    }
    for row in landscape.target_groups_of(id) {
        relations.push((
            Node::TargetGroup(row.doelgroep.clone()),
            Relation::TargetGroup,
        ));
    }
    for row in landscape.registers_of(id) {
        relations.push((
            Node::Register(row.register.clone()),
            Relation::Register(row.rol),
        ));
    }
    for link in landscape.chain_partners(id) {
        if link.direction == Direction::Outgoing {
            relations.push((
                Node::Organisation(link.partner.clone()),
                Relation::Chain(link.relation.soort),
            ));
        }
    }
    relations
}

/// Whether an organisation passes every filter of the query.
fn passes(
    landscape: &Landscape,
    query: &ExploreQuery,
    organisation: &Organisation,
    period: Period,
) -> bool {
    let id = &organisation.id;
    query
        .ministry
        .as_ref()
        .is_none_or(|ministry| organisation.ministerie.as_ref() == Some(ministry))
        && query
            .legal_form
            .is_none_or(|form| organisation.rechtsvorm == form)
        && query
            .task
            .as_ref()
            .is_none_or(|task| landscape.tasks_of(id).iter().any(|row| &row.taak == task))
        && query.target_group.as_ref().is_none_or(|group| {
            landscape
                .target_groups_of(id)
                .iter()
                .any(|row| &row.doelgroep == group)
        })
        && query
            .band
            .is_none_or(|band| Band::of(landscape.utilisation(id, period)) == band)
}

/// The nodes within `depth` steps of `centre`, following edges either way.
fn within(n_nodes: usize, edges: &[ViewEdge], centre: usize, depth: u8) -> Vec<bool> {
    let mut adjacency = vec![Vec::new(); n_nodes];
    for edge in edges {
        adjacency[edge.source].push(edge.target);
        adjacency[edge.target].push(edge.source);
    }
    let mut distance: Vec<Option<u8>> = vec![None; n_nodes];
    distance[centre] = Some(0);
    let mut queue = VecDeque::from([centre]);
    while let Some(node) = queue.pop_front() {
        let Some(steps) = distance[node] else {
            continue;
        };
        if steps >= depth {
            continue;
        }
        for &next in &adjacency[node] {
            if distance[next].is_none() {
                distance[next] = Some(steps + 1);
                queue.push_back(next);
            }
        }
    }
    distance.into_iter().map(|d| d.is_some()).collect()
}

/// The view of the landscape for a query, with utilisation (and the band filter) in `period`.
///
/// The filters choose organisations; every other node is shown when a shown organisation relates
/// to it, and the filtered ministry is shown even then. Edges are all relations between shown
/// nodes. With a selection that passes the filters and a depth above 0, only nodes within that
/// many steps of it remain; a selection that is filtered out is ignored rather than emptying
/// the view.
pub fn explore(landscape: &Landscape, query: &ExploreQuery, period: Period) -> ExploreView {
    let organisations: Vec<&Organisation> = landscape
        .organisations()
        .iter()
        .filter(|organisation| passes(landscape, query, organisation, period))
        .collect();
    let shown = sorted_unique(organisations.iter().map(|o| &o.id));

    let mut nodes: BTreeSet<Node> = BTreeSet::new();
    let mut relations: Vec<(Node, Node, Relation)> = Vec::new();
    for organisation in &organisations {
        let this = Node::Organisation(organisation.id.clone());
        nodes.insert(this.clone());
        for (other, relation) in relations_of(landscape, organisation) {
            if let Node::Organisation(partner) = &other
                && shown.binary_search(&partner).is_err()
            {
                continue;
            }
            nodes.insert(other.clone());
            relations.push((this.clone(), other, relation));
        }
    }
    if let Some(ministry) = &query.ministry
        && landscape.ministry(ministry).is_some()
    {
        nodes.insert(Node::Ministry(ministry.clone()));
    }

    // Sorted, so that indices follow the order of kinds and keys.
    let mut nodes: Vec<Node> = nodes.into_iter().collect();
    let index = |node: &Node, nodes: &[Node]| nodes.binary_search(node).ok();
    let mut edges: Vec<ViewEdge> = relations
        .iter()
        .filter_map(|(source, target, relation)| {
            Some(ViewEdge {
                source: index(source, &nodes)?,
                target: index(target, &nodes)?,
                relation: *relation,
            })
        })
        .collect();

    let focus = query
        .selected
        .as_ref()
        .filter(|_| query.depth > 0)
        .and_then(|selected| index(selected.node(), &nodes));
    if let Some(centre) = focus {
        let keep = within(nodes.len(), &edges, centre, query.depth);
        let mut new_index = vec![None; nodes.len()];
        let mut kept = 0;
        for (old, keep) in keep.iter().enumerate() {
            if *keep {
                new_index[old] = Some(kept);
                kept += 1;
            }
        }
        nodes = nodes
            .into_iter()
            .zip(&keep)
            .filter_map(|(node, keep)| keep.then_some(node))
            .collect();
        edges = edges
            .iter()
            .filter_map(|edge| {
                Some(ViewEdge {
                    source: new_index[edge.source]?,
                    target: new_index[edge.target]?,
                    relation: edge.relation,
                })
            })
            .collect();
    }
    edges.shared_sort();
    edges.dedup();

    let mut degree = vec![0; nodes.len()];
    for edge in &edges {
        degree[edge.source] += 1;
        degree[edge.target] += 1;
    }
    let nodes = nodes
        .into_iter()
        .zip(degree)
        .map(|(node, degree)| {
            let (label, name, ministry) = describe(landscape, &node);
            let utilisation = match &node {
                Node::Organisation(id) => landscape.utilisation(id, period),
                _ => None,
            };
            ViewNode {
                kind: NodeKind::of(&node),
                key: NodeKey(node),
                label,
                name,
                ministry,
                utilisation,
                degree,
            }
        })
        .collect();
    ExploreView { nodes, edges }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn clearing_the_filters_keeps_selection_focus_period_and_camera() {
        let pairs = crate::links::query_pairs(
            "ministerie=szw&taak=UIT&doelgroep=B&rechtsvorm=zbo&benutting=vol&kies=org:uwv&diepte=2&periode=2027&zoom=2",
        );
        let mut query = ExploreQuery::from_pairs(&pairs).unwrap();
        assert!(query.ministry.is_some() && query.band.is_some() && query.legal_form.is_some());
        let before = query.clone();
        query.clear_filters();
        assert_eq!(
            query,
            ExploreQuery {
                ministry: None,
                task: None,
                target_group: None,
                legal_form: None,
                band: None,
                ..before
            }
        );
        assert!(query.selected.is_some() && query.depth == 2 && query.zoom == 2.0);
    }

    #[test]
    fn focus_narrows_to_the_neighbours_and_widens_back_to_everything() {
        let mut query = ExploreQuery::default();
        assert!(!query.can_widen() && query.can_narrow());
        let mut depths = Vec::new();
        for _ in 0..3 {
            query.narrower();
            depths.push(query.depth);
        }
        assert_eq!(depths, [2, 1, 1]);
        assert!(!query.can_narrow() && query.can_widen());
        let mut depths = Vec::new();
        while query.depth != 0 {
            query.wider();
            depths.push(query.depth);
        }
        assert_eq!(depths, [2, 3, 4, 5, 6, 0]);
        query.wider();
        assert_eq!(query.depth, 0);
        query.narrower();
        query.select(None);
        assert_eq!((query.depth, query.selected.clone()), (0, None));
        query.table = true;
        query.zoom = 3.0;
        let cleared = query.cleared();
        assert!(cleared.table);
        assert_eq!(
            cleared,
            ExploreQuery {
                table: true,
                ..ExploreQuery::default()
            }
        );
    }
    use crate::data::defaults::default_sources;
    use crate::links::query_pairs;
    use proptest::prelude::*;

    fn landscape() -> Landscape {
        Landscape::load(&default_sources())
            .expect("the shipped data loads")
            .0
    }

    const PERIOD: Period = Period::Year(2027);

    fn key(text: &str) -> NodeKey {
        text.parse().expect("a valid key")
    }

    fn keys(view: &ExploreView) -> BTreeSet<String> {
        view.nodes.iter().map(|node| node.key.to_string()).collect()
    }

    /// Checks the invariants every view holds: sorted nodes, sorted edges within range,
    /// degrees that count the edges.
    fn check_view(view: &ExploreView) {
        assert!(view.nodes.windows(2).all(|w| w[0].key < w[1].key));
        assert!(view.edges.windows(2).all(|w| w[0] < w[1]));
        let mut degree = vec![0; view.nodes.len()];
        for edge in &view.edges {
            assert!(edge.source < view.nodes.len() && edge.target < view.nodes.len());
            degree[edge.source] += 1;
            degree[edge.target] += 1;
        }
        let shown: Vec<usize> = view.nodes.iter().map(|node| node.degree).collect();
        assert_eq!(shown, degree);
        for node in &view.nodes {
            assert_eq!(node.kind, node.key.kind());
            assert!(!node.label.is_empty() && !node.name.is_empty());
        }
    }

    #[test]
    fn the_default_view_shows_the_whole_landscape() {
        let landscape = landscape();
        let view = explore(&landscape, &ExploreQuery::default(), PERIOD);
        check_view(&view);
        let counts = view.counts();
        assert_eq!(counts.organisations, landscape.organisations().len());
        // Every relation of the data is an edge, because every organisation is shown.
        assert_eq!(counts.edges, landscape.graph_size().1);
        assert_eq!(view.nodes[0].kind, NodeKind::Ministry);
        assert_eq!(view.nodes.last().map(|n| n.kind), Some(NodeKind::Register));
        let uwv = &view.nodes[view.index_of(&key("org:uwv")).expect("UWV is shown")];
        assert_eq!(uwv.label, "UWV");
        assert_eq!(uwv.ministry, Some(MinistryId::new("szw")));
        assert_eq!(
            uwv.utilisation,
            landscape.utilisation(&OrganisationId::new("uwv"), PERIOD)
        );
        let brp = &view.nodes[view.index_of(&key("reg:brp")).expect("BRP is shown")];
        assert_eq!(brp.label, "BRP");
        let szw = &view.nodes[view.index_of(&key("min:szw")).expect("SZW is shown")];
        assert_eq!(szw.ministry, Some(MinistryId::new("szw")));
        assert_eq!(szw.utilisation, None);
    }

    #[test]
    fn a_ministry_filter_keeps_only_that_ministrys_organisations() {
        let landscape = landscape();
        let szw = MinistryId::new("szw");
        let query = ExploreQuery {
            ministry: Some(szw.clone()),
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &query, PERIOD);
        check_view(&view);
        let organisations: Vec<String> = view
            .nodes
            .iter()
            .filter(|node| node.kind == NodeKind::Organisation)
            .map(|node| node.key.id().to_owned())
            .collect();
        let expected: Vec<String> = landscape
            .organisations_of_ministry(&szw)
            .iter()
            .map(|id| id.to_string())
            .collect();
        assert_eq!(organisations, expected);
        assert!(organisations.contains(&"uwv".to_owned()));
        let ministries: Vec<&ViewNode> = view
            .nodes
            .iter()
            .filter(|node| node.kind == NodeKind::Ministry)
            .collect();
        assert_eq!(ministries.len(), 1);
        assert_eq!(ministries[0].key, key("min:szw"));
        // Chain partners outside SZW are gone, and so are their edges.
        assert!(view.index_of(&key("org:belastingdienst")).is_none());
        // Every task type, group and register left is used by a shown organisation.
        for (i, node) in view.nodes.iter().enumerate() {
            if node.kind != NodeKind::Organisation && node.kind != NodeKind::Ministry {
                assert!(node.degree > 0, "{} has no edge", node.key);
                assert!(
                    view.edges
                        .iter()
                        .any(|e| e.target == i
                            && view.nodes[e.source].kind == NodeKind::Organisation)
                );
            }
        }
    }

    #[test]
    fn filters_combine() {
        let landscape = landscape();
        let query = ExploreQuery {
            task: Some(TaskCode::new("UIT")),
            legal_form: Some(LegalForm::Zbo),
            target_group: Some(TargetGroupCode::new("B")),
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &query, PERIOD);
        check_view(&view);
        let shown: Vec<&ViewNode> = view
            .nodes
            .iter()
            .filter(|node| node.kind == NodeKind::Organisation)
            .collect();
        assert!(shown.len() >= 2, "UWV and SVB at least");
        for node in shown {
            let id = OrganisationId::new(node.key.id());
            let organisation = landscape.organisation(&id).expect("known");
            assert_eq!(organisation.rechtsvorm, LegalForm::Zbo);
            assert!(
                landscape
                    .tasks_of(&id)
                    .iter()
                    .any(|row| row.taak.as_str() == "UIT")
            );
            assert!(
                landscape
                    .target_groups_of(&id)
                    .iter()
                    .any(|row| row.doelgroep.as_str() == "B")
            );
        }
    }

    #[test]
    fn the_band_filter_uses_the_period() {
        let landscape = landscape();
        for band in Band::ALL {
            let query = ExploreQuery {
                band: Some(band),
                ..ExploreQuery::default()
            };
            let view = explore(&landscape, &query, PERIOD);
            check_view(&view);
            let expected = landscape
                .organisations()
                .iter()
                .filter(|o| Band::of(landscape.utilisation(&o.id, PERIOD)) == band)
                .count();
            assert_eq!(view.counts().organisations, expected, "{band:?}");
            for node in &view.nodes {
                if node.kind == NodeKind::Organisation {
                    assert_eq!(Band::of(node.utilisation), band);
                }
            }
        }
        let full = ExploreQuery {
            band: Some(Band::Vol),
            ..ExploreQuery::default()
        };
        assert!(explore(&landscape, &full, PERIOD).counts().organisations > 0);
        // No figures at all in a far year: everything is unknown, nothing is full.
        let far = Period::Year(2190);
        assert_eq!(explore(&landscape, &full, far).counts().organisations, 0);
        let unknown = ExploreQuery {
            band: Some(Band::Onbekend),
            ..ExploreQuery::default()
        };
        assert_eq!(
            explore(&landscape, &unknown, far).counts().organisations,
            landscape.organisations().len()
        );
    }

    #[test]
    fn focus_keeps_the_neighbourhood_of_the_selection() {
        let landscape = landscape();
        let uwv = Node::Organisation(OrganisationId::new("uwv"));
        let focus = |depth: u8| {
            let query = ExploreQuery {
                selected: Some(NodeKey::from(uwv.clone())),
                depth,
                ..ExploreQuery::default()
            };
            explore(&landscape, &query, PERIOD)
        };
        let one = focus(1);
        check_view(&one);
        let mut expected: BTreeSet<String> = landscape
            .neighbours(&uwv)
            .into_iter()
            .map(|node| NodeKey::from(node.clone()).to_string())
            .collect();
        expected.insert("org:uwv".to_owned());
        assert_eq!(keys(&one), expected);
        let two = focus(2);
        check_view(&two);
        assert!(keys(&two).is_superset(&keys(&one)));
        assert!(two.nodes.len() > one.nodes.len());
        // Depth 0 is no focus at all.
        assert_eq!(
            focus(0),
            explore(&landscape, &ExploreQuery::default(), PERIOD)
        );
    }

    #[test]
    fn a_filtered_out_selection_does_not_empty_the_view() {
        let landscape = landscape();
        let filtered = ExploreQuery {
            ministry: Some(MinistryId::new("fin")),
            ..ExploreQuery::default()
        };
        let with_selection = ExploreQuery {
            selected: Some(key("org:uwv")),
            depth: 1,
            ..filtered.clone()
        };
        let view = explore(&landscape, &with_selection, PERIOD);
        assert!(!view.nodes.is_empty());
        assert_eq!(view, explore(&landscape, &filtered, PERIOD));
        let unknown = ExploreQuery {
            selected: Some(key("org:bestaat-niet")),
            depth: 3,
            ..ExploreQuery::default()
        };
        assert_eq!(
            explore(&landscape, &unknown, PERIOD),
            explore(&landscape, &ExploreQuery::default(), PERIOD)
        );
    }

    #[test]
    fn neighbours_in_view_are_sorted_by_label() {
        let landscape = landscape();
        let view = explore(&landscape, &ExploreQuery::default(), PERIOD);
        let uwv = view.index_of(&key("org:uwv")).expect("UWV");
        let neighbours = view.neighbours_in_view(uwv);
        let labels: Vec<String> = neighbours
            .iter()
            .map(|&i| fold(&view.nodes[i].label))
            .collect();
        assert!(labels.windows(2).all(|w| w[0] <= w[1]), "{labels:?}");
        let expected: BTreeSet<usize> = view
            .edges
            .iter()
            .filter_map(|e| match (e.source == uwv, e.target == uwv) {
                (true, _) => Some(e.target),
                (_, true) => Some(e.source),
                _ => None,
            })
            .collect();
        assert_eq!(
            neighbours.iter().copied().collect::<BTreeSet<_>>(),
            expected
        );
        assert_eq!(neighbours.len(), expected.len());
        assert!(view.neighbours_in_view(usize::MAX).is_empty());
    }

    #[test]
    fn suggestions_put_exact_matches_and_organisations_first() {
        let landscape = landscape();
        let first = |text: &str| {
            suggestions(&landscape, text, 10)
                .first()
                .map(|s| s.key.to_string())
        };
        assert_eq!(first("UWV").as_deref(), Some("org:uwv"));
        assert_eq!(first("uwv").as_deref(), Some("org:uwv"));
        assert_eq!(first("belasting").as_deref(), Some("org:belastingdienst"));
        assert_eq!(first("BRP").as_deref(), Some("reg:brp"));
        assert_eq!(first("UIT").as_deref(), Some("taak:UIT"));
        assert_eq!(first("financien").as_deref(), Some("min:fin"));
        assert_eq!(first("Burgers").as_deref(), Some("dg:B"));
        assert!(suggestions(&landscape, "", 10).is_empty());
        assert!(suggestions(&landscape, "   ", 10).is_empty());
        assert!(suggestions(&landscape, "uwv", 0).is_empty());
        assert!(suggestions(&landscape, "zzzqqq", 10).is_empty());

        // "dienst": names that start with it come before names that contain it, and within
        // a tier organisations come before other kinds.
        let found = suggestions(&landscape, "dienst", 50);
        assert!(found.len() > 3);
        let tier = |s: &Suggestion| {
            let name = fold(&s.name);
            if fold(&s.label) == "dienst" || fold(s.key.id()) == "dienst" {
                0
            } else if name.starts_with("dienst") || fold(&s.label).starts_with("dienst") {
                1
            } else {
                2
            }
        };
        let order: Vec<(u8, bool)> = found
            .iter()
            .map(|s| (tier(s), s.kind != NodeKind::Organisation))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        assert!(
            found
                .iter()
                .any(|s| s.key.to_string() == "org:dienst-toeslagen")
        );
        assert_eq!(suggestions(&landscape, "a", 5).len(), 5);
    }

    #[test]
    fn a_chain_runs_from_uwv_to_the_kadaster() {
        let landscape = landscape();
        let uwv = OrganisationId::new("uwv");
        let kadaster = OrganisationId::new("kadaster");
        let hops = path(&landscape, &uwv, &kadaster, Lang::Nl).expect("a chain exists");
        assert!(!hops.is_empty() && hops.len() <= 4, "{hops:#?}");
        assert_eq!(hops[0].from, Node::Organisation(uwv.clone()));
        assert_eq!(
            hops.last().map(|h| &h.to),
            Some(&Node::Organisation(kadaster.clone()))
        );
        for pair in hops.windows(2) {
            assert_eq!(pair[0].to, pair[1].from);
        }
        for hop in &hops {
            assert!(matches!(
                hop.relation,
                Relation::Chain(_) | Relation::Register(_)
            ));
            for node in [&hop.from, &hop.to] {
                assert!(matches!(node, Node::Organisation(_) | Node::Register(_)));
            }
            assert!(hop.sentence.ends_with(')'), "{}", hop.sentence);
        }
        // The same question gives the same answer, and the way back is as long.
        assert_eq!(
            path(&landscape, &uwv, &kadaster, Lang::Nl),
            Some(hops.clone())
        );
        let back = path(&landscape, &kadaster, &uwv, Lang::Nl).expect("a chain back");
        assert_eq!(back.len(), hops.len());

        assert_eq!(path(&landscape, &uwv, &uwv, Lang::Nl), Some(Vec::new()));
        assert_eq!(
            path(
                &landscape,
                &uwv,
                &OrganisationId::new("bestaat-niet"),
                Lang::Nl
            ),
            None
        );
    }

    #[test]
    fn hops_explain_themselves_in_dutch() {
        let landscape = landscape();
        let hops = path(
            &landscape,
            &OrganisationId::new("uwv"),
            &OrganisationId::new("svb"),
            Lang::Nl,
        )
        .expect("UWV and SVB are partners");
        assert_eq!(hops.len(), 1);
        assert_eq!(hops[0].relation, Relation::Chain(ChainKind::Gegevens));
        assert!(hops[0].forward);
        assert_eq!(
            hops[0].sentence,
            "UWV levert gegevens aan SVB (ketenrelatie: gegevensuitwisseling)"
        );
        let uwv = Node::Organisation(OrganisationId::new("uwv"));
        let brp = Node::Register(RegisterCode::new("brp"));
        let rvig = Node::Organisation(OrganisationId::new("rvig"));
        let afnemer = Relation::Register(RegisterRole::Afnemer);
        assert_eq!(
            sentence(&landscape, &uwv, &brp, afnemer, true, Lang::Nl),
            "UWV gebruikt register BRP (afnemer)"
        );
        let houder = Relation::Register(RegisterRole::Houder);
        assert_eq!(
            sentence(&landscape, &brp, &rvig, houder, false, Lang::Nl),
            "BRP wordt beheerd door RvIG (houder)"
        );
        let back = Relation::Chain(ChainKind::Toezicht);
        let ap = Node::Organisation(OrganisationId::new("ap"));
        assert_eq!(
            sentence(&landscape, &uwv, &ap, back, false, Lang::Nl),
            "UWV staat onder toezicht van AP (ketenrelatie: toezicht)"
        );
    }

    #[test]
    fn hops_explain_themselves_in_english_too() {
        let landscape = landscape();
        let hops = path(
            &landscape,
            &OrganisationId::new("uwv"),
            &OrganisationId::new("svb"),
            Lang::En,
        )
        .expect("UWV and SVB are partners");
        assert_eq!(
            hops[0].sentence,
            "UWV supplies data to SVB (chain relation: data exchange)"
        );
        let uwv = Node::Organisation(OrganisationId::new("uwv"));
        let brp = Node::Register(RegisterCode::new("brp"));
        let afnemer = Relation::Register(RegisterRole::Afnemer);
        assert_eq!(
            sentence(&landscape, &uwv, &brp, afnemer, true, Lang::En),
            format!(
                "UWV uses register BRP, as {}",
                RegisterRole::Afnemer.label_in(Lang::En)
            )
        );
    }

    #[test]
    fn chains_run_only_over_chain_relations_and_registers() {
        let landscape = landscape();
        let uwv = OrganisationId::new("uwv");
        let mut reached = 0;
        for organisation in landscape.organisations() {
            let Some(hops) = path(&landscape, &uwv, &organisation.id, Lang::Nl) else {
                continue;
            };
            reached += 1;
            for pair in hops.windows(2) {
                assert_eq!(pair[0].to, pair[1].from);
            }
            for hop in &hops {
                match (&hop.from, &hop.to) {
                    (Node::Organisation(_), Node::Organisation(_)) => {
                        assert!(matches!(hop.relation, Relation::Chain(_)));
                    }
                    // Into a register along the organisation's role, out of it against the role.
                    (Node::Organisation(_), Node::Register(_)) => {
                        assert!(matches!(hop.relation, Relation::Register(_)) && hop.forward);
                    }
                    (Node::Register(_), Node::Organisation(_)) => {
                        assert!(matches!(hop.relation, Relation::Register(_)) && !hop.forward);
                    }
                    other => panic!("a hop through {other:?}"),
                }
            }
        }
        // Sharing a ministry is no chain, but most of the landscape is linked to UWV somehow.
        assert!(reached > landscape.organisations().len() / 2, "{reached}");
    }

    #[test]
    fn node_keys_round_trip_and_reject_junk() {
        for text in [
            "org:uwv",
            "min:szw",
            "taak:UIT",
            "dg:B",
            "reg:brp",
            "org:dienst-toeslagen",
        ] {
            let parsed = key(text);
            assert_eq!(parsed.to_string(), text);
            let node: Node = parsed.clone().into();
            assert_eq!(NodeKey::from(node), parsed);
        }
        assert_eq!(key("taak:UIT").kind(), NodeKind::Task);
        for junk in [
            "",
            "org:",
            ":uwv",
            "xyz:uwv",
            "org:<script>",
            "org:UWV",
            "taak:uit",
            "reg:BRP",
            "uwv",
            "org:uwv:x",
            "min:a--b",
        ] {
            assert!(junk.parse::<NodeKey>().is_err(), "{junk:?}");
        }
    }

    #[test]
    fn bands_have_their_bounds() {
        assert_eq!(Band::of(None), Band::Onbekend);
        assert_eq!(Band::of(Some(f64::NAN)), Band::Onbekend);
        assert_eq!(Band::of(Some(0.0)), Band::Ruim);
        assert_eq!(Band::of(Some(0.69)), Band::Ruim);
        assert_eq!(Band::of(Some(0.7)), Band::Krap);
        assert_eq!(Band::of(Some(1.0)), Band::Krap);
        assert_eq!(Band::of(Some(1.01)), Band::Vol);
        for band in Band::ALL {
            assert_eq!(Band::from_code(band.code()), Some(band));
        }
        for layout in ExploreLayout::ALL {
            assert_eq!(ExploreLayout::from_code(layout.code()), Some(layout));
        }
        assert_eq!(ExploreLayout::default().code(), "kracht");
    }

    fn parse(query: &str) -> Result<ExploreQuery, LinkError> {
        ExploreQuery::from_pairs(&query_pairs(query))
    }

    #[test]
    fn queries_are_written_in_a_fixed_order_and_only_when_not_default() {
        assert_eq!(ExploreQuery::default().to_string(), "");
        let query = ExploreQuery {
            table: true,
            ministry: Some(MinistryId::new("szw")),
            task: Some(TaskCode::new("UIT")),
            target_group: Some(TargetGroupCode::new("B")),
            legal_form: Some(LegalForm::GemeenschappelijkeRegeling),
            band: Some(Band::Krap),
            period: Some(Period::Quarter(2027, 3)),
            selected: Some(key("org:uwv")),
            depth: 2,
            path_from: Some(OrganisationId::new("uwv")),
            path_to: Some(OrganisationId::new("kadaster")),
            layout: ExploreLayout::Ego,
            zoom: 2.5,
            centre: (-12.25, 3.0),
        };
        let text = query.to_string();
        assert_eq!(
            text,
            "&weergave=tabel&ministerie=szw&taak=UIT&doelgroep=B\
             &rechtsvorm=gemeenschappelijke-regeling&benutting=krap&periode=2027-Q3\
             &kies=org%3Auwv&diepte=2&van=uwv&naar=kadaster&indeling=ego&zoom=2.5&x=-12.25&y=3"
        );
        assert_eq!(parse(&text), Ok(query));
        let rounded = ExploreQuery {
            zoom: 1.004,
            centre: (0.001, -0.004),
            ..ExploreQuery::default()
        };
        assert_eq!(rounded.to_string(), "");
    }

    #[test]
    fn hostile_values_are_errors_not_panics() {
        let bad = |query: &str, key: &'static str| {
            assert!(
                matches!(parse(query), Err(LinkError::BadValue(k, _)) if k == key),
                "{query}: {:?}",
                parse(query)
            );
        };
        bad("zoom=NaN", "zoom");
        bad("zoom=inf", "zoom");
        bad("x=-inf", "x");
        bad("y=twee", "y");
        bad("diepte=7", "diepte");
        bad("diepte=99999999999999999999", "diepte");
        bad("diepte=-1", "diepte");
        bad("benutting=heel-vol", "benutting");
        bad("rechtsvorm=bv", "rechtsvorm");
        bad("indeling=cirkel", "indeling");
        bad("weergave=lijst", "weergave");
        bad("ministerie=SZW", "ministerie");
        bad("taak=uit", "taak");
        bad("doelgroep=%3Cb%3E", "doelgroep");
        bad("periode=2027-Q5", "periode");
        bad("kies=xyz%3Auwv", "kies");
        bad("kies=org%3A%3Cscript%3E", "kies");
        bad("van=..%2F..", "van");
        assert_eq!(
            parse("zoom=1e9").map(|q| q.zoom),
            Ok(ExploreQuery::MAX_ZOOM)
        );
        assert_eq!(parse("zoom=0").map(|q| q.zoom), Ok(ExploreQuery::MIN_ZOOM));
        assert_eq!(
            parse("x=1e30").map(|q| q.centre.0),
            Ok(ExploreQuery::MAX_CENTRE)
        );
        assert_eq!(
            parse("ministerie=&zoom=&onbekend=1"),
            Ok(ExploreQuery::default())
        );
        let long = format!("kies={}", "x".repeat(10_000));
        match parse(&long) {
            Err(LinkError::BadValue(_, value)) => assert_eq!(value.len(), 100),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_summary_speaks_of_counts_filters_and_the_selection() {
        let landscape = landscape();
        let query = ExploreQuery {
            ministry: Some(MinistryId::new("szw")),
            selected: Some(key("org:uwv")),
            depth: 1,
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &query, PERIOD);
        let text = summary(&view, &query, &landscape, Lang::Nl);
        let counts = view.counts();
        let uwv = &view.nodes[view.index_of(&key("org:uwv")).expect("UWV")];
        assert!(
            text.starts_with(&format!(
                "De weergave toont {} organisaties, 1 ministerie, ",
                counts.organisations
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(" en {} verbindingen.", counts.edges)),
            "{text}"
        );
        assert!(text.contains("Filter: ministerie SZW."), "{text}");
        assert!(
            text.ends_with(&format!(
                "Geselecteerd: UWV (organisatie, {} verbindingen), focus 1 stap.",
                uwv.degree
            )),
            "{text}"
        );

        let outside = ExploreQuery {
            ministry: Some(MinistryId::new("fin")),
            band: Some(Band::Vol),
            period: Some(PERIOD),
            selected: Some(key("org:uwv")),
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &outside, PERIOD);
        let text = summary(&view, &outside, &landscape, Lang::Nl);
        assert!(
            text.contains("Filters: ministerie FIN en benutting vol (boven 100 %) in 2027."),
            "{text}"
        );
        assert!(
            text.ends_with("De selectie (UWV) valt buiten de filters."),
            "{text}"
        );

        let empty = ExploreQuery {
            ministry: Some(MinistryId::new("bestaat-niet")),
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &empty, PERIOD);
        assert!(view.nodes.is_empty());
        assert!(summary(&view, &empty, &landscape, Lang::Nl).starts_with("De weergave is leeg"));
        assert!(
            summary(&view, &empty, &landscape, Lang::En).starts_with("The view is empty"),
            "English summary"
        );
    }

    #[test]
    fn the_summary_speaks_english_when_asked() {
        let landscape = landscape();
        let query = ExploreQuery {
            ministry: Some(MinistryId::new("szw")),
            band: Some(Band::Vol),
            period: Some(PERIOD),
            selected: Some(key("org:uwv")),
            depth: 2,
            ..ExploreQuery::default()
        };
        let view = explore(&landscape, &query, PERIOD);
        let text = summary(&view, &query, &landscape, Lang::En);
        assert!(text.starts_with("The view shows "), "{text}");
        assert!(text.contains(" connections."), "{text}");
        assert!(
            text.contains(
                "Filters applied: ministry SZW and utilisation full (above 100 %) in 2027."
            ),
            "{text}"
        );
        assert_eq!(connection_count(1, Lang::En), "1 connection");
        assert_eq!(step_count(3, Lang::En), "3 steps");
        assert_eq!(step_count(3, Lang::Nl), "3 stappen");
    }

    fn slug() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,4}){0,2}"
    }

    fn code() -> impl Strategy<Value = String> {
        "[A-Z][A-Z0-9]{0,5}"
    }

    fn node_key() -> impl Strategy<Value = NodeKey> {
        prop_oneof![
            slug().prop_map(|id| NodeKey(Node::Ministry(MinistryId::new(id)))),
            slug().prop_map(|id| NodeKey(Node::Organisation(OrganisationId::new(id)))),
            code().prop_map(|c| NodeKey(Node::Task(TaskCode::new(c)))),
            code().prop_map(|c| NodeKey(Node::TargetGroup(TargetGroupCode::new(c)))),
            slug().prop_map(|id| NodeKey(Node::Register(RegisterCode::new(id)))),
        ]
    }

    fn period() -> impl Strategy<Value = Period> {
        prop_oneof![
            (1900u16..=2199).prop_map(Period::Year),
            (1900u16..=2199, 1u8..=4).prop_map(|(year, quarter)| Period::Quarter(year, quarter)),
        ]
    }

    /// Any state a link can carry: numbers with at most two decimals, within their ranges.
    pub(crate) fn arbitrary_query() -> impl Strategy<Value = ExploreQuery> {
        let filters = (
            any::<bool>(),
            proptest::option::of(slug().prop_map(MinistryId::new)),
            proptest::option::of(code().prop_map(TaskCode::new)),
            proptest::option::of(code().prop_map(TargetGroupCode::new)),
            proptest::option::of(proptest::sample::select(LegalForm::ALL)),
            proptest::option::of(proptest::sample::select(Band::ALL.as_slice())),
            proptest::option::of(period()),
        );
        let view = (
            proptest::option::of(node_key()),
            0..=ExploreQuery::MAX_DEPTH,
            proptest::option::of(slug().prop_map(OrganisationId::new)),
            proptest::option::of(slug().prop_map(OrganisationId::new)),
            proptest::sample::select(ExploreLayout::ALL.as_slice()),
            prop_oneof![Just(100), 10u32..=2000],
            (-100_000_000i32..=100_000_000, -100_000_000i32..=100_000_000),
        );
        (filters, view).prop_map(
            |(
                (table, ministry, task, target_group, legal_form, band, period),
                (selected, depth, path_from, path_to, layout, zoom, (x, y)),
            )| ExploreQuery {
                table,
                ministry,
                task,
                target_group,
                legal_form,
                band,
                period,
                selected,
                depth,
                path_from,
                path_to,
                layout,
                zoom: zoom as f32 / 100.0,
                centre: (x as f32 / 100.0, y as f32 / 100.0),
            },
        )
    }

    proptest! {
        #[test]
        fn queries_round_trip(query in arbitrary_query()) {
            let text = query.to_string();
            prop_assert_eq!(parse(&text), Ok(query), "{}", text);
        }

        #[test]
        fn hostile_pairs_never_panic(pairs in proptest::collection::vec((
            proptest::sample::select(vec![
                "weergave", "ministerie", "taak", "doelgroep", "rechtsvorm", "benutting",
                "periode", "kies", "diepte", "van", "naar", "indeling", "zoom", "x", "y",
            ]),
            ".{0,12}",
        ), 0..6)) {
            let pairs: Vec<(String, String)> =
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            if let Ok(query) = ExploreQuery::from_pairs(&pairs) {
                prop_assert!(query.zoom.is_finite() && query.depth <= ExploreQuery::MAX_DEPTH);
                prop_assert!(query.centre.0.is_finite() && query.centre.1.is_finite());
            }
        }
    }

    #[test]
    fn relations_have_words() {
        assert_eq!(
            relation_label(Relation::Task, Lang::Nl),
            "voert taaktype uit"
        );
        assert_eq!(
            relation_label(Relation::Chain(ChainKind::Gegevens), Lang::Nl),
            format!("ketenrelatie ({})", ChainKind::Gegevens.label())
        );
        assert_eq!(
            relation_label(Relation::Task, Lang::En),
            "performs task type"
        );
        assert_eq!(
            relation_label(Relation::Chain(ChainKind::Gegevens), Lang::En),
            "chain relation (data exchange)"
        );
        for kind in NodeKind::ALL {
            assert_ne!(kind.label(Lang::Nl), kind.label(Lang::En));
        }
    }
}
