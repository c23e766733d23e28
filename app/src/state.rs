//! The data the app shows: a base (the published data set beside the app, or the copy inside it)
//! with the organisation's own files, applied on the Gegevens page and kept in local storage, on
//! top.

use std::sync::Arc;

use graph_core::{
    FileKind, Landscape, SourceFile, Sources, default_sources, default_version, export_csv,
};
use leptos::prelude::*;

use crate::i18n::{T, t, tf};

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

/// The own files after an applied upload: every file that differs from the base, as exported
/// from the new landscape (so it loads back exactly), under the name it was uploaded with and
/// the time of this upload.
pub fn own_after_upload(
    own: Vec<OwnFile>,
    uploaded: &[String],
    sources: &Sources,
    base: &Sources,
    landscape: &Landscape,
) -> Vec<OwnFile> {
    let time = now_label();
    let differing = sources.differing_from(base);
    let mut own: Vec<OwnFile> = own
        .into_iter()
        .filter(|file| !uploaded.contains(&file.naam))
        .collect();
    for kind in FileKind::ALL {
        own.retain(|file| file.soort != kind.file_name());
        if differing.contains(&kind) {
            own.push(OwnFile {
                soort: kind.file_name().to_owned(),
                naam: sources
                    .get(kind)
                    .map(|f| f.name.clone())
                    .unwrap_or_default(),
                tijd: time.clone(),
                tekst: export_csv(landscape, kind),
            });
        }
    }
    own
}

/// Which data set is the base under any own files, for "gegevensversie 3, peildatum …".
#[derive(Clone, Debug, PartialEq)]
pub struct DataVersion {
    /// The data version.
    pub versie: u32,
    /// The latest peildatum of the capacity figures.
    pub peildatum: Option<String>,
    /// Whether it is a published set (rather than the copy inside the app).
    pub published: bool,
}

impl DataVersion {
    /// "Gegevensversie 3, peildatum 2026-11-01".
    pub fn label(&self) -> String {
        tf(
            T::DataVersionLabel,
            &[
                ("versie", &self.versie.to_string()),
                ("peildatum", self.peildatum.as_deref().unwrap_or("—")),
            ],
        )
    }
}

/// The files behind the landscape, and which of them are the user's own.
#[derive(Clone, Copy)]
pub struct DataContext {
    /// The files in use: the base with the own files on top.
    pub sources: RwSignal<Sources>,
    /// The base: the published set, or the copy inside the app.
    pub base: RwSignal<Sources>,
    /// The base's version.
    pub version: RwSignal<DataVersion>,
    /// Own files in use (empty: the base alone).
    pub own: RwSignal<Vec<OwnFile>>,
    /// A notice about stored data (could not be read, could not be saved).
    pub notice: RwSignal<Option<String>>,
    /// Why the published data was not used, if it was not.
    pub published_problem: RwSignal<Option<String>>,
}

fn kind_of(name: &str) -> Option<FileKind> {
    FileKind::ALL
        .into_iter()
        .find(|kind| kind.file_name() == name)
}

/// The data at start-up.
pub struct Initial {
    /// The landscape in use.
    pub landscape: Arc<Landscape>,
    /// Its files.
    pub sources: Sources,
    /// The base under the own files.
    pub base: Sources,
    /// The base's version.
    pub version: DataVersion,
    /// The own files in use.
    pub own: Vec<OwnFile>,
    /// What was ignored of the stored data.
    pub notice: Option<String>,
}

/// The copy inside the app as a base, with its version (the peildatum is filled in once the
/// landscape is loaded).
fn shipped() -> (Sources, DataVersion) {
    let version = DataVersion {
        versie: default_version(),
        peildatum: None,
        published: false,
    };
    (default_sources(), version)
}

/// The base with the own files on top, if that loads.
pub fn compose(base: &Sources, own: &[OwnFile]) -> Option<(Landscape, Sources)> {
    let mut sources = base.clone();
    for file in own {
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
    Landscape::load(&sources)
        .ok()
        .map(|(landscape, _)| (landscape, sources))
}

/// The data at start-up: the last good published set this browser saw (or the copy inside the
/// app) with any stored own files on top. Damaged stored own data is dropped, with a notice.
pub fn load_initial() -> Initial {
    let (mut base, mut version) = crate::published::last_good().unwrap_or_else(shipped);
    let stored =
        crate::storage::load_data().map(|text| serde_json::from_str::<Vec<OwnFile>>(&text));
    let (own, mut notice) = match stored {
        None => (Vec::new(), None),
        Some(Ok(own)) => (own, None),
        Some(Err(_)) => (Vec::new(), Some(t(T::StoredDataDamaged).to_owned())),
    };
    let (landscape, sources, own) = match compose(&base, &own) {
        Some((landscape, sources)) => (landscape, sources, own),
        None => {
            if !own.is_empty() {
                notice = Some(t(T::StoredDataUnloadable).to_owned());
            }
            // A kept published set that no longer reads gives way to the copy in the app.
            let (landscape, sources) = compose(&base, &[]).unwrap_or_else(|| {
                let (shipped, shipped_version) = shipped();
                base = shipped;
                version = shipped_version;
                compose(&base, &[]).unwrap_or_else(|| {
                    (
                        Landscape::from_dataset(graph_core::DataSet::default()),
                        base.clone(),
                    )
                })
            });
            (landscape, sources, Vec::new())
        }
    };
    if version.peildatum.is_none() {
        let base_landscape = if own.is_empty() {
            None
        } else {
            Landscape::load(&base).ok().map(|(landscape, _)| landscape)
        };
        version.peildatum = base_landscape
            .as_ref()
            .unwrap_or(&landscape)
            .peildatum()
            .map(|date| date.to_string());
    }
    Initial {
        landscape: Arc::new(landscape),
        sources,
        base,
        version,
        own,
        notice,
    }
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
