//! Figures as reports write them: numbers typed as numbers, or text with
//! comma decimals and dot thousands (`88,19`, `1.741.540`), a `%` after,
//! read by `tiendo_model::numbers_as_text`.

use tiendo_model::numbers_as_text;

use super::read::Cell;

/// What a figure counts: people (whole numbers) or a percentage.
pub use tiendo_model::numbers_as_text::Kind;

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

/// A number written as text (`numbers_as_text::read`).
fn parse_text(s: &str, kind: Kind) -> Result<Option<f64>, Refusal> {
    numbers_as_text::read(s, kind).map_err(|_| Refusal::NotANumber)
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
