//! One organisation's page: facts with sources, tasks, target groups, registers, chain partners,
//! capacity per period and portfolio.

use graph_core::{
    ChoiceLabel, Direction, OrganisationId, OverviewQuery, Route, Status, format_fte, is_web_link,
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
        let size = match organisation.fte {
            Some(fte) => {
                let fte = format_fte(fte);
                let status = status_label(organisation.fte_status);
                let reference = landscape.peildatum().map(|date| date.year);
                match organisation.fte_peiljaar {
                    Some(year) if organisation.staff_figure_dated(reference) => tf(
                        T::OrgSizeDated,
                        &[
                            ("fte", &fte),
                            ("jaar", &year.to_string()),
                            ("status", status),
                        ],
                    ),
                    Some(year) => tf(
                        T::OrgSizeInYear,
                        &[
                            ("fte", &fte),
                            ("jaar", &year.to_string()),
                            ("status", status),
                        ],
                    ),
                    None => tf(T::OrgSizeNoYear, &[("fte", &fte), ("status", status)]),
                }
            }
            None => t(T::Unknown).to_owned(),
        };
        let website = organisation.website.clone();
        let register = organisation.register_link().map(|link| {
            let text = tf(T::OrgRegisterLink, &[("id", &organisation.register_id)]);
            view! {
                <dt>{t(T::OrgRegisterEntry)}</dt>
                <dd><a href=link rel="noopener noreferrer" target="_blank">{text}</a></dd>
            }
        });
        let title = if organisation.afkorting.is_empty() {
            organisation.naam.clone()
        } else {
            format!("{} ({})", organisation.naam, organisation.afkorting)
        };

        let tasks = landscape
            .tasks_of(&organisation.id)
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
            .target_groups_of(&organisation.id)
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
            .registers_of(&organisation.id)
            .into_iter()
            .map(|row| {
                let name = landscape
                    .register(&row.register)
                    .map(|register| register.naam.clone())
                    .unwrap_or_default();
                view! { <tr><th scope="row">{name}</th><td>{row.rol.label_in(lang())}</td></tr> }
            })
            .collect_view();
        let partners = landscape.chain_partners(&organisation.id);
        let has_partners = !partners.is_empty();
        let partners = partners
            .into_iter()
            .map(|link| {
                let partner = landscape.organisation(link.partner);
                let name = partner.map(|p| p.naam.clone()).unwrap_or_default();
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
        let capacity_chart =
            graph_core::capacity_chart(&landscape, &organisation.id, crate::navigation::lang())
                .map(chart_figure);
        let portfolio_chart =
            graph_core::portfolio_chart(&landscape, &organisation.id, crate::navigation::lang())
                .map(chart_figure);
        let capacity_rows = landscape.capacity_rows(&organisation.id);
        let has_capacity = !capacity_rows.is_empty();
        let updated = capacity_rows.iter().filter_map(|row| row.peildatum).max().map(|date| {
            view! { <p id="capaciteit-bijgewerkt">{tf(T::OrgCapacityUpdated, &[("datum", &date.to_string())])}</p> }
        });
        let capacity = capacity_rows
            .into_iter()
            .map(|row| {
                let utilisation = row.utilisation();
                view! {
                    <tr>
                        <th scope="row">{row.periode.to_string()}</th>
                        <td class="numeric">{format_fte(row.capaciteit_fte)}</td>
                        <td class="numeric">{format_fte(row.belasting_fte)}</td>
                        <td class="numeric"><Utilisation utilisation=utilisation status=None/></td>
                        <td class="numeric">{format_fte(row.headroom())}</td>
                        <td>{status_label(row.status)}</td>
                        <td>{row.peildatum.map(|date| date.to_string()).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        let portfolio_items = landscape.portfolio_of(&organisation.id);
        let has_portfolio = !portfolio_items.is_empty();
        let portfolio = portfolio_items
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
            <p class="breadcrumb"><a href=link(&Route::Organisations(OverviewQuery::default()))>{t(T::OrgBackToAll)}</a></p>
            <h1 tabindex="-1">{title}</h1>
            <p class="lead">{organisation.omschrijving.clone()}</p>
            <dl class="facts">
                <dt>{t(T::ColMinistry)}</dt><dd>{ministry}</dd>
                {commissioning}
                <dt>{t(T::ColLegalForm)}</dt><dd>{organisation.rechtsvorm.label_in(lang())}</dd>
                <dt>{t(T::OrgSize)}</dt><dd>{size}</dd>
                <dt>{t(T::OrgWebsite)}</dt>
                <dd>{if is_web_link(&website) {
                    view! { <a href=website.clone() rel="noopener noreferrer" target="_blank">{website.clone()}</a> }.into_any()
                } else {
                    view! { <span>{website.clone()}</span> }.into_any()
                }}</dd>
                {register}
                <dt>{t(T::OrgSource)}</dt><dd class="sources"><Sources bron=organisation.bron.clone()/></dd>
            </dl>
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
            <OrganisationSchemes schemes=landscape.schemes_of(&organisation.id).into_iter().cloned().collect()/>
            <section aria-labelledby="kop-keten">
                <h2 id="kop-keten">{t(T::OrgChainPartners)}</h2>
                {if has_partners {
                    view! {
                        <TableRegion labelledby="kop-keten"><table class="data-table" id="ketenpartners">
                            <thead><tr>
                                <th scope="col">{t(T::OrgPartner)}</th><th scope="col">{t(T::OrgRelationKind)}</th>
                                <th scope="col">{t(T::OrgDirection)}</th><th scope="col">{t(T::ColExplanation)}</th>
                            </tr></thead>
                            <tbody>{partners}</tbody>
                        </table></TableRegion>
                    }.into_any()
                } else {
                    view! { <p>{t(T::OrgNoChain)}</p> }.into_any()
                }}
            </section>
            <section aria-labelledby="kop-capaciteit">
                <h2 id="kop-capaciteit">{t(T::OrgCapacityHeading)}</h2>
                <p class="muted">{t(T::OrgCapacityExplained)}</p>
                {updated}
                {capacity_chart}
                {if has_capacity {
                    view! {
                        <TableRegion labelledby="kop-capaciteit"><table class="data-table" id="capaciteit">
                            <thead><tr>
                                <th scope="col">{t(T::OrgPeriod)}</th><th scope="col">{t(T::OrgCapacityFte)}</th>
                                <th scope="col">{t(T::OrgWorkloadFte)}</th><th scope="col">{t(T::ColUtilisation)}</th>
                                <th scope="col">{t(T::ColHeadroomFte)}</th><th scope="col">{t(T::ColStatus)}</th>
                                <th scope="col">{t(T::OrgPeildatum)}</th>
                            </tr></thead>
                            <tbody>{capacity}</tbody>
                        </table></TableRegion>
                    }.into_any()
                } else {
                    view! { <p>{t(T::OrgNoCapacity)}</p> }.into_any()
                }}
            </section>
            <section aria-labelledby="kop-portfolio">
                <h2 id="kop-portfolio">{t(T::OrgPortfolio)}</h2>
                {portfolio_chart}
                {if has_portfolio {
                    view! {
                        <TableRegion labelledby="kop-portfolio"><table class="data-table">
                            <thead><tr>
                                <th scope="col">{t(T::ColName)}</th><th scope="col">{t(T::OrgKind)}</th>
                                <th scope="col">{t(T::OrgTerm)}</th><th scope="col">{t(T::OrgWorkloadFte)}</th>
                                <th scope="col">{t(T::ColStatus)}</th>
                            </tr></thead>
                            <tbody>{portfolio}</tbody>
                        </table></TableRegion>
                    }.into_any()
                } else {
                    view! { <p>{t(T::OrgNoPortfolio)}</p> }.into_any()
                }}
            </section>
        }
        .into_any()
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
