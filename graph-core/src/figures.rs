//! Numbers as Dutch readers expect them: decimal comma, percentages without decimals.

/// FTE with at most one decimal and a decimal comma: `12,5`, `300`.
pub fn format_fte(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    // Avoid printing "-0" for small negative values.
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    text.replace('.', ",")
}

/// A fraction as a whole percentage: `0.874` → `87 %`.
pub fn format_percent(value: f64) -> String {
    format!("{:.0} %", value * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers() {
        assert_eq!(format_fte(12.5), "12,5");
        assert_eq!(format_fte(300.0), "300");
        assert_eq!(format_fte(2.04), "2");
        assert_eq!(format_fte(-3.25), "-3,3");
        assert_eq!(format_fte(-0.5), "-0,5");
        assert_eq!(format_fte(-0.01), "0");
        assert_eq!(format_percent(0.874), "87 %");
        assert_eq!(format_percent(1.1), "110 %");
    }
}
