//! The start page: what the tool is for, the ways in, and what the data is.

use leptos::prelude::*;

use crate::navigation::CurrentRoute;
use crate::state::LandscapeContext;

#[component]
pub fn StartPage() -> impl IntoView {
    let LandscapeContext(landscape) = expect_context();
    let current: CurrentRoute = expect_context();
    let counts = move || landscape.get().counts();
    let peildatum = move || {
        landscape
            .get()
            .peildatum()
            .map_or_else(|| "onbekend".to_owned(), |date| date.to_string())
    };
    let examples = move || landscape.get().has_example_figures();

    view! {
        <h1 tabindex="-1">"Beleid zoekt Uitvoerder"</h1>
        {move || current.error.get().map(|error| view! {
            <div class="notice notice-warning" role="alert">
                <p>"De link kon niet worden geopend: "{error.to_string()}". U ziet de startpagina."</p>
            </div>
        })}
        <p class="lead">
            "Welke uitvoeringsorganisatie kan een nieuw beleidsvoorstel uitvoeren? "
            "Deze tool maakt het uitvoeringslandschap zichtbaar: wie doet wat, voor wie, met welke "
            "registers en ketenpartners, en hoeveel ruimte er is om nieuwe taken op te pakken."
        </p>
        <div class="doors">
            <a class="door" href="?p=stap&n=1">
                <span class="door-title">"Zoek een uitvoerder"</span>
                <span class="door-text">"Het stappenplan in acht vragen, met een onderbouwde shortlist of een eerlijk ‘geen passende uitvoerder’."</span>
            </a>
            <a class="door" href="?p=landschap">
                <span class="door-title">"Verken het landschap"</span>
                <span class="door-text">"De kaart van ministeries, organisaties, taken, doelgroepen, registers en ketens: zoek, filter en volg de verbindingen."</span>
            </a>
            <a class="door" href="?p=organisaties">
                <span class="door-title">"Verken de organisaties"</span>
                <span class="door-text">"Taken, doelgroepen, registers, ketenpartners en belasting per organisatie."</span>
            </a>
            <a class="door" href="?p=over">
                <span class="door-title">"Over deze tool"</span>
                <span class="door-text">"Werkwijze, bronnen en toegankelijkheid."</span>
            </a>
        </div>
        <h2>"De gegevens"</h2>
        <dl class="counts">
            <div><dt>"Organisaties"</dt><dd data-count="organisaties">{move || counts().organisations}</dd></div>
            <div><dt>"Ministeries"</dt><dd data-count="ministeries">{move || counts().ministries}</dd></div>
            <div><dt>"Taaktypen"</dt><dd data-count="taken">{move || counts().tasks}</dd></div>
            <div><dt>"Registers"</dt><dd data-count="registers">{move || counts().registers}</dd></div>
            <div><dt>"Ketenrelaties"</dt><dd data-count="ketenrelaties">{move || counts().chain_relations}</dd></div>
            <div><dt>"Relaties in totaal"</dt><dd data-count="relaties">{move || counts().relations}</dd></div>
        </dl>
        <p>"Peildatum van de capaciteitscijfers: "<strong data-peildatum="">{peildatum}</strong></p>
        <Show when=examples>
            <div class="notice" role="note">
                <p>
                    <strong>"Let op: voorbeeldcijfers. "</strong>
                    "Capaciteit en portfoliobelasting van uitvoeringsorganisaties zijn niet openbaar. "
                    "De cijfers in deze tool zijn voorbeelden om de werking te laten zien, tot een "
                    "organisatie haar eigen cijfers invoert. Feiten over organisaties (taken, "
                    "rechtsvorm, registers) komen uit openbare bronnen en staan bij elke organisatie vermeld."
                </p>
            </div>
        </Show>
    }
}
