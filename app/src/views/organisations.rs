//! The organisations table: sortable columns, filters by ministry and task, and a search field,
//! all kept in the link.

use graph_core::{OverviewQuery, Route, SortKey, current_period, overview};
use leptos::prelude::*;

use super::parts::{TableRegion, Utilisation, filter_select, ministry_options, task_options};
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
            {filter_select("filter-ministerie", t(T::ColMinistry), t(T::OrgsAllMinistries), Signal::derive(ministries),
                Signal::derive(move || query.with(|q| q.ministry.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| update(&|query: &mut OverviewQuery| {
                    query.ministry = (!value.is_empty()).then(|| graph_core::MinistryId::new(value.clone()));
                })))}
            {filter_select("filter-taak", t(T::OrgsTaskType), t(T::OrgsAllTaskTypes), Signal::derive(tasks),
                Signal::derive(move || query.with(|q| q.task.as_ref().map(ToString::to_string).unwrap_or_default())),
                Callback::new(move |value: String| update(&|query: &mut OverviewQuery| {
                    query.task = (!value.is_empty()).then(|| graph_core::TaskCode::new(value.clone()));
                })))}
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
