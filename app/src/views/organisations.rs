//! The organisations table: sortable columns, filters by ministry and task, and a search field,
//! all kept in the link.

use graph_core::{OverviewQuery, Route, SortKey, current_period, overview};
use leptos::prelude::*;

use super::parts::{TableRegion, Utilisation, ministry_options, task_options};
use crate::i18n::{T, t, tf};
use crate::navigation::{CurrentRoute, href, lang, replace};
use crate::state::{LandscapeContext, current_year};

fn column_label(key: SortKey) -> &'static str {
    t(match key {
        SortKey::Name => T::ColName,
        SortKey::Ministry => T::ColMinistry,
        SortKey::LegalForm => T::ColLegalForm,
        SortKey::Utilisation => T::ColUtilisation,
    })
}

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let query = Memo::new(move |_| match current.route.get() {
        Route::Organisations(query) => query,
        _ => OverviewQuery::default(),
    });
    let period = Memo::new(move |_| current_period(&landscape.get(), current_year()));
    let rows = Memo::new(move |_| overview(&landscape.get(), &query.get(), period.get(), lang()));
    let update = move |change: &dyn Fn(&mut OverviewQuery)| {
        let mut next = query.get_untracked();
        change(&mut next);
        replace(&Route::Organisations(next));
    };

    let sort_header = move |key: SortKey| {
        let aria_sort = move || {
            let query = query.get();
            match (query.sort == key, query.descending) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        let arrow = move || match aria_sort() {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "",
        };
        let label = move || {
            if key == SortKey::Utilisation {
                format!("{} {}", column_label(key), period.get())
            } else {
                column_label(key).to_owned()
            }
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort-button" data-sort=key.code() on:click=move |_| {
                    update(&|query: &mut OverviewQuery| {
                        if query.sort == key {
                            query.descending = !query.descending;
                        } else {
                            query.sort = key;
                            query.descending = false;
                        }
                    })
                }>
                    {label}<span class="sort-arrow" aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };

    let ministries = move || ministry_options(&landscape.get());
    let tasks = move || task_options(&landscape.get());

    view! {
        <h1 tabindex="-1">{t(T::OrgsTitle)}</h1>
        <p>{t(T::OrgsLead)}</p>
        <form class="filters" role="search" on:submit=|event| event.prevent_default()>
            <div class="field">
                <label for="filter-ministerie">{t(T::ColMinistry)}</label>
                <select id="filter-ministerie" on:change=move |event| {
                    let value = event_target_value(&event);
                    update(&|query: &mut OverviewQuery| {
                        query.ministry = (!value.is_empty()).then(|| graph_core::MinistryId::new(value.clone()));
                    });
                }>
                    <option value="" selected=move || query.get().ministry.is_none()>{t(T::OrgsAllMinistries)}</option>
                    {move || ministries().into_iter().map(|(id, label)| {
                        let selected = { let id = id.clone(); move || query.get().ministry.as_ref().map(|m| m.as_str()) == Some(id.as_str()) };
                        view! { <option value=id selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-taak">{t(T::OrgsTaskType)}</label>
                <select id="filter-taak" on:change=move |event| {
                    let value = event_target_value(&event);
                    update(&|query: &mut OverviewQuery| {
                        query.task = (!value.is_empty()).then(|| graph_core::TaskCode::new(value.clone()));
                    });
                }>
                    <option value="" selected=move || query.get().task.is_none()>{t(T::OrgsAllTaskTypes)}</option>
                    {move || tasks().into_iter().map(|(code, label)| {
                        let selected = { let code = code.clone(); move || query.get().task.as_ref().map(|t| t.as_str()) == Some(code.as_str()) };
                        view! { <option value=code selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-zoek">{t(T::OrgsSearch)}</label>
                <input id="filter-zoek" type="search" autocomplete="off"
                    prop:value=move || query.get().search
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        update(&|query: &mut OverviewQuery| query.search = value.clone());
                    }/>
            </div>
        </form>
        <TableRegion labelledby="kop-organisaties-tabel"><table class="data-table" id="organisaties-tabel">
            <caption id="kop-organisaties-tabel" aria-live="polite">
                {move || tf(T::OrgsCount, &[("n", &rows.get().len().to_string())])}
                {move || landscape.get().has_example_figures().then_some(t(T::OrgsExampleFigures))}
            </caption>
            <thead>
                <tr>
                    {sort_header(SortKey::Name)}
                    <th scope="col">{t(T::OrgsAbbreviation)}</th>
                    {sort_header(SortKey::Ministry)}
                    {sort_header(SortKey::LegalForm)}
                    <th scope="col">{t(T::ColTasks)}</th>
                    {sort_header(SortKey::Utilisation)}
                </tr>
            </thead>
            <tbody>
                {move || rows.get().into_iter().map(|row| {
                    let link = href(&Route::Organisation(row.id.clone()).to_string());
                    let taken = row.taken.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                    view! {
                        <tr data-id=row.id.to_string()>
                            <th scope="row"><a href=link>{row.naam}</a></th>
                            <td>{row.afkorting}</td>
                            <td>{row.ministerie}</td>
                            <td>{row.rechtsvorm}</td>
                            <td>{taken}</td>
                            <td class="numeric"><Utilisation utilisation=row.benutting status=row.status/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></TableRegion>
        <Show when=move || rows.get().is_empty()>
            <p class="notice">{t(T::OrgsNoneFound)}</p>
        </Show>
    }
}
