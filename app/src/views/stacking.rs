//! The Stapeling page: "Mijn voorstellen" (the proposals saved in this browser: open, copy,
//! rename, delete, export and import as one JSON list) and the stapeling of the chosen ones:
//! the two ways of choosing side by side, the collisions in words, the combined load per
//! organisation and period, and the report to print and export. The engine is
//! `graph_core::stack`; this module only shows and collects.

use std::collections::BTreeSet;

use graph_core::{Proposal, Route, SharedSort, Stacking, format_fte, score, stack};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::parts::{TableRegion, Utilisation};
use crate::download::download;
use crate::i18n::{T, t, tf};
use crate::navigation::{lang, link};
use crate::state::LandscapeContext;

fn title_of(proposal: &Proposal) -> String {
    if proposal.title.trim().is_empty() {
        t(T::SavedUntitled).to_owned()
    } else {
        proposal.title.clone()
    }
}

/// A title not yet in the list: the wanted one, or with a number after it.
fn unique(list: &[Proposal], wanted: &str) -> String {
    let taken = |title: &str| list.iter().any(|p| p.title == title);
    if !taken(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted} {n}"))
        .find(|title| !taken(title))
        .unwrap_or_default()
}

/// Saves a proposal under its title, replacing one of the same title; the message to show.
pub fn save_proposal(proposal: &Proposal) -> String {
    let mut list = crate::storage::load_saved();
    let mut proposal = proposal.clone();
    proposal.title = title_of(&proposal);
    match list.iter_mut().find(|p| p.title == proposal.title) {
        Some(existing) => *existing = proposal.clone(),
        None => list.push(proposal.clone()),
    }
    if crate::storage::save_saved(&list) {
        tf(T::SavedSaved, &[("titel", &proposal.title)])
    } else {
        t(T::SavedNotKept).to_owned()
    }
}

/// Reads an import: a list of proposals or one, as `bzu stapel` reads them. (Read from text in
/// one way only, so the download carries one copy of the proposal reader.)
fn read_import(text: &str) -> Result<Vec<Proposal>, String> {
    let list = text.trim_start().starts_with('[');
    let read = if list {
        serde_json::from_str::<Vec<Proposal>>(text)
    } else {
        serde_json::from_str::<Proposal>(text).map(|proposal| vec![proposal])
    };
    read.map_err(|error| error.to_string())
}

/// Keeps the new list and shows it; says so when the browser keeps nothing.
fn update(saved: RwSignal<Vec<Proposal>>, message: RwSignal<Option<String>>, list: Vec<Proposal>) {
    if !crate::storage::save_saved(&list) {
        message.set(Some(t(T::SavedNotKept).to_owned()));
    }
    saved.set(list);
}

#[component]
pub fn StackingPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let saved = RwSignal::new(crate::storage::load_saved());
    let left_out: RwSignal<BTreeSet<String>> = RwSignal::new(BTreeSet::new());
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let result: RwSignal<Option<Stacking>> = RwSignal::new(None);
    let computing = RwSignal::new(false);
    let update = move |list: Vec<Proposal>| update(saved, message, list);
    let chosen = move || {
        let left_out = left_out.get();
        saved
            .get()
            .into_iter()
            .filter(|p| !left_out.contains(&p.title))
            .collect::<Vec<_>>()
    };
    let shown: RwSignal<Vec<Proposal>> = RwSignal::new(Vec::new());
    // The stapeling is computed after the "computing" status has been painted.
    Effect::new(move |_| {
        let proposals = chosen();
        let landscape = landscape.get();
        if proposals.len() < 2 {
            result.set(None);
            return;
        }
        computing.set(true);
        set_timeout(
            move || {
                let stacking = stack(&landscape, &proposals);
                shown.set(proposals);
                result.set(Some(stacking));
                computing.set(false);
            },
            std::time::Duration::from_millis(16),
        );
    });
    let import = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let name = file.name();
            let text = match JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => String::new(),
            };
            match read_import(&text) {
                Err(error) => message.set(Some(tf(
                    T::SavedImportFailed,
                    &[("naam", &name), ("fout", &error)],
                ))),
                Ok(imported) => {
                    let mut list = saved.get_untracked();
                    let n = imported.len();
                    for mut proposal in imported {
                        proposal.title = title_of(&proposal);
                        match list.iter_mut().find(|p| p.title == proposal.title) {
                            Some(existing) => *existing = proposal,
                            None => list.push(proposal),
                        }
                    }
                    update(list);
                    message.set(Some(tf(T::SavedImported, &[("n", &n.to_string())])));
                }
            }
        });
    };
    let export = move |_| {
        let json = serde_json::to_string_pretty(&saved.get_untracked()).unwrap_or_default();
        let _ = download("mijn-voorstellen.json", "application/json", &json);
    };

    view! {
        <h1 tabindex="-1">{t(T::StackTitle)}</h1>
        <p class="lead">{t(T::StackLead)}</p>
        <section aria-labelledby="kop-mijn-voorstellen">
            <h2 id="kop-mijn-voorstellen">{t(T::SavedTitle)}</h2>
            <p>{t(T::SavedHelp)}</p>
            <p role="status" id="voorstellenmelding">{move || message.get()}</p>
            {move || {
                let list = saved.get();
                if list.is_empty() {
                    return view! { <p id="geen-voorstellen">{t(T::SavedNone)}</p> }.into_any();
                }
                view! {
                    <ul class="saved-list" id="mijn-voorstellen">
                        {list.into_iter().enumerate().map(|(index, proposal)| view! {
                            <SavedItem index=index proposal=proposal saved=saved left_out=left_out message=message/>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="voorstellen-export" on:click=export>{t(T::SavedExport)}</button>
                <label class="button button-secondary" for="voorstellen-import">{t(T::SavedImport)}</label>
                <input type="file" id="voorstellen-import" class="visually-hidden" accept=".json,application/json" on:change=import/>
            </div>
        </section>
        <section aria-labelledby="kop-stapeling" id="stapeling">
            <h2 id="kop-stapeling">{t(T::StackChoicesTitle)}</h2>
            <p role="status">{move || computing.get().then(|| t(T::StackComputing))}</p>
            {move || match result.get() {
                None => view! { <p id="kies-voorstellen">{t(T::StackChoose)}</p> }.into_any(),
                Some(stacking) => view! { <StackingResult stacking=stacking proposals=shown.get_untracked()/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn SavedItem(
    index: usize,
    proposal: Proposal,
    saved: RwSignal<Vec<Proposal>>,
    left_out: RwSignal<BTreeSet<String>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let update = move |list: Vec<Proposal>| update(saved, message, list);
    let title = title_of(&proposal);
    let renaming = RwSignal::new(false);
    let new_title = RwSignal::new(title.clone());
    let report = link(&Route::Report(Box::new(proposal.clone())));
    let (t_include, t_copy, t_delete, t_new, t_open) = (
        tf(T::SavedInclude, &[("titel", &title)]),
        tf(T::SavedCopyOf, &[("titel", &title)]),
        tf(T::SavedDeleteOf, &[("titel", &title)]),
        tf(T::SavedNewTitle, &[("titel", &title)]),
        tf(T::SavedOpen, &[("titel", &title)]),
    );
    let key = title.clone();
    let included = move || !left_out.get().contains(&key);
    let key = title.clone();
    let toggle = move |_| {
        left_out.update(|set| {
            if !set.remove(&key) {
                set.insert(key.clone());
            }
        })
    };
    let copy = move |_| {
        let mut list = saved.get_untracked();
        let mut copy = list[index].clone();
        copy.title = unique(&list, &format!("{}{}", copy.title, t(T::SavedCopySuffix)));
        list.insert(index + 1, copy);
        update(list);
    };
    let delete = move |_| {
        let mut list = saved.get_untracked();
        list.remove(index);
        update(list);
    };
    let rename = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let wanted = new_title.get_untracked().trim().to_owned();
        let mut list = saved.get_untracked();
        if !wanted.is_empty() && wanted != list[index].title {
            list[index].title = unique(&list, &wanted);
            update(list);
        }
        renaming.set(false);
    };
    let input_id = format!("titel-{index}");
    view! {
        <li class="saved-item" data-titel=title.clone()>
            <input type="checkbox" id=format!("kies-{index}") prop:checked=included on:change=toggle aria-label=t_include/>
            <a href=report aria-label=t_open>{title.clone()}</a>
            <span class="muted">{format!(" · {} fte · {}", proposal.fte.map_or_else(|| "—".to_owned(), format_fte), proposal.period.map_or_else(|| "—".to_owned(), |p| p.to_string()))}</span>
            <div class="button-row">
                <button type="button" class="button-small" on:click=copy aria-label=t_copy>{t(T::SavedCopy)}</button>
                <button type="button" class="button-small" on:click=move |_| renaming.set(true) aria-expanded=move || renaming.get().to_string()>{t(T::SavedRename)}</button>
                <button type="button" class="button-small" on:click=delete aria-label=t_delete>{t(T::SavedDelete)}</button>
            </div>
            <Show when=move || renaming.get()>
                <form class="field-inline" on:submit=rename>
                    <label class="visually-hidden" for=input_id.clone()>{t_new.clone()}</label>
                    <input type="text" id=input_id.clone() prop:value=move || new_title.get() on:input=move |e| new_title.set(event_target_value(&e))/>
                    <button type="submit" class="button-small">{t(T::SavedRename)}</button>
                </form>
            </Show>
        </li>
    }
}

#[component]
fn StackingResult(stacking: Stacking, proposals: Vec<Proposal>) -> impl IntoView {
    let lang = lang();
    let show_together = RwSignal::new(false);
    let placed = |choice: &graph_core::StackChoice| {
        choice.placement.as_ref().map_or_else(
            || t(T::StackNoPlacement).to_owned(),
            |p| {
                let names: Vec<&str> = p.organisations.iter().map(|id| id.as_str()).collect();
                format!("{} ({})", names.join(" + "), score(choice.feasibility))
            },
        )
    };
    let rows = stacking
        .titles
        .iter()
        .enumerate()
        .map(|(index, title)| {
            let report = link(&Route::Report(Box::new(proposals[index].clone())));
            let difference = stacking.difference(index, lang);
            let differs = difference.is_some();
            view! {
                <tr class:differs=differs>
                    <th scope="row" data-label=t(T::SavedTitle)><a href=report>{title.clone()}</a></th>
                    <td data-label=t(T::StackAlone)>{placed(&stacking.one_by_one.choices[index])}</td>
                    <td data-label=t(T::StackTogether)>{placed(&stacking.together.choices[index])}</td>
                    <td data-label=t(T::StackDifference)>{difference.unwrap_or_else(|| t(T::StackSame).to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    let collisions = stacking.collision_sentences(lang);
    let unplaceable: Vec<String> = stacking
        .unplaceable()
        .iter()
        .map(|p| stacking.titles[*p].clone())
        .collect();
    let shortfalls: Vec<String> = stacking
        .shortfalls()
        .into_iter()
        .map(|(id, period, fte)| {
            tf(
                T::StackShortfall,
                &[
                    ("organisatie", id.as_str()),
                    ("periode", &period.to_string()),
                    ("fte", &format_fte(fte)),
                ],
            )
        })
        .collect();
    let markdown = stacking.to_markdown(lang);
    let json = serde_json::to_string_pretty(&stacking.to_json()).unwrap_or_default();
    let heat_source = stacking.clone();
    view! {
        <p>{t(T::StackChoicesHelp)}</p>
        <TableRegion labelledby="kop-stapeling"><table class="data-table stack-table" id="stapel-keuzes">
            <thead><tr>
                <th scope="col">{t(T::SavedTitle)}</th><th scope="col">{t(T::StackAlone)}</th>
                <th scope="col">{t(T::StackTogether)}</th><th scope="col">{t(T::StackDifference)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></TableRegion>
        <p id="stapel-totaal">{tf(T::StackTotals, &[("los", &score(stacking.one_by_one.total)), ("samen", &score(stacking.together.total))])}</p>
        <p>{if stacking.proven { tf(T::StackProven, &[("n", &stacking.nodes.to_string())]) } else { t(T::StackNotProven).to_owned() }}</p>
        <h3 id="kop-botsingen">{t(T::StackCollisionsTitle)}</h3>
        {if collisions.is_empty() {
            view! { <p id="botsingen">{t(T::StackNoCollisions)}</p> }.into_any()
        } else {
            view! { <ul id="botsingen">{collisions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
        }}
        {(!unplaceable.is_empty()).then(|| view! {
            <p class="notice notice-warning" id="niet-plaatsbaar">{tf(T::StackUnplaceable, &[("voorstellen", &unplaceable.join(", "))])}</p>
        })}
        {(!shortfalls.is_empty()).then(|| view! {
            <ul id="tekort">{shortfalls.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
        })}
        <h3 id="kop-stapel-belasting">{t(T::StackHeatTitle)}</h3>
        <p>{t(T::StackHeatHelp)}</p>
        <div class="field">
            <label for="stapel-toewijzing">{t(T::StackHeatWhich)}</label>
            <select id="stapel-toewijzing" on:change=move |e| show_together.set(event_target_value(&e) == "samen")>
                <option value="los">{t(T::StackAlone)}</option>
                <option value="samen">{t(T::StackTogether)}</option>
            </select>
        </div>
        {move || view! { <LoadTable stacking=heat_source.clone() together=show_together.get()/> }}
        <div class="button-group no-print">
            <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{t(T::ReportPrint)}</button>
            <button type="button" class="button button-secondary" id="stapel-markdown"
                on:click=move |_| { let _ = download("stapeling.md", "text/markdown;charset=utf-8", &markdown); }>{t(T::ReportDownloadMarkdown)}</button>
            <button type="button" class="button button-secondary" id="stapel-json"
                on:click=move |_| { let _ = download("stapeling.json", "application/json", &json); }>{t(T::ReportDownloadJson)}</button>
        </div>
    }
}

/// Organisations × periods of one assignment: utilisation with its band in words, and below it
/// the portfolio and each proposal's share in fte.
#[component]
fn LoadTable(stacking: Stacking, together: bool) -> impl IntoView {
    let assignment = if together {
        &stacking.together
    } else {
        &stacking.one_by_one
    };
    let mut periods: Vec<graph_core::Period> = assignment.loads.iter().map(|l| l.period).collect();
    periods.shared_sort();
    periods.dedup();
    let mut organisations: Vec<&graph_core::OrganisationId> =
        assignment.loads.iter().map(|l| &l.organisation).collect();
    organisations.shared_sort();
    organisations.dedup();
    let head = periods
        .iter()
        .map(|p| view! { <th scope="col">{p.to_string()}</th> })
        .collect_view();
    let body = organisations
        .into_iter()
        .map(|id| {
            let cells = periods
                .iter()
                .map(|period| match assignment.load(id, *period) {
                    None => view! { <td>"—"</td> }.into_any(),
                    Some(load) => {
                        let shares: Vec<String> = std::iter::once(tf(T::StackPortfolio, &[("fte", &format_fte(load.portfolio))]))
                            .chain(load.shares.iter().map(|(p, fte)| {
                                tf(T::StackShare, &[("voorstel", &stacking.titles[*p]), ("fte", &format_fte(*fte))])
                            }))
                            .collect();
                        let status = load.indicative.then_some(graph_core::Status::Voorbeeld);
                        view! {
                            <td data-label=period.to_string()>
                                <Utilisation utilisation=load.utilisation() status=status/>
                                <ul class="shares">{shares.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <tr data-id=id.to_string()><th scope="row">{id.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <TableRegion labelledby="kop-stapel-belasting"><table class="data-table" id="stapel-belasting">
            <caption>{t(if together { T::StackTogether } else { T::StackAlone })}</caption>
            <thead><tr><th scope="col">{t(T::ColOrganisation)}</th>{head}</tr></thead>
            <tbody>{body}</tbody>
        </table></TableRegion>
    }
}
