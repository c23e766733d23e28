//! Moving keyboard focus, in one place: after the page has drawn, to an element found by id or
//! by a selector, so screen readers hear what changed (a new page's heading, an error summary,
//! an upload report, a selected node's details).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching a CSS selector, once the next frame has drawn it.
pub fn focus_after_paint(selector: &'static str) {
    request_animation_frame(move || focus_now(selector));
}

/// Focuses the first element matching a CSS selector now, if there is one.
pub fn focus_now(selector: &str) {
    if let Some(element) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
