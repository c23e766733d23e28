//! Cross-crate checks, in one test binary so the library is linked once.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail the test on unexpected IO errors"
)]

mod backtest;
mod cli;
mod data;
mod fixtures;
mod publish;
mod register;
mod scenarios;
mod stack;
mod support;
mod tidy;
