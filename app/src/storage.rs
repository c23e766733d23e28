//! Answers kept in the browser's local storage, so a half-finished stappenplan survives closing
//! the tab. Only this browser sees them; nothing is sent anywhere.

use graph_core::Proposal;

const PROPOSAL_KEY: &str = "bzu.voorstel.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved answers, if any were saved and can still be read.
pub fn load_proposal() -> Option<Proposal> {
    let text = storage()?.get_item(PROPOSAL_KEY).ok().flatten()?;
    text.parse().ok()
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
