//! The explorer's panels: search and filters, the tables of what the map shows, the detail of the
//! selected node, the chain between two organisations, and the legend.

use graph_core::{
    Band, Choice, ChoiceLabel, ExploreLayout, ExploreQuery, Landscape, LegalForm, MinistryId,
    NodeKey, NodeKind, OrganisationId, Period, Route, TargetGroupCode, TaskCode, connection_count,
    format_fte, node_class, relation_label, shape, step_count, suggestions,
};
use leptos::prelude::*;

use super::Explorer;
use crate::i18n::{T, t, tf};
use crate::navigation::{href, lang};
use crate::state::LandscapeContext;
use crate::views::parts::{
    TableRegion, Utilisation, filter_select, ministry_options, task_options,
};

/// Search, filters, layout and focus.
#[component]
pub fn Controls() -> impl IntoView {
    view! {
        <SearchBar/>
        <Filters/>
        <FocusBar/>
    }
}

/// Search by name: a suggestion picked from the list, or the best match on Enter, is selected and
/// centred; filters that hide it are cleared, and the page says so.
#[component]
fn SearchBar() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let explorer: Explorer = expect_context();
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let found = Memo::new(move |_| text.with(|text| suggestions(&landscape.get(), text, 12)));
    let choose = move |key: NodeKey| {
        let hidden = explorer
            .view
            .with_untracked(|view| view.index_of(&key).is_none());
        if hidden {
            explorer.update(ExploreQuery::clear_filters);
        }
        explorer.select(Some(key.clone()));
        explorer.announce(&key);
        explorer.centre_request.set(Some(key));
        message.set(hidden.then(|| t(T::MapFiltersCleared).to_owned()));
    };
    let search = move || {
        let wanted = text.get_untracked();
        match suggestions(&landscape.get_untracked(), &wanted, 1)
            .into_iter()
            .next()
        {
            Some(suggestion) => choose(suggestion.key),
            None => message.set(Some(tf(T::MapNothingFound, &[("text", wanted.trim())]))),
        }
    };
    let on_input = move |event| {
        let value = event_target_value(&event);
        message.set(None);
        // A suggestion picked from the list selects at once.
        let picked = found.with_untracked(|found| {
            found
                .iter()
                .find(|s| s.name == value)
                .map(|s| s.key.clone())
        });
        text.set(value);
        if let Some(key) = picked {
            choose(key);
        }
    };
    view! {
        <form class="filters search-bar" role="search" on:submit=move |event| { event.prevent_default(); search(); }>
            <div class="field">
                <label for="landschap-zoek">{t(T::MapSearchLabel)}</label>
                <input id="landschap-zoek" type="search" autocomplete="off" list="landschap-suggesties"
                    prop:value=move || text.get() on:input=on_input/>
                <datalist id="landschap-suggesties">
                    {move || found.get().into_iter().map(|suggestion| view! {
                        <option value=suggestion.name.clone()>{format!("{} · {}", suggestion.label, suggestion.kind.label(lang()))}</option>
                    }).collect_view()}
                </datalist>
            </div>
            <button type="submit" class="button">{t(T::MapSearchButton)}</button>
            <p class="search-message" role="status">{move || message.get()}</p>
        </form>
    }
}

/// The filters, the period and the layout; every choice goes into the link.
#[component]
fn Filters() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let explorer: Explorer = expect_context();
    let query = explorer.query;
    let ministries = move || ministry_options(&landscape.get());
    let tasks = move || task_options(&landscape.get());
    let groups = move || {
        landscape
            .get()
            .data()
            .target_groups
            .iter()
            .map(|group| (group.code.to_string(), group.naam.clone()))
            .collect::<Vec<_>>()
    };
    let forms = || {
        LegalForm::ALL
            .iter()
            .map(|form| (form.code().to_owned(), form.label_in(lang()).to_owned()))
            .collect::<Vec<_>>()
    };
    let bands = || {
        [Band::Ruim, Band::Krap, Band::Vol, Band::Onbekend]
            .iter()
            .map(|band| (band.code().to_owned(), band.label(lang()).to_owned()))
            .collect::<Vec<_>>()
    };
    let periods = move || {
        landscape
            .get()
            .periods()
            .into_iter()
            .map(|period| (period.to_string(), period.to_string()))
            .collect::<Vec<_>>()
    };
    let layout_changed = move |event| {
        let value = event_target_value(&event);
        explorer.update(|q| q.layout = ExploreLayout::from_code(&value).unwrap_or_default());
    };
    view! {
        <form class="filters" aria-label=t(T::MapFilters) on:submit=|event| event.prevent_default()>
            {filter_select("landschap-ministerie", t(T::MapFilterMinistry), t(T::MapFilterMinistryAll), Signal::derive(ministries),
                Signal::derive(move || query.with(|q| q.ministry.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.ministry = (!value.is_empty()).then(|| MinistryId::new(value)))))}
            {filter_select("landschap-taak", t(T::MapFilterTask), t(T::MapFilterTaskAll), Signal::derive(tasks),
                Signal::derive(move || query.with(|q| q.task.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.task = (!value.is_empty()).then(|| TaskCode::new(value)))))}
            {filter_select("landschap-doelgroep", t(T::MapFilterTargetGroup), t(T::MapFilterTargetGroupAll), Signal::derive(groups),
                Signal::derive(move || query.with(|q| q.target_group.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.target_group = (!value.is_empty()).then(|| TargetGroupCode::new(value)))))}
            {filter_select("landschap-rechtsvorm", t(T::MapFilterLegalForm), t(T::MapFilterLegalFormAll), Signal::derive(forms),
                Signal::derive(move || query.with(|q| q.legal_form.map(|f| f.code().to_owned()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.legal_form = LegalForm::from_code(&value))))}
            {filter_select("landschap-benutting", t(T::MapFilterBand), t(T::MapFilterBandAll), Signal::derive(bands),
                Signal::derive(move || query.with(|q| q.band.map(|b| b.code().to_owned()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.band = Band::from_code(&value))))}
            {filter_select("landschap-periode", t(T::MapFilterPeriod), t(T::MapFilterPeriodNow), Signal::derive(periods),
                Signal::derive(move || query.with(|q| q.period.map(|p| p.to_string()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.period = value.parse::<Period>().ok())))}
            <div class="field">
                <label for="landschap-indeling">{t(T::MapFilterLayout)}</label>
                <select id="landschap-indeling" on:change=layout_changed>
                    {[ExploreLayout::Force, ExploreLayout::Ministry, ExploreLayout::Ego].into_iter().map(|layout| view! {
                        <option value=layout.code() selected=move || query.with(|q| q.layout == layout)>{layout.label(lang())}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="button" class="button-small" on:click=move |_| explorer.update(|q| *q = q.cleared())>{t(T::MapClearAll)}</button>
        </form>
    }
}

/// The focus around the selected node: how far it reaches, narrower, wider, off.
#[component]
fn FocusBar() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let query = explorer.query;
    let selected_name = move || {
        let key = query.with(|query| query.selected.clone())?;
        explorer.view.with(|view| {
            view.index_of(&key)
                .map(|index| view.nodes[index].label.clone())
        })
    };
    let focus_text = move || match (selected_name(), query.with(|query| query.depth)) {
        (None, _) => t(T::MapFocusNone).to_owned(),
        (Some(_), 0) => t(T::MapFocusAll).to_owned(),
        (Some(name), 1) => tf(T::MapFocusNeighbours, &[("name", &name)]),
        (Some(name), depth) => tf(
            T::MapFocusDepth,
            &[("depth", &depth.to_string()), ("name", &name)],
        ),
    };
    view! {
        <div class="focus-bar" role="group" aria-label=t(T::MapFocusGroup)>
            <span id="landschap-focus" aria-live="polite">{focus_text}</span>
            <button type="button" class="button-small" id="focus-minder"
                disabled=move || selected_name().is_none() || !query.with(ExploreQuery::can_narrow)
                on:click=move |_| explorer.update(ExploreQuery::narrower)>
                {t(T::MapFocusNarrower)}
            </button>
            <button type="button" class="button-small" id="focus-meer"
                disabled=move || selected_name().is_none() || !query.with(ExploreQuery::can_widen)
                on:click=move |_| explorer.update(ExploreQuery::wider)>
                {t(T::MapFocusWider)}
            </button>
            <button type="button" class="button-small" id="focus-alles"
                disabled=move || !query.with(ExploreQuery::can_widen)
                on:click=move |_| explorer.update(ExploreQuery::clear_focus)>
                {t(T::MapFocusOff)}
            </button>
        </div>
    }
}

/// The nodes and edges of the view as two tables: the same set as the map.
#[component]
pub fn Tables() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let LandscapeContext(landscape) = expect_context();
    let ministry_name = move |id: &Option<MinistryId>| {
        id.as_ref()
            .and_then(|id| {
                landscape
                    .get()
                    .ministry(id)
                    .map(|m| m.short_name().to_owned())
            })
            .unwrap_or_default()
    };
    view! {
        <TableRegion labelledby="kop-landschap-knopen"><table class="data-table" id="landschap-knopen">
            <caption id="kop-landschap-knopen">{move || tf(T::MapNodesCaption, &[("n", &explorer.view.with(|v| v.nodes.len()).to_string())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(T::MapColumnName)}</th>
                    <th scope="col">{t(T::MapColumnKind)}</th>
                    <th scope="col">{t(T::MapFilterMinistry)}</th>
                    <th scope="col">{move || tf(T::MapColumnUtilisation, &[("period", &explorer.period.get().to_string())])}</th>
                    <th scope="col">{t(T::MapColumnConnections)}</th>
                </tr>
            </thead>
            <tbody>
                {move || explorer.view.get().nodes.into_iter().map(|node| {
                    let key = node.key.clone();
                    let choose = move |_| {
                        explorer.select(Some(key.clone()));
                        explorer.announce(&key);
                    };
                    let name = if node.label == node.name { node.name.clone() } else { format!("{} ({})", node.name, node.label) };
                    let utilisation = (node.kind == NodeKind::Organisation).then(|| view! {
                        <Utilisation utilisation=node.utilisation status=None/>
                    });
                    view! {
                        <tr data-key=node.key.to_string()>
                            <th scope="row"><button type="button" class="link-button" on:click=choose>{name}</button></th>
                            <td>{node.kind.label(lang())}</td>
                            <td>{ministry_name(&node.ministry)}</td>
                            <td class="numeric">{utilisation}</td>
                            <td class="numeric">{node.degree}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></TableRegion>
        <TableRegion labelledby="kop-landschap-verbindingen"><table class="data-table" id="landschap-verbindingen">
            <caption id="kop-landschap-verbindingen">{move || tf(T::MapEdgesCaption, &[("n", &explorer.view.with(|v| v.edges.len()).to_string())])}</caption>
            <thead>
                <tr><th scope="col">{t(T::MapColumnFrom)}</th><th scope="col">{t(T::MapColumnRelation)}</th><th scope="col">{t(T::MapColumnTo)}</th></tr>
            </thead>
            <tbody>
                {move || explorer.view.with(|view| view.edges.iter().map(|edge| {
                    let (a, b) = (&view.nodes[edge.source], &view.nodes[edge.target]);
                    view! {
                        <tr>
                            <td>{a.label.clone()}</td>
                            <td>{relation_label(edge.relation, lang())}</td>
                            <td>{b.label.clone()}</td>
                        </tr>
                    }
                }).collect_view())}
            </tbody>
        </table></TableRegion>
    }
}

/// Moves focus to the detail heading once it shows the new selection: the panel is rebuilt, and
/// the button that was pressed is gone.
fn focus_detail() {
    crate::focus::focus_after_paint("#detail-kop");
}

/// The selected node: what it is, its figures, its neighbours in view, and where to go next.
#[component]
pub fn Detail() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let LandscapeContext(landscape) = expect_context();
    let selected = move || {
        let key = explorer.query.with(|query| query.selected.clone())?;
        let index = explorer.view.with(|view| view.index_of(&key))?;
        Some((key, index))
    };
    move || {
        let Some((key, index)) = selected() else {
            return view! {
                <section class="panel detail" aria-labelledby="detail-kop">
                    <h2 id="detail-kop">{t(T::MapDetailTitle)}</h2>
                    <p>{t(T::MapDetailEmpty)}</p>
                </section>
            }
            .into_any();
        };
        let view = explorer.view.get();
        let node = view.nodes[index].clone();
        let landscape = landscape.get();
        let period = explorer.period.get();
        let facts = match key.node() {
            graph_core::Node::Organisation(id) => landscape.organisation(id).map(|organisation| {
                let ministry = organisation
                    .ministerie
                    .as_ref()
                    .and_then(|id| landscape.ministry(id))
                    .map(|m| m.naam.clone())
                    .unwrap_or_else(|| t(T::MapDetailNoMinistry).to_owned());
                let reference = landscape.peildatum().map(|date| date.year);
                let fte = match (organisation.fte, organisation.fte_peiljaar) {
                    (Some(fte), Some(year)) if organisation.staff_figure_dated(reference) => tf(
                        T::MapDetailStaffDated,
                        &[("fte", &format_fte(fte)), ("jaar", &year.to_string())],
                    ),
                    (Some(fte), _) => format_fte(fte),
                    (None, _) => t(T::MapDetailUnknown).to_owned(),
                };
                let status = landscape.capacity(id, period).map(|figure| figure.status);
                let page = href(&Route::Organisation(id.clone()).to_string());
                let from = id.clone();
                let to = id.clone();
                view! {
                    <dl class="facts">
                        <dt>{t(T::MapFilterMinistry)}</dt><dd>{ministry}</dd>
                        <dt>{t(T::MapFilterLegalForm)}</dt><dd>{organisation.rechtsvorm.label_in(lang())}</dd>
                        <dt>{t(T::MapDetailStaff)}</dt><dd>{fte}</dd>
                        <dt>{tf(T::MapColumnUtilisation, &[("period", &period.to_string())])}</dt>
                        <dd><Utilisation utilisation=node.utilisation status=status/></dd>
                    </dl>
                    <p><a href=page>{tf(T::MapDetailPage, &[("name", &node.label)])}</a></p>
                    <div class="button-row">
                        <button type="button" class="button-small" on:click=move |_| explorer.update(|q| q.path_from = Some(from.clone()))>{t(T::MapChainFromHere)}</button>
                        <button type="button" class="button-small" on:click=move |_| explorer.update(|q| q.path_to = Some(to.clone()))>{t(T::MapChainToHere)}</button>
                    </div>
                }
            }),
            _ => None,
        };
        let neighbours = view.neighbours_in_view(index);
        let count = neighbours.len();
        let shown: Vec<(NodeKey, String)> = neighbours
            .into_iter()
            .take(40)
            .map(|i| {
                let n = &view.nodes[i];
                (
                    n.key.clone(),
                    format!("{} ({})", n.label, n.kind.label(lang())),
                )
            })
            .collect();
        view! {
            <section class="panel detail" aria-labelledby="detail-kop">
                <h2 id="detail-kop" tabindex="-1">{node.name.clone()}</h2>
                <p class="muted">{format!("{} · {}", node.kind.label(lang()), node.label)}</p>
                {facts}
                <h3>{tf(T::MapDetailConnections, &[("connections", &connection_count(count, lang()))])}</h3>
                <ul class="neighbours">
                    {shown.into_iter().map(|(key, text)| {
                        let pick = key.clone();
                        view! {
                            <li><button type="button" class="link-button" on:click=move |_| {
                                explorer.select(Some(pick.clone()));
                                explorer.announce(&pick);
                                focus_detail();
                            }>{text}</button></li>
                        }
                    }).collect_view()}
                </ul>
                {(count > 40).then(|| view! { <p class="muted">{tf(T::MapDetailMore, &[("n", &(count - 40).to_string())])}</p> })}
                <button type="button" class="button-small" on:click=move |_| explorer.select(None)>{t(T::MapDetailClear)}</button>
            </section>
        }
        .into_any()
    }
}

/// The organisation a chain field's text names: an exact name or abbreviation, else the best
/// suggestion.
fn organisation_named(landscape: &Landscape, text: &str) -> Option<OrganisationId> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    landscape
        .organisations()
        .iter()
        .find(|o| o.naam == text || o.short_name() == text)
        .map(|o| o.id.clone())
        .or_else(|| {
            suggestions(landscape, text, 50)
                .into_iter()
                .find(|s| s.kind == NodeKind::Organisation)
                .map(|s| OrganisationId::new(s.key.id()))
        })
}

/// One end of the chain: a text field with suggestions (a list of thousands of organisations
/// would be slow to build and to use), kept in step with the link.
fn chain_field(
    id: &'static str,
    label: &'static str,
    get: fn(&ExploreQuery) -> Option<OrganisationId>,
    set: fn(&mut ExploreQuery, Option<OrganisationId>),
) -> impl IntoView {
    let explorer: Explorer = expect_context();
    let LandscapeContext(landscape) = expect_context();
    let current = Memo::new(move |_| explorer.query.with(get));
    let name_of = move |id: &OrganisationId| {
        landscape
            .with_untracked(|l| l.organisation(id).map(|o| o.naam.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let text = RwSignal::new(String::new());
    Effect::new(move |_| text.set(current.get().map(|id| name_of(&id)).unwrap_or_default()));
    let list = format!("{id}-lijst");
    let found = Memo::new(move |_| {
        text.with(|text| {
            suggestions(&landscape.get(), text, 40)
                .into_iter()
                .filter(|s| s.kind == NodeKind::Organisation)
                .take(12)
                .collect::<Vec<_>>()
        })
    });
    let choose = move |value: String| {
        let chosen = organisation_named(&landscape.get_untracked(), &value);
        explorer.update(|q| set(q, chosen));
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="text" autocomplete="off" list=list.clone()
                prop:value=move || text.get()
                on:input=move |event| text.set(event_target_value(&event))
                on:change=move |event| choose(event_target_value(&event))/>
            <datalist id=list>
                {move || found.get().into_iter().map(|s| view! {
                    <option value=s.name.clone()>{s.label.clone()}</option>
                }).collect_view()}
            </datalist>
        </div>
    }
}

/// The chain between two organisations, hop by hop.
#[component]
pub fn Chain() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let result = move || {
        match explorer.chain.get() {
        None => view! {
            <p class="muted">{t(T::MapChainHint)}</p>
        }
        .into_any(),
        Some(None) => view! {
            <p role="status">{t(T::MapChainNone)}</p>
        }
        .into_any(),
        Some(Some(hops)) if hops.is_empty() => {
            view! { <p role="status">{t(T::MapChainSame)}</p> }.into_any()
        }
        Some(Some(hops)) => view! {
            <p role="status">{tf(T::MapChainLength, &[("steps", &step_count(hops.len(), lang()))])}</p>
            <ol class="hops">
                {hops.into_iter().map(|hop| view! { <li>{hop.sentence}</li> }).collect_view()}
            </ol>
        }
        .into_any(),
    }
    };
    view! {
        <section class="panel chain" aria-labelledby="keten-kop">
            <h2 id="keten-kop">{t(T::MapChainTitle)}</h2>
            <form on:submit=|event| event.prevent_default()>
                {chain_field("keten-van", t(T::MapColumnFrom), |q| q.path_from.clone(), |q, id| q.path_from = id)}
                {chain_field("keten-naar", t(T::MapColumnTo), |q| q.path_to.clone(), |q, id| q.path_to = id)}
                <button type="button" class="button-small" id="keten-wissen"
                    on:click=move |_| explorer.update(|q| { q.path_from = None; q.path_to = None; })>
                    {t(T::MapChainClear)}
                </button>
            </form>
            {result}
        </section>
    }
}

/// A small drawing of one node shape, for the legend.
fn icon(kind: NodeKind, class: &'static str) -> impl IntoView {
    let mut d = String::new();
    shape(&mut d, kind, 10.0, 10.0, 7.0);
    view! {
        <svg class="legend-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path class=class d=d/>
        </svg>
    }
}

/// What the shapes, colours and lines mean.
#[component]
pub fn Legend() -> impl IntoView {
    let kinds = [
        (NodeKind::Organisation, t(T::MapLegendOrganisation)),
        (NodeKind::Ministry, t(T::MapLegendMinistry)),
        (NodeKind::Task, t(T::MapLegendTask)),
        (NodeKind::TargetGroup, t(T::MapLegendTargetGroup)),
        (NodeKind::Register, t(T::MapLegendRegister)),
    ];
    let bands = [
        (Some(0.5), t(T::MapLegendRoom)),
        (Some(0.8), t(T::MapLegendTight)),
        (Some(1.2), t(T::MapLegendFull)),
        (None, t(T::MapLegendUnknown)),
    ];
    let edges = [
        ("edge edge-ministry", t(T::MapLegendMinistryEdge)),
        ("edge edge-task", t(T::MapLegendTaskEdge)),
        ("edge edge-group", t(T::MapLegendTargetGroupEdge)),
        ("edge edge-register", t(T::MapLegendRegisterEdge)),
        ("edge edge-chain", t(T::MapLegendChainEdge)),
        ("edge edge-strong", t(T::MapLegendStrongEdge)),
    ];
    view! {
        <section class="panel legend" aria-labelledby="legenda-kop">
            <h2 id="legenda-kop">{t(T::MapLegend)}</h2>
            <h3>{t(T::MapLegendNodes)}</h3>
            <ul class="legend-list">
                {kinds.into_iter().map(|(kind, text)| view! {
                    <li>{icon(kind, node_class(kind, Some(0.5)))}" "{text}</li>
                }).collect_view()}
            </ul>
            <h3>{t(T::MapLegendBands)}</h3>
            <ul class="legend-list">
                {bands.into_iter().map(|(utilisation, text)| view! {
                    <li>{icon(NodeKind::Organisation, node_class(NodeKind::Organisation, utilisation))}" "{text}</li>
                }).collect_view()}
            </ul>
            <h3>{t(T::MapLegendEdges)}</h3>
            <ul class="legend-list">
                {edges.into_iter().map(|(class, text)| view! {
                    <li>
                        <svg class="legend-icon" viewBox="0 0 30 20" width="30" height="20" aria-hidden="true" focusable="false">
                            <path class=class d="M2 10L28 10"/>
                        </svg>
                        " "{text}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
