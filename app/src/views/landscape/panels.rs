//! The explorer's panels: search and filters, the tables of what the map shows, the detail of the
//! selected node, the chain between two organisations, and the legend.

use graph_core::{
    Band, Choice, ExploreLayout, ExploreQuery, Landscape, LegalForm, MinistryId, NodeKey, NodeKind,
    OrganisationId, Period, Route, TargetGroupCode, TaskCode, format_fte, node_class,
    relation_label, shape, suggestions,
};
use leptos::prelude::*;

use super::Explorer;
use crate::state::LandscapeContext;
use crate::views::parts::{Utilisation, ministry_options, task_options};

/// One `<select>` of the filter bar: its options as (value, label), the current value, and what
/// a choice does. The empty value means "all". Not generic, so it is compiled once.
fn filter_select(
    id: &'static str,
    label: &'static str,
    all: &'static str,
    options: Signal<Vec<(String, String)>>,
    current: Signal<String>,
    choose: Callback<String>,
) -> AnyView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |event| choose.run(event_target_value(&event))>
                <option value="" selected=move || current.with(String::is_empty)>{all}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    let selected = { let value = value.clone(); move || current.with(|current| *current == value) };
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// Search, filters, layout and focus.
#[component]
pub fn Controls() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let explorer: Explorer = expect_context();
    let query = explorer.query;

    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let found = Memo::new(move |_| text.with(|text| suggestions(&landscape.get(), text, 12)));
    let choose = move |key: NodeKey| {
        let hidden = explorer
            .view
            .with_untracked(|view| view.index_of(&key).is_none());
        if hidden {
            explorer.update(|query| {
                query.ministry = None;
                query.task = None;
                query.target_group = None;
                query.legal_form = None;
                query.band = None;
            });
        }
        explorer.select(Some(key.clone()));
        explorer.announce(&key);
        explorer.centre_request.set(Some(key));
        message
            .set(hidden.then(|| {
                "De filters zijn gewist, zodat de gezochte knoop in beeld is.".to_owned()
            }));
    };
    let search = move || {
        let wanted = text.get_untracked();
        match suggestions(&landscape.get_untracked(), &wanted, 1)
            .into_iter()
            .next()
        {
            Some(suggestion) => choose(suggestion.key),
            None => message.set(Some(format!("Niets gevonden voor ‘{}’.", wanted.trim()))),
        }
    };

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
            .map(|form| (form.code().to_owned(), form.label().to_owned()))
            .collect::<Vec<_>>()
    };
    let bands = || {
        [Band::Ruim, Band::Krap, Band::Vol, Band::Onbekend]
            .iter()
            .map(|band| (band.code().to_owned(), band.label().to_owned()))
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

    let selected_name = move || {
        let key = query.with(|query| query.selected.clone())?;
        explorer.view.with(|view| {
            view.index_of(&key)
                .map(|index| view.nodes[index].label.clone())
        })
    };
    let depth = move || query.with(|query| query.depth);
    let focus_text = move || match (selected_name(), depth()) {
        (None, _) => "Kies een knoop om de focus te gebruiken.".to_owned(),
        (Some(_), 0) => "Focus: alles in beeld.".to_owned(),
        (Some(name), 1) => format!("Focus: {name} en zijn directe buren."),
        (Some(name), depth) => format!("Focus: tot {depth} stappen van {name}."),
    };

    view! {
        <form class="filters search-bar" role="search" on:submit=move |event| { event.prevent_default(); search(); }>
            <div class="field">
                <label for="landschap-zoek">"Zoek op naam of afkorting"</label>
                <input id="landschap-zoek" type="search" autocomplete="off" list="landschap-suggesties"
                    prop:value=move || text.get()
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        message.set(None);
                        // A suggestion picked from the list selects at once.
                        let picked = found.with_untracked(|found| {
                            found.iter().find(|s| s.name == value).map(|s| s.key.clone())
                        });
                        text.set(value);
                        if let Some(key) = picked {
                            choose(key);
                        }
                    }/>
                <datalist id="landschap-suggesties">
                    {move || found.get().into_iter().map(|suggestion| view! {
                        <option value=suggestion.name.clone()>{format!("{} · {}", suggestion.label, suggestion.kind.label())}</option>
                    }).collect_view()}
                </datalist>
            </div>
            <button type="submit" class="button">"Zoek"</button>
            <p class="search-message" role="status">{move || message.get()}</p>
        </form>
        <form class="filters" aria-label="Filters" on:submit=|event| event.prevent_default()>
            {filter_select("landschap-ministerie", "Ministerie", "Alle ministeries", Signal::derive(ministries),
                Signal::derive(move || query.with(|q| q.ministry.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.ministry = (!value.is_empty()).then(|| MinistryId::new(value)))))}
            {filter_select("landschap-taak", "Taaktype", "Alle taaktypen", Signal::derive(tasks),
                Signal::derive(move || query.with(|q| q.task.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.task = (!value.is_empty()).then(|| TaskCode::new(value)))))}
            {filter_select("landschap-doelgroep", "Doelgroep", "Alle doelgroepen", Signal::derive(groups),
                Signal::derive(move || query.with(|q| q.target_group.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.target_group = (!value.is_empty()).then(|| TargetGroupCode::new(value)))))}
            {filter_select("landschap-rechtsvorm", "Rechtsvorm", "Alle rechtsvormen", Signal::derive(forms),
                Signal::derive(move || query.with(|q| q.legal_form.map(|f| f.code().to_owned()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.legal_form = LegalForm::from_code(&value))))}
            {filter_select("landschap-benutting", "Benutting", "Alle", Signal::derive(bands),
                Signal::derive(move || query.with(|q| q.band.map(|b| b.code().to_owned()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.band = Band::from_code(&value))))}
            {filter_select("landschap-periode", "Periode", "Dit jaar", Signal::derive(periods),
                Signal::derive(move || query.with(|q| q.period.map(|p| p.to_string()).unwrap_or_default())),
                Callback::new(move |value: String| explorer.update(|q| q.period = value.parse::<Period>().ok())))}
            <div class="field">
                <label for="landschap-indeling">"Indeling"</label>
                <select id="landschap-indeling" on:change=move |event| {
                    let value = event_target_value(&event);
                    explorer.update(|q| q.layout = ExploreLayout::from_code(&value).unwrap_or_default());
                }>
                    {[ExploreLayout::Force, ExploreLayout::Ministry, ExploreLayout::Ego].into_iter().map(|layout| view! {
                        <option value=layout.code() selected=move || query.with(|q| q.layout == layout)>{layout.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="button" class="button-small" on:click=move |_| explorer.update(|q| *q = ExploreQuery { table: q.table, ..ExploreQuery::default() })>"Alles wissen"</button>
        </form>
        <div class="focus-bar" role="group" aria-label="Focus rond de keuze">
            <span id="landschap-focus" aria-live="polite">{focus_text}</span>
            <button type="button" class="button-small" id="focus-minder"
                disabled=move || selected_name().is_none() || depth() == 1
                on:click=move |_| explorer.update(|q| q.depth = match q.depth { 0 => 2, d => d - 1 })>
                "Focus smaller"
            </button>
            <button type="button" class="button-small" id="focus-meer"
                disabled=move || selected_name().is_none() || depth() == 0
                on:click=move |_| explorer.update(|q| q.depth = if q.depth >= ExploreQuery::MAX_DEPTH { 0 } else { q.depth + 1 })>
                "Focus breder"
            </button>
            <button type="button" class="button-small" id="focus-alles"
                disabled=move || depth() == 0
                on:click=move |_| explorer.update(|q| q.depth = 0)>
                "Alles tonen"
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
        <table class="data-table" id="landschap-knopen">
            <caption>{move || format!("Knopen in beeld ({})", explorer.view.with(|v| v.nodes.len()))}</caption>
            <thead>
                <tr>
                    <th scope="col">"Naam"</th>
                    <th scope="col">"Soort"</th>
                    <th scope="col">"Ministerie"</th>
                    <th scope="col">{move || format!("Benutting {}", explorer.period.get())}</th>
                    <th scope="col">"Verbindingen"</th>
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
                            <td>{node.kind.label()}</td>
                            <td>{ministry_name(&node.ministry)}</td>
                            <td class="numeric">{utilisation}</td>
                            <td class="numeric">{node.degree}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <table class="data-table" id="landschap-verbindingen">
            <caption>{move || format!("Verbindingen in beeld ({})", explorer.view.with(|v| v.edges.len()))}</caption>
            <thead>
                <tr><th scope="col">"Van"</th><th scope="col">"Relatie"</th><th scope="col">"Naar"</th></tr>
            </thead>
            <tbody>
                {move || explorer.view.with(|view| view.edges.iter().map(|edge| {
                    let (a, b) = (&view.nodes[edge.source], &view.nodes[edge.target]);
                    view! {
                        <tr>
                            <td>{a.label.clone()}</td>
                            <td>{relation_label(edge.relation)}</td>
                            <td>{b.label.clone()}</td>
                        </tr>
                    }
                }).collect_view())}
            </tbody>
        </table>
    }
}

/// Moves focus to the detail heading once it shows the new selection: the panel is rebuilt, and
/// the button that was pressed is gone.
fn focus_detail() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(heading) = document()
            .get_element_by_id("detail-kop")
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    });
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
                    <h2 id="detail-kop">"Keuze"</h2>
                    <p>"Kies een knoop op de kaart, in de tabel of met de zoekfunctie om hier de gegevens te zien."</p>
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
                    .unwrap_or_else(|| "geen".to_owned());
                let fte = organisation.fte.map_or_else(|| "onbekend".to_owned(), format_fte);
                let status = landscape.capacity(id, period).map(|figure| figure.status);
                let href = Route::Organisation(id.clone()).to_string();
                let from = id.clone();
                let to = id.clone();
                view! {
                    <dl class="facts">
                        <dt>"Ministerie"</dt><dd>{ministry}</dd>
                        <dt>"Rechtsvorm"</dt><dd>{organisation.rechtsvorm.label()}</dd>
                        <dt>"Medewerkers (fte)"</dt><dd>{fte}</dd>
                        <dt>{format!("Benutting {period}")}</dt>
                        <dd><Utilisation utilisation=node.utilisation status=status/></dd>
                    </dl>
                    <p><a href=href>{format!("Naar de pagina van {}", node.label)}</a></p>
                    <div class="button-row">
                        <button type="button" class="button-small" on:click=move |_| explorer.update(|q| q.path_from = Some(from.clone()))>"Keten vanaf hier"</button>
                        <button type="button" class="button-small" on:click=move |_| explorer.update(|q| q.path_to = Some(to.clone()))>"Keten naar hier"</button>
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
                (n.key.clone(), format!("{} ({})", n.label, n.kind.label()))
            })
            .collect();
        view! {
            <section class="panel detail" aria-labelledby="detail-kop">
                <h2 id="detail-kop" tabindex="-1">{node.name.clone()}</h2>
                <p class="muted">{format!("{} · {}", node.kind.label(), node.label)}</p>
                {facts}
                <h3>{format!("{count} {} in beeld", if count == 1 { "verbinding" } else { "verbindingen" })}</h3>
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
                {(count > 40).then(|| view! { <p class="muted">{format!("en {} meer; zie de tabel.", count - 40)}</p> })}
                <button type="button" class="button-small" on:click=move |_| explorer.select(None)>"Keuze wissen"</button>
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
            <p class="muted">"Kies twee organisaties (naam of afkorting) om de kortste keten te zien."</p>
        }
        .into_any(),
        Some(None) => view! {
            <p role="status">"Geen keten gevonden: deze organisaties zijn in de gegevens niet via ketenrelaties of gedeelde registers verbonden."</p>
        }
        .into_any(),
        Some(Some(hops)) if hops.is_empty() => {
            view! { <p role="status">"Dat is dezelfde organisatie."</p> }.into_any()
        }
        Some(Some(hops)) => view! {
            <p role="status">{format!("Kortste keten: {} {}.", hops.len(), if hops.len() == 1 { "stap" } else { "stappen" })}</p>
            <ol class="hops">
                {hops.into_iter().map(|hop| view! { <li>{hop.sentence}</li> }).collect_view()}
            </ol>
        }
        .into_any(),
    }
    };
    view! {
        <section class="panel chain" aria-labelledby="keten-kop">
            <h2 id="keten-kop">"Keten tussen twee organisaties"</h2>
            <form on:submit=|event| event.prevent_default()>
                {chain_field("keten-van", "Van", |q| q.path_from.clone(), |q, id| q.path_from = id)}
                {chain_field("keten-naar", "Naar", |q| q.path_to.clone(), |q, id| q.path_to = id)}
                <button type="button" class="button-small" id="keten-wissen"
                    on:click=move |_| explorer.update(|q| { q.path_from = None; q.path_to = None; })>
                    "Keten wissen"
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
        (NodeKind::Organisation, "organisatie (rondje)"),
        (NodeKind::Ministry, "ministerie (vierkant)"),
        (NodeKind::Task, "taaktype (ruit)"),
        (NodeKind::TargetGroup, "doelgroep (driehoek)"),
        (NodeKind::Register, "register (zeshoek)"),
    ];
    let bands = [
        (Some(0.5), "ruimte: benutting onder 70%"),
        (Some(0.8), "krap: 70% tot en met 100%"),
        (Some(1.2), "vol: boven 100%"),
        (None, "onbekend: geen cijfers"),
    ];
    let edges = [
        ("edge edge-ministry", "valt onder ministerie (stippel)"),
        ("edge edge-task", "voert taaktype uit (dun)"),
        ("edge edge-group", "bedient doelgroep (dun)"),
        ("edge edge-register", "register (streep)"),
        ("edge edge-chain", "ketenrelatie (dik)"),
        ("edge edge-strong", "keuze of keten"),
    ];
    view! {
        <section class="panel legend" aria-labelledby="legenda-kop">
            <h2 id="legenda-kop">"Legenda"</h2>
            <h3>"Knopen"</h3>
            <ul class="legend-list">
                {kinds.into_iter().map(|(kind, text)| view! {
                    <li>{icon(kind, node_class(kind, Some(0.5)))}" "{text}</li>
                }).collect_view()}
            </ul>
            <h3>"Organisaties naar benutting"</h3>
            <ul class="legend-list">
                {bands.into_iter().map(|(utilisation, text)| view! {
                    <li>{icon(NodeKind::Organisation, node_class(NodeKind::Organisation, utilisation))}" "{text}</li>
                }).collect_view()}
            </ul>
            <h3>"Verbindingen"</h3>
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
