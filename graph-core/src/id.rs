//! Typed identifiers for the things in the landscape, so that the public API never speaks
//! petgraph indices or bare strings. The text is shared: copying an id (a ranking does for every
//! organisation) copies no text.

use std::fmt;
use std::sync::Arc;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(Arc<str>);

        impl $name {
            /// Wraps a code or id as it appears in the data (no checks; validation happens on load).
            pub fn new(value: impl Into<String>) -> Self {
                Self(Arc::from(value.into()))
            }

            /// The code or id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(Arc::from(value))
            }
        }
    };
}

id_type!(
    /// A ministry, such as `szw`.
    MinistryId
);
id_type!(
    /// An executive organisation, such as `uwv` or `dienst-toeslagen`.
    OrganisationId
);
id_type!(
    /// A task type of the taxonomy, such as `UIT` (uitkeren).
    TaskCode
);
id_type!(
    /// A target group, such as `B` (burgers).
    TargetGroupCode
);
id_type!(
    /// A register, such as `brp`.
    RegisterCode
);
id_type!(
    /// A portfolio item (a change programme that takes capacity).
    PortfolioId
);
id_type!(
    /// An existing scheme (regeling) an organisation carries out, such as `duo-studiefinanciering`.
    SchemeId
);

/// Whether `value` is a valid slug id: lowercase ASCII letters, digits and single hyphens.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--")
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `value` is a valid code: uppercase ASCII letters and digits.
pub fn is_code(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("uwv"));
        assert!(is_slug("dienst-toeslagen"));
        assert!(is_slug("ggd-en-25"));
        assert!(!is_slug("UWV"));
        assert!(!is_slug("-uwv"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("dienst toeslagen"));
        assert!(!is_slug(""));
    }

    #[test]
    fn codes() {
        assert!(is_code("UIT"));
        assert!(is_code("B"));
        assert!(!is_code("uit"));
        assert!(!is_code(""));
    }
}
