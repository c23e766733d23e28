//! The Landschap explorer: the landscape as a network map or as tables, with filters, search,
//! focus by degree, chains between organisations and a detail panel. Every choice lives in the
//! link (`?p=landschap&...`), so a view can be shared; the model is `graph_core::explore`.

mod canvas;
mod panels;

use graph_core::{
    ExploreQuery, ExploreView, Hop, NodeKey, Period, Route, connection_count, current_period,
    explore, path, summary,
};
use leptos::prelude::*;

use crate::i18n::{T, t};
use crate::navigation::{CurrentRoute, lang, replace};
use crate::state::{LandscapeContext, current_year};

/// The explorer's shared state, given to its parts through context.
#[derive(Clone, Copy)]
pub(super) struct Explorer {
    /// Everything in the link.
    query: Memo<ExploreQuery>,
    /// The period of the utilisation colours and the band filter.
    period: Memo<Period>,
    /// The nodes and edges shown.
    view: Memo<ExploreView>,
    /// The node with keyboard focus in the map (not in the link: it moves with every key).
    active: RwSignal<Option<NodeKey>>,
    /// What the live region says.
    announcement: RwSignal<String>,
    /// A node the map should centre on (set by the search).
    centre_request: RwSignal<Option<NodeKey>>,
    /// The force layout of the whole landscape.
    force: canvas::Force,
    /// The chain asked for: `None` when not asked, `Some(None)` when there is none.
    chain: Memo<Option<Option<Vec<Hop>>>>,
}

impl Explorer {
    /// Changes the link's state of the view, without a new history entry.
    fn update(&self, change: impl FnOnce(&mut ExploreQuery)) {
        let mut next = self.query.get_untracked();
        change(&mut next);
        replace(&Route::Landscape(next));
    }

    /// Selects a node (or clears the selection) and gives it keyboard focus.
    fn select(&self, key: Option<NodeKey>) {
        self.active.set(key.clone());
        self.update(|query| query.select(key));
    }

    /// The nodes of the chain asked for, in order (empty when none).
    fn chain_nodes(&self) -> Vec<NodeKey> {
        self.chain.with(|chain| match chain {
            Some(Some(hops)) => hops
                .first()
                .map(|hop| NodeKey::from(hop.from.clone()))
                .into_iter()
                .chain(hops.iter().map(|hop| NodeKey::from(hop.to.clone())))
                .collect(),
            _ => Vec::new(),
        })
    }

    /// Says, in the live region, which node has focus: name, kind and connections in view.
    fn announce(&self, key: &NodeKey) {
        let text = self.view.with_untracked(|view| {
            view.index_of(key).map(|index| {
                let node = &view.nodes[index];
                let connections = view.neighbours_in_view(index).len();
                let name = if node.label == node.name {
                    node.name.clone()
                } else {
                    format!("{} ({})", node.label, node.name)
                };
                let selected = self
                    .query
                    .with_untracked(|query| query.selected.as_ref() == Some(key));
                // Only names and punctuation here: the words come from the table.
                format!(
                    "{name}, {}, {}{}",
                    node.kind.label(lang()),
                    connection_count(connections, lang()),
                    if selected {
                        t(T::MapAnnounceSelected)
                    } else {
                        ""
                    }
                )
            })
        });
        if let Some(text) = text {
            self.announcement.set(text);
        }
    }
}

#[component]
pub fn LandscapePage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let query = Memo::new(move |_| match current.route.get() {
        Route::Landscape(query) => query,
        _ => ExploreQuery::default(),
    });
    // What decides the set of nodes: the camera, the layout and the table switch do not.
    let filters = Memo::new(move |_| {
        let query = query.get();
        ExploreQuery {
            table: false,
            zoom: 1.0,
            centre: (0.0, 0.0),
            layout: Default::default(),
            ..query
        }
    });
    let period = Memo::new(move |_| {
        query
            .with(|query| query.period)
            .unwrap_or_else(|| current_period(&landscape.get(), current_year()))
    });
    let view = Memo::new(move |_| explore(&landscape.get(), &filters.get(), period.get()));
    let explorer = Explorer {
        query,
        period,
        view,
        active: RwSignal::new(query.get_untracked().selected),
        announcement: RwSignal::new(String::new()),
        centre_request: RwSignal::new(None),
        force: canvas::Force::start(landscape, period),
        chain: Memo::new(move |_| {
            query.with(|query| match (&query.path_from, &query.path_to) {
                (Some(from), Some(to)) => Some(path(&landscape.get(), from, to, lang())),
                _ => None,
            })
        }),
    };
    provide_context(explorer);

    let text = Memo::new(move |_| {
        view.with(|view| summary(view, &filters.get(), &landscape.get(), lang()))
    });
    // A memo, so that the map is rebuilt only when switching between map and table.
    let table = Memo::new(move |_| query.with(|query| query.table));
    let table = move || table.get();

    view! {
        <h1 tabindex="-1">{t(T::MapTitle)}</h1>
        <p>{t(T::MapIntroQuestion)}{t(T::MapIntroHow)}</p>
        <panels::Controls/>
        <div class="explorer">
            <div class="explorer-main">
                <div class="view-switch" role="group" aria-label=t(T::MapViewSwitch)>
                    <button type="button" class="button-small" aria-pressed=move || (!table()).to_string()
                        on:click=move |_| explorer.update(|query| query.table = false)>{t(T::MapViewMap)}</button>
                    <button type="button" class="button-small" aria-pressed=move || table().to_string()
                        on:click=move |_| explorer.update(|query| query.table = true)>{t(T::MapViewTable)}</button>
                </div>
                <p id="landschap-samenvatting" class="view-summary" data-knopen=move || view.with(|view| view.nodes.len())>{text}</p>
                {move || if table() {
                    view! { <panels::Tables/> }.into_any()
                } else {
                    view! { <canvas::Map/> }.into_any()
                }}
            </div>
            <div class="explorer-side">
                <panels::Detail/>
                <panels::Chain/>
                <panels::Legend/>
            </div>
        </div>
    }
}
