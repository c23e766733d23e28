//! One organisation's page: facts with sources, tasks, target groups, registers, chain partners,
//! capacity per period and portfolio.

use graph_core::{Choice, Direction, OrganisationId, Route, Status, format_fte, is_web_link};
use leptos::prelude::*;

use super::parts::{Sources, Utilisation};
use crate::state::LandscapeContext;

fn status_label(status: Status) -> &'static str {
    status.label()
}

#[component]
pub fn OrganisationPage(id: OrganisationId) -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    move || {
        let landscape = landscape.get();
        let Some(organisation) = landscape.organisation(&id).cloned() else {
            return view! {
                <h1 tabindex="-1">"Organisatie niet gevonden"</h1>
                <p>"Er is geen organisatie met de id "<code>{id.to_string()}</code>" in de gegevens. "
                    <a href="?p=organisaties">"Naar alle organisaties"</a></p>
            }
            .into_any();
        };
        let ministry = organisation
            .ministerie
            .as_ref()
            .and_then(|ministry| landscape.ministry(ministry))
            .map(|ministry| format!("{} ({})", ministry.naam, ministry.afkorting))
            .unwrap_or_else(|| "geen (niet onder een ministerie)".to_owned());
        let size = match organisation.fte {
            Some(fte) => format!(
                "{} fte{} ({})",
                format_fte(fte),
                organisation
                    .fte_peiljaar
                    .map(|year| format!(" in {year}"))
                    .unwrap_or_default(),
                status_label(organisation.fte_status)
            ),
            None => "onbekend".to_owned(),
        };
        let website = organisation.website.clone();
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
                view! { <tr><th scope="row">{name}</th><td>{row.rol.label()}</td></tr> }
            })
            .collect_view();
        let partners = landscape.chain_partners(&organisation.id);
        let has_partners = !partners.is_empty();
        let partners = partners
            .into_iter()
            .map(|link| {
                let partner = landscape.organisation(link.partner);
                let name = partner.map(|p| p.naam.clone()).unwrap_or_default();
                let href = Route::Organisation(link.partner.clone()).to_string();
                let direction = if link.direction == Direction::Outgoing {
                    "naar partner"
                } else {
                    "van partner"
                };
                view! {
                    <tr>
                        <th scope="row"><a href=href>{name}</a></th>
                        <td>{link.relation.soort.label()}</td>
                        <td>{direction}</td>
                        <td>{link.relation.toelichting.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let chart_view = |chart: graph_core::Chart| {
            view! {
                <figure class="chart-figure">
                    <div class="chart" role="img" aria-label=chart.title.clone() inner_html=chart.svg></div>
                    <figcaption class="chart-summary">{chart.summary}</figcaption>
                </figure>
            }
        };
        let capacity_chart =
            graph_core::capacity_chart(&landscape, &organisation.id, crate::navigation::lang())
                .map(chart_view);
        let portfolio_chart =
            graph_core::portfolio_chart(&landscape, &organisation.id, crate::navigation::lang())
                .map(chart_view);
        let capacity_rows = landscape.capacity_rows(&organisation.id);
        let has_capacity = !capacity_rows.is_empty();
        let capacity = capacity_rows
            .into_iter()
            .map(|row| {
                let utilisation = (row.capaciteit_fte > 0.0).then(|| row.belasting_fte / row.capaciteit_fte);
                view! {
                    <tr>
                        <th scope="row">{row.periode.to_string()}</th>
                        <td class="numeric">{format_fte(row.capaciteit_fte)}</td>
                        <td class="numeric">{format_fte(row.belasting_fte)}</td>
                        <td class="numeric"><Utilisation utilisation=utilisation status=None/></td>
                        <td class="numeric">{format_fte(row.capaciteit_fte - row.belasting_fte)}</td>
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
                        <td>{item.soort.label()}</td>
                        <td>{format!("{} – {}", item.start, item.eind)}</td>
                        <td class="numeric">{format_fte(item.belasting_fte)}</td>
                        <td>{status_label(item.status)}</td>
                    </tr>
                }
            })
            .collect_view();

        view! {
            <p class="breadcrumb"><a href="?p=organisaties">"← Alle organisaties"</a></p>
            <h1 tabindex="-1">{title}</h1>
            <p class="lead">{organisation.omschrijving.clone()}</p>
            <dl class="facts">
                <dt>"Ministerie"</dt><dd>{ministry}</dd>
                <dt>"Rechtsvorm"</dt><dd>{organisation.rechtsvorm.label()}</dd>
                <dt>"Omvang"</dt><dd>{size}</dd>
                <dt>"Website"</dt>
                <dd>{if is_web_link(&website) {
                    view! { <a href=website.clone() rel="noopener noreferrer" target="_blank">{website.clone()}</a> }.into_any()
                } else {
                    view! { <span>{website.clone()}</span> }.into_any()
                }}</dd>
                <dt>"Bron"</dt><dd class="sources"><Sources bron=organisation.bron.clone()/></dd>
            </dl>
            <div class="columns">
                <section aria-labelledby="kop-taken">
                    <h2 id="kop-taken">"Taken"</h2>
                    <ul>{tasks}</ul>
                </section>
                <section aria-labelledby="kop-doelgroepen">
                    <h2 id="kop-doelgroepen">"Doelgroepen"</h2>
                    <ul>{groups}</ul>
                </section>
            </div>
            <section aria-labelledby="kop-registers">
                <h2 id="kop-registers">"Registers"</h2>
                <table class="data-table">
                    <thead><tr><th scope="col">"Register"</th><th scope="col">"Rol"</th></tr></thead>
                    <tbody>{registers}</tbody>
                </table>
            </section>
            <section aria-labelledby="kop-keten">
                <h2 id="kop-keten">"Ketenpartners"</h2>
                {if has_partners {
                    view! {
                        <table class="data-table" id="ketenpartners">
                            <thead><tr>
                                <th scope="col">"Partner"</th><th scope="col">"Soort relatie"</th>
                                <th scope="col">"Richting"</th><th scope="col">"Toelichting"</th>
                            </tr></thead>
                            <tbody>{partners}</tbody>
                        </table>
                    }.into_any()
                } else {
                    view! { <p>"Geen ketenrelaties in de gegevens."</p> }.into_any()
                }}
            </section>
            <section aria-labelledby="kop-capaciteit">
                <h2 id="kop-capaciteit">"Capaciteit en belasting per periode"</h2>
                <p class="muted">"Verandercapaciteit: fte beschikbaar voor nieuwe of gewijzigde taken. Belasting: al toegezegde inzet. Benutting = belasting / capaciteit; vanaf 70 % krap, boven 100 % vol."</p>
                {capacity_chart}
                {if has_capacity {
                    view! {
                        <table class="data-table" id="capaciteit">
                            <thead><tr>
                                <th scope="col">"Periode"</th><th scope="col">"Capaciteit (fte)"</th>
                                <th scope="col">"Belasting (fte)"</th><th scope="col">"Benutting"</th>
                                <th scope="col">"Ruimte (fte)"</th><th scope="col">"Status"</th>
                                <th scope="col">"Peildatum"</th>
                            </tr></thead>
                            <tbody>{capacity}</tbody>
                        </table>
                    }.into_any()
                } else {
                    view! { <p>"Geen capaciteitscijfers."</p> }.into_any()
                }}
            </section>
            <section aria-labelledby="kop-portfolio">
                <h2 id="kop-portfolio">"Portfolio"</h2>
                {portfolio_chart}
                {if has_portfolio {
                    view! {
                        <table class="data-table">
                            <thead><tr>
                                <th scope="col">"Naam"</th><th scope="col">"Soort"</th>
                                <th scope="col">"Looptijd"</th><th scope="col">"Belasting (fte)"</th>
                                <th scope="col">"Status"</th>
                            </tr></thead>
                            <tbody>{portfolio}</tbody>
                        </table>
                    }.into_any()
                } else {
                    view! { <p>"Geen portfolio-onderdelen in de gegevens."</p> }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}
