//! Numbers written as text, as Vietnamese reports and people type them:
//! comma decimals and dot thousands (`88,19`, `1.741.540`), or the other
//! way round (`1,741,540`, `94.5`), spaces between groups, a `%` after.
//! The import reads a report's cells with it; `check` suggests the fix
//! for a figure written in quotes or with a decimal comma by it.

/// What a number counts: the reading of a lone separator depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// People: whole numbers, so `1.741` is one thousand seven hundred…
    Count,
    /// A percentage: `94.470` is ninety-four and a half, near enough.
    Percent,
}

/// Text that is no number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// The number `s` writes, as plain digits with `.` for the decimal mark
/// (`1234567`, `94.47`, `-3.5`); `None` for nothing or a dash. A lone `,`
/// or `.` followed by exactly three digits separates thousands in a count
/// and decimals in a percentage; with both, the last one is the decimal
/// mark; thousands separators must group by three.
pub fn plain(s: &str, kind: Kind) -> Result<Option<String>, NotANumber> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let t = t.strip_suffix('%').unwrap_or(&t);
    if t.is_empty() || t.chars().all(|c| matches!(c, '-' | '–' | '—' | '.')) {
        return Ok(None);
    }
    if !t
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || c == ',' || (i == 0 && c == '-'))
    {
        return Err(NotANumber);
    }
    let commas = t.matches(',').count();
    let dots = t.matches('.').count();
    let digits_after = |sep: char| {
        t.rfind(sep)
            .map(|i| t.len().saturating_sub(i + 1))
            .unwrap_or(0)
    };
    let decimal: Option<char> = match (commas, dots) {
        (0, 0) => None,
        (_, 0) if commas > 1 => None,
        (0, _) if dots > 1 => None,
        (1, 0) if kind == Kind::Count && digits_after(',') == 3 => None,
        (1, 0) => Some(','),
        (0, 1) if kind == Kind::Count && digits_after('.') == 3 => None,
        (0, 1) => Some('.'),
        _ => {
            let last_comma = t.rfind(',').unwrap_or(0);
            let last_dot = t.rfind('.').unwrap_or(0);
            let mark = if last_comma > last_dot { ',' } else { '.' };
            if t.matches(mark).count() > 1 {
                return Err(NotANumber);
            }
            Some(mark)
        }
    };
    if decimal.is_none() {
        let groups: Vec<&str> = t.trim_start_matches('-').split([',', '.']).collect();
        if groups.len() > 1
            && (groups.iter().skip(1).any(|g| g.len() != 3)
                || groups.first().is_some_and(|g| g.is_empty() || g.len() > 3))
        {
            return Err(NotANumber);
        }
    }
    let plain: String = t
        .chars()
        .filter_map(|c| match c {
            ',' | '.' if Some(c) == decimal => Some('.'),
            ',' | '.' => None,
            c => Some(c),
        })
        .collect();
    plain.parse::<f64>().map_err(|_| NotANumber)?;
    Ok(Some(plain))
}

/// The number `s` writes (see `plain`).
pub fn read(s: &str, kind: Kind) -> Result<Option<f64>, NotANumber> {
    match plain(s, kind)? {
        Some(p) => p.parse::<f64>().map(Some).map_err(|_| NotANumber),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, kind: Kind) -> Option<String> {
        plain(s, kind).ok().flatten()
    }

    #[test]
    fn thousands_and_decimals_either_way() {
        use Kind::*;
        assert_eq!(p("1.234.567", Count).as_deref(), Some("1234567"));
        assert_eq!(p("1,234,567", Count).as_deref(), Some("1234567"));
        assert_eq!(p("1 234 567", Count).as_deref(), Some("1234567"));
        assert_eq!(p("1\u{a0}234\u{a0}567", Count).as_deref(), Some("1234567"));
        assert_eq!(p("1.234.567", Percent).as_deref(), Some("1234567"));
        assert_eq!(p("94,5", Percent).as_deref(), Some("94.5"));
        assert_eq!(p("94.5%", Percent).as_deref(), Some("94.5"));
        assert_eq!(p("94,47 %", Percent).as_deref(), Some("94.47"));
        assert_eq!(p("1.234,5", Percent).as_deref(), Some("1234.5"));
        assert_eq!(p("1,234.5", Percent).as_deref(), Some("1234.5"));
        assert_eq!(p("-3,5", Percent).as_deref(), Some("-3.5"));
        assert_eq!(read("94,5", Percent), Ok(Some(94.5)));
        assert_eq!(read("1.234.567", Count), Ok(Some(1_234_567.0)));
    }

    /// A lone separator before three digits: thousands in a count, the
    /// decimal mark in a percentage.
    #[test]
    fn a_lone_separator_depends_on_what_is_counted() {
        assert_eq!(p("1.741", Kind::Count).as_deref(), Some("1741"));
        assert_eq!(p("1,741", Kind::Count).as_deref(), Some("1741"));
        assert_eq!(p("1.741", Kind::Percent).as_deref(), Some("1.741"));
        assert_eq!(p("94,470", Kind::Percent).as_deref(), Some("94.470"));
        // Not three digits after it: a decimal, even in a count.
        assert_eq!(p("94,5", Kind::Count).as_deref(), Some("94.5"));
    }

    #[test]
    fn nothing_a_dash_and_words() {
        assert_eq!(plain("", Kind::Count), Ok(None));
        assert_eq!(plain(" - ", Kind::Count), Ok(None));
        assert_eq!(plain("—", Kind::Percent), Ok(None));
        assert_eq!(plain("chưa có", Kind::Count), Err(NotANumber));
        assert_eq!(plain("1e5", Kind::Percent), Err(NotANumber));
        assert_eq!(plain("1_741_540", Kind::Count), Err(NotANumber));
        // Groups of thousands must be of three, one mark only.
        assert_eq!(plain("1.74.1", Kind::Count), Err(NotANumber));
        assert_eq!(plain("1.234,5,6", Kind::Percent), Err(NotANumber));
        // Both marks: the last is the decimal one, and it comes once.
        assert_eq!(plain("1,234.567.89", Kind::Percent), Err(NotANumber));
        // A minus only in front; no other sign or letter anywhere.
        assert_eq!(plain("x5", Kind::Percent), Err(NotANumber));
        assert_eq!(plain("5-3", Kind::Count), Err(NotANumber));
        assert_eq!(plain("-3,5", Kind::Percent), Ok(Some("-3.5".to_string())));
        // The first group has one to three digits, the others three.
        assert_eq!(plain("1234,567", Kind::Count), Err(NotANumber));
        assert_eq!(plain(",123,456", Kind::Count), Err(NotANumber));
        assert_eq!(
            plain("123.456.789", Kind::Count),
            Ok(Some("123456789".to_string()))
        );
    }
}
