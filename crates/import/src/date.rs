//! The date a report's figures stand at, read from the title lines above
//! its table: "ĐẾN NGÀY 30/09/2025", "6 THÁNG ĐẦU NĂM 2025" (30 June),
//! "QUÝ III/2025" (30 September), "Từ ngày 01/10/2025 đến ngày 31/10/2025"
//! (its end), "tháng 9/2025" (September), "năm 2024" (the year).
//!
//! [`line`] says what one line states; [`pick`] judges what all the title
//! lines state together. A cover letter's or a signature's date is the day
//! a paper was written, never the day its figures stand at: such lines are
//! [`Line::Letter`] and give no candidate. A number after `số`, `Biểu` or
//! `Mẫu` (`Biểu số 02/2025`) is a form's or a paper's number, never a
//! month, unless it is a whole day (`Ngày lập biểu: 05/11/2025`).

use chrono::{Datelike, NaiveDate};

use tiendo_model::fold::fold;

mod letters;
mod said;
mod scan;
mod step;

use letters::is_letter;
use said::*;
use scan::*;
use step::*;

/// How precisely a title gave the date. The end of a period the title
/// names (a quarter, six months, `từ … đến …`, `đến hết tháng 9`) is a
/// `Day`: the figures stand at that very day, as when the day is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Day,
    Month,
    Year,
}

/// One thing a title line says about the figures' date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Candidate {
    /// The figures stand at this date. A `Day` stands for that day, a
    /// `Month` (its last day) for that month, a `Year` (31 December) for
    /// that year.
    At(NaiveDate, Found),
    /// A day, a month or a period's end named without its year
    /// ("BÁO CÁO QUÝ III", "tháng 9", "đến ngày 30/9"): `day` is `None`
    /// for the whole month. It gives no date on its own; it only rules
    /// out the dates of other lines it does not name.
    NoYear { month: u32, day: Option<u32> },
}

/// What one title line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// The figures' date, as many ways as the line gives it (rarely more
    /// than one), in the order written; for [`pick`] with the other lines'.
    Figures(Vec<Candidate>),
    /// A cover letter's, a signature's or a document's line ("Kèm theo
    /// Công văn số …", "Hà Nội, ngày 05 tháng 11 năm 2025", "Người lập
    /// biểu", "Số: 123/BHXH-KHTC"), with the date the paper bears if it
    /// says one. That date is never the figures' date.
    Letter(Option<NaiveDate>),
    None,
}

/// The date [`pick`] chose: `index` is the candidate that gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked {
    pub index: usize,
    pub date: NaiveDate,
    pub found: Found,
}

impl Candidate {
    /// The date and its precision, unless the year is missing.
    pub fn at(&self) -> Option<(NaiveDate, Found)> {
        match *self {
            Candidate::At(date, found) => Some((date, found)),
            Candidate::NoYear { .. } => None,
        }
    }

    /// Whether `date` lies in what this candidate stands for.
    pub fn contains(&self, date: NaiveDate) -> bool {
        match *self {
            Candidate::At(d, Found::Day) => d == date,
            Candidate::At(d, Found::Month) => (d.year(), d.month()) == (date.year(), date.month()),
            Candidate::At(d, Found::Year) => d.year() == date.year(),
            Candidate::NoYear { month, day } => {
                date.month() == month && day.is_none_or(|d| d == date.day())
            }
        }
    }
}

fn rank(found: Found) -> u8 {
    match found {
        Found::Day => 0,
        Found::Month => 1,
        Found::Year => 2,
    }
}

/// The figures' date among every candidate of the title lines: the most
/// precise one (the first of equals). `Err((winner, other))` when another
/// candidate does not contain the winner's date: the title says two
/// different things, and only the user can say which is right. `Ok(None)`
/// when no candidate has a year.
pub fn pick(candidates: &[Candidate]) -> Result<Option<Picked>, (usize, usize)> {
    let Some((index, (date, found))) = candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.at().map(|a| (i, a)))
        .min_by_key(|(i, (_, found))| (rank(*found), *i))
    else {
        return Ok(None);
    };
    match candidates.iter().position(|c| !c.contains(date)) {
        Some(other) => Err((index, other)),
        None => Ok(Some(Picked { index, date, found })),
    }
}

/// The most precise date one line gives, if it gives one without
/// contradicting itself. Kept for callers that judge one line at a time;
/// [`line`] and [`pick`] judge all the lines together.
pub fn in_line(text: &str) -> Option<(NaiveDate, Found)> {
    match line(text) {
        Line::Figures(candidates) => pick(&candidates).ok().flatten().map(|p| (p.date, p.found)),
        Line::Letter(_) | Line::None => None,
    }
}

/// What `text`, one title line, says about the figures' date.
pub fn line(text: &str) -> Line {
    let p = Tokens(tokens(text));
    let scan = p.scan();
    if is_letter(text) {
        let date = scan.doc_date.or_else(|| {
            scan.mentions.iter().find_map(|m| match m.said {
                Said::Day(d) => Some(d),
                _ => None,
            })
        });
        return Line::Letter(date);
    }
    let candidates: Vec<Candidate> = p.figures(&scan.mentions);
    if !candidates.is_empty() {
        Line::Figures(candidates)
    } else if scan.doc {
        Line::Letter(scan.doc_date)
    } else {
        Line::None
    }
}

/// Folded as names are, with the Icelandic Ð some files write for Đ
/// (it folds to ð) as d too.
fn folded(text: &str) -> String {
    fold(text)
        .chars()
        .map(|c| if c == 'ð' { 'd' } else { c })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Num(u32),
    Word(String),
    Sep,
}

#[derive(Clone, Debug, PartialEq)]
struct Tok {
    kind: Kind,
    /// Written against the token before, with no space: `123/BHXH-KHTC`.
    glued: bool,
}

fn tokens(line: &str) -> Vec<Tok> {
    let folded = folded(line);
    let mut out = Vec::new();
    let mut chars = folded.chars().peekable();
    let mut glued = false;
    while let Some(&c) = chars.peek() {
        let kind = if c.is_ascii_digit() {
            let mut n = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                n.push(d);
                chars.next();
            }
            n.parse().map_or(Kind::Word(n), Kind::Num)
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                w.push(d);
                chars.next();
            }
            Kind::Word(w)
        } else if matches!(c, '/' | '-' | '.' | '–' | '—') {
            chars.next();
            Kind::Sep
        } else {
            chars.next();
            glued = false;
            continue;
        };
        out.push(Tok { kind, glued });
        glued = true;
    }
    out
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The last day of `month` in a year not named: February's is the 28th.
fn last_day(month: u32) -> Option<u32> {
    last_of_month(2001, month).map(|d| d.day())
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
