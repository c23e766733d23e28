//! The organisations table: filtering by ministry, task and search text, and sorting by name,
//! ministry, legal form or utilisation in a period.

use crate::sort::SharedSort;
use std::cmp::Ordering;

use crate::data::labels::ChoiceLabel;
use crate::data::model::Status;
use crate::i18n::Lang;
use crate::id::{MinistryId, OrganisationId, TaskCode};
use crate::landscape::Landscape;
use crate::period::Period;

/// The column the table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Name.
    #[default]
    Name,
    /// Ministry abbreviation.
    Ministry,
    /// Legal form.
    LegalForm,
    /// Utilisation in the chosen period.
    Utilisation,
}

impl SortKey {
    /// Every key, in column order.
    pub const ALL: [SortKey; 4] = [
        SortKey::Name,
        SortKey::Ministry,
        SortKey::LegalForm,
        SortKey::Utilisation,
    ];

    /// The key as written in a link.
    pub fn code(self) -> &'static str {
        match self {
            SortKey::Name => "naam",
            SortKey::Ministry => "ministerie",
            SortKey::LegalForm => "rechtsvorm",
            SortKey::Utilisation => "benutting",
        }
    }

    /// The key from a link.
    pub fn from_code(code: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|key| key.code() == code)
    }
}

/// What the table shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverviewQuery {
    /// Sort column.
    pub sort: SortKey,
    /// Sort from high to low.
    pub descending: bool,
    /// Only organisations under this ministry.
    pub ministry: Option<MinistryId>,
    /// Only organisations that perform this task type.
    pub task: Option<TaskCode>,
    /// Only organisations whose name or abbreviation contains this text (accent-insensitive).
    pub search: String,
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewRow {
    /// The organisation.
    pub id: OrganisationId,
    /// Name.
    pub naam: String,
    /// Abbreviation.
    pub afkorting: String,
    /// Ministry abbreviation, empty when none.
    pub ministerie: String,
    /// Legal form label.
    pub rechtsvorm: &'static str,
    /// Task codes.
    pub taken: Vec<TaskCode>,
    /// Utilisation in the period, when known.
    pub benutting: Option<f64>,
    /// Status of the capacity figure.
    pub status: Option<Status>,
}

/// Folds text for searching: lowercase, accents removed (`Fryslân` finds `frysl`).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            '’' | '‘' => '\'',
            other => other,
        })
        .collect()
}

/// The rows of the organisations table for a query, with utilisation in `period` and the legal
/// form in words of `lang` (sorted in that language).
pub fn overview(
    landscape: &Landscape,
    query: &OverviewQuery,
    period: Period,
    lang: Lang,
) -> Vec<OverviewRow> {
    let needle = fold(query.search.trim());
    let mut rows: Vec<OverviewRow> = landscape
        .organisations()
        .iter()
        .filter(|organisation| {
            query
                .ministry
                .as_ref()
                .is_none_or(|ministry| organisation.ministerie.as_ref() == Some(ministry))
        })
        .filter(|organisation| {
            needle.is_empty()
                || fold(&organisation.naam).contains(&needle)
                || fold(&organisation.afkorting).contains(&needle)
        })
        .filter_map(|organisation| {
            let taken: Vec<TaskCode> = landscape
                .tasks_of(&organisation.id)
                .into_iter()
                .map(|row| row.taak.clone())
                .collect();
            if let Some(task) = &query.task
                && !taken.contains(task)
            {
                return None;
            }
            let figure = landscape.capacity(&organisation.id, period);
            Some(OverviewRow {
                id: organisation.id.clone(),
                naam: organisation.naam.clone(),
                afkorting: organisation.afkorting.clone(),
                ministerie: organisation
                    .ministerie
                    .as_ref()
                    .and_then(|id| landscape.ministry(id))
                    .map(|ministry| ministry.afkorting.clone())
                    .unwrap_or_default(),
                rechtsvorm: organisation.rechtsvorm.label_in(lang),
                taken,
                benutting: figure.as_ref().and_then(|figure| figure.utilisation()),
                status: figure.map(|figure| figure.status),
            })
        })
        .collect();
    let by_name = |a: &OverviewRow, b: &OverviewRow| fold(&a.naam).cmp(&fold(&b.naam));
    rows.shared_sort_by(|a, b| {
        let primary = match query.sort {
            SortKey::Name => Ordering::Equal,
            SortKey::Ministry => a.ministerie.cmp(&b.ministerie),
            SortKey::LegalForm => a.rechtsvorm.cmp(b.rechtsvorm),
            // Unknown utilisation sorts last in both directions, so it is flipped back below.
            SortKey::Utilisation => match (a.benutting, b.benutting) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        let primary = if query.descending {
            let unknown_involved = query.sort == SortKey::Utilisation
                && (a.benutting.is_none() != b.benutting.is_none());
            if unknown_involved {
                primary
            } else {
                primary.reverse()
            }
        } else {
            primary
        };
        primary
            .then_with(|| by_name(a, b))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}

/// The period to show as "now": `year` when it has figures, or else the nearest period that has.
pub fn current_period(landscape: &Landscape, year: u16) -> Period {
    let wanted = Period::Year(year);
    let periods = landscape.periods();
    if periods.contains(&wanted) {
        return wanted;
    }
    periods
        .iter()
        .copied()
        .filter(|period| matches!(period, Period::Year(_)))
        .min_by_key(|period| period.year().abs_diff(year))
        .unwrap_or(wanted)
}
