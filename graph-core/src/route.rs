//! The app's views and their state as a URL query string (`?p=organisatie&id=uwv`). Query strings
//! need no server rewrite rules, so every view has a link that works on any static host, under any
//! sub-path and inside an iframe.

use std::fmt;
use std::str::FromStr;

use crate::explorer::explore::ExploreQuery;
use crate::explorer::overview::{OverviewQuery, SortKey};
use crate::id::{MinistryId, OrganisationId, TaskCode};
use crate::links::{LinkError, encode_component, get, query_pairs};
use crate::stappenplan::proposal::Proposal;

/// A view of the app, with the state that belongs in its link.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Route {
    /// The start page.
    #[default]
    Start,
    /// The organisations table.
    Organisations(OverviewQuery),
    /// One organisation's page.
    Organisation(OrganisationId),
    /// Method, sources and the accessibility statement.
    About,
    /// A step (1–8) of the stappenplan, with the answers so far.
    Step(u8, Box<Proposal>),
    /// The report for the answers.
    Report(Box<Proposal>),
    /// The utilisation heat map of the whole landscape.
    Load(crate::chart::HeatmapOrder),
    /// Downloading templates and data, uploading own figures.
    Data,
    /// The Landschap explorer, with its filters, selection and camera.
    Landscape(ExploreQuery),
    /// "Mijn voorstellen" and the stapeling of the chosen ones.
    Stacking,
}

/// The number of steps of the stappenplan.
pub const STEPS: u8 = 8;

/// Why a query string does not name a view. The app shows the start page and says so.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    /// An unknown page name.
    #[error("de pagina {0:?} bestaat niet")]
    UnknownPage(String),
    /// A parameter is missing or has a value that cannot be right.
    #[error(transparent)]
    Link(#[from] LinkError),
    /// The answers in the link could not be read.
    #[error("{0}")]
    Proposal(#[from] crate::stappenplan::proposal::ProposalError),
}

impl FromStr for Route {
    type Err = RouteError;

    fn from_str(query: &str) -> Result<Self, Self::Err> {
        let pairs = query_pairs(query);
        match get(&pairs, "p").unwrap_or("") {
            "" | "start" => Ok(Route::Start),
            "over" => Ok(Route::About),
            "stap" => {
                let step = get(&pairs, "n").unwrap_or("1");
                let number: u8 = step
                    .parse()
                    .ok()
                    .filter(|n| (1..=STEPS).contains(n))
                    .ok_or_else(|| LinkError::BadValue("n", step.to_owned()))?;
                Ok(Route::Step(number, Box::new(query.parse()?)))
            }
            "rapport" => Ok(Route::Report(Box::new(query.parse()?))),
            "gegevens" => Ok(Route::Data),
            "stapeling" => Ok(Route::Stacking),
            "landschap" => Ok(Route::Landscape(ExploreQuery::from_pairs(&pairs)?)),
            "belasting" => Ok(Route::Load(match get(&pairs, "volgorde") {
                Some("druk") => crate::chart::HeatmapOrder::Pressure,
                _ => crate::chart::HeatmapOrder::Ministry,
            })),
            "organisatie" => {
                let id = get(&pairs, "id").ok_or(LinkError::Missing("id"))?;
                if crate::id::is_slug(id) {
                    Ok(Route::Organisation(OrganisationId::new(id)))
                } else {
                    Err(LinkError::BadValue("id", id.to_owned()).into())
                }
            }
            "organisaties" => {
                let mut query = OverviewQuery::default();
                if let Some(sort) = get(&pairs, "sorteer") {
                    query.sort = SortKey::from_code(sort)
                        .ok_or_else(|| LinkError::BadValue("sorteer", sort.to_owned()))?;
                }
                query.descending = get(&pairs, "volgorde") == Some("af");
                if let Some(ministry) = get(&pairs, "ministerie").filter(|v| !v.is_empty()) {
                    if !crate::id::is_slug(ministry) {
                        return Err(LinkError::BadValue("ministerie", ministry.to_owned()).into());
                    }
                    query.ministry = Some(MinistryId::new(ministry));
                }
                if let Some(task) = get(&pairs, "taak").filter(|v| !v.is_empty()) {
                    if !crate::id::is_code(task) {
                        return Err(LinkError::BadValue("taak", task.to_owned()).into());
                    }
                    query.task = Some(TaskCode::new(task));
                }
                if let Some(text) = get(&pairs, "zoek") {
                    query.search = text.chars().take(100).collect();
                }
                Ok(Route::Organisations(query))
            }
            other => Err(RouteError::UnknownPage(other.to_owned())),
        }
    }
}

impl fmt::Display for Route {
    /// The query string, starting with `?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Start => f.write_str("?"),
            Route::About => f.write_str("?p=over"),
            Route::Step(number, proposal) => write!(f, "?p=stap&n={number}&{proposal}"),
            Route::Report(proposal) => write!(f, "?p=rapport&{proposal}"),
            Route::Data => f.write_str("?p=gegevens"),
            Route::Stacking => f.write_str("?p=stapeling"),
            Route::Landscape(query) => write!(f, "?p=landschap{query}"),
            Route::Load(crate::chart::HeatmapOrder::Ministry) => f.write_str("?p=belasting"),
            Route::Load(crate::chart::HeatmapOrder::Pressure) => {
                f.write_str("?p=belasting&volgorde=druk")
            }
            Route::Organisation(id) => {
                write!(f, "?p=organisatie&id={}", encode_component(id.as_str()))
            }
            Route::Organisations(query) => {
                f.write_str("?p=organisaties")?;
                if query.sort != SortKey::default() {
                    write!(f, "&sorteer={}", query.sort.code())?;
                }
                if query.descending {
                    f.write_str("&volgorde=af")?;
                }
                if let Some(ministry) = &query.ministry {
                    write!(f, "&ministerie={}", encode_component(ministry.as_str()))?;
                }
                if let Some(task) = &query.task {
                    write!(f, "&taak={}", encode_component(task.as_str()))?;
                }
                if !query.search.is_empty() {
                    write!(f, "&zoek={}", encode_component(&query.search))?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::decode_component;
    use proptest::prelude::*;

    #[test]
    fn routes_round_trip() {
        let routes = [
            Route::Start,
            Route::About,
            Route::Organisation(OrganisationId::new("dienst-toeslagen")),
            Route::Organisations(OverviewQuery::default()),
            Route::Organisations(OverviewQuery {
                sort: SortKey::Utilisation,
                descending: true,
                ministry: Some(MinistryId::new("szw")),
                task: Some(TaskCode::new("UIT")),
                search: "Fryslân & co".to_owned(),
            }),
            Route::Step(1, Box::default()),
            Route::Step(
                5,
                Box::new(Proposal {
                    tasks: vec![TaskCode::new("UIT")],
                    fte: Some(12.5),
                    ..Proposal::default()
                }),
            ),
            Route::Report(Box::new(Proposal {
                title: "Toeslag & meer".into(),
                ..Proposal::default()
            })),
            Route::Data,
            Route::Load(crate::chart::HeatmapOrder::Ministry),
            Route::Load(crate::chart::HeatmapOrder::Pressure),
            Route::Landscape(ExploreQuery::default()),
            Route::Landscape(ExploreQuery {
                ministry: Some(MinistryId::new("szw")),
                selected: Some("org:uwv".parse().expect("a valid key")),
                depth: 2,
                zoom: 1.75,
                ..ExploreQuery::default()
            }),
            Route::Landscape(ExploreQuery {
                table: true,
                band: Some(crate::band::Band::Vol),
                period: Some(crate::period::Period::Quarter(2027, 2)),
                path_from: Some(OrganisationId::new("uwv")),
                path_to: Some(OrganisationId::new("kadaster")),
                layout: crate::explorer::explore::ExploreLayout::Ministry,
                centre: (-3.5, 120.25),
                ..ExploreQuery::default()
            }),
        ];
        for route in routes {
            let text = route.to_string();
            assert_eq!(text.parse::<Route>(), Ok(route), "{text}");
        }
    }

    #[test]
    fn bad_routes_are_errors() {
        assert_eq!(
            "?p=nergens".parse::<Route>(),
            Err(RouteError::UnknownPage("nergens".into()))
        );
        assert_eq!(
            "?p=organisatie".parse::<Route>(),
            Err(RouteError::Link(LinkError::Missing("id")))
        );
        assert!("?p=organisatie&id=%3Cscript%3E".parse::<Route>().is_err());
        assert!("?p=organisaties&sorteer=x".parse::<Route>().is_err());
        assert_eq!("".parse::<Route>(), Ok(Route::Start));
        assert!("?p=stap&n=9".parse::<Route>().is_err());
        assert!("?p=stap&n=3&v=7".parse::<Route>().is_err());
        assert_eq!(
            "?p=stap".parse::<Route>(),
            Ok(Route::Step(1, Box::default()))
        );
        assert_eq!("?x=%".parse::<Route>(), Ok(Route::Start));
        assert_eq!(
            "?p=landschap".parse::<Route>(),
            Ok(Route::Landscape(ExploreQuery::default()))
        );
        assert_eq!(
            Route::Landscape(ExploreQuery::default()).to_string(),
            "?p=landschap"
        );
        assert_eq!(
            "?p=landschap&zoom=NaN".parse::<Route>(),
            Err(RouteError::Link(LinkError::BadValue("zoom", "NaN".into())))
        );
        assert!("?p=landschap&diepte=200".parse::<Route>().is_err());
        assert!("?p=landschap&kies=org%3A".parse::<Route>().is_err());
        assert!("?p=landschap&benutting=rood".parse::<Route>().is_err());
    }

    proptest! {
        #[test]
        fn decoding_never_panics(text in ".*") {
            let _ = text.parse::<Route>();
        }

        #[test]
        fn landscape_routes_round_trip(query in crate::explorer::explore::tests::arbitrary_query()) {
            let route = Route::Landscape(query);
            let text = route.to_string();
            prop_assert_eq!(text.parse::<Route>(), Ok(route), "{}", text);
        }

        #[test]
        fn components_round_trip(text in ".*") {
            prop_assert_eq!(decode_component(&encode_component(&text)), text);
        }
    }
}
