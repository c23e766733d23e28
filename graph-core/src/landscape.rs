//! The landscape: every organisation and what connects it, as a petgraph graph with typed ids in
//! the public API, and the queries the views and the ranking need.

use crate::sort::{SharedSort, sorted_unique};
use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;

use crate::data::dataset::DataSet;
use crate::data::load::{Sources, read_dataset};
use crate::data::model::*;
use crate::data::problem::DataError;
use crate::id::{MinistryId, OrganisationId, RegisterCode, TargetGroupCode, TaskCode};
use crate::period::{Date, Period};
use crate::scheme_index::SchemeIndex;

/// A node of the landscape graph.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Node {
    /// A ministry.
    Ministry(MinistryId),
    /// An executive organisation.
    Organisation(OrganisationId),
    /// A task type.
    Task(TaskCode),
    /// A target group.
    TargetGroup(TargetGroupCode),
    /// A register.
    Register(RegisterCode),
}

/// What an edge of the graph means. Edges run from an organisation to what it relates to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Relation {
    /// The organisation falls under the ministry.
    Ministry,
    /// The organisation performs the task type.
    Task,
    /// The organisation serves the target group.
    TargetGroup,
    /// The organisation has a role for the register.
    Register(RegisterRole),
    /// A chain relation between two organisations.
    Chain(ChainKind),
}

#[derive(Clone, Copy, Debug)]
struct Edge {
    relation: Relation,
    /// Index into the data vector of the relation's file (unused for `Ministry`).
    row: usize,
}

/// A chain partner of an organisation, seen from that organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainLink<'a> {
    /// The partner.
    pub partner: &'a OrganisationId,
    /// Whether the relation runs from the organisation (`Outgoing`) or to it (`Incoming`).
    pub direction: Direction,
    /// The relation row.
    pub relation: &'a ChainRelation,
}

/// Capacity and load of one organisation in one period, possibly combined from several rows
/// (a year asked for while the data has quarters).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CapacityFigure {
    /// Change capacity in FTE.
    pub capaciteit_fte: f64,
    /// Committed load in FTE.
    pub belasting_fte: f64,
    /// The weakest status among the rows used.
    pub status: Status,
    /// The latest peildatum among the rows used.
    pub peildatum: Option<Date>,
    /// The rows used.
    pub rows: Vec<RowRef>,
}

impl CapacityFigure {
    /// Load divided by capacity; `None` when there is no capacity.
    pub fn utilisation(&self) -> Option<f64> {
        (self.capaciteit_fte > 0.0).then(|| self.belasting_fte / self.capaciteit_fte)
    }

    /// Capacity minus load (may be negative).
    pub fn headroom(&self) -> f64 {
        self.capaciteit_fte - self.belasting_fte
    }
}

/// The rows that link one organisation to task types, target groups and registers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Links<'a> {
    landscape: &'a Landscape,
    node: NodeIndex,
}

impl<'a> Links<'a> {
    fn rows(self) -> impl Iterator<Item = (Relation, usize)> + 'a {
        self.landscape
            .graph
            .edges_directed(self.node, Direction::Outgoing)
            .map(|edge| (edge.weight().relation, edge.weight().row))
    }

    /// The task rows.
    pub fn tasks(self) -> impl Iterator<Item = &'a OrganisationTask> {
        let data = &self.landscape.data;
        self.rows()
            .filter(|(relation, _)| *relation == Relation::Task)
            .map(move |(_, row)| &data.organisation_tasks[row])
    }

    /// The target-group rows.
    pub fn target_groups(self) -> impl Iterator<Item = &'a OrganisationTargetGroup> {
        let data = &self.landscape.data;
        self.rows()
            .filter(|(relation, _)| *relation == Relation::TargetGroup)
            .map(move |(_, row)| &data.organisation_target_groups[row])
    }

    /// The register rows.
    pub fn registers(self) -> impl Iterator<Item = &'a OrganisationRegister> {
        let data = &self.landscape.data;
        self.rows()
            .filter(|(relation, _)| matches!(relation, Relation::Register(_)))
            .map(move |(_, row)| &data.organisation_registers[row])
    }
}

/// The bit of a code among sorted codes (bit i for the i-th code).
fn bit_of<'a, K: Ord + 'a>(codes: impl Iterator<Item = &'a K>, code: &K) -> Option<u64> {
    let codes: Vec<&K> = codes.collect();
    codes.binary_search(&code).ok().map(|bit| 1 << bit)
}

/// Per organisation position, the codes it is linked to as bits of the sorted `codes`; `None`
/// when there are more than 64 codes. `links` gives (organisation position, code) per row.
fn bit_masks<'a, K: Ord + 'a>(
    codes: &[&K],
    organisations: usize,
    links: impl Iterator<Item = (Option<usize>, &'a K)>,
) -> Option<Vec<u64>> {
    if codes.len() > 64 {
        return None;
    }
    let mut masks = vec![0u64; organisations];
    for (position, code) in links {
        if let (Some(mask), Ok(bit)) = (
            position.and_then(|p| masks.get_mut(p)),
            codes.binary_search(&code),
        ) {
            *mask |= 1 << bit;
        }
    }
    Some(masks)
}

/// Counts shown on the start page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
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
    /// Chain relations.
    pub chain_relations: usize,
    /// All relations: organisation–task, –target group, –register, and chain relations.
    pub relations: usize,
    /// Portfolio items.
    pub portfolio: usize,
}

/// The validated landscape. It can only be made by [`Landscape::load`] or
/// [`Landscape::from_dataset`] on data without errors, so every reference in it resolves.
#[derive(Clone, Debug)]
pub struct Landscape {
    data: DataSet,
    graph: StableDiGraph<Node, Edge>,
    index: FxHashMap<Node, NodeIndex>,
    /// Per organisation position: its capacity rows by period.
    capacity: Vec<BTreeMap<Period, usize>>,
    organisation_position: FxHashMap<OrganisationId, usize>,
    /// Per organisation position: its node.
    organisation_nodes: Vec<NodeIndex>,
    /// Per organisation position: its name and short name, shared, so that a ranking of
    /// thousands of organisations copies no text.
    organisation_names: Vec<(Arc<str>, Arc<str>)>,
    /// The text index over `data.schemes`, in their order.
    scheme_index: SchemeIndex,
    /// Per scheme: the position of its organisation.
    scheme_organisation: Vec<usize>,
    /// Per organisation position: its task types as bits (bit i = `data.tasks[i]`); `None` when
    /// the taxonomy has more than 64 task types. The ranking scores thousands of organisations
    /// with these before it writes reasons for a few.
    task_masks: Option<Vec<u64>>,
    /// Per organisation position: its target groups as bits, likewise.
    group_masks: Option<Vec<u64>>,
    /// Per scheme (in `data.schemes` order): its task types as bits, likewise.
    scheme_task_masks: Option<Vec<u64>>,
}

impl Landscape {
    /// Loads, checks and builds. On success also returns the warnings; on failure, every problem.
    pub fn load(sources: &Sources) -> Result<(Landscape, Vec<DataError>), Vec<DataError>> {
        let (data, problems) = read_dataset(sources);
        if problems.iter().any(DataError::is_error) {
            return Err(problems);
        }
        Ok((Landscape::from_dataset(data), problems))
    }

    /// Builds the graph from rows that passed [`read_dataset`] without errors. Rows are sorted by
    /// their keys first, so the landscape does not depend on the order of rows in the files.
    pub fn from_dataset(mut data: DataSet) -> Landscape {
        data.ministries.shared_sort_by(|a, b| a.id.cmp(&b.id));
        data.organisations.shared_sort_by(|a, b| a.id.cmp(&b.id));
        data.tasks.shared_sort_by(|a, b| a.code.cmp(&b.code));
        data.target_groups
            .shared_sort_by(|a, b| a.code.cmp(&b.code));
        data.registers.shared_sort_by(|a, b| a.code.cmp(&b.code));
        data.organisation_tasks
            .shared_sort_by(|a, b| (&a.organisatie, &a.taak).cmp(&(&b.organisatie, &b.taak)));
        data.organisation_target_groups.shared_sort_by(|a, b| {
            (&a.organisatie, &a.doelgroep).cmp(&(&b.organisatie, &b.doelgroep))
        });
        data.organisation_registers.shared_sort_by(|a, b| {
            (&a.organisatie, &a.register, a.rol).cmp(&(&b.organisatie, &b.register, b.rol))
        });
        data.chain_relations
            .shared_sort_by(|a, b| (&a.van, &a.naar, a.soort).cmp(&(&b.van, &b.naar, b.soort)));
        data.capacity
            .shared_sort_by(|a, b| (&a.organisatie, a.periode).cmp(&(&b.organisatie, b.periode)));
        data.portfolio.shared_sort_by(|a, b| a.id.cmp(&b.id));
        data.schemes.shared_sort_by(|a, b| a.id.cmp(&b.id));

        let mut graph = StableDiGraph::new();
        let mut index = FxHashMap::default();
        let mut add = |graph: &mut StableDiGraph<Node, Edge>, node: Node| {
            let idx = graph.add_node(node.clone());
            index.insert(node, idx);
        };
        for ministry in &data.ministries {
            add(&mut graph, Node::Ministry(ministry.id.clone()));
        }
        for organisation in &data.organisations {
            add(&mut graph, Node::Organisation(organisation.id.clone()));
        }
        for task in &data.tasks {
            add(&mut graph, Node::Task(task.code.clone()));
        }
        for group in &data.target_groups {
            add(&mut graph, Node::TargetGroup(group.code.clone()));
        }
        for register in &data.registers {
            add(&mut graph, Node::Register(register.code.clone()));
        }
        let mut connect = |from: Node, to: Node, relation: Relation, row: usize| {
            if let (Some(&a), Some(&b)) = (index.get(&from), index.get(&to)) {
                graph.add_edge(a, b, Edge { relation, row });
            }
        };
        for (row, organisation) in data.organisations.iter().enumerate() {
            if let Some(ministry) = &organisation.ministerie {
                connect(
                    Node::Organisation(organisation.id.clone()),
                    Node::Ministry(ministry.clone()),
                    Relation::Ministry,
                    row,
                );
            }
        }
        for (row, link) in data.organisation_tasks.iter().enumerate() {
            connect(
                Node::Organisation(link.organisatie.clone()),
                Node::Task(link.taak.clone()),
                Relation::Task,
                row,
            );
        }
        for (row, link) in data.organisation_target_groups.iter().enumerate() {
            connect(
                Node::Organisation(link.organisatie.clone()),
                Node::TargetGroup(link.doelgroep.clone()),
                Relation::TargetGroup,
                row,
            );
        }
        for (row, link) in data.organisation_registers.iter().enumerate() {
            connect(
                Node::Organisation(link.organisatie.clone()),
                Node::Register(link.register.clone()),
                Relation::Register(link.rol),
                row,
            );
        }
        for (row, link) in data.chain_relations.iter().enumerate() {
            connect(
                Node::Organisation(link.van.clone()),
                Node::Organisation(link.naar.clone()),
                Relation::Chain(link.soort),
                row,
            );
        }

        let organisation_position: FxHashMap<OrganisationId, usize> = data
            .organisations
            .iter()
            .enumerate()
            .map(|(position, organisation)| (organisation.id.clone(), position))
            .collect();
        let organisation_nodes = data
            .organisations
            .iter()
            .map(|organisation| index[&Node::Organisation(organisation.id.clone())])
            .collect();
        let organisation_names = data
            .organisations
            .iter()
            .map(|organisation| {
                (
                    Arc::from(organisation.naam.as_str()),
                    Arc::from(organisation.short_name()),
                )
            })
            .collect();
        let mut capacity = vec![BTreeMap::new(); data.organisations.len()];
        for (row, figure) in data.capacity.iter().enumerate() {
            if let Some(&position) = organisation_position.get(&figure.organisatie) {
                capacity[position].insert(figure.periode, row);
            }
        }
        let task_codes: Vec<&TaskCode> = data.tasks.iter().map(|task| &task.code).collect();
        let task_masks = bit_masks(
            &task_codes,
            data.organisations.len(),
            data.organisation_tasks.iter().map(|row| {
                (
                    organisation_position.get(&row.organisatie).copied(),
                    &row.taak,
                )
            }),
        );
        let group_codes: Vec<&TargetGroupCode> =
            data.target_groups.iter().map(|group| &group.code).collect();
        let group_masks = bit_masks(
            &group_codes,
            data.organisations.len(),
            data.organisation_target_groups.iter().map(|row| {
                (
                    organisation_position.get(&row.organisatie).copied(),
                    &row.doelgroep,
                )
            }),
        );
        let scheme_task_masks = bit_masks(
            &task_codes,
            data.schemes.len(),
            data.schemes
                .iter()
                .enumerate()
                .flat_map(|(doc, scheme)| scheme.taken.iter().map(move |code| (Some(doc), code))),
        );
        let scheme_index = SchemeIndex::build(&data.schemes);
        let scheme_organisation: Vec<usize> = data
            .schemes
            .iter()
            .map(|scheme| {
                organisation_position
                    .get(&scheme.organisatie)
                    .copied()
                    .unwrap_or(usize::MAX)
            })
            .collect();

        Landscape {
            data,
            graph,
            index,
            capacity,
            organisation_position,
            organisation_nodes,
            organisation_names,
            scheme_index,
            scheme_organisation,
            task_masks,
            group_masks,
            scheme_task_masks,
        }
    }

    /// All rows, sorted by key.
    pub fn data(&self) -> &DataSet {
        &self.data
    }

    /// The text index over the schemes (`data().schemes`, in that order).
    pub fn scheme_index(&self) -> &SchemeIndex {
        &self.scheme_index
    }

    /// The position in [`Landscape::organisations`] of the organisation of the scheme at
    /// position `scheme` of `data().schemes`.
    pub fn scheme_organisation(&self, scheme: usize) -> Option<usize> {
        self.scheme_organisation
            .get(scheme)
            .copied()
            .filter(|&position| position != usize::MAX)
    }

    /// The bit of a task type in [`Landscape::task_mask_at`], if the taxonomy fits in 64 bits.
    pub(crate) fn task_bit(&self, code: &TaskCode) -> Option<u64> {
        self.task_masks.as_ref()?;
        bit_of(self.data.tasks.iter().map(|task| &task.code), code)
    }

    /// The task types of the organisation at a position, as bits (see [`Landscape::task_bit`]).
    pub(crate) fn task_mask_at(&self, position: usize) -> Option<u64> {
        self.task_masks.as_ref()?.get(position).copied()
    }

    /// The task types of the scheme at a position of `data().schemes`, as bits (see
    /// [`Landscape::task_bit`]).
    pub(crate) fn scheme_task_mask(&self, scheme: usize) -> Option<u64> {
        self.scheme_task_masks.as_ref()?.get(scheme).copied()
    }

    /// The bit of a target group in [`Landscape::group_mask_at`], if there are at most 64.
    pub(crate) fn group_bit(&self, code: &TargetGroupCode) -> Option<u64> {
        self.group_masks.as_ref()?;
        bit_of(
            self.data.target_groups.iter().map(|group| &group.code),
            code,
        )
    }

    /// The target groups of the organisation at a position, as bits.
    pub(crate) fn group_mask_at(&self, position: usize) -> Option<u64> {
        self.group_masks.as_ref()?.get(position).copied()
    }

    /// The schemes an organisation carries out, by id.
    pub fn schemes_of(&self, id: &OrganisationId) -> Vec<&Scheme> {
        self.data
            .schemes
            .iter()
            .filter(|scheme| &scheme.organisatie == id)
            .collect()
    }

    /// Organisations, sorted by id.
    pub fn organisations(&self) -> &[Organisation] {
        &self.data.organisations
    }

    /// One organisation.
    pub fn organisation(&self, id: &OrganisationId) -> Option<&Organisation> {
        self.organisation_position
            .get(id)
            .map(|&position| &self.data.organisations[position])
    }

    /// One ministry.
    pub fn ministry(&self, id: &MinistryId) -> Option<&Ministry> {
        let rows = &self.data.ministries;
        rows.binary_search_by(|row| row.id.cmp(id))
            .ok()
            .map(|i| &rows[i])
    }

    /// One task type.
    pub fn task(&self, code: &TaskCode) -> Option<&TaskType> {
        let rows = &self.data.tasks;
        rows.binary_search_by(|row| row.code.cmp(code))
            .ok()
            .map(|i| &rows[i])
    }

    /// One target group.
    pub fn target_group(&self, code: &TargetGroupCode) -> Option<&TargetGroup> {
        let rows = &self.data.target_groups;
        rows.binary_search_by(|row| row.code.cmp(code))
            .ok()
            .map(|i| &rows[i])
    }

    /// One register.
    pub fn register(&self, code: &RegisterCode) -> Option<&Register> {
        let rows = &self.data.registers;
        rows.binary_search_by(|row| row.code.cmp(code))
            .ok()
            .map(|i| &rows[i])
    }

    fn edges_to(
        &self,
        node: Node,
    ) -> impl Iterator<Item = petgraph::stable_graph::EdgeReference<'_, Edge>> {
        self.index
            .get(&node)
            .into_iter()
            .flat_map(move |&idx| self.graph.edges_directed(idx, Direction::Incoming))
    }

    fn organisation_edges(
        &self,
        id: &OrganisationId,
        direction: Direction,
    ) -> impl Iterator<Item = petgraph::stable_graph::EdgeReference<'_, Edge>> {
        self.organisation_position
            .get(id)
            .into_iter()
            .flat_map(move |&position| {
                self.graph
                    .edges_directed(self.organisation_nodes[position], direction)
            })
    }

    fn organisation_at(&self, idx: NodeIndex) -> Option<&OrganisationId> {
        match &self.graph[idx] {
            Node::Organisation(id) => Some(id),
            _ => None,
        }
    }

    /// The position of an organisation in [`Landscape::organisations`].
    /// The name and short name of the organisation at a position, shared.
    pub(crate) fn names_at(&self, position: usize) -> Option<(Arc<str>, Arc<str>)> {
        self.organisation_names.get(position).cloned()
    }

    pub(crate) fn position(&self, id: &OrganisationId) -> Option<usize> {
        self.organisation_position.get(id).copied()
    }

    /// Task, target-group and register rows of the organisation at `position`, read straight
    /// from its edges without collecting or sorting: the ranking's hot path.
    pub(crate) fn links_at(&self, position: usize) -> Links<'_> {
        Links {
            landscape: self,
            node: self.organisation_nodes[position],
        }
    }

    /// Capacity of the organisation at `position` in a period; see [`Landscape::capacity`].
    pub(crate) fn capacity_at(&self, position: usize, period: Period) -> Option<CapacityFigure> {
        self.capacity_of_periods(&self.capacity[position], period)
    }

    /// The task rows of an organisation, sorted by task code.
    pub fn tasks_of(&self, id: &OrganisationId) -> Vec<&OrganisationTask> {
        let mut rows: Vec<&OrganisationTask> = self
            .organisation_edges(id, Direction::Outgoing)
            .filter(|edge| edge.weight().relation == Relation::Task)
            .map(|edge| &self.data.organisation_tasks[edge.weight().row])
            .collect();
        rows.shared_sort_by(|a, b| a.taak.cmp(&b.taak));
        rows
    }

    /// The target-group rows of an organisation, sorted by code.
    pub fn target_groups_of(&self, id: &OrganisationId) -> Vec<&OrganisationTargetGroup> {
        let mut rows: Vec<&OrganisationTargetGroup> = self
            .organisation_edges(id, Direction::Outgoing)
            .filter(|edge| edge.weight().relation == Relation::TargetGroup)
            .map(|edge| &self.data.organisation_target_groups[edge.weight().row])
            .collect();
        rows.shared_sort_by(|a, b| a.doelgroep.cmp(&b.doelgroep));
        rows
    }

    /// The register rows of an organisation, sorted by register and role.
    pub fn registers_of(&self, id: &OrganisationId) -> Vec<&OrganisationRegister> {
        let mut rows: Vec<&OrganisationRegister> = self
            .organisation_edges(id, Direction::Outgoing)
            .filter(|edge| matches!(edge.weight().relation, Relation::Register(_)))
            .map(|edge| &self.data.organisation_registers[edge.weight().row])
            .collect();
        rows.shared_sort_by(|a, b| (&a.register, a.rol).cmp(&(&b.register, b.rol)));
        rows
    }

    /// Organisations that perform a task type, sorted by id.
    pub fn organisations_with_task(&self, code: &TaskCode) -> Vec<&OrganisationId> {
        self.sources_of(Node::Task(code.clone()), |relation| {
            relation == Relation::Task
        })
    }

    /// Organisations that serve a target group, sorted by id.
    pub fn organisations_serving(&self, code: &TargetGroupCode) -> Vec<&OrganisationId> {
        self.sources_of(Node::TargetGroup(code.clone()), |relation| {
            relation == Relation::TargetGroup
        })
    }

    /// Organisations with any role for a register, sorted by id.
    pub fn organisations_using_register(&self, code: &RegisterCode) -> Vec<&OrganisationId> {
        self.sources_of(Node::Register(code.clone()), |relation| {
            matches!(relation, Relation::Register(_))
        })
    }

    /// Organisations that fall under a ministry, sorted by id.
    pub fn organisations_of_ministry(&self, id: &MinistryId) -> Vec<&OrganisationId> {
        self.sources_of(Node::Ministry(id.clone()), |relation| {
            relation == Relation::Ministry
        })
    }

    fn sources_of(&self, node: Node, keep: impl Fn(Relation) -> bool) -> Vec<&OrganisationId> {
        let mut ids: Vec<&OrganisationId> = self
            .edges_to(node)
            .filter(|edge| keep(edge.weight().relation))
            .filter_map(|edge| self.organisation_at(edge.source()))
            .collect();
        ids.shared_sort();
        ids.dedup();
        ids
    }

    /// Chain relations of an organisation in both directions, sorted by partner and kind.
    pub fn chain_partners(&self, id: &OrganisationId) -> Vec<ChainLink<'_>> {
        let mut links: Vec<ChainLink<'_>> = Vec::new();
        for direction in [Direction::Outgoing, Direction::Incoming] {
            let edges = self.organisation_edges(id, direction);
            for edge in edges {
                if let Relation::Chain(_) = edge.weight().relation {
                    let relation = &self.data.chain_relations[edge.weight().row];
                    let partner = if direction == Direction::Outgoing {
                        &relation.naar
                    } else {
                        &relation.van
                    };
                    links.push(ChainLink {
                        partner,
                        direction,
                        relation,
                    });
                }
            }
        }
        links.shared_sort_by(|a, b| {
            (
                a.partner,
                a.relation.soort,
                a.direction == Direction::Incoming,
            )
                .cmp(&(
                    b.partner,
                    b.relation.soort,
                    b.direction == Direction::Incoming,
                ))
        });
        links
    }

    /// The distinct chain partners of an organisation, sorted by id.
    pub fn chain_partner_ids(&self, id: &OrganisationId) -> Vec<&OrganisationId> {
        sorted_unique(self.chain_partners(id).into_iter().map(|link| link.partner))
    }

    /// Every node next to `node`, in either direction, sorted.
    pub fn neighbours(&self, node: &Node) -> Vec<&Node> {
        let Some(&idx) = self.index.get(node) else {
            return Vec::new();
        };
        sorted_unique(
            self.graph
                .neighbors_undirected(idx)
                .map(|other| &self.graph[other]),
        )
    }

    /// Capacity and load of an organisation in a period. A quarter uses the figure of that quarter,
    /// or else of its year (FTE is a rate, so a year's FTE holds in each quarter); a year uses the
    /// year's figure, or else the mean of the quarters given for it.
    pub fn capacity(&self, id: &OrganisationId, period: Period) -> Option<CapacityFigure> {
        self.capacity_at(self.position(id)?, period)
    }

    fn capacity_of_periods(
        &self,
        periods: &BTreeMap<Period, usize>,
        period: Period,
    ) -> Option<CapacityFigure> {
        // At most four rows (the quarters of a year), found without allocating: this runs for
        // every organisation on every ranking.
        let mut found: [Option<usize>; 4] = [None; 4];
        match period {
            Period::Quarter(year, _) => {
                found[0] = periods
                    .get(&period)
                    .or_else(|| periods.get(&Period::Year(year)))
                    .copied();
            }
            Period::Year(year) => match periods.get(&period) {
                Some(&row) => found[0] = Some(row),
                None => {
                    for (slot, quarter) in found.iter_mut().zip(1..=4) {
                        *slot = periods.get(&Period::Quarter(year, quarter)).copied();
                    }
                }
            },
        }
        let mut figure = CapacityFigure {
            capaciteit_fte: 0.0,
            belasting_fte: 0.0,
            // The weakest status of the rows; `Bron` is the strongest, so the first row's wins.
            status: Status::Bron,
            peildatum: None,
            rows: Vec::new(),
        };
        for &row in found.iter().flatten() {
            let row = &self.data.capacity[row];
            figure.capaciteit_fte += row.capaciteit_fte;
            figure.belasting_fte += row.belasting_fte;
            figure.status = figure.status.max(row.status);
            figure.peildatum = figure.peildatum.max(row.peildatum);
            figure.rows.push(row.row);
        }
        if figure.rows.is_empty() {
            return None;
        }
        let n = figure.rows.len() as f64;
        figure.capaciteit_fte /= n;
        figure.belasting_fte /= n;
        Some(figure)
    }

    /// Utilisation (load / capacity) of an organisation in a period.
    pub fn utilisation(&self, id: &OrganisationId, period: Period) -> Option<f64> {
        self.capacity(id, period)?.utilisation()
    }

    /// Headroom (capacity − load) in FTE of an organisation in a period.
    pub fn headroom(&self, id: &OrganisationId, period: Period) -> Option<f64> {
        Some(self.capacity(id, period)?.headroom())
    }

    /// The capacity rows of an organisation, by period.
    pub fn capacity_rows(&self, id: &OrganisationId) -> Vec<&CapacityRow> {
        self.organisation_position
            .get(id)
            .map(|&position| {
                self.capacity[position]
                    .values()
                    .map(|&row| &self.data.capacity[row])
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The portfolio items of an organisation, by start.
    pub fn portfolio_of(&self, id: &OrganisationId) -> Vec<&PortfolioItem> {
        let mut items: Vec<&PortfolioItem> = self
            .data
            .portfolio
            .iter()
            .filter(|item| &item.organisatie == id)
            .collect();
        items.shared_sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
        items
    }

    /// Every period that has capacity figures, sorted.
    pub fn periods(&self) -> Vec<Period> {
        sorted_unique(self.data.capacity.iter().map(|row| row.periode))
    }

    /// The latest peildatum in the capacity figures.
    pub fn peildatum(&self) -> Option<Date> {
        self.data
            .capacity
            .iter()
            .filter_map(|row| row.peildatum)
            .max()
    }

    /// Whether any capacity or portfolio figure is an example rather than sourced.
    pub fn has_example_figures(&self) -> bool {
        self.data
            .capacity
            .iter()
            .any(|row| row.status == Status::Voorbeeld)
            || self
                .data
                .portfolio
                .iter()
                .any(|item| item.status == Status::Voorbeeld)
    }

    /// Counts for the start page.
    pub fn counts(&self) -> Counts {
        let data = &self.data;
        Counts {
            ministries: data.ministries.len(),
            organisations: data.organisations.len(),
            tasks: data.tasks.len(),
            target_groups: data.target_groups.len(),
            registers: data.registers.len(),
            chain_relations: data.chain_relations.len(),
            relations: data.organisation_tasks.len()
                + data.organisation_target_groups.len()
                + data.organisation_registers.len()
                + data.chain_relations.len(),
            portfolio: data.portfolio.len(),
        }
    }

    /// The number of nodes and edges of the graph.
    pub fn graph_size(&self) -> (usize, usize) {
        (self.graph.node_count(), self.graph.edge_count())
    }
}
