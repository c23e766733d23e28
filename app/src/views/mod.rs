//! The views. `App` sets up navigation and data and picks the page for the current route.

mod about;
mod data;
mod landscape;
mod load;
mod organisation;
mod organisations;
mod parts;
mod report;
mod start;
mod wizard;

use graph_core::{OrganisationId, Route};
use leptos::prelude::*;

use crate::navigation::{CurrentRoute, provide_navigation};
use crate::state::{DataContext, LandscapeContext, load_initial};

/// Which page is shown; the state inside a page (filters, sort) is left out, so that changing it
/// updates the page instead of rebuilding it (a rebuilt search field would lose focus).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Page {
    Start,
    Organisations,
    Organisation(OrganisationId),
    About,
    Step,
    Report,
    Load,
    Data,
    Landscape,
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let current: CurrentRoute = provide_navigation();
    let (landscape, sources, own, notice) = load_initial();
    provide_context(LandscapeContext(RwSignal::new(landscape)));
    let data = DataContext {
        sources: RwSignal::new(sources),
        own: RwSignal::new(own),
        notice: RwSignal::new(notice),
    };
    provide_context(data);

    let page = Memo::new(move |_| match current.route.get() {
        Route::Start => Page::Start,
        Route::Organisations(_) => Page::Organisations,
        Route::Organisation(id) => Page::Organisation(id),
        Route::About => Page::About,
        Route::Step(..) => Page::Step,
        Route::Report(_) => Page::Report,
        Route::Load(_) => Page::Load,
        Route::Data => Page::Data,
        Route::Landscape(_) => Page::Landscape,
    });

    view! {
        <a class="skip-link" href="#inhoud">"Naar de inhoud"</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="?">"Beleid zoekt Uitvoerder"</a>
                <Show when=move || !data.own.get().is_empty()>
                    <a class="badge badge-header" href="?p=gegevens">"Eigen gegevens"</a>
                </Show>
                <nav aria-label="Hoofdmenu">
                    <ul class="menu">
                        <li><a href="?" aria-current=move || (page.get() == Page::Start).then_some("page")>"Start"</a></li>
                        <li><a href="?p=stap&n=1" aria-current=move || matches!(page.get(), Page::Step | Page::Report).then_some("page")>"Stappenplan"</a></li>
                        <li><a href="?p=landschap" aria-current=move || (page.get() == Page::Landscape).then_some("page")>"Landschap"</a></li>
                        <li><a href="?p=organisaties" aria-current=move || matches!(page.get(), Page::Organisations | Page::Organisation(_)).then_some("page")>"Organisaties"</a></li>
                        <li><a href="?p=belasting" aria-current=move || (page.get() == Page::Load).then_some("page")>"Belasting"</a></li>
                        <li><a href="?p=gegevens" aria-current=move || (page.get() == Page::Data).then_some("page")>"Gegevens"</a></li>
                        <li><a href="?p=over" aria-current=move || (page.get() == Page::About).then_some("page")>"Over"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <StorageNotice/>
        <main id="inhoud" class="container" tabindex="-1">
            {move || match page.get() {
                Page::Start => view! { <start::StartPage/> }.into_any(),
                Page::Organisations => view! { <organisations::OrganisationsPage/> }.into_any(),
                Page::Organisation(id) => view! { <organisation::OrganisationPage id=id/> }.into_any(),
                Page::About => view! { <about::AboutPage/> }.into_any(),
                Page::Step => view! { <wizard::StepPage/> }.into_any(),
                Page::Report => view! { <report::ReportPage/> }.into_any(),
                Page::Load => view! { <load::LoadPage/> }.into_any(),
                Page::Data => view! { <data::DataPage/> }.into_any(),
                Page::Landscape => view! { <landscape::LandscapePage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>"Alles draait in uw browser: er gaan geen gegevens naar een server."</p>
            </div>
        </footer>
    }
}

/// What the app ignored of the data kept in this browser (damaged or from an older version), on
/// every page until dismissed, with the offer to clear what is kept.
#[component]
fn StorageNotice() -> impl IntoView {
    let data: DataContext = expect_context();
    move || {
        data.notice.get().map(|notice| {
            view! {
                <div class="container">
                    <div class="notice notice-warning" role="alert" id="opslagmelding">
                        <p>{notice}</p>
                        <div class="button-row">
                            <button type="button" class="button-small" id="opslag-wissen" on:click=move |_| {
                                crate::storage::clear_all();
                                data.notice.set(Some("Alles wat deze app in uw browser bewaarde, is gewist.".to_owned()));
                            }>"Bewaarde gegevens wissen"</button>
                            <button type="button" class="button-small" on:click=move |_| data.notice.set(None)>"Sluiten"</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
