//! The report: the verdict, the ranked table with the parts, the reasons with their sources, the
//! combinations, the alternatives and the checklist; adjustable weights; print, export and link.

use graph_core::{
    Candidate, REPORT_CANDIDATES, Ranking, Route, json_report, markdown_report, report_file_stem,
    score,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::parts::{RoomJudgement, Sources, TableRegion, Utilisation, part_labels};
use super::wizard::{Weights, Wizard, provide_wizard};
use crate::download::download;
use crate::i18n::{T, t, tf};
use crate::navigation::{href, lang};
use crate::state::LandscapeContext;

#[component]
pub fn ReportPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = provide_wizard();
    let (proposal, ranking) = (wizard.proposal, wizard.ranking);
    let back = move || href(&Route::Step(8, Box::new(proposal.get())).to_string());
    let title = move || {
        let title = proposal.get().title;
        if title.trim().is_empty() {
            t(T::ReportTitleUntitled).to_owned()
        } else {
            tf(T::ReportTitle, &[("titel", &title)])
        }
    };
    view! {
        <a class="back-link no-print" href=back>{t(T::ReportBack)}</a>
        <h1 tabindex="-1">{title}</h1>
        <div class=move || format!("verdict verdict-{}", ranking.get().verdict.name()) id="oordeel">
            <p>{move || ranking.get().verdict_sentence()}</p>
        </div>
        <ReportActions wizard=wizard/>
        <ReportRanking ranking=ranking/>
        <section aria-labelledby="kop-gewichten" class="no-print">
            <h2 id="kop-gewichten">{t(T::ReportAdjustWeights)}</h2>
            <p>{t(T::ReportAdjustWeightsText)}</p>
            <Weights/>
        </section>
        <ReportReasons ranking=ranking/>
        <ReportCombinations ranking=ranking/>
        <ReportAdvice ranking=ranking/>
        <Show when=move || !proposal.get().notes.trim().is_empty()>
            <section aria-labelledby="kop-notities">
                <h2 id="kop-notities">{t(T::ReportNotes)}</h2>
                <p class="notes">{move || proposal.get().notes}</p>
            </section>
        </Show>
        <Show when=move || landscape.get().has_example_figures()>
            <p class="notice" role="note">{t(T::ReportExampleNote)}</p>
        </Show>
    }
}

/// Print, the downloads, keeping the proposal for stapeling, and the link to share.
#[component]
fn ReportActions(wizard: Wizard) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let (proposal, ranking) = (wizard.proposal, wizard.ranking);
    let copied = RwSignal::new(false);
    let saved: RwSignal<Option<String>> = RwSignal::new(None);
    let link = move || {
        proposal.track();
        window().location().href().unwrap_or_default()
    };
    let save = move |extension: &str, mime: &str, text: &str| {
        let stem = report_file_stem(&proposal.get_untracked().title);
        let _ = download(&format!("{stem}.{extension}"), mime, text);
    };
    let export_markdown = move |_| {
        let (landscape, proposal) = (landscape.get_untracked(), proposal.get_untracked());
        let text = markdown_report(&landscape, &proposal, &ranking.get_untracked(), lang());
        save("md", "text/markdown;charset=utf-8", &text);
    };
    let export_json = move |_| {
        let report = json_report(&proposal.get_untracked(), &ranking.get_untracked(), false);
        let text = serde_json::to_string_pretty(&report).unwrap_or_default();
        save("json", "application/json", &text);
    };
    let copy_link = move |_| {
        if let Some(input) = document()
            .get_element_by_id("rapport-link")
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
            let done = document()
                .dyn_into::<web_sys::HtmlDocument>()
                .ok()
                .and_then(|doc| doc.exec_command("copy").ok())
                .unwrap_or(false);
            copied.set(done);
        }
    };
    let keep = move |_| {
        saved.set(Some(super::stacking::save_proposal(
            &proposal.get_untracked(),
        )))
    };
    view! {
        <div class="button-group no-print">
            <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{t(T::ReportPrint)}</button>
            <button type="button" class="button button-secondary" id="export-markdown" on:click=export_markdown>{t(T::ReportDownloadMarkdown)}</button>
            <button type="button" class="button button-secondary" id="export-json" on:click=export_json>{t(T::ReportDownloadJson)}</button>
            <button type="button" class="button button-secondary" id="bewaar-voorstel" on:click=keep>{t(T::SavedSave)}</button>
        </div>
        <p role="status" class="no-print" id="bewaar-melding">{move || saved.get().map(|text| view! { {text}" "<a href=crate::navigation::link(&Route::Stacking)>{t(T::SavedTitle)}</a> })}</p>
        <div class="field no-print share">
            <label for="rapport-link">{t(T::ReportLink)}</label>
            <div class="field-inline">
                <input id="rapport-link" type="text" readonly prop:value=link/>
                <button type="button" class="button button-secondary" on:click=copy_link>{t(T::ReportCopyLink)}</button>
            </div>
            <p role="status" class="hint">{move || copied.get().then_some(t(T::ReportCopied))}</p>
        </div>
    }
}

/// The national ranking, how many do not perform an asked task, and the decentral route.
#[component]
fn ReportRanking(ranking: Memo<Ranking>) -> impl IntoView {
    let assessed = move || {
        let r = ranking.get();
        let estimated = if r.need_estimated {
            t(T::ReportEstimatedFromVolume)
        } else {
            ""
        };
        tf(
            T::ReportAssessed,
            &[
                ("periode", &r.period.to_string()),
                ("fte", &graph_core::format_fte(r.need_fte)),
                ("geschat", estimated),
                ("drempel", &score(r.threshold)),
            ],
        )
    };
    let not_suitable = move || {
        let n = ranking.with(|r| r.candidates.iter().filter(|c| !c.competent).count());
        tf(T::MdNotSuitableText, &[("n", &n.to_string())])
    };
    let national = Signal::derive(move || {
        ranking.with(|r| r.competent().take(REPORT_CANDIDATES).cloned().collect())
    });
    view! {
        <section aria-labelledby="kop-rangorde">
            <h2 id="kop-rangorde">{t(T::ReportRanking)}</h2>
            <p>{assessed}</p>
            <RankingTable id="rangorde" labelledby="kop-rangorde" candidates=national/>
            <p id="niet-passend">{not_suitable}</p>
        </section>
        <Show when=move || !ranking.get().decentral.candidates.is_empty()>
            <section aria-labelledby="kop-decentraal">
                <h2 id="kop-decentraal">{t(T::MdDecentral)}</h2>
                <p>{move || t(ranking.get().decentral.note())}</p>
                <RankingTable id="decentraal" labelledby="kop-decentraal" candidates=Signal::derive(move || ranking.get().decentral.candidates)/>
            </section>
        </Show>
    }
}

/// Why: the reasons of the candidates the report explains, each with its evidence and sources.
#[component]
fn ReportReasons(ranking: Memo<Ranking>) -> impl IntoView {
    let explained =
        move || -> Vec<Candidate> { ranking.with(|r| r.explained_candidates().cloned().collect()) };
    let reasons = |c: Candidate| {
        let parts = c
            .parts
            .labelled()
            .map(|(label, part)| (t(label), part.clone()));
        let evidence = |e: graph_core::Evidence| {
            let peildatum = e
                .peildatum
                .map(|d| tf(T::ReportEvidencePeildatum, &[("datum", &d.to_string())]))
                .unwrap_or_default();
            let line = e.line.to_string();
            let place = [
                ("bestand", e.file),
                ("regel", &line),
                ("peildatum", &peildatum),
            ];
            view! { <span class="evidence">{tf(T::ReportEvidence, &place)}<Sources bron=e.bron/></span> }
        };
        let summary = tf(
            T::ReportReasonsSummary,
            &[
                ("naam", &c.name),
                ("fit", &score(c.fit)),
                ("haalbaarheid", &score(c.feasibility)),
            ],
        );
        view! {
            <details class="reasons" open>
                <summary><h3>{summary}</h3></summary>
                <ul>
                    {parts.into_iter().flat_map(|(label, part)| part.reasons.into_iter().map(move |reason| view! {
                        <li>
                            <strong>{label}": "</strong>{reason.text.clone()}
                            {reason.evidence.into_iter().map(evidence).collect_view()}
                        </li>
                    })).collect_view()}
                    {c.capacity.reasons.iter().map(|reason| view! { <li><strong>{t(T::ReportCapacity)}": "</strong>{reason.text.clone()}</li> }).collect_view()}
                </ul>
            </details>
        }
    };
    view! {
        <section aria-labelledby="kop-redenen">
            <h2 id="kop-redenen">{t(T::ReportWhy)}</h2>
            {move || explained().into_iter().map(reasons).collect_view()}
        </section>
    }
}

/// Pairs of organisations that together perform every asked task.
#[component]
fn ReportCombinations(ranking: Memo<Ranking>) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let rows = move || {
        let landscape = landscape.get();
        let name = |id: &graph_core::OrganisationId| {
            landscape
                .organisation(id)
                .map(|o| o.short_name().to_owned())
                .unwrap_or_default()
        };
        ranking.get().combinations.iter().map(|c| {
            let watch = if c.passes {
                t(T::ReportPasses)
            } else if c.does_not_fit {
                t(T::FlagDoesNotFit)
            } else {
                ""
            };
            view! {
                <tr>
                    <th scope="row">{format!("{} + {}", name(&c.first), name(&c.second))}</th>
                    <td class="numeric">{score(c.task)}</td>
                    <td class="numeric">{score(c.feasibility)}</td>
                    <td>{c.chain_relation.clone().unwrap_or_else(|| t(T::ReportNone).to_owned())}</td>
                    <td>{watch}</td>
                </tr>
            }
        }).collect_view()
    };
    view! {
        <Show when=move || !ranking.get().combinations.is_empty()>
            <section aria-labelledby="kop-combinaties">
                <h2 id="kop-combinaties">{t(T::ReportCombinations)}</h2>
                <TableRegion labelledby="kop-combinaties"><table class="data-table" id="combinaties">
                    <thead><tr><th scope="col">{t(T::ReportOrganisations)}</th><th scope="col">{t(T::ColTask)}</th><th scope="col">{t(T::ColFeasibility)}</th><th scope="col">{t(T::ReportChainRelation)}</th><th scope="col">{t(T::ColWatch)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table></TableRegion>
            </section>
        </Show>
    }
}

/// The alternatives and the checklist.
#[component]
fn ReportAdvice(ranking: Memo<Ranking>) -> impl IntoView {
    view! {
        <section aria-labelledby="kop-alternatieven">
            <h2 id="kop-alternatieven">{t(T::ReportAlternatives)}</h2>
            <ul id="alternatieven">
                {move || ranking.get().alternatives.into_iter().map(|a| view! { <li>{a.text}</li> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="kop-checklist">
            <h2 id="kop-checklist">{t(T::ReportChecklist)}</h2>
            <TableRegion labelledby="kop-checklist"><table class="data-table" id="checklist">
                <thead><tr><th scope="col">{t(T::ReportTopic)}</th><th scope="col">{t(T::ReportCheckState)}</th><th scope="col">{t(T::ColExplanation)}</th></tr></thead>
                <tbody>
                    {move || ranking.get().checklist.into_iter().map(|item| view! {
                        <tr>
                            <th scope="row">{item.topic}</th>
                            <td><span class=format!("check check-{}", item.state.label())>{item.state.text(lang())}</span></td>
                            <td>{item.text}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table></TableRegion>
        </section>
    }
}

/// A ranked table of candidates with their parts, fit, capacity judgement and feasibility.
#[component]
fn RankingTable(
    id: &'static str,
    labelledby: &'static str,
    candidates: Signal<Vec<graph_core::Candidate>>,
) -> impl IntoView {
    view! {
        <TableRegion labelledby=labelledby><table class="data-table stack-table" id=id>
            <thead><tr>
                <th scope="col">{t(T::ReportRankNo)}</th><th scope="col">{t(T::ColOrganisation)}</th><th scope="col">{t(T::ColTask)}</th>
                <th scope="col">{t(T::ColTargetGroup)}</th><th scope="col">{t(T::ColData)}</th><th scope="col">{t(T::ColMinistry)}</th>
                <th scope="col">{t(T::ColSchemes)}</th><th scope="col">{t(T::ColFit)}</th><th scope="col">{t(T::ReportUtilisationAfter)}</th>
                <th scope="col">{t(T::ColRoom)}</th><th scope="col">{t(T::ColFeasibility)}</th><th scope="col">{t(T::ColWatch)}</th>
            </tr></thead>
            <tbody>
                {move || candidates.get().into_iter().enumerate().map(|(i, c)| {
                    let status = c.capacity.figure.as_ref().map(|f| f.status);
                    view! {
                        <tr data-id=c.organisation.to_string()>
                            <td data-label=t(T::ReportRankNo)>{i + 1}</td>
                            <th scope="row"><a href=href(&Route::Organisation(c.organisation.clone()).to_string())>{c.name.clone()}</a></th>
                            {c.parts.all().into_iter().zip(part_labels()).map(|(part, label)| view! { <td class="numeric" data-label=label>{score(part.score)}</td> }).collect_view()}
                            <td class="numeric" data-label=t(T::ColFit)><strong>{score(c.fit)}</strong></td>
                            <td class="numeric" data-label=t(T::ReportUtilisationAfter)><Utilisation utilisation=c.capacity.utilisation_after status=status/></td>
                            <td data-label=t(T::ColRoom)><RoomJudgement capacity=c.capacity.clone()/></td>
                            <td class="numeric" data-label=t(T::ColFeasibility)>{score(c.feasibility)}</td>
                            <td data-label=t(T::ColWatch)>{c.flags(lang())}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></TableRegion>
    }
}
