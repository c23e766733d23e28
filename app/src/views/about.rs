//! The "Over" page: the method, the sources, and the accessibility statement in the structure of
//! the Dutch government's model statement (status, evaluation, limitations, feedback,
//! enforcement).

use leptos::prelude::*;

use crate::i18n::{T, t};

/// The main public sources, with their addresses.
const SOURCES: [(T, &str); 5] = [
    (T::AboutSourceRegister, "https://organisaties.overheid.nl"),
    (T::AboutSourceZbo, "https://zboregister.overheid.nl"),
    (
        T::AboutSourceKamerbrief,
        "https://www.werkaanuitvoering.nl/over-werk-aan-uitvoering",
    ),
    (
        T::AboutSourceKompas,
        "https://www.kcbr.nl/beleid-en-regelgeving-ontwikkelen/beleidskompas",
    ),
    (T::AboutSourceLaws, "https://wetten.overheid.nl"),
];

#[component]
pub fn AboutPage() -> impl IntoView {
    let section = |id: &'static str, title: T| {
        view! { <li><a href=format!("#{id}")>{t(title)}</a></li> }
    };
    view! {
        <h1 tabindex="-1">{t(T::AboutTitle)}</h1>
        <p class="lead">{t(T::AboutLead)}</p>
        <nav aria-labelledby="over-inhoud" class="toc">
            <h2 id="over-inhoud" class="toc-title">{t(T::AboutContents)}</h2>
            <ul>
                {section("werkwijze", T::AboutMethodTitle)}
                {section("bronnen", T::AboutSourcesTitle)}
                {section("toegankelijkheid", T::StatementTitle)}
            </ul>
        </nav>

        <h2 id="werkwijze">{t(T::AboutMethodTitle)}</h2>
        <p>{t(T::AboutMethodModel)}</p>
        <p>{t(T::AboutMethodSteps)}</p>
        <ul>
            <li>{t(T::AboutMethodCompetence)}</li>
            <li>{t(T::AboutMethodFit)}</li>
            <li>{t(T::AboutMethodPressure)}</li>
            <li>{t(T::AboutMethodDecentral)}</li>
            <li>{t(T::AboutMethodVerdict)}</li>
            <li>{t(T::AboutMethodBacktest)}</li>
        </ul>
        <p>{t(T::AboutMethodExplain)}</p>

        <h2 id="bronnen">{t(T::AboutSourcesTitle)}</h2>
        <p>{t(T::AboutSourcesFacts)}</p>
        <ul>
            {SOURCES.map(|(name, address)| view! {
                <li><a href=address rel="noopener">{t(name)}</a></li>
            })}
        </ul>
        <p>{t(T::AboutSourcesFigures)}</p>
        <p>{t(T::AboutLanguage)}</p>

        <h2 id="toegankelijkheid">{t(T::StatementTitle)}</h2>
        <p>{t(T::StatementIntro)}</p>
        <h3>{t(T::StatementStatusTitle)}</h3>
        <p>{t(T::StatementStatus)}</p>
        <h3>{t(T::StatementResearchTitle)}</h3>
        <p>{t(T::StatementResearch)}</p>
        <h3>{t(T::StatementLimitsTitle)}</h3>
        <ul>
            <li>{t(T::StatementLimitMap)}</li>
            <li>{t(T::StatementLimitCharts)}</li>
            <li>{t(T::StatementLimitLanguage)}</li>
        </ul>
        <h3>{t(T::StatementKeyboardTitle)}</h3>
        <p>{t(T::StatementKeyboard)}</p>
        <h3>{t(T::StatementFeedbackTitle)}</h3>
        <p>{t(T::StatementFeedback)}</p>
        <h3>{t(T::StatementEnforcementTitle)}</h3>
        <p>
            {t(T::StatementEnforcement)}" "
            <a href="https://www.nationaleombudsman.nl" rel="noopener">"nationaleombudsman.nl"</a>
        </p>
        <h3>{t(T::StatementMoreTitle)}</h3>
        <p>{t(T::StatementDates)}</p>
    }
}
