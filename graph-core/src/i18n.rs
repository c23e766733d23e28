//! The one translation table: every sentence the user interface shows, in Dutch and in English.
//!
//! A text is a variant of [`T`]; [`T::text`] gives it in a [`Lang`]. Texts with values take
//! placeholders in braces (`{naam}`) that [`fill`] replaces. The data itself (names of
//! organisations, official terms, messages about a file) stays Dutch; the English texts explain
//! the Dutch terms where they appear.
//!
//! Adding a text: add a line `Key: "Nederlands", "English";` to the table below. The tests fail
//! when a translation is empty, or when the two languages use different placeholders.

use std::fmt;

/// A language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language code used in links (`taal=en`) and in the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language for a code; unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Replaces each `{name}` in `template` with its value; placeholders without a value stay as
/// they are, so a missing value shows up instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

macro_rules! table {
    ($($key:ident: $nl:literal, $en:literal;)*) => {
        /// A text of the user interface; see the module documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum T {
            $($key,)*
        }

        impl T {
            /// Every text, in table order.
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            /// The text in a language.
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$key => match lang {
                        Lang::Nl => $nl,
                        Lang::En => $en,
                    },)*
                }
            }

            /// The key's name, for messages about the table itself.
            pub fn name(self) -> &'static str {
                match self {
                    $(T::$key => stringify!($key),)*
                }
            }
        }
    };
}

table! {
    // The frame around every page.
    SkipLink: "Naar de inhoud", "Skip to content";
    AppName: "Beleid zoekt Uitvoerder", "Beleid zoekt Uitvoerder";
    AppNameExplained: "Beleid zoekt Uitvoerder", "Beleid zoekt Uitvoerder (Policy seeks Implementer)";
    MainMenu: "Hoofdmenu", "Main menu";
    MenuStart: "Start", "Home";
    MenuSteps: "Stappenplan", "Step plan";
    MenuLandscape: "Landschap", "Landscape";
    MenuOrganisations: "Organisaties", "Organisations";
    MenuLoad: "Belasting", "Workload";
    MenuData: "Gegevens", "Data";
    MenuAbout: "Over", "About";
    OwnDataBadge: "Eigen gegevens", "Own data";
    FooterPrivacy: "Alles draait in uw browser: er gaan geen gegevens naar een server.",
        "Everything runs in your browser: no data is sent to a server.";
    LanguageSwitch: "English", "Nederlands";
    LanguageSwitchLabel: "Switch to English", "Schakel over naar Nederlands";
    OpenFull: "Open in een nieuw venster", "Open in a new window";
    StorageCleared: "Alles wat deze app in uw browser bewaarde, is gewist.",
        "Everything this app kept in your browser has been cleared.";
    StorageClear: "Bewaarde gegevens wissen", "Clear stored data";
    Close: "Sluiten", "Close";

    // --- Start, stappenplan, rapport, organisaties, belasting ---

    // --- Landschap, gegevens, grafieken ---

    // --- Over ---
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_text_has_both_languages() {
        let missing: Vec<String> = T::ALL
            .iter()
            .flat_map(|key| Lang::ALL.map(|lang| (*key, lang)))
            .filter(|(key, lang)| key.text(*lang).trim().is_empty())
            .map(|(key, lang)| format!("{} ({lang})", key.name()))
            .collect();
        assert!(
            missing.is_empty(),
            "texts without a translation: {missing:?}"
        );
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for key in T::ALL {
            let mut nl = placeholders(key.text(Lang::Nl));
            let mut en = placeholders(key.text(Lang::En));
            nl.sort_unstable();
            en.sort_unstable();
            assert_eq!(nl, en, "placeholders of {}", key.name());
        }
    }

    #[test]
    fn english_is_not_a_copy_of_dutch_except_for_names() {
        // Texts that are the same in both languages on purpose (names, codes).
        let same: HashSet<&str> = ["AppName"].into_iter().collect();
        let copied: Vec<&str> = T::ALL
            .iter()
            .filter(|key| key.text(Lang::Nl) == key.text(Lang::En))
            .map(|key| key.name())
            .filter(|name| !same.contains(name))
            .collect();
        assert!(
            copied.is_empty(),
            "English text copied from Dutch: {copied:?}"
        );
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{n} van {totaal} ({x})", &[("n", "3"), ("totaal", "7")]),
            "3 van 7 ({x})"
        );
        assert_eq!(fill("open {", &[]), "open {");
        assert_eq!(placeholders("{a} en {b}"), vec!["a", "b"]);
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
