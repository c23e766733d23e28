//! The views. `App` sets up navigation and data and picks the page for the current route.

mod about;
mod data;
mod landscape;
mod load;
mod organisation;
mod organisations;
mod parts;
mod report;
mod stacking;
mod start;
mod wizard;

use graph_core::{ExploreQuery, HeatmapOrder, OrganisationId, OverviewQuery, Route};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::i18n::{T, t};
use crate::navigation::{
    CurrentRoute, embedded, lang, link, other_language_href, provide_navigation, standalone_href,
};
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
    Stacking,
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let current: CurrentRoute = provide_navigation();
    let initial = load_initial();
    let landscape = LandscapeContext(RwSignal::new(initial.landscape));
    provide_context(landscape);
    let data = DataContext {
        sources: RwSignal::new(initial.sources),
        base: RwSignal::new(initial.base),
        version: RwSignal::new(initial.version),
        own: RwSignal::new(initial.own),
        notice: RwSignal::new(initial.notice),
        published_problem: RwSignal::new(None),
    };
    provide_context(data);
    leptos::task::spawn_local(crate::published::refresh(data, landscape));

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
        Route::Stacking => Page::Stacking,
    });

    let full_window = move || standalone_href(&current.route.get());
    let other_language = move || other_language_href(&current.route.get());
    let menu_link = move |route: Route, label: T, here: fn(&Page) -> bool| {
        view! {
            <li><a href=link(&route) aria-current=move || here(&page.get()).then_some("page")>{t(label)}</a></li>
        }
    };
    let other = graph_core::i18n::Lang::other(lang());

    view! {
        <a class="skip-link" href="#inhoud">{t(T::SkipLink)}</a>
        <header class="site-header" class:site-header-compact=embedded()>
            <div class="container header-inner">
                <a class="brand" href=link(&Route::Start)>{t(T::AppName)}</a>
                <Show when=move || !data.own.get().is_empty()>
                    <a class="badge badge-header" href=link(&Route::Data)>{t(T::OwnDataBadge)}</a>
                </Show>
                <nav aria-label=t(T::MainMenu)>
                    <ul class="menu">
                        {menu_link(Route::Start, T::MenuStart, |p| *p == Page::Start)}
                        {menu_link(Route::Step(1, Box::default()), T::MenuSteps, |p| matches!(p, Page::Step | Page::Report))}
                        {menu_link(Route::Landscape(ExploreQuery::default()), T::MenuLandscape, |p| *p == Page::Landscape)}
                        {menu_link(Route::Organisations(OverviewQuery::default()), T::MenuOrganisations, |p| matches!(p, Page::Organisations | Page::Organisation(_)))}
                        {menu_link(Route::Load(HeatmapOrder::Ministry), T::MenuLoad, |p| *p == Page::Load)}
                        {menu_link(Route::Stacking, T::MenuStacking, |p| *p == Page::Stacking)}
                        {menu_link(Route::Data, T::MenuData, |p| *p == Page::Data)}
                        {menu_link(Route::About, T::MenuAbout, |p| *p == Page::About)}
                        <li>
                            <a id="taalkeuze" href=other_language data-reload="" hreflang=other.code() lang=other.code()
                                aria-label=t(T::LanguageSwitchLabel)>{t(T::LanguageSwitch)}</a>
                        </li>
                        <Show when=embedded>
                            <li>
                                <a id="los-venster" href=full_window target="_blank" rel="noopener">
                                    {t(T::OpenFull)}<span aria-hidden="true">" ↗"</span>
                                </a>
                            </li>
                        </Show>
                    </ul>
                </nav>
            </div>
        </header>
        <StorageNotice/>
        <PublishedNotice/>
        <main id="inhoud" class="container" tabindex="-1">
            {move || match page.get() {
                Page::Start => view! { <start::StartPage/> }.into_any(),
                Page::Organisations => view! { <organisations::OrganisationsPage/> }.into_any(),
                Page::Organisation(id) => view! { <organisation::OrganisationPage id=id/> }.into_any(),
                Page::About => view! { <about::AboutPage/> }.into_any(),
                Page::Step => view! { <wizard::StepPage/> }.into_any(),
                Page::Report => view! { <report::ReportPage/> }.into_any(),
                Page::Load => later(load_page()),
                Page::Data => later(data_page()),
                Page::Landscape => later(landscape_page()),
                Page::Stacking => later(stacking_page()),
            }}
        </main>
        <Show when=move || !embedded()>
            <footer class="site-footer">
                <div class="container">
                    <p>{t(T::FooterPrivacy)}</p>
                </div>
            </footer>
        </Show>
    }
}

/// A page whose code is fetched the first time it opens. The release build splits each function
/// marked `wasm_split` below, with what only it needs, into a wasm file of its own
/// (`xtask/src/split.rs`), so the first download holds the stappenplan and what every page shares.
/// A part that cannot be fetched (offline, or the site was updated meanwhile) gives a message,
/// not an abort; opening the page again tries again.
fn later(page: impl Future<Output = Result<AnyView, PartMissing>> + Send + 'static) -> AnyView {
    let shown = async move {
        page.await.unwrap_or_else(|PartMissing| {
            view! {
                <div class="notice notice-warning" role="alert" id="deel-ontbreekt">
                    <p>{t(T::PageUnavailable)}</p>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <Suspense fallback=|| view! { <p role="status" id="pagina-laden">{t(T::PageLoading)}</p> }>
            {Suspend::new(shown)}
        </Suspense>
    }
    .into_any()
}

/// The part of the wasm with a page's code could not be fetched.
struct PartMissing;

impl From<SplitLoaderError> for PartMissing {
    fn from(_: SplitLoaderError) -> Self {
        PartMissing
    }
}

#[wasm_split(landscape, wasm_split_path = ::leptos::wasm_split, fallible)]
fn landscape_page() -> Result<AnyView, PartMissing> {
    Ok(view! { <landscape::LandscapePage/> }.into_any())
}

#[wasm_split(stacking, wasm_split_path = ::leptos::wasm_split, fallible)]
fn stacking_page() -> Result<AnyView, PartMissing> {
    Ok(view! { <stacking::StackingPage/> }.into_any())
}

#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn data_page() -> Result<AnyView, PartMissing> {
    Ok(view! { <data::DataPage/> }.into_any())
}

#[wasm_split(load, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_page() -> Result<AnyView, PartMissing> {
    Ok(view! { <load::LoadPage/> }.into_any())
}

/// Why the published data was not used and which data is shown instead, on every page until
/// dismissed.
#[component]
fn PublishedNotice() -> impl IntoView {
    let data: DataContext = expect_context();
    move || {
        data.published_problem.get().map(|problem| {
            view! {
                <div class="container">
                    <div class="notice notice-warning" role="alert" id="gegevensbanner">
                        <p>{problem}</p>
                        <button type="button" class="button-small" on:click=move |_| data.published_problem.set(None)>{t(T::Close)}</button>
                    </div>
                </div>
            }
        })
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
                                data.notice.set(Some(t(T::StorageCleared).to_owned()));
                            }>{t(T::StorageClear)}</button>
                            <button type="button" class="button-small" on:click=move |_| data.notice.set(None)>{t(T::Close)}</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
