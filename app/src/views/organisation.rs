//! One organisation's page: facts with sources, tasks, target groups, registers, chain partners,
//! capacity per period and portfolio.

use std::sync::Arc;

use graph_core::{
    ChoiceLabel, Direction, Landscape, Organisation, OrganisationId, OverviewQuery, Route, Status,
    format_fte, is_web_link,
};
use leptos::prelude::*;

use super::parts::{Sources, TableRegion, Utilisation, chart_figure};
use crate::i18n::{T, t, tf};
use crate::navigation::{href, lang, link};
use crate::state::LandscapeContext;

fn status_label(status: Status) -> &'static str {
    status.label_in(lang())
}

#[component]
pub fn OrganisationPage(id: OrganisationId) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    move || {
        let landscape = landscape.get();
        let Some(organisation) = landscape.organisation(&id).cloned() else {
            return view! {
                <h1 tabindex="-1">{t(T::OrgNotFound)}</h1>
                <p>{t(T::OrgNotFoundBefore)}<code>{id.to_string()}</code>{t(T::OrgNotFoundAfter)}
                    <a href=link(&Route::Organisations(OverviewQuery::default()))>{t(T::OrgToAll)}</a></p>
            }
            .into_any();
        };
        let title = if organisation.afkorting.is_empty() {
            organisation.naam.clone()
        } else {
            format!("{} ({})", organisation.naam, organisation.afkorting)
        };
        let schemes = landscape
            .schemes_of(&organisation.id)
            .into_iter()
            .cloned()
            .collect();
        view! {
            <p class="breadcrumb"><a href=link(&Route::Organisations(OverviewQuery::default()))>{t(T::OrgBackToAll)}</a></p>
            <h1 tabindex="-1">{title}</h1>
            <p class="lead">{organisation.omschrijving.clone()}</p>
            <OrganisationFacts landscape=landscape.clone() organisation=organisation.clone()/>
            <OrganisationWork landscape=landscape.clone() id=organisation.id.clone()/>
            <OrganisationSchemes schemes=schemes/>
            <OrganisationChain landscape=landscape.clone() id=organisation.id.clone()/>
            <OrganisationCapacity landscape=landscape.clone() id=organisation.id.clone()/>
            <OrganisationPortfolio landscape=landscape id=organisation.id/>
        }
        .into_any()
    }
}

/// The size of the staff, with its year and status, said as a reader needs it.
fn size_text(landscape: &Landscape, organisation: &Organisation) -> String {
    let Some(fte) = organisation.fte else {
        return t(T::Unknown).to_owned();
    };
    let fte = format_fte(fte);
    let status = status_label(organisation.fte_status);
    let reference = landscape.peildatum().map(|date| date.year);
    match organisation.fte_peiljaar {
        Some(year) => {
            let text = if organisation.staff_figure_dated(reference) {
                T::OrgSizeDated
            } else {
                T::OrgSizeInYear
            };
            let year = year.to_string();
            tf(text, &[("fte", &fte), ("jaar", &year), ("status", status)])
        }
        None => tf(T::OrgSizeNoYear, &[("fte", &fte), ("status", status)]),
    }
}

/// The facts: ministry, commissioning ministries, legal form, size, website, register entry and
/// sources.
#[component]
fn OrganisationFacts(landscape: Arc<Landscape>, organisation: Organisation) -> impl IntoView {
    let ministry = organisation
        .ministerie
        .as_ref()
        .and_then(|ministry| landscape.ministry(ministry))
        .map(|ministry| format!("{} ({})", ministry.naam, ministry.afkorting))
        .unwrap_or_else(|| t(T::OrgNoMinistry).to_owned());
    let commissioning = (!organisation.opdrachtgevers.is_empty()).then(|| {
        let names = organisation
            .opdrachtgevers
            .iter()
            .map(|id| {
                landscape
                    .ministry(id)
                    .map_or_else(|| id.to_string(), |m| m.afkorting.clone())
            })
            .collect::<Vec<_>>()
            .join(", ");
        view! { <dt>{t(T::OrgCommissioning)}</dt><dd>{names}</dd> }
    });
    let website = organisation.website.clone();
    let register = organisation.register_link().map(|link| {
        let text = tf(T::OrgRegisterLink, &[("id", &organisation.register_id)]);
        view! {
            <dt>{t(T::OrgRegisterEntry)}</dt>
            <dd><a href=link rel="noopener noreferrer" target="_blank">{text}</a></dd>
        }
    });
    view! {
        <dl class="facts">
            <dt>{t(T::ColMinistry)}</dt><dd>{ministry}</dd>
            {commissioning}
            <dt>{t(T::ColLegalForm)}</dt><dd>{organisation.rechtsvorm.label_in(lang())}</dd>
            <dt>{t(T::OrgSize)}</dt><dd>{size_text(&landscape, &organisation)}</dd>
            <dt>{t(T::OrgWebsite)}</dt>
            <dd>{if is_web_link(&website) {
                view! { <a href=website.clone() rel="noopener noreferrer" target="_blank">{website.clone()}</a> }.into_any()
            } else {
                view! { <span>{website.clone()}</span> }.into_any()
            }}</dd>
            {register}
            <dt>{t(T::OrgSource)}</dt><dd class="sources"><Sources bron=organisation.bron.clone()/></dd>
        </dl>
    }
}

/// What the organisation does: its task types, target groups and registers.
#[component]
fn OrganisationWork(landscape: Arc<Landscape>, id: OrganisationId) -> impl IntoView {
    let tasks = landscape
        .tasks_of(&id)
        .into_iter()
        .map(|row| {
            let name = landscape
                .task(&row.taak)
                .map(|task| task.naam.clone())
                .unwrap_or_default();
            view! {
                <li><strong>{row.taak.to_string()}</strong>" — "{name}
                    {(!row.toelichting.is_empty()).then(|| view! { <span class="muted">": "{row.toelichting.clone()}</span> })}
                </li>
            }
        })
        .collect_view();
    let groups = landscape
        .target_groups_of(&id)
        .into_iter()
        .map(|row| {
            let name = landscape
                .target_group(&row.doelgroep)
                .map(|group| group.naam.clone())
                .unwrap_or_default();
            view! { <li>{name}</li> }
        })
        .collect_view();
    let registers = landscape
        .registers_of(&id)
        .into_iter()
        .map(|row| {
            let name = landscape
                .register(&row.register)
                .map(|register| register.naam.clone())
                .unwrap_or_default();
            view! { <tr><th scope="row">{name}</th><td>{row.rol.label_in(lang())}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="columns">
            <section aria-labelledby="kop-taken">
                <h2 id="kop-taken">{t(T::ColTasks)}</h2>
                <ul>{tasks}</ul>
            </section>
            <section aria-labelledby="kop-doelgroepen">
                <h2 id="kop-doelgroepen">{t(T::OrgTargetGroups)}</h2>
                <ul>{groups}</ul>
            </section>
        </div>
        <section aria-labelledby="kop-registers">
            <h2 id="kop-registers">{t(T::OrgRegisters)}</h2>
            <TableRegion labelledby="kop-registers"><table class="data-table">
                <thead><tr><th scope="col">{t(T::OrgRegister)}</th><th scope="col">{t(T::OrgRole)}</th></tr></thead>
                <tbody>{registers}</tbody>
            </table></TableRegion>
        </section>
    }
}

/// The chain partners, with the kind and direction of each relation.
#[component]
fn OrganisationChain(landscape: Arc<Landscape>, id: OrganisationId) -> impl IntoView {
    let partners = landscape.chain_partners(&id);
    let table = (!partners.is_empty()).then(|| {
        let rows = partners
            .into_iter()
            .map(|link| {
                let name = landscape
                    .organisation(link.partner)
                    .map(|p| p.naam.clone())
                    .unwrap_or_default();
                let partner_link = href(&Route::Organisation(link.partner.clone()).to_string());
                let direction = if link.direction == Direction::Outgoing {
                    t(T::OrgToPartner)
                } else {
                    t(T::OrgFromPartner)
                };
                view! {
                    <tr>
                        <th scope="row"><a href=partner_link>{name}</a></th>
                        <td>{link.relation.soort.label_in(lang())}</td>
                        <td>{direction}</td>
                        <td>{link.relation.toelichting.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <TableRegion labelledby="kop-keten"><table class="data-table" id="ketenpartners">
                <thead><tr>
                    <th scope="col">{t(T::OrgPartner)}</th><th scope="col">{t(T::OrgRelationKind)}</th>
                    <th scope="col">{t(T::OrgDirection)}</th><th scope="col">{t(T::ColExplanation)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></TableRegion>
        }
    });
    view! {
        <section aria-labelledby="kop-keten">
            <h2 id="kop-keten">{t(T::OrgChainPartners)}</h2>
            {table.map_or_else(|| view! { <p>{t(T::OrgNoChain)}</p> }.into_any(), IntoAny::into_any)}
        </section>
    }
}

/// Capacity and load per period: the chart, then the figures with their status and peildatum.
#[component]
fn OrganisationCapacity(landscape: Arc<Landscape>, id: OrganisationId) -> impl IntoView {
    let chart = graph_core::capacity_chart(&landscape, &id, lang()).map(chart_figure);
    let rows = landscape.capacity_rows(&id);
    let updated = rows.iter().filter_map(|row| row.peildatum).max().map(|date| {
        view! { <p id="capaciteit-bijgewerkt">{tf(T::OrgCapacityUpdated, &[("datum", &date.to_string())])}</p> }
    });
    let table = (!rows.is_empty()).then(|| {
        let rows = rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row">{row.periode.to_string()}</th>
                        <td class="numeric">{format_fte(row.capaciteit_fte)}</td>
                        <td class="numeric">{format_fte(row.belasting_fte)}</td>
                        <td class="numeric"><Utilisation utilisation=row.utilisation() status=None/></td>
                        <td class="numeric">{format_fte(row.headroom())}</td>
                        <td>{status_label(row.status)}</td>
                        <td>{row.peildatum.map(|date| date.to_string()).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <TableRegion labelledby="kop-capaciteit"><table class="data-table" id="capaciteit">
                <thead><tr>
                    <th scope="col">{t(T::OrgPeriod)}</th><th scope="col">{t(T::OrgCapacityFte)}</th>
                    <th scope="col">{t(T::OrgWorkloadFte)}</th><th scope="col">{t(T::ColUtilisation)}</th>
                    <th scope="col">{t(T::ColHeadroomFte)}</th><th scope="col">{t(T::ColStatus)}</th>
                    <th scope="col">{t(T::OrgPeildatum)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></TableRegion>
        }
    });
    view! {
        <section aria-labelledby="kop-capaciteit">
            <h2 id="kop-capaciteit">{t(T::OrgCapacityHeading)}</h2>
            <p class="muted">{t(T::OrgCapacityExplained)}</p>
            {updated}
            {chart}
            {table.map_or_else(|| view! { <p>{t(T::OrgNoCapacity)}</p> }.into_any(), IntoAny::into_any)}
        </section>
    }
}

/// The running and planned work: the chart, then the items.
#[component]
fn OrganisationPortfolio(landscape: Arc<Landscape>, id: OrganisationId) -> impl IntoView {
    let chart = graph_core::portfolio_chart(&landscape, &id, lang()).map(chart_figure);
    let items = landscape.portfolio_of(&id);
    let table = (!items.is_empty()).then(|| {
        let rows = items
            .into_iter()
            .map(|item| {
                view! {
                    <tr>
                        <th scope="row">{item.naam.clone()}</th>
                        <td>{item.soort.label_in(lang())}</td>
                        <td>{format!("{} – {}", item.start, item.eind)}</td>
                        <td class="numeric">{format_fte(item.belasting_fte)}</td>
                        <td>{status_label(item.status)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <TableRegion labelledby="kop-portfolio"><table class="data-table">
                <thead><tr>
                    <th scope="col">{t(T::ColName)}</th><th scope="col">{t(T::OrgKind)}</th>
                    <th scope="col">{t(T::OrgTerm)}</th><th scope="col">{t(T::OrgWorkloadFte)}</th>
                    <th scope="col">{t(T::ColStatus)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></TableRegion>
        }
    });
    view! {
        <section aria-labelledby="kop-portfolio">
            <h2 id="kop-portfolio">{t(T::OrgPortfolio)}</h2>
            {chart}
            {table.map_or_else(|| view! { <p>{t(T::OrgNoPortfolio)}</p> }.into_any(), IntoAny::into_any)}
        </section>
    }
}

/// The schemes the organisation already carries out, with their laws and sources: what the
/// ranking compares a proposal's text with.
#[component]
fn OrganisationSchemes(schemes: Vec<graph_core::Scheme>) -> impl IntoView {
    view! {
        <section aria-labelledby="kop-regelingen">
            <h2 id="kop-regelingen">{t(T::OrgSchemes)}</h2>
            {if schemes.is_empty() {
                view! { <p>{t(T::OrgSchemesNone)}</p> }.into_any()
            } else {
                view! {
                    <TableRegion labelledby="kop-regelingen"><table class="data-table" id="regelingen">
                        <thead><tr>
                            <th scope="col">{t(T::OrgScheme)}</th><th scope="col">{t(T::OrgSchemeLaw)}</th>
                            <th scope="col">{t(T::OrgSource)}</th>
                        </tr></thead>
                        <tbody>
                            {schemes.into_iter().map(|scheme| view! {
                                <tr>
                                    <th scope="row">{scheme.naam.clone()}<span class="hint">{scheme.omschrijving.clone()}</span></th>
                                    <td>{scheme.wet.clone()}</td>
                                    <td class="sources"><Sources bron=scheme.bron.clone()/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></TableRegion>
                }.into_any()
            }}
        </section>
    }
}
