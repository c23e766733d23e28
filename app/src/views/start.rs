//! The start page: what the tool is for, the ways in, and what the data is.

use leptos::prelude::*;

use crate::i18n::{T, t, tf};
use graph_core::{ExploreQuery, OverviewQuery, Route};

use crate::navigation::{CurrentRoute, link};
use crate::state::LandscapeContext;

#[component]
pub fn StartPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let counts = move || landscape.get().counts();
    let peildatum = move || {
        landscape
            .get()
            .peildatum()
            .map_or_else(|| t(T::Unknown).to_owned(), |date| date.to_string())
    };
    let examples = move || landscape.get().has_example_figures();

    view! {
        <h1 tabindex="-1">{t(T::AppNameExplained)}</h1>
        {move || current.error.get().map(|error| view! {
            <div class="notice notice-warning" role="alert">
                <p>{tf(T::StartLinkError, &[("fout", &error.to_string())])}</p>
            </div>
        })}
        <p class="lead">{t(T::StartLead)}</p>
        <div class="doors">
            <a class="door" href=link(&Route::Step(1, Box::default()))>
                <span class="door-title">{t(T::StartDoorStepsTitle)}</span>
                <span class="door-text">{t(T::StartDoorStepsText)}</span>
            </a>
            <a class="door" href=link(&Route::Landscape(ExploreQuery::default()))>
                <span class="door-title">{t(T::StartDoorLandscapeTitle)}</span>
                <span class="door-text">{t(T::StartDoorLandscapeText)}</span>
            </a>
            <a class="door" href=link(&Route::Organisations(OverviewQuery::default()))>
                <span class="door-title">{t(T::StartDoorOrganisationsTitle)}</span>
                <span class="door-text">{t(T::StartDoorOrganisationsText)}</span>
            </a>
            <a class="door" href=link(&Route::About)>
                <span class="door-title">{t(T::StartDoorAboutTitle)}</span>
                <span class="door-text">{t(T::StartDoorAboutText)}</span>
            </a>
        </div>
        <h2>{t(T::StartDataHeading)}</h2>
        <dl class="counts">
            <div><dt>{t(T::StartCountOrganisations)}</dt><dd data-count="organisaties">{move || counts().organisations}</dd></div>
            <div><dt>{t(T::StartCountMinistries)}</dt><dd data-count="ministeries">{move || counts().ministries}</dd></div>
            <div><dt>{t(T::StartCountTasks)}</dt><dd data-count="taken">{move || counts().tasks}</dd></div>
            <div><dt>{t(T::StartCountRegisters)}</dt><dd data-count="registers">{move || counts().registers}</dd></div>
            <div><dt>{t(T::StartCountChains)}</dt><dd data-count="ketenrelaties">{move || counts().chain_relations}</dd></div>
            <div><dt>{t(T::StartCountRelations)}</dt><dd data-count="relaties">{move || counts().relations}</dd></div>
        </dl>
        <p>{t(T::StartPeildatum)}<strong data-peildatum="">{peildatum}</strong></p>
        <super::parts::DataVersionLine/>
        <Show when=examples>
            <div class="notice" role="note">
                <p>
                    <strong>{t(T::StartExampleTitle)}</strong>
                    {t(T::StartExampleText)}
                </p>
            </div>
        </Show>
    }
}
