//! Finding a node by name or abbreviation, accents and case ignored, as the search box suggests.

use super::*;

/// A search suggestion.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Which node.
    pub key: NodeKey,
    /// Short name.
    pub label: String,
    /// Full name.
    pub name: String,
    /// Its kind.
    pub kind: NodeKind,
}

/// Nodes of every kind whose name, short name or id contains `text`, accent- and
/// case-insensitively, at most `limit`. Exact matches of a short name or code come first, then
/// names or short names that start with the text, then the rest; within each, organisations
/// before other kinds, then by label. Empty text suggests nothing.
pub fn suggestions(landscape: &Landscape, text: &str, limit: usize) -> Vec<Suggestion> {
    let needle = fold(text.trim());
    if needle.is_empty() || limit == 0 {
        return Vec::new();
    }
    let data = landscape.data();
    let nodes = data
        .ministries
        .iter()
        .map(|row| Node::Ministry(row.id.clone()))
        .chain(
            data.organisations
                .iter()
                .map(|row| Node::Organisation(row.id.clone())),
        )
        .chain(data.tasks.iter().map(|row| Node::Task(row.code.clone())))
        .chain(
            data.target_groups
                .iter()
                .map(|row| Node::TargetGroup(row.code.clone())),
        )
        .chain(
            data.registers
                .iter()
                .map(|row| Node::Register(row.code.clone())),
        );
    let mut found: Vec<((u8, bool, String), Suggestion)> = nodes
        .filter_map(|node| {
            let key = NodeKey(node);
            let (label, name, _) = describe(landscape, key.node());
            let short = [fold(&label), fold(key.id())];
            let long = fold(&name);
            let tier = if short.contains(&needle) {
                0
            } else if long.starts_with(&needle) || short.iter().any(|s| s.starts_with(&needle)) {
                1
            } else if long.contains(&needle) || short.iter().any(|s| s.contains(&needle)) {
                2
            } else {
                return None;
            };
            let kind = key.kind();
            let order = (tier, kind != NodeKind::Organisation, fold(&label));
            Some((
                order,
                Suggestion {
                    key,
                    label,
                    name,
                    kind,
                },
            ))
        })
        .collect();
    found.shared_sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
    found.truncate(limit);
    found
        .into_iter()
        .map(|(_, suggestion)| suggestion)
        .collect()
}
