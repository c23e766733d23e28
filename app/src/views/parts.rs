//! Small pieces shared by the pages: sources as links, utilisation with its band.

use graph_core::{Band, Citation, Landscape, Status, citations, format_percent};
use leptos::prelude::*;

use crate::i18n::{T, t};
use crate::navigation::lang;

/// A `bron` cell: web addresses as links (opening in a new tab), the rest as text.
#[component]
pub fn Sources(#[prop(into)] bron: String) -> impl IntoView {
    citations(&bron)
        .into_iter()
        .map(|part| match part {
            Citation::Link(url) => view! {
                <a class="source-link" href=url.clone() rel="noopener noreferrer" target="_blank">{url.clone()}</a>
                " "
            }
            .into_any(),
            Citation::Text(text) => view! { <span>{text}" "</span> }.into_any(),
        })
        .collect_view()
}

/// The band of a utilisation figure, as words (never colour alone) and its style class.
pub fn band(utilisation: f64) -> (&'static str, &'static str) {
    let band = Band::of(Some(utilisation));
    let class = match band {
        Band::Vol => "band-full",
        Band::Krap => "band-tight",
        _ => "band-room",
    };
    (band.word(lang()), class)
}

/// A utilisation figure with its band, or a dash.
#[component]
pub fn Utilisation(utilisation: Option<f64>, status: Option<Status>) -> impl IntoView {
    match utilisation {
        Some(value) => {
            let (word, class) = band(value);
            let example = (status == Some(Status::Voorbeeld)).then_some(t(T::ExampleFigure));
            view! {
                <span class=format!("utilisation {class}")>
                    {format_percent(value)}" "<span class="band-word">{word}</span>
                </span>
                <span class="visually-hidden">{example}</span>
            }
            .into_any()
        }
        None => view! { <span>{t(T::Unknown)}</span> }.into_any(),
    }
}

/// The capacity judgement (room, tight, full, unknown), marked indicative when it rests on
/// example figures, which never decide.
#[component]
pub fn RoomJudgement(capacity: graph_core::Capacity) -> impl IntoView {
    let indicative = capacity.figure.is_some() && !capacity.binding;
    view! {
        <span class=format!("room room-{}", capacity.room.code())>{capacity.room.text(lang())}</span>
        {indicative.then(|| view! { " "<span class="evidence">"("{t(T::RoomIndicative)}")"</span> })}
    }
}

/// The ministries as (id, "naam (afkorting)") for a filter's options.
pub fn ministry_options(landscape: &Landscape) -> Vec<(String, String)> {
    landscape
        .data()
        .ministries
        .iter()
        .map(|ministry| {
            (
                ministry.id.to_string(),
                format!("{} ({})", ministry.naam, ministry.afkorting),
            )
        })
        .collect()
}

/// The task types as (code, "code — naam") for a filter's options.
pub fn task_options(landscape: &Landscape) -> Vec<(String, String)> {
    landscape
        .data()
        .tasks
        .iter()
        .map(|task| {
            (
                task.code.to_string(),
                format!("{} — {}", task.code, task.naam),
            )
        })
        .collect()
}

/// A wide table's own scroll region: on a narrow screen the table scrolls inside it, not the
/// page (WCAG 1.4.10 allows this for data tables). Focusable, so it scrolls by keyboard, and
/// named by the heading or caption with id `labelledby`.
#[component]
pub fn TableRegion(labelledby: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="table-region" role="region" tabindex="0" aria-labelledby=labelledby>
            {children()}
        </div>
    }
}

/// The column names of the five fit parts, in the order of `FitParts::all`.
pub fn part_labels() -> [&'static str; 5] {
    [
        t(T::ColTask),
        t(T::ColTargetGroup),
        t(T::ColData),
        t(T::ColMinistry),
        t(T::ColSchemes),
    ]
}

/// A chart with its title for assistive technology and its summary in words beside it: the one
/// way every page shows a chart.
pub fn chart_figure(chart: graph_core::Chart) -> AnyView {
    view! {
        <figure class="chart-figure">
            <div class="chart" role="img" aria-label=chart.title inner_html=chart.svg></div>
            <figcaption class="chart-summary">{chart.summary}</figcaption>
        </figure>
    }
    .into_any()
}

/// One `<select>` of a filter bar (the organisations table, the Landschap explorer): its options as (value, label), the current value, and what
/// a choice does. The empty value means "all". Not generic, so it is compiled once.
pub fn filter_select(
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

/// "In gebruik: gegevensversie 3, peildatum 2026-11-01 (gepubliceerd naast de app)".
#[component]
pub fn DataVersionLine() -> impl IntoView {
    let data: crate::state::DataContext = expect_context();
    view! {
        <p id="gegevensversie">{t(T::DataVersionInUse)}
            {move || {
                let version = data.version.get();
                let origin = if version.published { T::DataVersionPublished } else { T::DataVersionShipped };
                view! { <strong data-versie=version.versie>{version.label()}</strong>{t(origin)} }
            }}
        </p>
    }
}
