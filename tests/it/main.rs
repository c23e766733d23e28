//! Cross-crate checks, in one test binary so the library is linked once.

mod cli;
mod data;
mod support;
