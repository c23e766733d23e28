//! The user interface's texts in the chosen language: `t(T::Key)` for a fixed text,
//! `tf(T::Key, &[("name", value)])` for one with values. The table is `graph_core::i18n`.

pub use graph_core::i18n::T;
use graph_core::i18n::fill;

/// A text in the language of the user interface.
pub fn t(key: T) -> &'static str {
    key.text(crate::navigation::lang())
}

/// A text with its placeholders filled in.
pub fn tf(key: T, values: &[(&str, &str)]) -> String {
    fill(t(key), values)
}
