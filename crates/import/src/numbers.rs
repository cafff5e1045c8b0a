//! Figures as reports write them: numbers typed as numbers, or text with
//! comma decimals and dot thousands (`88,19`, `1.741.540`), a `%` after.

use super::read::Cell;

/// What a figure counts: people (whole numbers) or a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    Percent,
}

/// A figure read from a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Count(u64),
    Percent(f64),
}

/// Why a cell is not a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Words, or anything that does not read as a number.
    NotANumber,
    /// A count with a fraction.
    NotWhole,
    Negative,
}

/// The figure in `cell`, `None` for an empty cell or a dash.
pub fn figure(cell: &Cell, kind: Kind) -> Result<Option<Figure>, Refusal> {
    let value = match cell {
        Cell::Empty => return Ok(None),
        Cell::Number(n) => {
            // A percentage typed as a fraction (a cell formatted `%`).
            if kind == Kind::Percent && n.abs() <= 1.5 && *n != 0.0 {
                (n * 100.0 * 1e9).round() / 1e9
            } else {
                *n
            }
        }
        Cell::Text(s) => match parse_text(s, kind)? {
            Some(v) => v,
            None => return Ok(None),
        },
    };
    if !value.is_finite() {
        return Err(Refusal::NotANumber);
    }
    if value < 0.0 {
        return Err(Refusal::Negative);
    }
    match kind {
        Kind::Percent => Ok(Some(Figure::Percent(value))),
        Kind::Count if value.fract() != 0.0 => Err(Refusal::NotWhole),
        Kind::Count if value > 9.0e15 => Err(Refusal::NotANumber),
        Kind::Count => Ok(Some(Figure::Count(value as u64))),
    }
}

/// A number written as text. A lone `,` or `.` followed by exactly three
/// digits separates thousands in a count and decimals in a percentage;
/// with both, the last one is the decimal mark.
fn parse_text(s: &str, kind: Kind) -> Result<Option<f64>, Refusal> {
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
        return Err(Refusal::NotANumber);
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
                return Err(Refusal::NotANumber);
            }
            Some(mark)
        }
    };
    let plain: String = t
        .chars()
        .filter_map(|c| match c {
            ',' | '.' if Some(c) == decimal => Some('.'),
            ',' | '.' => None,
            c => Some(c),
        })
        .collect();
    if decimal.is_none() {
        // Thousands separators must group by three.
        let groups: Vec<&str> = t.trim_start_matches('-').split([',', '.']).collect();
        if groups.len() > 1
            && (groups.iter().skip(1).any(|g| g.len() != 3)
                || groups.first().is_some_and(|g| g.is_empty() || g.len() > 3))
        {
            return Err(Refusal::NotANumber);
        }
    }
    plain
        .parse::<f64>()
        .map(Some)
        .map_err(|_| Refusal::NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str, kind: Kind) -> Result<Option<Figure>, Refusal> {
        figure(&Cell::Text(s.into()), kind)
    }

    #[test]
    fn comma_decimals_and_dot_thousands() {
        assert_eq!(
            text("88,19", Kind::Percent),
            Ok(Some(Figure::Percent(88.19)))
        );
        assert_eq!(
            text("88.19%", Kind::Percent),
            Ok(Some(Figure::Percent(88.19)))
        );
        assert_eq!(
            text("1.741.540", Kind::Count),
            Ok(Some(Figure::Count(1_741_540)))
        );
        assert_eq!(
            text("1,741,540", Kind::Count),
            Ok(Some(Figure::Count(1_741_540)))
        );
        assert_eq!(
            text("1 741 540", Kind::Count),
            Ok(Some(Figure::Count(1_741_540)))
        );
        assert_eq!(text("1.741", Kind::Count), Ok(Some(Figure::Count(1741))));
        assert_eq!(
            text("1.234,5", Kind::Percent),
            Ok(Some(Figure::Percent(1234.5)))
        );
        assert_eq!(text("-", Kind::Count), Ok(None));
        assert_eq!(text("chưa có", Kind::Count), Err(Refusal::NotANumber));
        assert_eq!(text("12,5", Kind::Count), Err(Refusal::NotWhole));
        assert_eq!(text("1.74.1", Kind::Count), Err(Refusal::NotANumber));
        assert_eq!(
            figure(&Cell::Number(0.8819), Kind::Percent),
            Ok(Some(Figure::Percent(88.19)))
        );
        assert_eq!(
            figure(&Cell::Number(94.1), Kind::Percent),
            Ok(Some(Figure::Percent(94.1)))
        );
    }
}
