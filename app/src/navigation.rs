//! Browser navigation: the current route as a signal, kept in step with the address bar through
//! the History API, and same-page links (`href="?..."`) handled without a reload.

use graph_core::i18n::Lang;
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

/// The switches of the address the app was opened with: they stay on every address the app
/// writes, so a reload or a shared link keeps them.
struct Switches {
    /// `embed=1`: shown inside another page, without the site's header and footer.
    embedded: bool,
    /// `embed-id=NAME`: the name the embedding page gave this frame, sent with the height.
    instance: Option<String>,
    /// `taal=en`: the language of the user interface (Dutch without it).
    lang: Lang,
}

/// The names of the switch parameters, which views never use for their own state.
const SWITCH_KEYS: [&str; 3] = ["embed", "embed-id", "taal"];

static SWITCHES: std::sync::OnceLock<Switches> = std::sync::OnceLock::new();

fn switches() -> &'static Switches {
    SWITCHES.get_or_init(|| {
        let query = location_query();
        let pairs: Vec<(&str, &str)> = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .collect();
        let value = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        Switches {
            embedded: value("embed") == Some("1"),
            instance: value("embed-id")
                .filter(|id| {
                    !id.is_empty()
                        && id.len() <= 64
                        && id
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                })
                .map(str::to_owned),
            lang: value("taal").and_then(Lang::from_code).unwrap_or_default(),
        }
    })
}

/// Whether the app runs embedded in another page (`embed=1`).
pub fn embedded() -> bool {
    switches().embedded
}

/// The name the embedding page gave this frame (`embed-id`), or "bzu".
pub fn instance() -> &'static str {
    switches().instance.as_deref().unwrap_or("bzu")
}

/// The language of the user interface (`taal=en` for English, Dutch otherwise).
pub fn lang() -> Lang {
    switches().lang
}

/// `query` (a view's address, starting with `?`) with the given switches instead of its own.
fn with_switches(query: &str, embedded: bool, lang: Lang) -> String {
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            !pair.is_empty() && !SWITCH_KEYS.contains(&pair.split('=').next().unwrap_or(""))
        })
        .map(str::to_owned)
        .collect();
    if embedded {
        pairs.push("embed=1".to_owned());
        if let Some(id) = &switches().instance {
            pairs.push(format!("embed-id={id}"));
        }
    }
    if lang != Lang::default() {
        pairs.push(format!("taal={lang}"));
    }
    format!("?{}", pairs.join("&"))
}

/// A link to a view (`?p=...`) that keeps the switches (embedding, language) on.
pub fn href(query: &str) -> String {
    with_switches(query, embedded(), lang())
}

/// The link to a view, with the current switches: links are built from a [`Route`], never
/// written out.
pub fn link(route: &Route) -> String {
    href(&route.to_string())
}

/// The current address in the other language; following it reloads the app in that language.
pub fn other_language_href(route: &Route) -> String {
    with_switches(&route.to_string(), embedded(), lang().other())
}

/// The current address without embedding, to open the tool on its own in a new window.
pub fn standalone_href(route: &Route) -> String {
    with_switches(&route.to_string(), false, lang())
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
        if href.starts_with('?')
            && anchor.get_attribute("target").is_none()
            && !anchor.has_attribute("data-reload")
        {
            event.prevent_default();
            push(&href);
            read_location(current);
            after_navigation();
        }
    });
    current
}

fn push(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(query)));
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
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(&link)));
    }
    if let Some(current) = use_context::<CurrentRoute>() {
        current
            .route
            .set(link.parse().unwrap_or_else(|_| route.clone()));
    }
}

/// After a page change: back to the top, and focus on the new heading so screen readers hear it.
/// Embedded, the host page learns the new height and that a new page began.
fn after_navigation() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    request_animation_frame(|| {
        crate::embed::post_height(true);
        crate::focus::focus_now("main h1");
    });
}
