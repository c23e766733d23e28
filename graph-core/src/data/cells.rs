//! Spreadsheet formula injection: cells that would start a formula in Excel get an apostrophe
//! before them on the way out ([`neutralise`]) and lose it on the way in ([`unneutralise`]).

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell, past any apostrophes it starts with, begins like a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// Neutralises a cell against spreadsheet formula injection by putting an apostrophe before a
/// leading `=`, `+`, `-`, `@`, tab or carriage return (also when apostrophes come first, so that
/// a cell that starts with one keeps it). The loader removes that apostrophe again.
pub fn neutralise(cell: &str) -> String {
    if formula_like(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Removes the apostrophe that [`neutralise`] added.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apostrophe_before_a_formula_character_survives() {
        for cell in ["'=x", "'+31", "''=x", "'plain"] {
            assert_eq!(unneutralise(&neutralise(cell)), cell);
        }
    }

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for cell in ["=SUM(A1)", "+31", "-3", "@x", "\tx", "\rx"] {
            let safe = neutralise(cell);
            assert!(safe.starts_with('\''), "{cell}");
            assert_eq!(unneutralise(&safe), cell);
        }
        assert_eq!(neutralise("UWV"), "UWV");
        assert_eq!(unneutralise("'gewoon"), "'gewoon");
    }
}
