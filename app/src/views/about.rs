//! The "Over" page: method, sources and the accessibility statement.

use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Over Beleid zoekt Uitvoerder"</h1>
        <p class="lead">
            "Het programma Werk aan Uitvoering kondigde in de Kamerbrief van 16 december 2025 een "
            "hulpmiddel aan dat het uitvoeringslandschap inzichtelijk maakt wanneer voor een nieuw "
            "beleidsvoorstel een passende uitvoerder wordt gezocht. Deze tool is zo’n hulpmiddel."
        </p>
        <h2>"Werkwijze"</h2>
        <p>
            "De tool brengt uitvoeringsorganisaties in kaart met hun ministerie, rechtsvorm, taken, "
            "doelgroepen, registers, ketenpartners, verandercapaciteit en portfoliobelasting. Alles "
            "wordt in uw browser berekend; er gaan geen gegevens naar een server en er worden geen "
            "cookies geplaatst."
        </p>
        <h2>"Bronnen"</h2>
        <p>
            "Feiten over organisaties komen uit openbare bronnen, zoals het Register van "
            "Overheidsorganisaties en jaarverslagen; elke organisatie toont haar bron. Capaciteits- en "
            "portfoliocijfers zijn niet openbaar: de meegeleverde cijfers zijn voorbeelden "
            "(status ‘voorbeeld’) of schattingen (status ‘schatting’), tot een organisatie haar eigen "
            "cijfers invoert."
        </p>
        <h2>"Toegankelijkheid"</h2>
        <p>
            "Deze tool streeft naar toegankelijkheid volgens WCAG 2.1 niveau AA (EN 301 549). Alle "
            "informatie is als tabel en tekst beschikbaar en alles werkt met het toetsenbord. Elke "
            "pagina wordt automatisch getest met axe-core in een echte browser."
        </p>
    }
}
