//! The words of a verdict's reasons (`w`, and the exports): one sentence
//! per rule, each filled from `Facts`, numbers already written in the
//! language by `present::reason`.

/// The numbers and dates a sentence may name, each written as the language
/// writes it; a sentence reads only the ones its rule holds.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// The judging day.
    pub day: String,
    /// The figure the rule rests on, and its date.
    pub figure: String,
    pub date: String,
    /// The target's number as the sentence names it (`95 %`, `trên 95 %`).
    pub goal: String,
    pub due: String,
    /// The day the trend crosses the target; empty when it does not.
    pub on: String,
    /// The trend's slope in points per year, signed.
    pub slope: String,
    /// Where the trend stands at the due date.
    pub expected: String,
    /// Points short of the target, or over it, unsigned.
    pub points: String,
    /// The stale limit, or the end of the projection horizon.
    pub limit: String,
    /// The window around a passed due date.
    pub from: String,
    pub until: String,
    /// The source's words standing in for a figure.
    pub words: String,
    /// The status the rule gives, in words.
    pub status: String,
    /// Short of the target by less than the at-risk threshold.
    pub near: bool,
}

/// The thresholds the sentences name, written as the language writes them.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    pub stale_months: String,
    pub horizon_months: String,
    pub window_months: String,
    pub trend_years: String,
    pub trend_min_months: String,
    pub at_risk_points: String,
}

/// A sentence of a rule: its facts and the thresholds it may name.
pub type Sentence = fn(&Facts, &Limits) -> String;

pub struct WhyWords {
    /// The panel's title and the key's word.
    pub title: &'static str,
    /// The heading of the reasons in an export.
    pub heading: &'static str,
    pub verdict: &'static str,
    pub figures_used: &'static str,
    pub no_figures_used: &'static str,
    pub last_passed: &'static str,
    pub none_passed: &'static str,
    pub every_target: &'static str,
    pub no_targets: &'static str,
    /// A strict target's number as a sentence names it: `trên 95 %`.
    pub strict_goal: fn(number: &str) -> String,
    /// The target: its number, strict or not, due date, document.
    pub target_line: fn(goal: &str, strict: bool, due: &str, code: Option<&str>) -> String,
    /// A target on one line of the list of every target.
    pub target_short: fn(goal: &str, due: &str, code: Option<&str>) -> String,
    /// A target with no number (`toàn dân`).
    pub target_words_line: fn(goal: &str, due: &str, code: Option<&str>) -> String,
    /// The trend: slope, first and last figure dates, number of figures.
    pub trend_line: fn(slope: &str, first: &str, last: &str, points: usize) -> String,
    pub no_trend_line: Sentence,
    /// A figure used: its date, value and source.
    pub figure_line: fn(date: &str, figure: &str, source: &str) -> String,
    pub no_figure: Sentence,
    pub words_only: Sentence,
    pub partial_only: Sentence,
    pub stale: Sentence,
    pub no_target: Sentence,
    pub target_in_words: Sentence,
    pub met: Sentence,
    pub missed: Sentence,
    pub partial_at_due: Sentence,
    pub no_figure_at_due: Sentence,
    /// A passed target reached only by the source's estimate (`ước thực
    /// hiện`): not met until an official figure says so.
    pub estimated_at_due: Sentence,
    pub meets: Sentence,
    /// The latest figure, an estimate, meets a target ahead: on track,
    /// awaiting the official figure.
    pub estimate_meets: Sentence,
    pub falls_below: Sentence,
    pub too_few: Sentence,
    /// Met by one figure too long before the target's date to say.
    pub met_long_before: Sentence,
    pub reaches: Sentence,
    pub beyond_horizon: Sentence,
    /// Beyond the horizon on the way down: met now, below before the date.
    pub falls_beyond_horizon: Sentence,
    pub misses: Sentence,
    /// A passed target's verdict on one line: met (the figure).
    pub met_short: fn(figure: &str) -> String,
    /// Missed by (points), (the figure).
    pub missed_short: fn(points: &str, figure: &str) -> String,
    /// Estimated to meet, awaiting the official figure (the estimate).
    pub estimated_short: fn(figure: &str) -> String,
    pub partial_short: &'static str,
    pub no_figure_short: &'static str,
    /// After a target ahead's status: the day the trend reaches it.
    pub reaches_short: fn(on: &str) -> String,
}
