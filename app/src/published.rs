//! The published data set beside the app (`data/manifest.json` and the CSV files it lists): read
//! at start from the app's own origin, checked against the manifest's checksums, and used when
//! it is whole and clean. Only files that differ from those at hand are fetched. The last good
//! published set is kept in the browser, so a later broken publication, or none, falls back to
//! it (or to the copy inside the app), with a banner that names the problem.

use std::sync::Arc;

use graph_core::{MANIFEST, Manifest, Sources, default_sources};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{T, tf};
use crate::state::{DataContext, DataVersion, LandscapeContext, compose};

/// The folder beside the app, relative to the page (so it works under any sub-path).
const FOLDER: &str = "data/";

/// What the browser keeps of the last good published set: its manifest and the files that
/// differ from the copy inside the app.
#[derive(Serialize, Deserialize)]
struct Kept {
    manifest: Manifest,
    bestanden: Vec<(String, String)>,
}

/// Fetches a file of the published folder, always asking the server (never a cached copy
/// without revalidation).
async fn fetch(name: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("geen venster")?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response =
        JsFuture::from(window.fetch_with_str_and_init(&format!("{FOLDER}{name}"), &init))
            .await
            .map_err(|_| "niet te laden (netwerkfout)".to_owned())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "niet te laden".to_owned())?;
    if !response.ok() {
        return Err(format!("niet gevonden (HTTP {})", response.status()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| "niet te lezen".to_owned())?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| "niet helemaal overgekomen".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn version_of(manifest: &Manifest) -> DataVersion {
    DataVersion {
        versie: manifest.versie,
        peildatum: manifest.peildatum.clone(),
        published: true,
    }
}

/// The last good published set this browser kept, its checksums checked again; `None` when there
/// is none or it no longer matches. Its data is read once, by the caller.
pub fn last_good() -> Option<(Sources, DataVersion)> {
    let kept: Kept = serde_json::from_str(&crate::storage::load_published()?).ok()?;
    let files = kept
        .bestanden
        .into_iter()
        .map(|(name, text)| (name, Ok(text.into_bytes())))
        .collect();
    let sources = kept.manifest.verified(&default_sources(), files).ok()?;
    Some((sources, version_of(&kept.manifest)))
}

/// Keeps a good published set: the files that differ from the copy inside the app. A set in an
/// encoding other than UTF-8 is not kept (the next start fetches it again).
fn keep(manifest: &Manifest, sources: &Sources) {
    let shipped = default_sources();
    let mut files = Vec::new();
    for (kind, file) in sources.iter() {
        if shipped.get(kind) != Some(file) {
            match String::from_utf8(file.bytes.clone()) {
                Ok(text) => files.push((kind.file_name().to_owned(), text)),
                Err(_) => return,
            }
        }
    }
    let kept = Kept {
        manifest: manifest.clone(),
        bestanden: files,
    };
    if let Ok(json) = serde_json::to_string(&kept) {
        crate::storage::save_published(Some(&json));
    }
}

/// Reads the published set and, when it is whole and clean, makes it the base under the own
/// files. Otherwise the data in use stays, and the banner says why and which version is shown.
pub async fn refresh(data: DataContext, LandscapeContext(landscape): LandscapeContext) {
    let outcome = match fetch(MANIFEST).await {
        Err(reason) => Err((None, format!("{FOLDER}{MANIFEST}: {reason}"))),
        Ok(bytes) => match Manifest::parse(&String::from_utf8_lossy(&bytes)) {
            Err(problem) => Err((None, problem.to_string())),
            Ok(manifest) => {
                let have = data.base.get_untracked();
                let mut fetched = Vec::new();
                for name in manifest.files_to_fetch(&have) {
                    let file = fetch(&name).await;
                    fetched.push((name, file));
                }
                match manifest.assemble(&have, fetched) {
                    Ok((_, sources)) => Ok((manifest, sources)),
                    Err(problems) => {
                        let shown: Vec<String> =
                            problems.iter().take(3).map(ToString::to_string).collect();
                        let more = problems.len().saturating_sub(3);
                        let mut text = shown.join("; ");
                        if more > 0 {
                            text.push_str(&format!(" (en nog {more})"));
                        }
                        Err((Some(manifest.versie), text))
                    }
                }
            }
        },
    };
    match outcome {
        Ok((manifest, sources)) => {
            data.published_problem.set(None);
            keep(&manifest, &sources);
            data.version.set(version_of(&manifest));
            if sources != data.base.get_untracked() {
                let own = data.own.get_untracked();
                let composed = compose(&sources, &own).or_else(|| {
                    data.notice
                        .set(Some(crate::i18n::t(T::StoredDataUnloadable).to_owned()));
                    data.own.set(Vec::new());
                    compose(&sources, &[])
                });
                if let Some((new, files)) = composed {
                    data.base.set(sources);
                    data.sources.set(files);
                    landscape.set(Arc::new(new));
                }
            }
        }
        Err((version, problems)) => {
            let published = version.map_or_else(|| "?".to_owned(), |v| v.to_string());
            data.published_problem.set(Some(tf(
                T::PublishedNotUsed,
                &[
                    ("versie", &published),
                    ("problemen", &problems),
                    ("gebruikt", &data.version.get_untracked().label()),
                ],
            )));
        }
    }
}
