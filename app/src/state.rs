//! The data the app shows: the embedded default data, or the organisation's own files applied on
//! the Gegevens page and kept in local storage.

use std::sync::Arc;

use graph_core::{FileKind, Landscape, SourceFile, Sources, default_sources};
use leptos::prelude::*;

use crate::i18n::{T, t};

/// The landscape in use, shared through context.
#[derive(Clone, Copy)]
pub struct LandscapeContext(pub RwSignal<Arc<Landscape>>);

/// One file of own data in use.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OwnFile {
    /// The data file it replaces (`capaciteit.csv`).
    pub soort: String,
    /// The name of the uploaded file.
    pub naam: String,
    /// When it was applied.
    pub tijd: String,
    /// The applied file, as exported (so it loads back exactly).
    pub tekst: String,
}

/// The files behind the landscape, and which of them are the user's own.
#[derive(Clone, Copy)]
pub struct DataContext {
    /// The files in use.
    pub sources: RwSignal<Sources>,
    /// Own files in use (empty: default data).
    pub own: RwSignal<Vec<OwnFile>>,
    /// A notice about stored data (could not be read, could not be saved).
    pub notice: RwSignal<Option<String>>,
}

fn kind_of(name: &str) -> Option<FileKind> {
    FileKind::ALL
        .into_iter()
        .find(|kind| kind.file_name() == name)
}

/// The landscape at start-up: the default data with any stored own files on top. Damaged
/// stored data falls back to the defaults, with a notice.
pub fn load_initial() -> (Arc<Landscape>, Sources, Vec<OwnFile>, Option<String>) {
    let defaults = default_sources();
    let stored =
        crate::storage::load_data().map(|text| serde_json::from_str::<Vec<OwnFile>>(&text));
    let own = match stored {
        None => Vec::new(),
        Some(Ok(own)) => own,
        Some(Err(_)) => {
            let (landscape, sources) = load_default();
            return (
                landscape,
                sources,
                Vec::new(),
                Some(t(T::StoredDataDamaged).to_owned()),
            );
        }
    };
    let mut sources = defaults.clone();
    for file in &own {
        if let Some(kind) = kind_of(&file.soort) {
            sources.insert(
                kind,
                SourceFile {
                    name: file.soort.clone(),
                    bytes: file.tekst.clone().into_bytes(),
                },
            );
        }
    }
    match Landscape::load(&sources) {
        Ok((landscape, _)) => (Arc::new(landscape), sources, own, None),
        Err(_) => {
            let (landscape, sources) = load_default();
            (
                landscape,
                sources,
                Vec::new(),
                Some(t(T::StoredDataUnloadable).to_owned()),
            )
        }
    }
}

/// The embedded data set. It is checked by the tests, so it always loads.
pub fn load_default() -> (Arc<Landscape>, Sources) {
    let sources = default_sources();
    let landscape = match Landscape::load(&sources) {
        Ok((landscape, _)) => landscape,
        // Unreachable with a tested build; an empty landscape keeps the page alive.
        Err(_) => Landscape::from_dataset(graph_core::DataSet::default()),
    };
    (Arc::new(landscape), sources)
}

/// Saves the own files; returns false when the browser refuses (private mode, full storage).
pub fn save_own(own: &[OwnFile]) -> bool {
    if own.is_empty() {
        return crate::storage::save_data(None);
    }
    serde_json::to_string(own)
        .ok()
        .is_some_and(|text| crate::storage::save_data(Some(&text)))
}

/// The current year, from the browser's clock, for "utilisation this year".
pub fn current_year() -> u16 {
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(2026)
}

/// The current local date and time, for the "applied at" label.
pub fn now_label() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes()
    )
}
