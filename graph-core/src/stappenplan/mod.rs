//! The stappenplan: a proposal, the ranking of organisations against it, the report, the
//! stapeling of several proposals and the backtest on past schemes.

pub mod backtest;
pub mod proposal;
pub mod rank;
pub mod report;
pub mod stack;
