//! The data the app shows: the landscape built from the embedded default data.

use std::sync::Arc;

use graph_core::{Landscape, default_sources};
use leptos::prelude::*;

/// The landscape in use, shared through context.
#[derive(Clone, Copy)]
pub struct LandscapeContext(pub RwSignal<Arc<Landscape>>);

/// Why the shipped data could not be loaded (only possible with a broken build).
#[derive(Clone)]
pub struct LoadFailure(pub Vec<String>);

/// Loads the embedded data set.
pub fn load_default() -> Result<Arc<Landscape>, LoadFailure> {
    match Landscape::load(&default_sources()) {
        Ok((landscape, _)) => Ok(Arc::new(landscape)),
        Err(problems) => Err(LoadFailure(
            problems
                .iter()
                .filter(|problem| problem.is_error())
                .map(ToString::to_string)
                .collect(),
        )),
    }
}

/// The current year, from the browser's clock, for "utilisation this year".
pub fn current_year() -> u16 {
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(2026)
}
