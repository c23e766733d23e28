//! The view in words, for screen readers: what is shown, filtered and selected.

use super::*;

/// Joins items as a list: `a`, `a and b`, `a, b and c`.
pub(super) fn join(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => fill(
            T::ListAnd.text(lang),
            &[("rest", &rest.join(", ")), ("last", last)],
        ),
    }
}

/// A number of things: `1 {one}`, or `many` with `{n}` filled in.
pub(super) fn count(n: usize, one: T, many: T, lang: Lang) -> String {
    if n == 1 {
        one.text(lang).to_owned()
    } else {
        fill(many.text(lang), &[("n", &n.to_string())])
    }
}

/// `1 verbinding`, `2 verbindingen`: a number of connections.
pub fn connection_count(n: usize, lang: Lang) -> String {
    count(n, T::CountConnection, T::CountConnections, lang)
}

/// `1 stap`, `2 stappen`: a number of steps.
pub fn step_count(n: usize, lang: Lang) -> String {
    count(n, T::CountStep, T::CountSteps, lang)
}

/// One or two sentences that say what the view shows, for screen readers: the number of nodes of
/// each kind and of connections, the filters, the selection and the focus.
pub fn summary(
    view: &ExploreView,
    query: &ExploreQuery,
    landscape: &Landscape,
    lang: Lang,
) -> String {
    let counts = view.counts();
    let mut text = if view.nodes.is_empty() {
        T::SummaryEmpty.text(lang).to_owned()
    } else {
        let order = [
            NodeKind::Organisation,
            NodeKind::Ministry,
            NodeKind::Task,
            NodeKind::TargetGroup,
            NodeKind::Register,
        ];
        let mut parts: Vec<String> = order
            .into_iter()
            .filter(|kind| counts.of(*kind) > 0)
            .map(|kind| {
                let n = counts.of(kind);
                if n == 1 {
                    format!("1 {}", kind.label(lang))
                } else {
                    format!("{n} {}", kind.plural(lang))
                }
            })
            .collect();
        parts.push(connection_count(counts.edges, lang));
        fill(
            T::SummaryShows.text(lang),
            &[("items", &join(&parts, lang))],
        )
    };

    let mut filters = Vec::new();
    if let Some(ministry) = &query.ministry {
        let name = short_name(landscape, &Node::Ministry(ministry.clone()));
        filters.push(fill(T::SummaryMinistry.text(lang), &[("name", &name)]));
    }
    if let Some(task) = &query.task {
        let name = describe(landscape, &Node::Task(task.clone())).1;
        filters.push(fill(T::SummaryTask.text(lang), &[("name", &name)]));
    }
    if let Some(group) = &query.target_group {
        let name = describe(landscape, &Node::TargetGroup(group.clone())).1;
        filters.push(fill(T::SummaryTargetGroup.text(lang), &[("name", &name)]));
    }
    if let Some(form) = query.legal_form {
        filters.push(fill(
            T::SummaryLegalForm.text(lang),
            &[("form", form.label_in(lang))],
        ));
    }
    if let Some(band) = query.band {
        let band_label = band.label(lang);
        filters.push(match query.period {
            Some(period) => fill(
                T::SummaryBandIn.text(lang),
                &[("band", band_label), ("period", &period.to_string())],
            ),
            None => fill(T::SummaryBand.text(lang), &[("band", band_label)]),
        });
    }
    if !filters.is_empty() {
        let sentence = if filters.len() == 1 {
            T::SummaryFilter
        } else {
            T::SummaryFilters
        };
        text.push_str(&fill(
            sentence.text(lang),
            &[("filters", &join(&filters, lang))],
        ));
    }

    if let Some(selected) = &query.selected {
        let name = short_name(landscape, selected.node());
        match view.index_of(selected) {
            Some(index) => {
                let node = &view.nodes[index];
                text.push_str(&fill(
                    T::SummarySelected.text(lang),
                    &[
                        ("name", &name),
                        ("kind", node.kind.label(lang)),
                        ("connections", &connection_count(node.degree, lang)),
                    ],
                ));
                if query.depth > 0 {
                    text.push_str(&fill(
                        T::SummaryFocus.text(lang),
                        &[("steps", &step_count(usize::from(query.depth), lang))],
                    ));
                }
                text.push('.');
            }
            None => text.push_str(&fill(T::SummaryOutside.text(lang), &[("name", &name)])),
        }
    }
    text
}
