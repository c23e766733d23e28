//! The Gegevens page: templates and current data to download, upload of own files (picker or
//! drag and drop), the validation report, a preview of what changes, apply, and reset. A rejected
//! upload changes nothing.

use std::sync::Arc;

use graph_core::i18n::Lang;
use graph_core::{
    CHANGEABLE, ChangeFile, Changes, ChoiceLabel, FileKind, Landscape, Severity, SourceFile,
    UploadCheck, change_files, changes, check_upload, export_csv, format_fte, format_percent,
    limits, template_csv,
};
use leptos::prelude::*;

use super::parts::TableRegion;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::download::download;
use crate::i18n::{T, t, tf};
use crate::navigation::lang;
use crate::state::{DataContext, LandscapeContext, compose, own_after_upload, save_own};

/// An upload that was checked and waits for the user's decision. It holds the landscape the
/// upload would give, so it is never copied: the report reads it, and apply takes it.
struct Pending {
    check: UploadCheck,
    changes: Option<Changes>,
    files: Vec<String>,
    /// Change files for the data maintainer, against the base data set.
    change_files: Vec<ChangeFile>,
    /// Changed data files that go to the maintainer whole.
    whole: Vec<FileKind>,
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
            return Err(tf(
                T::DataTooLarge,
                &[
                    ("name", &name),
                    ("size", &format!("{:.1}", file.size() / 1_048_576.0)),
                    ("limit", &(limits::MAX_FILE_BYTES / 1_048_576).to_string()),
                ],
            ));
        }
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| tf(T::DataUnreadable, &[("name", &name)]))?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        read.push(SourceFile { name, bytes });
    }
    Ok(read)
}

/// Checks uploaded files on top of the data in use, with the preview of what changes and the
/// change files for the maintainer.
fn check_files(data: &DataContext, landscape: &Landscape, files: Vec<SourceFile>) -> Pending {
    let names = files.iter().map(|f| f.name.clone()).collect();
    let check = check_upload(&data.sources.get_untracked(), files);
    let changes = check
        .landscape
        .as_ref()
        .map(|after| changes(landscape, after));
    let base = data.base.get_untracked();
    let (change_files, whole) = match (&check.landscape, Landscape::load(&base)) {
        (Some(after), Ok((before, _))) => (
            change_files(&before, after, data.version.get_untracked().versie),
            check
                .sources
                .differing_from(&base)
                .into_iter()
                .filter(|kind| !CHANGEABLE.contains(kind))
                .collect(),
        ),
        _ => (Vec::new(), Vec::new()),
    };
    Pending {
        check,
        changes,
        files: names,
        change_files,
        whole,
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let data: DataContext = expect_context();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let message: RwSignal<Option<String>> = RwSignal::new(None);

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
                    let checked = check_files(&data, &landscape.get_untracked(), files);
                    pending.set(Some(checked));
                    crate::focus::focus_after_paint("#uploadverslag");
                }
            }
        });
    };

    let apply = move |_| {
        let Some(mut report) = pending.write_untracked().take() else {
            return;
        };
        let Some(new_landscape) = report.check.take_applicable() else {
            *pending.write_untracked() = Some(report);
            return;
        };
        let Pending { check, files, .. } = report;
        // Keep every file that differs from the default, as exported, so it loads back exactly.
        let own = own_after_upload(
            data.own.get_untracked(),
            &files,
            &check.sources,
            &data.base.get_untracked(),
            &new_landscape,
        );
        let saved = save_own(&own);
        landscape.set(Arc::new(new_landscape));
        data.sources.set(check.sources);
        data.own.set(own);
        pending.set(None);
        let text = if saved {
            T::DataApplied
        } else {
            T::DataAppliedNotKept
        };
        message.set(Some(t(text).to_owned()));
    };

    let reset = move || {
        let Some((base_landscape, sources)) = compose(&data.base.get_untracked(), &[]) else {
            return;
        };
        save_own(&[]);
        landscape.set(Arc::new(base_landscape));
        data.sources.set(sources);
        data.own.set(Vec::new());
        pending.set(None);
        message.set(Some(t(T::DataBackToDefaultDone).to_owned()));
    };

    view! {
        <h1 tabindex="-1">{t(T::DataTitle)}</h1>
        <p class="lead">{t(T::DataLead)}</p>
        // Messages about files stay Dutch, like the files and their columns; English says so.
        {(lang() == Lang::En).then(|| view! { <p id="meldingen-nederlands">{t(T::DataDutchMessages)}</p> })}
        <DataInUse message=message reset=reset/>
        <section aria-labelledby="kop-upload">
            <h2 id="kop-upload">{t(T::DataUploadTitle)}</h2>
            <p>{tf(T::DataUploadHelp, &[("limit", &(limits::MAX_FILE_BYTES / 1_048_576).to_string())])}</p>
            <DropZone handle=handle/>
            {move || pending.with(|report| report.as_ref().map(|report| view! { <UploadReport report=report.into() pending=pending apply=apply/> }))}
        </section>
        <DataDownloads/>
    }
}

/// Which data is in use (the default, or own files with their names and times) and the way
/// back to the default.
#[component]
fn DataInUse(
    message: RwSignal<Option<String>>,
    reset: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let data: DataContext = expect_context();
    let in_use = move || {
        let own = data.own.get();
        if own.is_empty() {
            return view! { <p id="gegevensstatus">{t(T::DataDefaultInUse)}</p> }.into_any();
        }
        let files = own.into_iter().map(|file| {
            let about = [
                ("kind", &file.soort),
                ("name", &file.naam),
                ("time", &file.tijd),
            ];
            view! { <li>{tf(T::DataOwnFile, &about.map(|(k, v)| (k, v.as_str())))}</li> }
        });
        view! {
            <p id="gegevensstatus"><span class="badge">{t(T::OwnDataBadge)}</span>{t(T::DataOwnInUse)}</p>
            <ul>{files.collect_view()}</ul>
            <button type="button" class="button button-secondary" id="terug-standaard" on:click=move |_| reset()>{t(T::DataBackToDefault)}</button>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="kop-in-gebruik">
            <h2 id="kop-in-gebruik">{t(T::DataInUseTitle)}</h2>
            {in_use}
            <super::parts::DataVersionLine/>
            <p role="status" id="gegevensmelding">{move || message.get()}</p>
        </section>
    }
}

/// The file picker, which also takes files dropped on it.
#[component]
fn DropZone(handle: impl Fn(Vec<web_sys::File>) + Copy + Send + Sync + 'static) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(files) = event.data_transfer().and_then(|transfer| transfer.files()) {
            handle(files_of(&files));
        }
    };
    let on_change = move |event: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        if let Some(input) = input {
            if let Some(files) = input.files() {
                handle(files_of(&files));
            }
            input.set_value("");
        }
    };
    view! {
        <div class="drop-zone" class:dragging=move || dragging.get()
            on:dragover=move |event: web_sys::DragEvent| { event.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <label for="upload">{t(T::DataChooseFiles)}</label>
            <input id="upload" type="file" multiple accept=".csv,.txt,text/csv,text/plain" on:change=on_change/>
            <p class="hint">{t(T::DataDropHint)}</p>
        </div>
    }
}

/// A template and the current data of every file, to download.
#[component]
fn DataDownloads() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let row = move |kind: FileKind| {
        let name = kind.file_name();
        let stem = name.trim_end_matches(".csv");
        let template = move |_| {
            let text = template_csv(&landscape.get_untracked(), kind);
            let _ = download(&format!("sjabloon-{name}"), "text/csv;charset=utf-8", &text);
        };
        let current = move |_| {
            let text = export_csv(&landscape.get_untracked(), kind);
            let _ = download(name, "text/csv;charset=utf-8", &text);
        };
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td><button type="button" class="button-small" id=format!("sjabloon-{stem}")
                    aria-label=tf(T::DataTemplateOf, &[("name", name)]) on:click=template>
                    {t(T::DataColumnTemplate)}</button></td>
                <td><button type="button" class="button-small" id=format!("export-{stem}")
                    aria-label=tf(T::DataCurrentOf, &[("name", name)]) on:click=current>
                    {t(T::DataColumnCurrent)}</button></td>
            </tr>
        }
    };
    view! {
        <section aria-labelledby="kop-download">
            <h2 id="kop-download">{t(T::DataDownloadTitle)}</h2>
            <p>{t(T::DataDownloadHelp)}</p>
            <TableRegion labelledby="kop-download"><table class="data-table" id="downloads">
                <thead><tr><th scope="col">{t(T::DataColumnFile)}</th><th scope="col">{t(T::DataColumnTemplate)}</th><th scope="col">{t(T::DataColumnCurrent)}</th></tr></thead>
                <tbody>{FileKind::ALL.into_iter().map(row).collect_view()}</tbody>
            </table></TableRegion>
        </section>
    }
}

/// The headings of a table of problems in uploaded files.
fn problem_head() -> impl IntoView {
    view! {
        <tr>
            <th scope="col">{t(T::DataColumnFile)}</th><th scope="col">{t(T::DataColumnLine)}</th>
            <th scope="col">{t(T::DataColumnColumn)}</th><th scope="col">{t(T::DataColumnMessage)}</th>
        </tr>
    }
}

/// What happened to a portfolio item (`toegevoegd`, `gewijzigd`, `verwijderd`), in words.
fn pair(value: Option<(f64, f64)>, part: fn((f64, f64)) -> f64) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format_fte(part(v)))
}

/// What the upload report shows of a [`Pending`] upload: all but the data it would load.
struct Shown {
    problems: Vec<graph_core::DataError>,
    rejected: bool,
    changes: Option<Changes>,
    files: Vec<String>,
    change_files: Vec<ChangeFile>,
    whole: Vec<FileKind>,
}

impl From<&Pending> for Shown {
    fn from(pending: &Pending) -> Shown {
        Shown {
            problems: pending.check.problems.clone(),
            rejected: !pending.check.can_apply(),
            changes: pending.changes.clone(),
            files: pending.files.clone(),
            change_files: pending.change_files.clone(),
            whole: pending.whole.clone(),
        }
    }
}

#[component]
fn UploadReport(
    report: Shown,
    pending: RwSignal<Option<Pending>>,
    apply: impl Fn(web_sys::MouseEvent) + 'static + Copy,
) -> impl IntoView {
    let Shown {
        problems,
        rejected,
        changes,
        files,
        change_files,
        whole,
    } = report;
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == Severity::Fout)
        .cloned()
        .collect();
    let warnings: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == Severity::Waarschuwing)
        .cloned()
        .collect();
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
            <h3>{tf(T::DataCheckOf, &[("files", &files.join(", "))])}</h3>
            {if rejected {
                view! {
                    <div class="error-summary" role="alert">
                        <p><strong>{tf(T::DataRejected, &[("n", &n_errors.to_string())])}</strong>{t(T::DataFixAndRetry)}</p>
                    </div>
                }.into_any()
            } else {
                view! { <p class="notice" role="status">{t(T::DataNoErrors)}</p> }.into_any()
            }}
            {(!errors.is_empty()).then(|| view! {
                <TableRegion labelledby="kop-uploadfouten"><table class="data-table" id="uploadfouten">
                    <caption id="kop-uploadfouten">{tf(T::DataErrors, &[("n", &errors.len().to_string())])}</caption>
                    <thead>{problem_head()}</thead>
                    <tbody>{problem_rows(errors.clone())}</tbody>
                </table></TableRegion>
            })}
            {(!warnings.is_empty()).then(|| view! {
                <TableRegion labelledby="kop-uploadwaarschuwingen"><table class="data-table" id="uploadwaarschuwingen">
                    <caption id="kop-uploadwaarschuwingen">{tf(T::DataWarnings, &[("n", &warnings.len().to_string())])}</caption>
                    <thead>{problem_head()}</thead>
                    <tbody>{problem_rows(warnings.clone())}</tbody>
                </table></TableRegion>
            })}
            {changes.filter(|_| !rejected).map(|changes| view! {
                <h3>{t(T::DataChangesTitle)}</h3>
                {changes.is_empty().then(|| view! { <p>{t(T::DataNoChanges)}</p> })}
                {(!changes.capacity.is_empty()).then(|| view! {
                    <TableRegion labelledby="kop-wijzigingen-capaciteit"><table class="data-table" id="wijzigingen-capaciteit">
                        <caption id="kop-wijzigingen-capaciteit">{tf(T::DataCapacityChanges, &[("n", &changes.capacity.len().to_string())])}</caption>
                        <thead><tr>
                            <th scope="col">{t(T::DataColumnOrganisation)}</th><th scope="col">{t(T::DataColumnPeriod)}</th>
                            <th scope="col">{t(T::DataColumnCapacity)}</th><th scope="col">{t(T::DataColumnLoad)}</th>
                            <th scope="col">{t(T::DataColumnUtilisation)}</th>
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
                    </table></TableRegion>
                })}
                {(!changes.portfolio.is_empty()).then(|| view! {
                    <TableRegion labelledby="kop-wijzigingen-portfolio"><table class="data-table" id="wijzigingen-portfolio">
                        <caption id="kop-wijzigingen-portfolio">{tf(T::DataPortfolioChanges, &[("n", &changes.portfolio.len().to_string())])}</caption>
                        <thead><tr><th scope="col">{t(T::DataColumnItem)}</th><th scope="col">{t(T::DataColumnOrganisation)}</th><th scope="col">{t(T::DataColumnChange)}</th></tr></thead>
                        <tbody>{changes.portfolio.iter().map(|c| view! {
                            <tr><th scope="row">{c.name.clone()}</th><td>{c.organisation.to_string()}</td><td>{c.kind.label_in(lang())}</td></tr>
                        }).collect_view()}</tbody>
                    </table></TableRegion>
                })}
                {(!changes.other.is_empty()).then(|| view! {
                    <ul>{changes.other.iter().map(|(kind, before, after)| view! {
                        <li>{tf(T::DataOtherChange, &[("file", kind.file_name()), ("before", &before.to_string()), ("after", &after.to_string())])}</li>
                    }).collect_view()}</ul>
                })}
            })}
            {(!rejected && (!change_files.is_empty() || !whole.is_empty())).then(|| view! {
                <h3 id="kop-wijziging">{t(T::DataChangeTitle)}</h3>
                <p>{t(T::DataChangeHelp)}</p>
                <div class="button-row">
                    {change_files.into_iter().map(|file| {
                        let label = tf(T::DataChangeDownload, &[("name", &file.name)]);
                        view! {
                            <button type="button" class="button button-secondary" data-wijziging=file.kind.file_name()
                                on:click=move |_| { let _ = download(&file.name, "text/csv;charset=utf-8", &file.text); }>{label}</button>
                        }
                    }).collect_view()}
                </div>
                {(!whole.is_empty()).then(|| view! {
                    <p>{tf(T::DataChangeWhole, &[("files", &whole.iter().map(|kind| kind.file_name()).collect::<Vec<_>>().join(", "))])}</p>
                })}
            })}
            <div class="button-group">
                {(!rejected).then(|| view! { <button type="button" class="button" id="toepassen" on:click=apply>{t(T::DataApply)}</button> })}
                <button type="button" class="button button-secondary" on:click=move |_| pending.set(None)>{t(T::DataCancel)}</button>
            </div>
        </div>
    }
}
