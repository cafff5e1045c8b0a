//! A file's syntax errors told as the parser found them: explained, each
//! fix of a line told once, and no more than so many.

use std::ops::Range;

use crate::fields::Reader;

/// A syntax error as the parser says it: where in the text parsed, and
/// its message (in English, explained when told).
pub(super) type SyntaxError = (Range<usize>, String);

/// Syntax errors told per file; past this the file is likely not TOML at all.
pub(super) const MAX_SYNTAX_ERRORS: usize = 20;

/// Tells syntax errors at places in `r.source`. What the parser recovered
/// after one is a guess; checking it would bury the real mistake under
/// problems that are not there, so they are all that is told.
pub(super) fn tell(r: &mut Reader<'_>, errors: Vec<SyntaxError>) {
    let count = errors.len();
    let mut errors = errors.into_iter();
    let mut fixed: Vec<(usize, crate::problem::Problem)> = Vec::new();
    for (span, message) in errors.by_ref().take(MAX_SYNTAX_ERRORS) {
        let problem = crate::syntax::explain(r.source, span.clone(), &message);
        // The parser may stumble twice on one slip (`date = 2024-10`), not
        // always one stumble after the other (a key written twice is told
        // at the table's end): a fix of a line's value is told once for
        // the line, whole or in pieces. Two control characters on a line
        // are two places, each told.
        let line = r
            .source
            .get(..span.start)
            .map_or(0, |b| b.matches('\n').count());
        let told = (line, problem);
        if fixed.contains(&told) {
            continue;
        }
        let (line, problem) = told;
        if fixes_the_value(&problem) {
            fixed.push((line, problem.clone()));
        }
        r.error(span, problem);
    }
    if let Some((at, _)) = errors.next() {
        // A garbled file yields thousands of these; the first ones say enough.
        let more = count - MAX_SYNTAX_ERRORS;
        r.error(at, crate::problem::Syntax::More { more });
    }
}

/// Whether `p` is the fix of a `key = value` line as a whole.
fn fixes_the_value(p: &crate::problem::Problem) -> bool {
    use crate::problem::{Problem, Syntax, Value};
    matches!(
        p,
        Problem::Value(Value::PartialDate { .. })
            | Problem::Syntax(
                Syntax::DecimalComma { .. }
                    | Syntax::DayFirstDate { .. }
                    | Syntax::NotACalendarDay { .. }
                    | Syntax::ThousandsSeparators { .. }
                    | Syntax::PercentSign { .. }
            )
    )
}
