//! Closed values of the data (status, register role, chain kind, portfolio kind, legal form) in
//! words of a language, from the translation table.

use crate::data::model::{
    ChainKind, ChangeKind, Choice, LegalForm, PortfolioKind, RegisterRole, Status,
};
use crate::i18n::{Lang, T};

/// A closed value of the data in words of a language: in Dutch exactly its [`Choice::label`], in
/// English a translation that keeps the official Dutch term where there is one.
pub trait ChoiceLabel: Choice {
    /// The text of this value in the translation table.
    fn text_key(self) -> T;

    /// The label in a language.
    fn label_in(self, lang: Lang) -> &'static str {
        self.text_key().text(lang)
    }
}

impl ChoiceLabel for Status {
    fn text_key(self) -> T {
        match self {
            Status::Bron => T::StatusBron,
            Status::Schatting => T::StatusSchatting,
            Status::Voorbeeld => T::StatusVoorbeeld,
        }
    }
}

impl ChoiceLabel for RegisterRole {
    fn text_key(self) -> T {
        match self {
            RegisterRole::Houder => T::RoleHouder,
            RegisterRole::Bronhouder => T::RoleBronhouder,
            RegisterRole::Afnemer => T::RoleAfnemer,
        }
    }
}

impl ChoiceLabel for ChainKind {
    fn text_key(self) -> T {
        match self {
            ChainKind::Gegevens => T::ChainGegevens,
            ChainKind::Opdracht => T::ChainOpdracht,
            ChainKind::Samenwerking => T::ChainSamenwerking,
            ChainKind::Incasso => T::ChainIncasso,
            ChainKind::Toezicht => T::ChainToezicht,
            ChainKind::Ict => T::ChainIct,
            ChainKind::Verwijzing => T::ChainVerwijzing,
        }
    }
}

impl ChoiceLabel for PortfolioKind {
    fn text_key(self) -> T {
        match self {
            PortfolioKind::Wetgeving => T::PortfolioWetgeving,
            PortfolioKind::Regeling => T::PortfolioRegeling,
            PortfolioKind::Ict => T::PortfolioIct,
            PortfolioKind::Herstel => T::PortfolioHerstel,
            PortfolioKind::Programma => T::PortfolioProgramma,
            PortfolioKind::Overig => T::PortfolioOverig,
        }
    }
}

impl ChoiceLabel for LegalForm {
    fn text_key(self) -> T {
        match self {
            LegalForm::Agentschap => T::LegalAgentschap,
            LegalForm::Zbo => T::LegalZbo,
            LegalForm::Departementaal => T::LegalDepartementaal,
            LegalForm::Decentraal => T::LegalDecentraal,
            LegalForm::GemeenschappelijkeRegeling => T::LegalGemeenschappelijkeRegeling,
            LegalForm::Privaatrechtelijk => T::LegalPrivaatrechtelijk,
            LegalForm::Bijzonder => T::LegalBijzonder,
        }
    }
}

impl ChoiceLabel for ChangeKind {
    fn text_key(self) -> T {
        match self {
            ChangeKind::Toegevoegd => T::DataChangeAdded,
            ChangeKind::Gewijzigd => T::DataChangeChanged,
            ChangeKind::Verwijderd => T::DataChangeRemoved,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_labels_of_closed_values_are_the_data_labels() {
        fn check<C: ChoiceLabel>() {
            for value in C::ALL {
                assert_eq!(value.label_in(Lang::Nl), value.label(), "{}", value.code());
            }
        }
        check::<Status>();
        check::<RegisterRole>();
        check::<ChainKind>();
        check::<PortfolioKind>();
        check::<LegalForm>();
        check::<ChangeKind>();
    }
}
