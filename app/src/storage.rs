//! Answers kept in the browser's local storage, so a half-finished stappenplan survives closing
//! the tab. Only this browser sees them; nothing is sent anywhere.

use graph_core::Proposal;

use crate::i18n::{T, tf};

const PROPOSAL_KEY: &str = "bzu.voorstel.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved answers: `Ok(None)` when none were saved, `Err` when what was saved can no longer be
/// read (damaged, or written by an older version); the caller says so and goes on without them.
pub fn load_proposal() -> Result<Option<Proposal>, String> {
    let Some(text) = storage().and_then(|storage| storage.get_item(PROPOSAL_KEY).ok().flatten())
    else {
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
    storage().is_some_and(|storage| {
        storage
            .set_item(PROPOSAL_KEY, &proposal.to_string())
            .is_ok()
    })
}

/// Forgets the saved answers.
pub fn clear_proposal() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(PROPOSAL_KEY);
    }
}
