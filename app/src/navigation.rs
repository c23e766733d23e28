//! Browser navigation: the current route as a signal, kept in step with the address bar through
//! the History API, and same-page links (`href="?..."`) handled without a reload.

use graph_core::{Route, RouteError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current route, and the error if the address did not name a view.
#[derive(Clone, Copy)]
pub struct CurrentRoute {
    /// The view to show.
    pub route: RwSignal<Route>,
    /// Why the address was not understood, shown on the start page.
    pub error: RwSignal<Option<RouteError>>,
}

fn location_query() -> String {
    window().location().search().unwrap_or_default()
}

fn read_location(current: CurrentRoute) {
    match location_query().parse::<Route>() {
        Ok(route) => {
            current.route.set(route);
            current.error.set(None);
        }
        Err(error) => {
            current.route.set(Route::Start);
            current.error.set(Some(error));
        }
    }
}

/// Whether the app was opened embedded in another page (`embed=1` in the address it was opened
/// with; the switch stays on while the view's state changes the address).
static EMBEDDED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// Whether the app runs embedded: the wheel then scrolls the host page unless Ctrl or Cmd is held.
pub fn embedded() -> bool {
    *EMBEDDED.get_or_init(|| {
        location_query()
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "embed=1")
    })
}

/// Sets up the route signal and the listeners; call once, in the root component.
pub fn provide_navigation() -> CurrentRoute {
    embedded();
    let current = CurrentRoute {
        route: RwSignal::new(Route::Start),
        error: RwSignal::new(None),
    };
    read_location(current);
    provide_context(current);

    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        read_location(current);
        after_navigation();
    });
    let _ = window_event_listener(leptos::ev::click, move |event| {
        if event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
        else {
            return;
        };
        let href = anchor.get_attribute("href").unwrap_or_default();
        if href.starts_with('?') && anchor.get_attribute("target").is_none() {
            event.prevent_default();
            push(&href);
            read_location(current);
            after_navigation();
        }
    });
    current
}

fn push(href: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Goes to a route, adding a history entry.
pub fn navigate(route: &Route) {
    push(&route.to_string());
    if let Some(current) = use_context::<CurrentRoute>() {
        current.route.set(route.clone());
        current.error.set(None);
    }
    after_navigation();
}

/// Changes the state of the current view (filters, sort) without a new history entry. The state
/// kept is the one the link gives back (numbers rounded as written), so a shared link shows
/// exactly what its sender saw.
pub fn replace(route: &Route) {
    let link = route.to_string();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
    }
    if let Some(current) = use_context::<CurrentRoute>() {
        current
            .route
            .set(link.parse().unwrap_or_else(|_| route.clone()));
    }
}

/// After a page change: back to the top, and focus on the new heading so screen readers hear it.
fn after_navigation() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    request_animation_frame(|| {
        if let Some(heading) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    });
}
