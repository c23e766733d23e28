//! The views. `App` sets up navigation and data and picks the page for the current route.

mod about;
mod organisation;
mod organisations;
mod parts;
mod report;
mod start;
mod wizard;

use graph_core::{OrganisationId, Route};
use leptos::prelude::*;

use crate::navigation::{CurrentRoute, provide_navigation};
use crate::state::{LandscapeContext, load_default};

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
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let current: CurrentRoute = provide_navigation();
    let landscape = match load_default() {
        Ok(landscape) => landscape,
        Err(failure) => {
            return view! {
                <main id="inhoud" class="container">
                    <h1>"De gegevens konden niet worden geladen"</h1>
                    <ul>{failure.0.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                </main>
            }
            .into_any();
        }
    };
    provide_context(LandscapeContext(RwSignal::new(landscape)));

    let page = Memo::new(move |_| match current.route.get() {
        Route::Start => Page::Start,
        Route::Organisations(_) => Page::Organisations,
        Route::Organisation(id) => Page::Organisation(id),
        Route::About => Page::About,
        Route::Step(..) => Page::Step,
        Route::Report(_) => Page::Report,
    });

    view! {
        <a class="skip-link" href="#inhoud">"Naar de inhoud"</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="?">"Beleid zoekt Uitvoerder"</a>
                <nav aria-label="Hoofdmenu">
                    <ul class="menu">
                        <li><a href="?" aria-current=move || (page.get() == Page::Start).then_some("page")>"Start"</a></li>
                        <li><a href="?p=stap&n=1" aria-current=move || matches!(page.get(), Page::Step | Page::Report).then_some("page")>"Stappenplan"</a></li>
                        <li><a href="?p=organisaties" aria-current=move || matches!(page.get(), Page::Organisations | Page::Organisation(_)).then_some("page")>"Organisaties"</a></li>
                        <li><a href="?p=over" aria-current=move || (page.get() == Page::About).then_some("page")>"Over"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="inhoud" class="container" tabindex="-1">
            {move || match page.get() {
                Page::Start => view! { <start::StartPage/> }.into_any(),
                Page::Organisations => view! { <organisations::OrganisationsPage/> }.into_any(),
                Page::Organisation(id) => view! { <organisation::OrganisationPage id=id/> }.into_any(),
                Page::About => view! { <about::AboutPage/> }.into_any(),
                Page::Step => view! { <wizard::StepPage/> }.into_any(),
                Page::Report => view! { <report::ReportPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>"Alles draait in uw browser: er gaan geen gegevens naar een server."</p>
            </div>
        </footer>
    }
    .into_any()
}
