//! Whether a stated share agrees with the one its counts give: coverage
//! against participants ÷ population, `plan_percent` against participants
//! ÷ plan. `check` warns of a record that disagrees, and the import judges
//! a report's columns mixed up when most rows do: one rule for all three.

/// How far a stated share may stray from its counts', in percentage
/// points: provincial offices round, but more than this is another base
/// (another population, another plan) or another column. The import's
/// words (`mixed_up`) say "0.5 point" / "0,5 điểm": change them with it.
pub const AGREEMENT_POINTS: f64 = 0.5;

/// `part` over `whole`, in percent; none without both or of nothing.
pub fn percent(part: Option<u64>, whole: Option<u64>) -> Option<f64> {
    match (part, whole) {
        (Some(p), Some(n)) if n > 0 => Some(p as f64 * 100.0 / n as f64),
        _ => None,
    }
}

/// Whether `stated` is more than `AGREEMENT_POINTS` from `counted`.
pub fn disagrees(stated: f64, counted: f64) -> bool {
    (stated - counted).abs() > AGREEMENT_POINTS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule at its edge: half a point agrees, a hair more does not.
    #[test]
    fn half_a_point_agrees_more_disagrees() {
        assert_eq!(AGREEMENT_POINTS, 0.5);
        assert!(!disagrees(50.5, 50.0));
        assert!(!disagrees(49.5, 50.0));
        assert!(disagrees(50.51, 50.0));
        assert!(disagrees(49.49, 50.0));
        assert!(!disagrees(94.47, 94.47));
    }

    #[test]
    fn a_share_needs_both_counts_and_a_whole() {
        assert_eq!(percent(Some(1), Some(2)), Some(50.0));
        assert_eq!(percent(Some(1_741_540), Some(1_741_540)), Some(100.0));
        assert_eq!(percent(Some(1), Some(0)), None);
        assert_eq!(percent(None, Some(2)), None);
        assert_eq!(percent(Some(1), None), None);
    }
}
