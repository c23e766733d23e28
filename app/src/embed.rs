//! Embedding in another page (`embed=1`): the frame tells its parent how tall its content is,
//! so `embed.js` on the host page can size the iframe without a scroll bar.
//!
//! The message is `{type: "bzu-uitvoerder:hoogte", id, hoogte, nieuwePagina}`: `id` is the
//! frame's `embed-id`, `hoogte` the content height in CSS pixels, and `nieuwePagina` is true
//! after a change of page or step, so the host can bring the top of the frame into view. The
//! height is not secret, so it goes to any parent; the host checks that it comes from the tool.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use graph_core::i18n::Lang;

/// The frame's `embed-id` when the tool runs embedded; set once by [`start`].
static FRAME: std::sync::OnceLock<Option<&'static str>> = std::sync::OnceLock::new();

/// The frame's name when embedded, `None` otherwise.
fn frame() -> Option<&'static str> {
    FRAME.get().copied().flatten()
}

/// The type tag of the height message.
pub const MESSAGE_TYPE: &str = "bzu-uitvoerder:hoogte";

/// The type tag of the parent's request to report the height again (`embed.js` sends it when it
/// starts, in case it missed the first report). Only the parent is answered, and the answer is
/// only the height.
const REQUEST_TYPE: &str = "bzu-uitvoerder:vraag-hoogte";

/// Marks the document with its language and mode; when embedded (`frame` is the name the host
/// gave it), starts reporting the height.
pub fn start(lang: Lang, frame: Option<&'static str>) {
    let _ = FRAME.set(frame);
    let root = document().document_element();
    if let Some(root) = &root {
        let _ = root.set_attribute("lang", lang.code());
    }
    if frame.is_none() {
        return;
    }
    if let Some(root) = &root {
        let _ = root.class_list().add_1("bzu-embed");
    }
    let Some(body) = document().body() else {
        return;
    };
    let on_resize = Closure::<dyn FnMut()>::new(|| post_height(false));
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    on_resize.forget();

    let _ = window_event_listener(leptos::ev::message, |event| {
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        let asked = js_sys::Reflect::get(&event.data(), &"type".into())
            .ok()
            .and_then(|value| value.as_string())
            .is_some_and(|kind| kind == REQUEST_TYPE);
        if from_parent && asked {
            post_height(false);
        }
    });
}

/// Tells the parent page the current height; `new_page` after a change of page or step.
pub fn post_height(new_page: bool) {
    let Some(name) = frame() else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let Ok(parent) = window().parent() else {
        return;
    };
    let Some(parent) = parent else {
        return;
    };
    if parent == window() {
        return;
    }
    let message = js_sys::Object::new();
    let set = |key: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    };
    set("type", MESSAGE_TYPE.into());
    set("id", name.into());
    set("hoogte", height.into());
    set("nieuwePagina", new_page.into());
    let _ = parent.post_message(&message, "*");
}
