//! The shortest chain between two organisations over chain relations and shared registers, each
//! hop explained in words.

use super::*;

/// One step of a chain between two organisations.
#[derive(Clone, Debug, PartialEq)]
pub struct Hop {
    /// Where the step starts.
    pub from: Node,
    /// Where it ends.
    pub to: Node,
    /// The relation it follows.
    pub relation: Relation,
    /// Whether the data row runs from `from` to `to` (chain relations from `van` to `naar`,
    /// register roles from the organisation to the register).
    pub forward: bool,
    /// The step in a sentence, in the language asked of [`path`].
    pub sentence: String,
}

/// The kind of an edge in words, for the table of connections and the legend.
pub fn relation_label(relation: Relation, lang: Lang) -> String {
    match relation {
        Relation::Ministry => T::RelationMinistry.text(lang).to_owned(),
        Relation::Task => T::RelationTask.text(lang).to_owned(),
        Relation::TargetGroup => T::RelationTargetGroup.text(lang).to_owned(),
        Relation::Register(role) => fill(
            T::RelationRegister.text(lang),
            &[("role", role.label_in(lang))],
        ),
        Relation::Chain(kind) => fill(
            T::RelationChain.text(lang),
            &[("kind", kind.label_in(lang))],
        ),
    }
}

/// The sentence for a step.
pub(super) fn sentence(
    landscape: &Landscape,
    from: &Node,
    to: &Node,
    relation: Relation,
    forward: bool,
    lang: Lang,
) -> String {
    let a = short_name(landscape, from);
    let b = short_name(landscape, to);
    let names = [("a", a.as_str()), ("b", b.as_str())];
    let step = |key: T| fill(key.text(lang), &names);
    match relation {
        Relation::Chain(kind) => {
            let verb = step(match (kind, forward) {
                (ChainKind::Gegevens, true) => T::HopGivesData,
                (ChainKind::Gegevens, false) => T::HopGetsData,
                (ChainKind::Opdracht, true) => T::HopWorksFor,
                (ChainKind::Opdracht, false) => T::HopCommissions,
                (ChainKind::Samenwerking, _) => T::HopCooperates,
                (ChainKind::Incasso, true) => T::HopCollectsFor,
                (ChainKind::Incasso, false) => T::HopCollectedBy,
                (ChainKind::Toezicht, true) => T::HopSupervises,
                (ChainKind::Toezicht, false) => T::HopSupervisedBy,
                (ChainKind::Ict, true) => T::HopGivesIct,
                (ChainKind::Ict, false) => T::HopUsesIct,
                (ChainKind::Verwijzing, true) => T::HopRefersTo,
                (ChainKind::Verwijzing, false) => T::HopReferredBy,
            });
            fill(
                T::HopChain.text(lang),
                &[("step", &verb), ("kind", kind.label_in(lang))],
            )
        }
        Relation::Register(role) => {
            let verb = step(match (role, forward) {
                (RegisterRole::Houder, true) => T::HopKeepsRegister,
                (RegisterRole::Houder, false) => T::HopKeptBy,
                (RegisterRole::Bronhouder, true) => T::HopSuppliesRegister,
                (RegisterRole::Bronhouder, false) => T::HopSuppliedBy,
                (RegisterRole::Afnemer, true) => T::HopUsesRegister,
                (RegisterRole::Afnemer, false) => T::HopRegisterFeeds,
            });
            fill(
                T::HopRegister.text(lang),
                &[("step", &verb), ("role", role.label_in(lang))],
            )
        }
        Relation::Ministry => step(T::HopMinistry),
        Relation::Task => step(T::HopTask),
        Relation::TargetGroup => step(T::HopTargetGroup),
    }
}

/// The steps a chain can take from a node, each costing one: chain relations either way, and
/// from an organisation to a register it has a role for, or back. Ministries, task types and
/// target groups are no part of a chain: sharing one does not make organisations depend on
/// each other. Sorted, so that the search below breaks ties the same way every time.
pub(super) fn steps(landscape: &Landscape, node: &Node) -> Vec<(Node, Relation, bool)> {
    match node {
        Node::Organisation(id) => {
            let chain = landscape.chain_partners(id).into_iter().map(|link| {
                (
                    Node::Organisation(link.partner.clone()),
                    Relation::Chain(link.relation.soort),
                    link.direction == Direction::Outgoing,
                )
            });
            let registers = landscape.registers_of(id).into_iter().map(|row| {
                (
                    Node::Register(row.register.clone()),
                    Relation::Register(row.rol),
                    true,
                )
            });
            chain.chain(registers).collect()
        }
        Node::Register(code) => landscape
            .organisations_using_register(code)
            .into_iter()
            .filter_map(|organisation| {
                // The first role by order (houder, bronhouder, afnemer) names the step.
                let role = landscape
                    .registers_of(organisation)
                    .into_iter()
                    .find(|row| &row.register == code)?
                    .rol;
                Some((
                    Node::Organisation(organisation.clone()),
                    Relation::Register(role),
                    false,
                ))
            })
            .collect(),
        Node::Ministry(_) | Node::Task(_) | Node::TargetGroup(_) => Vec::new(),
    }
}

/// The shortest chain from one organisation to another over chain relations (either way, one
/// step each) and shared registers (organisation → register → organisation, two steps), for
/// "wie hangt van wie af". Dijkstra; among equally short chains the one through the smallest
/// keys wins, so the answer does not change between runs. `None` when either organisation is
/// unknown or no chain connects them; an organisation to itself is the empty chain. Each hop
/// carries its sentence in `lang`.
pub fn path(
    landscape: &Landscape,
    from: &OrganisationId,
    to: &OrganisationId,
    lang: Lang,
) -> Option<Vec<Hop>> {
    landscape.organisation(from)?;
    landscape.organisation(to)?;
    if from == to {
        return Some(Vec::new());
    }
    let start = Node::Organisation(from.clone());
    let goal = Node::Organisation(to.clone());
    let mut cost: BTreeMap<Node, u32> = BTreeMap::from([(start.clone(), 0)]);
    let mut previous: BTreeMap<Node, (Node, Relation, bool)> = BTreeMap::new();
    let mut queue = BinaryHeap::from([Reverse((0u32, start.clone()))]);
    while let Some(Reverse((reached, node))) = queue.pop() {
        if node == goal {
            break;
        }
        if cost.get(&node).is_some_and(|&best| best < reached) {
            continue;
        }
        for (next, relation, forward) in steps(landscape, &node) {
            let next_cost = reached + 1;
            if cost.get(&next).is_none_or(|&best| next_cost < best) {
                cost.insert(next.clone(), next_cost);
                previous.insert(next.clone(), (node.clone(), relation, forward));
                queue.push(Reverse((next_cost, next)));
            }
        }
    }

    let mut hops = Vec::new();
    let mut node = goal;
    while node != start {
        let (before, relation, forward) = previous.remove(&node)?;
        hops.push(Hop {
            sentence: sentence(landscape, &before, &node, relation, forward, lang),
            from: before.clone(),
            to: node,
            relation,
            forward,
        });
        node = before;
    }
    hops.reverse();
    Some(hops)
}
