//! The utilisation bands every view shares: room (ruim) below 70 %, tight (krap) up to and
//! including 100 %, full (vol) above it, and unknown without a figure.

use crate::i18n::{Lang, T};

/// How full an organisation is in a period: the same bands as the heat map and the charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Utilisation below 70 %.
    Ruim,
    /// Utilisation from 70 % up to and including 100 %.
    Krap,
    /// Utilisation above 100 %.
    Vol,
    /// No capacity figure for the period.
    Onbekend,
}

impl Band {
    /// From this utilisation on an organisation is tight (krap).
    pub const TIGHT_FROM: f64 = 0.7;
    /// Above this utilisation an organisation is full (vol).
    pub const FULL_ABOVE: f64 = 1.0;

    /// Every band, from room to unknown.
    pub const ALL: [Band; 4] = [Band::Ruim, Band::Krap, Band::Vol, Band::Onbekend];

    /// The band of a utilisation (load / capacity). A figure that is not a number has no band.
    pub fn of(utilisation: Option<f64>) -> Band {
        match utilisation {
            Some(u) if u.is_nan() => Band::Onbekend,
            Some(u) if u > Band::FULL_ABOVE => Band::Vol,
            Some(u) if u >= Band::TIGHT_FROM => Band::Krap,
            Some(_) => Band::Ruim,
            None => Band::Onbekend,
        }
    }

    /// The band as written in a link.
    pub fn code(self) -> &'static str {
        match self {
            Band::Ruim => "ruim",
            Band::Krap => "krap",
            Band::Vol => "vol",
            Band::Onbekend => "onbekend",
        }
    }

    /// The band from a link.
    pub fn from_code(code: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|band| band.code() == code)
    }

    /// The word for the band of a known utilisation (ruimte, krap, vol), for tables that write
    /// the band beside the figure.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Band::Ruim => T::BandRoom,
            Band::Krap => T::BandTight,
            Band::Vol => T::BandFull,
            Band::Onbekend => T::Unknown,
        }
        .text(lang)
    }

    /// A label with its bounds, for filters and summaries.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Band::Ruim => T::BandLabelRoom,
            Band::Krap => T::BandLabelTight,
            Band::Vol => T::BandLabelFull,
            Band::Onbekend => T::BandLabelUnknown,
        }
        .text(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_are_where_the_legend_says() {
        assert_eq!(Band::of(Some(0.699)), Band::Ruim);
        assert_eq!(Band::of(Some(Band::TIGHT_FROM)), Band::Krap);
        assert_eq!(Band::of(Some(Band::FULL_ABOVE)), Band::Krap);
        assert_eq!(Band::of(Some(1.001)), Band::Vol);
        assert_eq!(Band::of(Some(f64::NAN)), Band::Onbekend);
        assert_eq!(Band::Krap.word(Lang::Nl), "krap");
        for band in Band::ALL {
            assert_eq!(Band::from_code(band.code()), Some(band));
        }
    }
}
