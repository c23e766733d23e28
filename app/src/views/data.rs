//! The Gegevens page: templates and current data to download, upload of own files (picker or
//! drag and drop), the validation report, a preview of what changes, apply, and reset. A rejected
//! upload changes nothing.

use std::sync::Arc;

use graph_core::{
    Changes, FileKind, Severity, SourceFile, UploadCheck, changes, check_upload, export_csv,
    format_fte, format_percent, limits, template_csv,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::download::download;
use crate::state::{DataContext, LandscapeContext, OwnFile, load_default, now_label, save_own};

/// An upload that was checked and waits for the user's decision.
#[derive(Clone)]
struct Pending {
    check: UploadCheck,
    changes: Option<Changes>,
    files: Vec<String>,
}

/// The files of a list, taken at once: the list empties when the input is cleared.
fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length())
        .filter_map(|index| list.get(index))
        .collect()
}

async fn read_files(files: Vec<web_sys::File>) -> Result<Vec<SourceFile>, String> {
    let mut read = Vec::new();
    for file in files {
        let name = file.name();
        if file.size() > limits::MAX_FILE_BYTES as f64 {
            return Err(format!(
                "{name} is {:.1} MB; de grens is {} MB per bestand. Er is niets veranderd.",
                file.size() / 1_048_576.0,
                limits::MAX_FILE_BYTES / 1_048_576
            ));
        }
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| format!("{name} kon niet worden gelezen. Er is niets veranderd."))?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        read.push(SourceFile { name, bytes });
    }
    Ok(read)
}

#[component]
pub fn DataPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let data: DataContext = expect_context();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let dragging = RwSignal::new(false);

    let handle = move |files: Vec<web_sys::File>| {
        message.set(None);
        leptos::task::spawn_local(async move {
            match read_files(files).await {
                Err(error) => {
                    pending.set(None);
                    message.set(Some(error));
                }
                Ok(files) if files.is_empty() => {}
                Ok(files) => {
                    let names = files.iter().map(|f| f.name.clone()).collect();
                    let check = check_upload(&data.sources.get_untracked(), files);
                    let changes = check
                        .landscape
                        .as_ref()
                        .map(|after| changes(&landscape.get_untracked(), after));
                    pending.set(Some(Pending {
                        check,
                        changes,
                        files: names,
                    }));
                    request_animation_frame(|| {
                        if let Some(element) = document()
                            .get_element_by_id("uploadverslag")
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = element.focus();
                        }
                    });
                }
            }
        });
    };

    let apply = move |_| {
        let Some(Pending { check, files, .. }) = pending.get_untracked() else {
            return;
        };
        let Some(new_landscape) = check.landscape.clone().filter(|_| check.can_apply()) else {
            return;
        };
        // Keep every file that differs from the default, as exported, so it loads back exactly.
        let time = now_label();
        let mut own: Vec<OwnFile> = data
            .own
            .get_untracked()
            .into_iter()
            .filter(|file| !files.contains(&file.naam))
            .collect();
        for kind in FileKind::ALL {
            let changed = check.sources.get(kind) != graph_core::default_sources().get(kind);
            own.retain(|file| file.soort != kind.file_name());
            if changed {
                let naam = check
                    .sources
                    .get(kind)
                    .map(|f| f.name.clone())
                    .unwrap_or_default();
                own.push(OwnFile {
                    soort: kind.file_name().to_owned(),
                    naam,
                    tijd: time.clone(),
                    tekst: export_csv(&new_landscape, kind),
                });
            }
        }
        let saved = save_own(&own);
        landscape.set(Arc::new(new_landscape));
        data.sources.set(check.sources);
        data.own.set(own);
        pending.set(None);
        message.set(Some(if saved {
            "De nieuwe gegevens zijn toegepast en in deze browser bewaard.".to_owned()
        } else {
            "De nieuwe gegevens zijn toegepast, maar de browser kon ze niet bewaren (opslag vol of uitgeschakeld): ze gelden tot u deze pagina sluit.".to_owned()
        }));
    };

    let reset = move |_| {
        let (default_landscape, sources) = load_default();
        save_own(&[]);
        landscape.set(default_landscape);
        data.sources.set(sources);
        data.own.set(Vec::new());
        pending.set(None);
        message.set(Some("U werkt weer met de standaardgegevens.".to_owned()));
    };

    view! {
        <h1 tabindex="-1">"Gegevens"</h1>
        <p class="lead">"Werk de capaciteit en het portfolio van uw organisatie bij met een CSV-bestand uit Excel. Alles gebeurt in deze browser: er gaat niets naar een server."</p>
        <section aria-labelledby="kop-in-gebruik">
            <h2 id="kop-in-gebruik">"Gegevens in gebruik"</h2>
            {move || {
                let own = data.own.get();
                if own.is_empty() {
                    view! { <p id="gegevensstatus">"U werkt met de standaardgegevens."</p> }.into_any()
                } else {
                    view! {
                        <p id="gegevensstatus"><span class="badge">"Eigen gegevens"</span>" in gebruik:"</p>
                        <ul>{own.into_iter().map(|file| view! { <li>{format!("{}: {} (toegepast {})", file.soort, file.naam, file.tijd)}</li> }).collect_view()}</ul>
                        <button type="button" class="button button-secondary" id="terug-standaard" on:click=reset>"Terug naar de standaardgegevens"</button>
                    }.into_any()
                }
            }}
            <p role="status" id="gegevensmelding">{move || message.get()}</p>
        </section>

        <section aria-labelledby="kop-upload">
            <h2 id="kop-upload">"Eigen cijfers uploaden"</h2>
            <p>{format!(
                "Kies een of meer CSV-bestanden (bijvoorbeeld capaciteit.csv of portfolio.csv), of sleep ze hierheen. Bestanden worden herkend aan hun naam of kopregel. Puntkomma of komma, decimale komma, UTF-8, UTF-16 en Windows-1252 worden gelezen; maximaal {} MB per bestand. In een capaciteits- of portfoliobestand vervangen de regels van de genoemde organisaties hun oude regels; andere organisaties blijven zoals ze zijn.",
                limits::MAX_FILE_BYTES / 1_048_576
            )}</p>
            <div class="drop-zone" class:dragging=move || dragging.get()
                on:dragover=move |event: web_sys::DragEvent| { event.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |event: web_sys::DragEvent| {
                    event.prevent_default();
                    dragging.set(false);
                    if let Some(files) = event.data_transfer().and_then(|transfer| transfer.files()) {
                        handle(files_of(&files));
                    }
                }>
                <label for="upload">"Bestanden kiezen"</label>
                <input id="upload" type="file" multiple accept=".csv,.txt,text/csv,text/plain"
                    on:change=move |event| {
                        let input: Option<web_sys::HtmlInputElement> = event.target().and_then(|t| t.dyn_into().ok());
                        if let Some(input) = input {
                            if let Some(files) = input.files() {
                                handle(files_of(&files));
                            }
                            input.set_value("");
                        }
                    }/>
                <p class="hint">"of sleep de bestanden naar dit vak"</p>
            </div>
            {move || pending.get().map(|report| view! { <UploadReport report=report pending=pending apply=apply/> })}
        </section>

        <section aria-labelledby="kop-download">
            <h2 id="kop-download">"Sjablonen en huidige gegevens"</h2>
            <p>"Klaar voor Nederlandse Excel (puntkomma, decimale komma, UTF-8). Een sjabloon bevat de kolommen met uitleg en één voorbeeldregel."</p>
            <table class="data-table" id="downloads">
                <thead><tr><th scope="col">"Bestand"</th><th scope="col">"Sjabloon"</th><th scope="col">"Huidige gegevens"</th></tr></thead>
                <tbody>
                    {FileKind::ALL.into_iter().map(|kind| {
                        let name = kind.file_name();
                        let stem = name.trim_end_matches(".csv");
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td><button type="button" class="button-small" id=format!("sjabloon-{stem}")
                                    aria-label=format!("Sjabloon {name}")
                                    on:click=move |_| { let _ = download(&format!("sjabloon-{name}"), "text/csv;charset=utf-8", &template_csv(&landscape.get_untracked(), kind)); }>
                                    "Sjabloon"</button></td>
                                <td><button type="button" class="button-small" id=format!("export-{stem}")
                                    aria-label=format!("Huidige gegevens {name}")
                                    on:click=move |_| { let _ = download(name, "text/csv;charset=utf-8", &export_csv(&landscape.get_untracked(), kind)); }>
                                    "Huidige gegevens"</button></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

fn pair(value: Option<(f64, f64)>, part: fn((f64, f64)) -> f64) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format_fte(part(v)))
}

#[component]
fn UploadReport(
    report: Pending,
    pending: RwSignal<Option<Pending>>,
    apply: impl Fn(web_sys::MouseEvent) + 'static + Copy,
) -> impl IntoView {
    let Pending {
        check,
        changes,
        files,
    } = report;
    let errors: Vec<_> = check
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Fout)
        .cloned()
        .collect();
    let warnings: Vec<_> = check
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Waarschuwing)
        .cloned()
        .collect();
    let rejected = !check.can_apply();
    let problem_rows = |list: Vec<graph_core::DataError>| {
        list.into_iter()
            .map(|p| {
                view! {
                    <tr>
                        <td>{p.file.clone()}</td>
                        <td class="numeric">{p.line}</td>
                        <td class="numeric">{p.column}</td>
                        <td>{p.message.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let n_errors = errors.len();
    view! {
        <div class="upload-report" id="uploadverslag" tabindex="-1">
            <h3>{format!("Controle van {}", files.join(", "))}</h3>
            {if rejected {
                view! {
                    <div class="error-summary" role="alert">
                        <p><strong>{format!("Afgewezen: {n_errors} fout(en). Er is niets veranderd.")}</strong>" Herstel de fouten en upload opnieuw."</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="notice" role="status">"Geen fouten. Bekijk hieronder wat er verandert en kies ‘Toepassen’."</p> }.into_any()
            }}
            {(!errors.is_empty()).then(|| view! {
                <table class="data-table" id="uploadfouten">
                    <caption>{format!("Fouten ({})", errors.len())}</caption>
                    <thead><tr><th scope="col">"Bestand"</th><th scope="col">"Regel"</th><th scope="col">"Kolom"</th><th scope="col">"Melding"</th></tr></thead>
                    <tbody>{problem_rows(errors.clone())}</tbody>
                </table>
            })}
            {(!warnings.is_empty()).then(|| view! {
                <table class="data-table" id="uploadwaarschuwingen">
                    <caption>{format!("Waarschuwingen ({}): deze houden het toepassen niet tegen", warnings.len())}</caption>
                    <thead><tr><th scope="col">"Bestand"</th><th scope="col">"Regel"</th><th scope="col">"Kolom"</th><th scope="col">"Melding"</th></tr></thead>
                    <tbody>{problem_rows(warnings.clone())}</tbody>
                </table>
            })}
            {changes.filter(|_| !rejected).map(|changes| view! {
                <h3>"Wat verandert"</h3>
                {changes.is_empty().then(|| view! { <p>"Niets: de bestanden zijn gelijk aan de gegevens in gebruik."</p> })}
                {(!changes.capacity.is_empty()).then(|| view! {
                    <table class="data-table" id="wijzigingen-capaciteit">
                        <caption>{format!("Capaciteit: {} regel(s)", changes.capacity.len())}</caption>
                        <thead><tr>
                            <th scope="col">"Organisatie"</th><th scope="col">"Periode"</th>
                            <th scope="col">"Capaciteit voor → na"</th><th scope="col">"Belasting voor → na"</th>
                            <th scope="col">"Benutting voor → na"</th>
                        </tr></thead>
                        <tbody>{changes.capacity.iter().map(|c| view! {
                            <tr data-id=c.organisation.to_string()>
                                <th scope="row">{c.organisation.to_string()}</th>
                                <td>{c.period.to_string()}</td>
                                <td class="numeric">{format!("{} → {}", pair(c.before, |v| v.0), pair(c.after, |v| v.0))}</td>
                                <td class="numeric">{format!("{} → {}", pair(c.before, |v| v.1), pair(c.after, |v| v.1))}</td>
                                <td class="numeric">{format!("{} → {}",
                                    c.utilisation_before().map_or_else(|| "—".to_owned(), format_percent),
                                    c.utilisation_after().map_or_else(|| "—".to_owned(), format_percent))}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                })}
                {(!changes.portfolio.is_empty()).then(|| view! {
                    <table class="data-table" id="wijzigingen-portfolio">
                        <caption>{format!("Portfolio: {} onderdeel/onderdelen", changes.portfolio.len())}</caption>
                        <thead><tr><th scope="col">"Onderdeel"</th><th scope="col">"Organisatie"</th><th scope="col">"Wijziging"</th></tr></thead>
                        <tbody>{changes.portfolio.iter().map(|c| view! {
                            <tr><th scope="row">{c.name.clone()}</th><td>{c.organisation.to_string()}</td><td>{c.kind}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                })}
                {(!changes.other.is_empty()).then(|| view! {
                    <ul>{changes.other.iter().map(|(kind, before, after)| view! {
                        <li>{format!("{}: {before} regels → {after} regels", kind.file_name())}</li>
                    }).collect_view()}</ul>
                })}
            })}
            <div class="button-group">
                {(!rejected).then(|| view! { <button type="button" class="button" id="toepassen" on:click=apply>"Toepassen"</button> })}
                <button type="button" class="button button-secondary" on:click=move |_| pending.set(None)>"Annuleren"</button>
            </div>
        </div>
    }
}
