//! The stappenplan: eight question pages, their answers in the link, candidates shown live from
//! a derived ranking. Every rule (validation, scoring) lives in `graph-core`.

use graph_core::SharedSort;
use graph_core::{
    FieldProblem, OrganisationId, Period, Proposal, Ranking, Route, STEPS, SpecialGroup, Volume,
    format_fte, parse_number, rank_in, score,
};
use leptos::prelude::*;

use super::parts::{RoomJudgement, TableRegion, Utilisation, part_labels};
use crate::i18n::{T, t, tf};
use crate::navigation::{CurrentRoute, href, lang, navigate, replace};
use crate::state::{DataContext, LandscapeContext};
use crate::storage;

/// The step names, as the progress indicator shows them.
pub const STEP_NAMES: [T; 8] = [
    T::WizardStep1,
    T::WizardStep2,
    T::WizardStep3,
    T::WizardStep4,
    T::WizardStep5,
    T::WizardStep6,
    T::WizardStep7,
    T::WizardStep8,
];

/// The answers and the ranking derived from them, shared by the step components.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// The answers, from the link.
    pub proposal: Memo<Proposal>,
    /// The ranking of the answers on the current data.
    pub ranking: Memo<Ranking>,
}

/// Sets up the answers and the ranking from the current route.
pub fn provide_wizard() -> Wizard {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let proposal = Memo::new(move |_| match current.route.get() {
        Route::Step(_, proposal) | Route::Report(proposal) => *proposal,
        _ => Proposal::default(),
    });
    let ranking = Memo::new(move |_| rank_in(&landscape.get(), &proposal.get(), lang()));
    // Keep the answers in local storage, so they survive closing the tab.
    Effect::new(move |_| {
        let proposal = proposal.get();
        if proposal != Proposal::default() {
            storage::save_proposal(&proposal);
        }
    });
    let wizard = Wizard { proposal, ranking };
    provide_context(wizard);
    wizard
}

/// Changes the answers in place (no new history entry).
pub fn edit(change: impl FnOnce(&mut Proposal)) {
    let current: CurrentRoute = expect_context();
    match current.route.get_untracked() {
        Route::Step(step, mut proposal) => {
            change(&mut proposal);
            replace(&Route::Step(step, proposal));
        }
        Route::Report(mut proposal) => {
            change(&mut proposal);
            replace(&Route::Report(proposal));
        }
        _ => {}
    }
}

fn toggle<T: PartialEq + Clone>(list: &mut Vec<T>, item: &T) {
    if let Some(position) = list.iter().position(|x| x == item) {
        list.remove(position);
    } else {
        list.push(item.clone());
    }
}

/// A step page: progress, back link, the question, its fields, errors and the next button.
#[component]
pub fn StepPage() -> impl IntoView {
    let current: CurrentRoute = expect_context();
    let wizard = provide_wizard();
    let step = Memo::new(move |_| match current.route.get() {
        Route::Step(step, _) => step,
        _ => 1,
    });
    let errors: RwSignal<Vec<FieldProblem>> = RwSignal::new(Vec::new());
    let restored = RwSignal::new(false);

    // An empty link while saved answers exist: pick up where the user left off.
    if wizard.proposal.get_untracked() == Proposal::default() {
        match storage::load_proposal() {
            Ok(Some(saved)) if saved != Proposal::default() => {
                replace(&Route::Step(step.get_untracked(), Box::new(saved)));
                restored.set(true);
            }
            Ok(_) => {}
            Err(notice) => {
                storage::clear_proposal();
                let data: DataContext = expect_context();
                data.notice.set(Some(notice));
            }
        }
    }

    let next = move |_| {
        let proposal = wizard.proposal.get_untracked();
        let problems = proposal.problems(step.get_untracked(), lang());
        if !problems.is_empty() {
            errors.set(problems);
            crate::focus::focus_after_paint("#foutsamenvatting");
            return;
        }
        errors.set(Vec::new());
        let n = step.get_untracked();
        if n < STEPS {
            navigate(&Route::Step(n + 1, Box::new(proposal)));
        } else {
            navigate(&Route::Report(Box::new(proposal)));
        }
    };
    let start_over = move |_| {
        storage::clear_proposal();
        restored.set(false);
        errors.set(Vec::new());
        navigate(&Route::Step(1, Box::default()));
    };
    // Errors belong to the step they were made on.
    Effect::new(move |_| {
        step.track();
        errors.set(Vec::new());
    });

    let back = move || {
        let n = step.get();
        href(&if n > 1 {
            Route::Step(n - 1, Box::new(wizard.proposal.get())).to_string()
        } else {
            Route::Start.to_string()
        })
    };

    view! {
        <a class="back-link" href=back>{t(T::WizardBack)}</a>
        <StepProgress step=step/>
        <Show when=move || restored.get()>
            <div class="notice" role="status">
                <p>{t(T::WizardRestored)}</p>
            </div>
        </Show>
        <ErrorSummary errors=errors/>
        <form class="step-form" novalidate on:submit=move |event| { event.prevent_default(); next(()); }>
            {move || match step.get() {
                1 => view! { <StepTask errors=errors/> }.into_any(),
                2 => view! { <StepTarget errors=errors/> }.into_any(),
                3 => view! { <StepData/> }.into_any(),
                4 => view! { <StepCandidates/> }.into_any(),
                5 => view! { <StepCapacity/> }.into_any(),
                6 => view! { <StepChain/> }.into_any(),
                7 => view! { <StepForm/> }.into_any(),
                _ => view! { <StepWeigh/> }.into_any(),
            }}
            <div class="button-group">
                <button type="submit" class="button">
                    {move || if step.get() < STEPS { t(T::WizardNext) } else { t(T::WizardToReport) }}
                </button>
                <button type="button" class="button button-secondary" on:click=start_over>{t(T::WizardStartOver)}</button>
            </div>
        </form>
    }
}

#[component]
fn StepProgress(step: Memo<u8>) -> impl IntoView {
    let wizard: Wizard = expect_context();
    view! {
        <nav class="step-progress" aria-label=t(T::WizardSteps)>
            <p class="step-caption">{move || tf(T::WizardStepOf, &[("n", &step.get().to_string()), ("totaal", &STEPS.to_string())])}</p>
            <ol>
                {(1..=STEPS).map(|n| {
                    let link = move || href(&Route::Step(n, Box::new(wizard.proposal.get())).to_string());
                    view! {
                        <li class:done=move || n < step.get()>
                            <a href=link aria-current=move || (n == step.get()).then_some("step")>
                                {t(STEP_NAMES[usize::from(n - 1)])}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn ErrorSummary(errors: RwSignal<Vec<FieldProblem>>) -> impl IntoView {
    view! {
        <Show when=move || !errors.get().is_empty()>
            <div class="error-summary" id="foutsamenvatting" tabindex="-1" role="alert" aria-labelledby="fout-titel">
                <h2 id="fout-titel">{t(T::WizardProblem)}</h2>
                <ul>
                    {move || errors.get().into_iter().map(|problem| view! {
                        <li><a href=format!("#{}", problem.field)>{problem.message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

fn field_error(errors: RwSignal<Vec<FieldProblem>>, field: &'static str) -> impl IntoView {
    move || {
        errors
            .get()
            .into_iter()
            .find(|problem| problem.field == field)
            .map(|problem| {
                view! { <p class="field-error" id=format!("{field}-fout")><span class="visually-hidden">{t(T::WizardErrorPrefix)}</span>{problem.message}</p> }
            })
    }
}

#[component]
fn StepTask(errors: RwSignal<Vec<FieldProblem>>) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let data = landscape.get_untracked();
    let tasks = data.data().tasks.clone();
    let ministries = data.data().ministries.clone();
    let periods: Vec<Period> = {
        let mut years: Vec<u16> = data.periods().iter().map(|p| p.year()).collect();
        years.dedup();
        let first = years.first().copied().unwrap_or(2025);
        let last = years.last().copied().unwrap_or(2028).max(first);
        (first..=last)
            .flat_map(|year| {
                std::iter::once(Period::Year(year))
                    .chain((1..=4).map(move |q| Period::Quarter(year, q)))
            })
            .collect()
    };
    let default_period = graph_core::proposal_period(&data, &Proposal::default());
    let has_error = move || errors.get().iter().any(|p| p.field == "taken");

    view! {
        <h1 tabindex="-1">{t(T::WizardTaskTitle)}</h1>
        <p class="lead">{t(T::WizardTaskLead)}</p>
        <div class="field">
            <label for="titel">{t(T::WizardTitleLabel)}</label>
            <input id="titel" type="text" maxlength="200" prop:value=move || proposal.get().title
                on:input=move |event| { let value = event_target_value(&event); edit(|p| p.title = value); }/>
        </div>
        <div class="field">
            <label for="omschrijving">{t(T::WizardDescription)}</label>
            <textarea id="omschrijving" rows="3" maxlength="2000" prop:value=move || proposal.get().description
                on:input=move |event| { let value = event_target_value(&event); edit(|p| p.description = value); }></textarea>
        </div>
        <div class="field">
            <label for="ministerie">{t(T::WizardMinistry)}</label>
            <select id="ministerie" on:change=move |event| {
                let value = event_target_value(&event);
                edit(|p| p.ministry = (!value.is_empty()).then(|| graph_core::MinistryId::new(value)));
            }>
                <option value="" selected=move || proposal.get().ministry.is_none()>{t(T::WizardNotYetKnown)}</option>
                {ministries.into_iter().map(|ministry| {
                    let id = ministry.id.clone();
                    let selected = move || proposal.get().ministry.as_ref() == Some(&id);
                    view! { <option value=ministry.id.to_string() selected=selected>{format!("{} ({})", ministry.naam, ministry.afkorting)}</option> }
                }).collect_view()}
            </select>
        </div>
        <fieldset class="field" id="taken" class:field-invalid=has_error aria-describedby="taken-hint">
            <legend>{t(T::WizardTaskTypes)}</legend>
            <p class="hint" id="taken-hint">{t(T::WizardTaskHint)}</p>
            {field_error(errors, "taken")}
            <div class="choices choices-columns">
                {tasks.into_iter().map(|task| {
                    let code = task.code.clone();
                    let id = format!("taak-{}", code);
                    let checked = { let code = code.clone(); move || proposal.get().tasks.contains(&code) };
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() value=code.to_string() prop:checked=checked
                                on:change=move |_| edit(|p| toggle(&mut p.tasks, &code))/>
                            <label for=id>
                                <strong>{task.naam.clone()}</strong>" ("{task.code.to_string()}")"
                                <span class="hint">{task.omschrijving.clone()}</span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <fieldset class="field">
            <legend>{t(T::WizardVolume)}</legend>
            <div class="choices">
                {Volume::ALL.into_iter().map(|volume| {
                    let id = format!("volume-{}", volume.code());
                    view! {
                        <div class="choice">
                            <input type="radio" name="volume" id=id.clone() prop:checked=move || proposal.get().volume == volume
                                on:change=move |_| edit(|p| p.volume = volume)/>
                            <label for=id>{volume.label(lang())}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <div class="field">
            <label for="periode">{t(T::WizardStart)}</label>
            <select id="periode" on:change=move |event| {
                let value = event_target_value(&event);
                edit(|p| p.period = value.parse().ok());
            }>
                <option value="" selected=move || proposal.get().period.is_none()>{tf(T::WizardStartUnknown, &[("periode", &default_period.to_string())])}</option>
                {periods.into_iter().map(|period| {
                    let selected = move || proposal.get().period == Some(period);
                    view! { <option value=period.to_string() selected=selected>{period.to_string()}</option> }
                }).collect_view()}
            </select>
        </div>
        <fieldset class="field">
            <legend>{t(T::WizardDuration)}</legend>
            <div class="choices choices-inline">
                <div class="choice">
                    <input type="radio" name="duur" id="duur-structureel" prop:checked=move || proposal.get().structural
                        on:change=move |_| edit(|p| p.structural = true)/>
                    <label for="duur-structureel">{t(T::WizardStructural)}</label>
                </div>
                <div class="choice">
                    <input type="radio" name="duur" id="duur-eenmalig" prop:checked=move || !proposal.get().structural
                        on:change=move |_| edit(|p| p.structural = false)/>
                    <label for="duur-eenmalig">{t(T::WizardOneOff)}</label>
                </div>
            </div>
        </fieldset>
    }
}

#[component]
fn StepTarget(errors: RwSignal<Vec<FieldProblem>>) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let groups = landscape.get_untracked().data().target_groups.clone();
    let has_error = move || errors.get().iter().any(|p| p.field == "doelgroepen");
    view! {
        <h1 tabindex="-1">{t(T::WizardTargetTitle)}</h1>
        <p class="lead">{t(T::WizardTargetLead)}</p>
        <fieldset class="field" id="doelgroepen" class:field-invalid=has_error>
            <legend>{t(T::OrgTargetGroups)}</legend>
            {field_error(errors, "doelgroepen")}
            <div class="choices">
                {groups.into_iter().map(|group| {
                    let code = group.code.clone();
                    let id = format!("doelgroep-{}", code);
                    let checked = { let code = code.clone(); move || proposal.get().target_groups.contains(&code) };
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=checked
                                on:change=move |_| edit(|p| toggle(&mut p.target_groups, &code))/>
                            <label for=id>{group.naam.clone()}<span class="hint">{group.omschrijving.clone()}</span></label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <fieldset class="field">
            <legend>{t(T::WizardSpecial)}</legend>
            <p class="hint">{t(T::WizardSpecialHint)}</p>
            <div class="choices">
                {SpecialGroup::ALL.into_iter().map(|group| {
                    let id = format!("bijzonder-{}", group.code());
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=move || proposal.get().special_groups.contains(&group)
                                on:change=move |_| edit(|p| toggle(&mut p.special_groups, &group))/>
                            <label for=id>{group.label(lang())}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <Show when=move || !proposal.get().special_groups.is_empty()>
            <div class="notice notice-warning" role="status">
                <p><strong>{t(T::WizardDoenTitle)}</strong>{t(T::WizardDoenText)}</p>
            </div>
        </Show>
    }
}

#[component]
fn StepData() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let data = landscape.get_untracked();
    let mut registers = data.data().registers.clone();
    registers.shared_sort_by(|a, b| {
        b.basisregistratie
            .cmp(&a.basisregistratie)
            .then(a.naam.cmp(&b.naam))
    });
    let holder_name = move |id: &OrganisationId| {
        landscape
            .get()
            .organisation(id)
            .map(|o| o.short_name().to_owned())
            .unwrap_or_default()
    };
    view! {
        <h1 tabindex="-1">{t(T::WizardDataTitle)}</h1>
        <p class="lead">{t(T::WizardDataLead)}</p>
        <fieldset class="field" id="registers">
            <legend>{t(T::OrgRegisters)}</legend>
            <div class="choices choices-columns">
                {registers.into_iter().map(|register| {
                    let code = register.code.clone();
                    let id = format!("register-{}", code);
                    let checked = { let code = code.clone(); move || proposal.get().registers.contains(&code) };
                    let holder = holder_name(&register.houder);
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=checked
                                on:change=move |_| edit(|p| toggle(&mut p.registers, &code))/>
                            <label for=id>{register.naam.clone()}
                                <span class="hint">{tf(T::WizardHolder, &[("houder", &holder)])}{register.basisregistratie.then(|| t(T::WizardBaseRegister))}</span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <h2 id="kop-gegevensaansluiting">{t(T::WizardDataFitHeading)}</h2>
        <TableRegion labelledby="kop-gegevensaansluiting"><table class="data-table" id="gegevensaansluiting">
            <thead><tr><th scope="col">{t(T::ColOrganisation)}</th><th scope="col">{t(T::WizardDataScore)}</th><th scope="col">{t(T::WizardExchangeWith)}</th></tr></thead>
            <tbody>
                {move || {
                    let ranking = wizard.ranking.get();
                    let mut by_fit: Vec<_> = ranking.candidates.iter().collect();
                    by_fit.shared_sort_by(|a, b| b.fit.total_cmp(&a.fit).then(a.organisation.cmp(&b.organisation)));
                    by_fit.into_iter().take(5).map(|c| {
                        let partners: Vec<String> = c.exchange_partners.iter().map(|(_, id)| holder_name(id)).collect();
                        view! {
                            <tr>
                                <th scope="row">{c.name.clone()}</th>
                                <td class="numeric">{score(c.parts.data.score)}</td>
                                <td>{if partners.is_empty() { t(T::WizardNobody).to_owned() } else { partners.join(", ") }}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table></TableRegion>
    }
}

#[component]
fn StepCandidates() -> impl IntoView {
    let wizard: Wizard = expect_context();
    view! {
        <h1 tabindex="-1">{t(T::WizardCandidatesTitle)}</h1>
        <p class="lead">{t(T::WizardCandidatesLead)}</p>
        <TableRegion labelledby="kop-kandidaten"><table class="data-table stack-table" id="kandidaten">
            <caption id="kop-kandidaten" aria-live="polite">{move || tf(T::WizardCandidatesCaption, &[("n", &wizard.ranking.get().competent().count().min(10).to_string())])}</caption>
            <thead><tr>
                <th scope="col">{t(T::ColOrganisation)}</th><th scope="col">{t(T::ColTask)}</th><th scope="col">{t(T::ColTargetGroup)}</th>
                <th scope="col">{t(T::ColData)}</th><th scope="col">{t(T::ColMinistry)}</th><th scope="col">{t(T::ColSchemes)}</th><th scope="col">{t(T::ColFit)}</th>
                <th scope="col">{t(T::WizardChoice)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let ranking = wizard.ranking.get();
                    // The ranking is already by fit; pinned candidates stay on top here.
                    let mut shown: Vec<_> = ranking.competent().collect();
                    shown.shared_sort_by_key(|c| !c.pinned);
                    shown.into_iter().take(10).map(|c| {
                        let pin_id = c.organisation.clone();
                        let out_id = c.organisation.clone();
                        let pinned = c.pinned;
                        let reasons: Vec<String> = c.parts.task.reasons.iter().chain(&c.parts.schemes.reasons)
                            .filter(|r| !r.evidence.is_empty()).map(|r| r.text.clone()).collect();
                        view! {
                            <tr data-id=c.organisation.to_string()>
                                <th scope="row">{c.name.clone()}<span class="hint">{reasons.join("; ")}</span></th>
                                {c.parts.all().into_iter().zip(part_labels()).map(|(part, label)| view! { <td class="numeric" data-label=label>{score(part.score)}</td> }).collect_view()}
                                <td class="numeric" data-label=t(T::ColFit)><strong>{score(c.fit)}</strong></td>
                                <td class="actions">
                                    <button type="button" class="button-small" aria-pressed=if pinned { "true" } else { "false" }
                                        aria-label=tf(T::WizardPinLabel, &[("naam", &c.short_name)])
                                        on:click=move |_| edit(|p| toggle(&mut p.pinned, &pin_id))>{t(T::WizardPin)}</button>
                                    <button type="button" class="button-small"
                                        aria-label=tf(T::WizardExcludeLabel, &[("naam", &c.short_name)])
                                        on:click=move |_| edit(|p| { p.pinned.retain(|id| id != &out_id); p.excluded.push(out_id.clone()); })>{t(T::WizardExclude)}</button>
                                </td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table></TableRegion>
        <p id="niet-passend">{move || {
            let n = wizard.ranking.get().candidates.iter().filter(|c| !c.competent).count();
            tf(T::MdNotSuitableText, &[("n", &n.to_string())])
        }}</p>
        <ExcludedList/>
    }
}

#[component]
fn ExcludedList() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = expect_context();
    view! {
        <Show when=move || !wizard.proposal.get().excluded.is_empty()>
            <h2>{t(T::WizardExcluded)}</h2>
            <ul class="plain-list">
                {move || wizard.proposal.get().excluded.into_iter().map(|id| {
                    let name = landscape.get().organisation(&id).map(|o| o.naam.clone()).unwrap_or_else(|| id.to_string());
                    let label = tf(T::WizardIncludeLabel, &[("naam", &name)]);
                    view! {
                        <li>{name}" "
                            <button type="button" class="button-small" aria-label=label
                                on:click=move |_| edit(|p| p.excluded.retain(|x| x != &id))>{t(T::WizardInclude)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
fn StepCapacity() -> impl IntoView {
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let fte_text = RwSignal::new(
        proposal
            .get_untracked()
            .fte
            .map(format_fte)
            .unwrap_or_default(),
    );
    let fte_error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">{t(T::WizardCapacityTitle)}</h1>
        <p class="lead">{t(T::WizardCapacityLead)}</p>
        <div class="field" class:field-invalid=move || fte_error.get().is_some()>
            <label for="fte">{t(T::WizardFte)}</label>
            <p class="hint" id="fte-hint">{move || tf(
                T::WizardFteHint,
                &[("fte", &format_fte(proposal.get().volume.default_fte()))],
            )}</p>
            {move || fte_error.get().map(|message| view! { <p class="field-error" id="fte-fout"><span class="visually-hidden">{t(T::WizardErrorPrefix)}</span>{message}</p> })}
            <input id="fte" type="text" inputmode="decimal" class="input-narrow" aria-describedby="fte-hint"
                prop:value=move || fte_text.get()
                on:input=move |event| {
                    let value = event_target_value(&event);
                    fte_text.set(value.clone());
                    let trimmed = value.trim();
                    if trimmed.is_empty() {
                        fte_error.set(None);
                        edit(|p| p.fte = None);
                    } else if let Some(fte) = parse_number(trimmed).filter(|f| *f >= 0.0 && *f <= 1_000_000.0) {
                        fte_error.set(None);
                        edit(|p| p.fte = Some(fte));
                    } else {
                        fte_error.set(Some(tf(T::WizardFteError, &[("waarde", trimmed)])));
                    }
                }/>
        </div>
        <p>{move || {
            let ranking = wizard.ranking.get();
            tf(T::WizardAssessed, &[
                ("periode", &ranking.period.to_string()),
                ("fte", &format_fte(ranking.need_fte)),
                ("geschat", if ranking.need_estimated { t(T::WizardEstimated) } else { "" }),
            ])
        }}</p>
        <CandidateCapacityTable/>
    }
}

#[component]
fn CandidateCapacityTable() -> impl IntoView {
    let wizard: Wizard = expect_context();
    view! {
        <TableRegion labelledby="kop-capaciteit-kandidaten"><table class="data-table stack-table" id="capaciteit-kandidaten">
            <caption id="kop-capaciteit-kandidaten">{t(T::WizardRoomCaption)}</caption>
            <thead><tr>
                <th scope="col">{t(T::ColOrganisation)}</th><th scope="col">{t(T::ColFit)}</th><th scope="col">{t(T::WizardUtilisationNow)}</th>
                <th scope="col">{t(T::WizardAfterProposal)}</th><th scope="col">{t(T::ColHeadroomFte)}</th>
                <th scope="col">{t(T::ColRoom)}</th><th scope="col">{t(T::ColFeasibility)}</th><th scope="col">{t(T::ColWatch)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let ranking = wizard.ranking.get();
                    ranking.competent().take(10).map(|c| {
                        let flags = c.flags(lang());
                        let headroom = c.capacity.figure.as_ref().map(|f| format_fte(f.headroom())).unwrap_or_else(|| t(T::Unknown).to_owned());
                        let status = c.capacity.figure.as_ref().map(|f| f.status);
                        view! {
                            <tr data-id=c.organisation.to_string()>
                                <th scope="row">{c.name.clone()}</th>
                                <td class="numeric" data-label=t(T::ColFit)>{score(c.fit)}</td>
                                <td class="numeric" data-label=t(T::WizardUtilisationNow)><Utilisation utilisation=c.capacity.utilisation_now status=status/></td>
                                <td class="numeric" data-label=t(T::WizardAfterProposal)><Utilisation utilisation=c.capacity.utilisation_after status=status/></td>
                                <td class="numeric" data-label=t(T::ColHeadroomFte)>{headroom}</td>
                                <td data-label=t(T::ColRoom)><RoomJudgement capacity=c.capacity.clone()/></td>
                                <td class="numeric" data-label=t(T::ColFeasibility)><strong>{score(c.feasibility)}</strong></td>
                                <td data-label=t(T::ColWatch)>{flags}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table></TableRegion>
    }
}

#[component]
fn StepChain() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let name = move |id: &OrganisationId| {
        landscape
            .get()
            .organisation(id)
            .map(|o| o.naam.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let all = landscape.get_untracked().organisations().to_vec();
    view! {
        <h1 tabindex="-1">{t(T::WizardChainTitle)}</h1>
        <p class="lead">{t(T::WizardChainLead)}</p>
        <fieldset class="field" id="ketenpartners">
            <legend>{t(T::OrgChainPartners)}</legend>
            <p class="hint">{move || {
                let ranking = wizard.ranking.get();
                ranking.chain.candidate.as_ref().map(|id| tf(T::WizardKnownPartners, &[("naam", &name(id))])).unwrap_or_default()
            }}</p>
            <div class="choices choices-columns">
                {move || {
                    let ranking = wizard.ranking.get();
                    let landscape = landscape.get();
                    let known: Vec<OrganisationId> = ranking.chain.candidate.as_ref()
                        .map(|id| landscape.chain_partner_ids(id).into_iter().cloned().collect())
                        .unwrap_or_default();
                    let mut shown = known.clone();
                    for id in proposal.get().chain_partners {
                        if !shown.contains(&id) { shown.push(id); }
                    }
                    shown.into_iter().map(|id| {
                        let input_id = format!("partner-{id}");
                        let checked = { let id = id.clone(); move || proposal.get().chain_partners.contains(&id) };
                        let label = name(&id);
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=input_id.clone() prop:checked=checked
                                    on:change=move |_| edit(|p| toggle(&mut p.chain_partners, &id))/>
                                <label for=input_id>{label}</label>
                            </div>
                        }
                    }).collect_view()
                }}
            </div>
        </fieldset>
        <div class="field">
            <label for="partner-toevoegen">{t(T::WizardAddPartner)}</label>
            <select id="partner-toevoegen" on:change=move |event| {
                let value = event_target_value(&event);
                if !value.is_empty() {
                    let id = OrganisationId::new(value);
                    edit(|p| if !p.chain_partners.contains(&id) { p.chain_partners.push(id) });
                }
            }>
                <option value="">{t(T::WizardChoosePartner)}</option>
                {all.into_iter().map(|o| view! { <option value=o.id.to_string()>{o.naam.clone()}</option> }).collect_view()}
            </select>
        </div>
        <h2>{t(T::WizardChainHeading)}</h2>
        <div id="keten-samenvatting" aria-live="polite">
            {move || {
                let ranking = wizard.ranking.get();
                let chain = &ranking.chain;
                let count = chain.organisations.len();
                let names = |ids: &[OrganisationId]| ids.iter().map(&name).collect::<Vec<_>>().join(", ");
                view! {
                    <p>{tf(T::WizardInvolved, &[("n", &count.to_string()), ("namen", &names(&chain.organisations))])}</p>
                    {chain.fragile.then(|| view! { <p class="notice notice-warning">{t(T::WizardChainFragile)}</p> })}
                    {(!chain.overloaded.is_empty()).then(|| view! { <p class="notice notice-warning">{tf(T::WizardChainFull, &[("periode", &ranking.period.to_string()), ("namen", &names(&chain.overloaded))])}</p> })}
                    {(!chain.without_relation.is_empty()).then(|| view! { <p>{tf(T::WizardNoRelation, &[("namen", &names(&chain.without_relation))])}</p> })}
                }
            }}
        </div>
    }
}

#[component]
fn StepForm() -> impl IntoView {
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let question = move |id: &'static str,
                         label: T,
                         hint: T,
                         get: fn(&Proposal) -> bool,
                         set: fn(&mut Proposal, bool)| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id prop:checked=move || get(&proposal.get())
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        edit(|p| set(p, on));
                    }/>
                <label for=id>{t(label)}<span class="hint">{t(hint)}</span></label>
            </div>
        }
    };
    view! {
        <h1 tabindex="-1">{t(T::WizardFormTitle)}</h1>
        <p class="lead">{t(T::WizardFormLead)}</p>
        <fieldset class="field">
            <legend>{t(T::WizardFormLegend)}</legend>
            <div class="choices">
                {question("vorm-onafhankelijk", T::WizardIndependent, T::WizardIndependentHint,
                    |p| p.independent_judgement, |p, on| p.independent_judgement = on)}
                {question("vorm-sturing", T::WizardSteering, T::WizardSteeringHint,
                    |p| p.political_steering, |p, on| p.political_steering = on)}
                {question("vorm-participatie", T::WizardParticipation, T::WizardParticipationHint,
                    |p| p.societal_participation, |p, on| p.societal_participation = on)}
                {question("vorm-lokaal", T::WizardLocal, T::WizardLocalHint,
                    |p| p.local_tailoring, |p, on| p.local_tailoring = on)}
            </div>
        </fieldset>
        <h2>{t(T::WizardPossibleForm)}</h2>
        <ul id="vormadvies">
            {move || wizard.ranking.get().alternatives.into_iter()
                .filter(|a| a.kind.is_form())
                .map(|a| view! { <li>{a.text}</li> }).collect_view()}
        </ul>
    }
}

#[component]
fn StepWeigh() -> impl IntoView {
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    view! {
        <h1 tabindex="-1">{t(T::WizardWeighTitle)}</h1>
        <p class="lead">{t(T::WizardWeighLead)}</p>
        <Weights/>
        <div class="field">
            <label for="notities">{t(T::WizardNotes)}</label>
            <textarea id="notities" rows="4" maxlength="2000" prop:value=move || proposal.get().notes
                on:input=move |event| { let value = event_target_value(&event); edit(|p| p.notes = value); }></textarea>
        </div>
        <p class="verdict-preview" aria-live="polite"><strong>{t(T::WizardVerdictPreview)}</strong>{move || wizard.ranking.get().verdict_sentence()}</p>
    }
}

/// Weight and threshold inputs, on step 8 and on the report.
#[component]
pub fn Weights() -> impl IntoView {
    let wizard: Wizard = expect_context();
    let proposal = wizard.proposal;
    let weight = move |id: &'static str,
                       label: T,
                       get: fn(&Proposal) -> f64,
                       set: fn(&mut Proposal, f64)| {
        view! {
            <div class="field field-inline">
                <label for=id>{t(label)}</label>
                <input id=id type="number" min="0" max="100" step="5" class="input-narrow"
                    prop:value=move || score(get(&proposal.get()))
                    on:change=move |event| {
                        if let Some(value) = parse_number(event_target_value(&event).trim()).filter(|v| *v <= 100.0) {
                            edit(|p| set(p, value / 100.0));
                        }
                    }/>
            </div>
        }
    };
    view! {
        <fieldset class="field weights" id="gewichten">
            <legend>{t(T::WeightsLegend)}</legend>
            {weight("gewicht-taak", T::ColTask, |p| p.weights.task, |p, v| p.weights.task = v)}
            {weight("gewicht-doelgroep", T::ColTargetGroup, |p| p.weights.target, |p, v| p.weights.target = v)}
            {weight("gewicht-gegevens", T::ColData, |p| p.weights.data, |p, v| p.weights.data = v)}
            {weight("gewicht-ministerie", T::ColMinistry, |p| p.weights.ministry, |p, v| p.weights.ministry = v)}
            {weight("gewicht-regelingen", T::ColSchemes, |p| p.weights.schemes, |p, v| p.weights.schemes = v)}
            {weight("drempel", T::WeightsThreshold, |p| p.threshold, |p, v| p.threshold = v)}
        </fieldset>
    }
}
