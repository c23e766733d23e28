//! Everything the app keeps in the browser's local storage, in one place: the stappenplan's
//! answers (so a half-finished stappenplan survives closing the tab), the own data files
//! applied on the Gegevens page, the last good published data set and "Mijn voorstellen". Only
//! this browser sees them; nothing is sent anywhere.

use graph_core::Proposal;

use crate::i18n::{T, tf};

const PROPOSAL_KEY: &str = "bzu.voorstel.v1";
const DATA_KEY: &str = "bzu.gegevens.v1";
const PUBLISHED_KEY: &str = "bzu.gepubliceerd.v1";
const SAVED_KEY: &str = "bzu.voorstellen.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key`, or forgets the key for `None`; false when the browser refuses
/// (private mode, full storage).
fn put(key: &str, value: Option<&str>) -> bool {
    storage().is_some_and(|storage| match value {
        Some(value) => storage.set_item(key, value).is_ok(),
        None => storage.remove_item(key).is_ok(),
    })
}

/// The own data files as kept (JSON), if any.
pub fn load_data() -> Option<String> {
    get(DATA_KEY)
}

/// Keeps the own data files (JSON), or forgets them for `None`.
pub fn save_data(json: Option<&str>) -> bool {
    put(DATA_KEY, json)
}

/// The last good published data set as kept (JSON), if any.
pub fn load_published() -> Option<String> {
    get(PUBLISHED_KEY)
}

/// Keeps the last good published data set (JSON), or forgets it for `None`.
pub fn save_published(json: Option<&str>) -> bool {
    put(PUBLISHED_KEY, json)
}

/// The proposals of "Mijn voorstellen": empty when none were kept or what was kept no longer
/// reads (the Stapeling page then starts empty).
pub fn load_saved() -> Vec<Proposal> {
    get(SAVED_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps the proposals of "Mijn voorstellen" (as the JSON list `bzu stapel` reads).
pub fn save_saved(proposals: &[Proposal]) -> bool {
    // Pretty, like the export: one copy of the writer in the download.
    serde_json::to_string_pretty(proposals)
        .ok()
        .is_some_and(|json| put(SAVED_KEY, Some(&json)))
}

/// The saved answers: `Ok(None)` when none were saved, `Err` when what was saved can no longer be
/// read (damaged, or written by an older version); the caller says so and goes on without them.
pub fn load_proposal() -> Result<Option<Proposal>, String> {
    let Some(text) = get(PROPOSAL_KEY) else {
        return Ok(None);
    };
    text.parse()
        .map(Some)
        .map_err(|error: graph_core::ProposalError| {
            tf(T::StoredAnswersUnreadable, &[("fout", &error.to_string())])
        })
}

/// Removes everything this app keeps in the browser (own data files and saved answers).
pub fn clear_all() {
    if let Some(storage) = storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with("bzu."))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Saves the answers; returns false when the browser refuses (private mode, full storage).
pub fn save_proposal(proposal: &Proposal) -> bool {
    put(PROPOSAL_KEY, Some(&proposal.to_string()))
}

/// Forgets the saved answers.
pub fn clear_proposal() {
    put(PROPOSAL_KEY, None);
}
