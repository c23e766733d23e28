//! The Belasting page: utilisation of every organisation per year as a heat map, with the same
//! figures as a table, ordered by ministry or by pressure.

use graph_core::{HeatmapOrder, Route, format_percent, heatmap, heatmap_periods, heatmap_rows};
use leptos::prelude::*;

use super::parts::{TableRegion, chart_figure};

use crate::i18n::{T, t};
use crate::navigation::{CurrentRoute, href, replace};
use crate::state::LandscapeContext;

#[component]
pub fn LoadPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let order = Memo::new(move |_| match current.route.get() {
        Route::Load(order) => order,
        _ => HeatmapOrder::Ministry,
    });
    let chart =
        Memo::new(move |_| heatmap(&landscape.get(), order.get(), crate::navigation::lang()));
    let periods = Memo::new(move |_| heatmap_periods(&landscape.get()));
    view! {
        <h1 tabindex="-1">{t(T::LoadTitle)}</h1>
        <p class="lead">{t(T::LoadLead)}</p>
        <div class="field">
            <label for="volgorde">{t(T::LoadOrder)}</label>
            <select id="volgorde" on:change=move |event| {
                let value = event_target_value(&event);
                replace(&Route::Load(if value == "druk" { HeatmapOrder::Pressure } else { HeatmapOrder::Ministry }));
            }>
                <option value="ministerie" selected=move || order.get() == HeatmapOrder::Ministry>{t(T::LoadOrderMinistry)}</option>
                <option value="druk" selected=move || order.get() == HeatmapOrder::Pressure>{t(T::LoadOrderPressure)}</option>
            </select>
        </div>
        {move || chart_figure(chart.get())}
        <TableRegion labelledby="kop-belasting-tabel"><table class="data-table" id="belasting-tabel">
            <caption id="kop-belasting-tabel">{t(T::LoadCaption)}</caption>
            <thead><tr>
                <th scope="col">{t(T::ColOrganisation)}</th><th scope="col">{t(T::ColMinistry)}</th>
                {move || periods.get().into_iter().map(|p| view! { <th scope="col">{p.to_string()}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {move || heatmap_rows(&landscape.get(), order.get()).into_iter().map(|row| view! {
                    <tr data-id=row.organisation.to_string()>
                        <th scope="row"><a href=href(&Route::Organisation(row.organisation.clone()).to_string())>{row.short_name.clone()}</a></th>
                        <td>{row.ministry.clone()}</td>
                        {row.utilisation.iter().map(|u| view! {
                            <td class="numeric">{u.map_or_else(|| "—".to_owned(), format_percent)}</td>
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table></TableRegion>
    }
}
