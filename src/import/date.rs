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

use crate::model::fold::fold;

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

/// Words that mark a cover letter's or a signature's line, folded and
/// between spaces.
const LETTER_WORDS: &[&str] = &[
    " kem theo ",
    " ngay lap ",
    " nguoi lap ",
    " lap bieu ",
    " ky ten ",
    " ky ghi ro ",
    " thu truong ",
    " giam doc ",
    " ke toan truong ",
    " attached to ",
    " enclosed with ",
    " prepared by ",
];

/// Words that make the text before a comma a title, not the place of a
/// signature ("Hà Nội, ngày …"). Place names such as Nam Định, Gia Lai,
/// Quy Nhơn or Kỳ Anh rule out `nam`, `gia`, `quy` and `ky`.
const NOT_A_PLACE: &[&str] = &[
    "den", "het", "bao", "bhyt", "bhxh", "lieu", "so", "tham", "thuc", "ket", "tinh", "nguoi",
    "report", "as",
];

/// Words that, before `ngày` on a line without a comma, start a period
/// rather than name a place: `Từ ngày 01/10/2025`. With a comma they may
/// be a place: Từ Sơn.
const NOT_A_PLACE_WITHOUT_COMMA: &[&str] = &["tu", "from", "since"];

fn is_letter(text: &str) -> bool {
    let folded = folded(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let padded = format!(" {} ", words.join(" "));
    if LETTER_WORDS.iter().any(|w| padded.contains(w)) {
        return true;
    }
    // "Hà Nội, ngày 05 tháng 11 năm 2025", "Lào Cai, 5/11/2025", and
    // without the comma "Hà Nội ngày 05 tháng 11 năm 2025".
    let (place, rest, banned): (String, &str, &[&str]) = match folded.split_once(',') {
        Some((place, rest)) => (place.to_string(), rest, &[]),
        None => match words.iter().position(|w| *w == "ngay") {
            Some(at) => (
                words.get(..at).map(|w| w.join(" ")).unwrap_or_default(),
                "ngay",
                NOT_A_PLACE_WITHOUT_COMMA,
            ),
            None => return false,
        },
    };
    let rest = rest.trim_start();
    let place: Vec<&str> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (1..=6).contains(&place.len())
        && place.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && !NOT_A_PLACE.contains(w)
                && !banned.contains(w)
        })
        && (rest.starts_with("ngay") || rest.starts_with(|c: char| c.is_ascii_digit()))
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

/// What a stretch of tokens says.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Said {
    /// A day written out.
    Day(NaiveDate),
    /// The last day of a period: exact.
    Ends(NaiveDate),
    /// A month, at its last day.
    Month(NaiveDate),
    Year(i32),
    NoYear {
        month: u32,
        day: Option<u32>,
    },
}

impl Said {
    /// The same, named as the end of a range or after `đến hết`: through
    /// its last day.
    fn through(self) -> Said {
        match self {
            Said::Month(d) => Said::Ends(d),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).map_or(self, Said::Ends),
            Said::NoYear { month, day: None } => Said::NoYear {
                month,
                day: last_day(month),
            },
            other => other,
        }
    }

    /// Its first day, to tell a range's start from its end.
    fn first(self) -> Option<NaiveDate> {
        match self {
            Said::Day(d) | Said::Ends(d) => Some(d),
            Said::Month(d) => d.with_day(1),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Said::NoYear { .. } => None,
        }
    }

    fn last(self) -> Option<NaiveDate> {
        match self {
            Said::Day(d) | Said::Ends(d) | Said::Month(d) => Some(d),
            Said::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            Said::NoYear { .. } => None,
        }
    }

    fn month(self) -> Option<u32> {
        match self {
            Said::NoYear { month, .. } => Some(month),
            Said::Year(_) => None,
            other => other.last().map(|d| d.month()),
        }
    }

    fn candidate(self) -> Option<Candidate> {
        Some(match self {
            Said::Day(d) | Said::Ends(d) => Candidate::At(d, Found::Day),
            Said::Month(d) => Candidate::At(d, Found::Month),
            Said::Year(y) => Candidate::At(NaiveDate::from_ymd_opt(y, 12, 31)?, Found::Year),
            Said::NoYear { month, day } => Candidate::NoYear { month, day },
        })
    }
}

/// Whether `a … b` reads as a range from `a` to `b`, not backwards.
fn in_order(a: Said, b: Said) -> bool {
    match (a.first(), b.last()) {
        (Some(a), Some(b)) => a <= b,
        _ => match (a.month(), b.month()) {
            (Some(a), Some(b)) => a <= b,
            _ => false,
        },
    }
}

/// Whether one of `a` and `b` lies in the other.
fn nested(a: Said, b: Said) -> bool {
    let inside = |outer: Said, inner: Said| match (outer.candidate(), inner.last()) {
        (Some(c), Some(d)) => c.contains(d),
        _ => false,
    };
    inside(a, b) || inside(b, a)
}

/// What the tokens at a place are.
enum Step {
    Said(Said, usize),
    /// Read, and not a date: an invalid date, a year out of range, a
    /// form's number (`Biểu số 02/2025`). Scanning goes on at the index.
    Nothing(usize),
    /// A document's number with letters in it (`số 123/BHXH-TST`).
    Doc(usize),
}

struct Mention {
    said: Said,
    start: usize,
    end: usize,
}

struct Scan {
    mentions: Vec<Mention>,
    doc: bool,
    /// The date right after a document's number: `số 45/BC ngày 10/10/2025`.
    doc_date: Option<NaiveDate>,
}

/// A year the import accepts: between 1990 and 2100.
fn valid_year(n: u32) -> Option<i32> {
    (1990..=2100).contains(&n).then(|| i32::try_from(n).ok())?
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_name(w: &str) -> Option<u32> {
    let w = if w == "sept" { "sep" } else { w };
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn roman(w: &str) -> Option<u32> {
    match w {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ => None,
    }
}

/// Words that may stand between the start and the end of a range.
const RANGE_WORDS: &[&str] = &[
    "den", "ngay", "het", "cuoi", "to", "until", "till", "through",
];

struct Tokens(Vec<Tok>);

impl Tokens {
    fn kind(&self, i: usize) -> Option<&Kind> {
        self.0.get(i).map(|t| &t.kind)
    }

    fn word(&self, i: usize, w: &str) -> bool {
        matches!(self.kind(i), Some(Kind::Word(x)) if x == w)
    }

    fn any_word(&self, i: usize, ws: &[&str]) -> bool {
        matches!(self.kind(i), Some(Kind::Word(x)) if ws.contains(&x.as_str()))
    }

    fn text(&self, i: usize) -> Option<&str> {
        match self.kind(i) {
            Some(Kind::Word(x)) => Some(x),
            _ => None,
        }
    }

    fn num(&self, i: usize) -> Option<u32> {
        match self.kind(i) {
            Some(Kind::Num(n)) => Some(*n),
            _ => None,
        }
    }

    fn sep(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Sep))
    }

    fn glued(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(|t| t.glued)
    }

    /// A separator written against the tokens on both sides of it.
    fn joined_sep(&self, i: usize) -> bool {
        self.sep(i) && self.glued(i) && self.glued(i + 1)
    }

    /// After an optional `/`, `-`, `năm` or `of`: the index of the year.
    fn skip_to_year(&self, i: usize) -> usize {
        if self.sep(i) || self.any_word(i, &["nam", "of", "year"]) {
            i + 1
        } else {
            i
        }
    }

    /// A period's end at `month` of the year at `j`, or without its year
    /// when there is no number there. `end` is the index after the period's
    /// own words.
    fn period_end(&self, month: u32, end: usize, j: usize) -> Step {
        match self.num(j) {
            Some(n) => match valid_year(n).and_then(|y| last_of_month(y, month)) {
                Some(d) => Step::Said(Said::Ends(d), j + 1),
                None => Step::Nothing(j + 1),
            },
            None => Step::Said(
                Said::NoYear {
                    month,
                    day: last_day(month),
                },
                end,
            ),
        }
    }

    fn day(&self, y: u32, m: u32, d: u32, next: usize) -> Step {
        match valid_year(y).and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
            Some(date) => Step::Said(Said::Day(date), next),
            None => Step::Nothing(next),
        }
    }

    /// What the tokens from `i` say, if they are a date's.
    fn at(&self, i: usize) -> Option<Step> {
        let num = |k| self.num(k);
        // A document's or a form's number: `số 123/BHXH-TST`, `Biểu số
        // 02/2025`, `Mẫu 02/2025/TT-BYT`. Its digits are no date, unless
        // they are a whole one: `Ngày lập biểu: 05/11/2025`.
        let whole_date =
            self.sep(i + 2) && num(i + 3).is_some() && self.sep(i + 4) && num(i + 5).is_some();
        if self.any_word(i, &["so", "bieu", "mau"]) && num(i + 1).is_some() && !whole_date {
            let mut j = i + 2;
            while self.glued(j) {
                j += 1;
            }
            // A form's number (`Biểu số 02/BHYT`) is no paper of its own.
            let form = (i > 0 && self.any_word(i - 1, &["bieu", "mau"])) || !self.word(i, "so");
            let letters = (i + 1..j).any(|k| self.text(k).is_some());
            return Some(if letters && !form {
                Step::Doc(j)
            } else {
                Step::Nothing(j)
            });
        }
        // 2025-09-30
        if let (Some(y), true, Some(m), true, Some(d)) = (
            num(i).filter(|n| valid_year(*n).is_some()),
            self.sep(i + 1),
            num(i + 2),
            self.sep(i + 3),
            num(i + 4),
        ) {
            return Some(self.day(y, m, d, i + 5));
        }
        // 30/09/2025, 30-9-2025, 30.09.2025
        if let (Some(d), true, Some(m), true, Some(y)) = (
            num(i),
            self.sep(i + 1),
            num(i + 2),
            self.sep(i + 3),
            num(i + 4),
        ) {
            return Some(self.day(y, m, d, i + 5));
        }
        // ngày 30/9, with no year
        if self.word(i, "ngay")
            && let (Some(d), true, Some(m)) = (num(i + 1), self.sep(i + 2), num(i + 3))
            && !self.sep(i + 4)
        {
            return Some(match last_day(m).filter(|last| (1..=*last).contains(&d)) {
                Some(_) => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: Some(d),
                    },
                    i + 4,
                ),
                None => Step::Nothing(i + 4),
            });
        }
        // (ngày) 30 tháng 9 (năm) 2025
        if let (Some(d), true, Some(m)) = (num(i), self.word(i + 1, "thang"), num(i + 2)) {
            let j = self.skip_to_year(i + 3);
            return Some(match num(j) {
                Some(y) => self.day(y, m, d, j + 1),
                None if NaiveDate::from_ymd_opt(2000, m, d).is_some() => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: Some(d),
                    },
                    i + 3,
                ),
                None => Step::Nothing(i + 3),
            });
        }
        // 30 September 2025
        if let (Some(d), Some(m), Some(y)) =
            (num(i), self.text(i + 1).and_then(month_name), num(i + 2))
        {
            return Some(self.day(y, m, d, i + 3));
        }
        // September 30, 2025; September 2025
        if let Some(m) = self.text(i).and_then(month_name) {
            if let (Some(d), Some(y)) = (num(i + 1).filter(|d| *d <= 31), num(i + 2)) {
                return Some(self.day(y, m, d, i + 3));
            }
            let j = if self.sep(i + 1) { i + 2 } else { i + 1 };
            if let Some(y) = num(j) {
                return Some(match valid_year(y).and_then(|y| last_of_month(y, m)) {
                    Some(d) => Step::Said(Said::Month(d), j + 1),
                    None => Step::Nothing(j + 1),
                });
            }
        }
        // tháng 9/2025, tháng 9 năm 2025, tháng 09-2025, month 9/2025;
        // tháng 9 with no year
        if self.any_word(i, &["thang", "month"])
            && let Some(m) = num(i + 1)
        {
            let j = self.skip_to_year(i + 2);
            return Some(match num(j) {
                Some(y) => match valid_year(y).and_then(|y| last_of_month(y, m)) {
                    Some(d) => Step::Said(Said::Month(d), j + 1),
                    None => Step::Nothing(j + 1),
                },
                None if (1..=12).contains(&m) => Step::Said(
                    Said::NoYear {
                        month: m,
                        day: None,
                    },
                    i + 2,
                ),
                None => Step::Nothing(i + 2),
            });
        }
        // quý III/2025, quý 3 năm 2025, quarter 3 of 2025; quý III
        if self.any_word(i, &["quy", "quarter"])
            && let Some(q) = num(i + 1)
                .or_else(|| self.text(i + 1).and_then(roman))
                .filter(|q| (1..=4).contains(q))
        {
            return Some(self.period_end(q * 3, i + 2, self.skip_to_year(i + 2)));
        }
        // Q3/2025, Q3 2025; a Q3 alone may be District 3, so no date
        if self.word(i, "q")
            && self.glued(i + 1)
            && let Some(q) = num(i + 1).filter(|q| (1..=4).contains(q))
        {
            let j = if self.sep(i + 2) { i + 3 } else { i + 2 };
            if num(j).is_some() {
                return Some(self.period_end(q * 3, j, j));
            }
        }
        // third quarter of 2025
        if let Some(q) = ["first", "second", "third", "fourth"]
            .iter()
            .position(|w| self.word(i, w))
            .and_then(|q| u32::try_from(q + 1).ok())
            && self.word(i + 1, "quarter")
        {
            return Some(self.period_end(q * 3, i + 2, self.skip_to_year(i + 2)));
        }
        // first half of 2025, H1 2025, nửa đầu năm 2025
        let half = if self.any_word(i, &["first", "second"]) && self.word(i + 1, "half") {
            Some((if self.word(i, "first") { 6 } else { 12 }, i + 2))
        } else if self.word(i, "h")
            && self.glued(i + 1)
            && let Some(h) = num(i + 1).filter(|h| (1..=2).contains(h))
        {
            Some((h * 6, i + 2))
        } else if self.word(i, "nua") && self.any_word(i + 1, &["dau", "cuoi"]) {
            Some((if self.word(i + 1, "dau") { 6 } else { 12 }, i + 2))
        } else {
            None
        };
        if let Some((month, end)) = half {
            let mut j = self.skip_to_year(end);
            if self.word(j, "the") {
                j = self.skip_to_year(j + 1);
            }
            if num(j).is_none() && (self.word(i, "h") || !self.word(end, "nam")) {
                // H1 alone, "first half" of nothing named
                return None;
            }
            return Some(self.period_end(month, end, j));
        }
        // 6 tháng đầu năm 2025, 9 tháng năm 2025, 6 tháng cuối năm 2025,
        // 9 months of 2025; 6 tháng đầu năm with no year
        if let Some(n) = num(i).filter(|n| (1..=12).contains(n))
            && self.any_word(i + 1, &["thang", "months", "month"])
            && num(i + 2).is_none()
        {
            let (month, j, named) = if self.word(i + 2, "dau") {
                (n, i + 3, true)
            } else if self.word(i + 2, "cuoi") {
                (12, i + 3, true)
            } else {
                (n, i + 2, false)
            };
            let year_at = self.skip_to_year(j);
            if num(year_at).is_some() || (named && self.word(j, "nam")) {
                return Some(self.period_end(month, year_at, year_at));
            }
            return None;
        }
        // năm 2024, year 2024
        if self.any_word(i, &["nam", "year"])
            && let Some(y) = num(i + 1)
        {
            return Some(match valid_year(y) {
                Some(y) => Step::Said(Said::Year(y), i + 2),
                None => Step::Nothing(i + 2),
            });
        }
        // 9/2025 without the word: not part of 30/9/2025 nor of
        // 02/2025/TT-BYT
        if let (Some(m), true, Some(y)) = (num(i), self.sep(i + 1), num(i + 2))
            && !(i > 0 && self.joined_sep(i - 1))
            && !self.joined_sep(i + 3)
            && let Some(y) = valid_year(y)
            && let Some(d) = last_of_month(y, m)
        {
            return Some(Step::Said(Said::Month(d), i + 3));
        }
        None
    }

    fn scan(&self) -> Scan {
        let mut out = Scan {
            mentions: Vec::new(),
            doc: false,
            doc_date: None,
        };
        let mut i = 0;
        while i < self.0.len() {
            match self.at(i) {
                Some(Step::Said(said, end)) => {
                    out.mentions.push(Mention {
                        said,
                        start: i,
                        end,
                    });
                    i = end;
                }
                Some(Step::Nothing(end)) => i = end,
                Some(Step::Doc(end)) => {
                    out.doc = true;
                    i = end;
                    // `số 45/BC-BHXH ngày 10/10/2025`: the paper's date.
                    let j = if self.word(i, "ngay") { i + 1 } else { i };
                    if let Some(Step::Said(Said::Day(d), end)) = self.at(j) {
                        out.doc_date.get_or_insert(d);
                        i = end;
                    }
                }
                None => i += 1,
            }
        }
        out
    }

    /// The word before `start`, past any `ngày`.
    fn before(&self, start: usize) -> (Option<&str>, Option<&str>) {
        let mut b = start;
        while b > 0 && self.word(b - 1, "ngay") {
            b -= 1;
        }
        let prev = |k: usize| b.checked_sub(k).and_then(|i| self.text(i));
        (prev(1), prev(2))
    }

    /// Whether mention `m` is a time the figures are compared with:
    /// `so với cùng kỳ năm 2024`, not a time they are taken at.
    fn compared(&self, m: &Mention) -> bool {
        matches!(
            self.before(m.start),
            (Some("voi"), Some("so"))
                | (Some("ky"), Some("cung"))
                | (Some("to" | "with"), Some("compared"))
        )
    }

    /// The candidates of `mentions`: a range's start dropped and its end
    /// read through its last day, a lone start (`từ ngày 01/10/2025`)
    /// dropped, `đến hết tháng 9` through the month's last day, and a
    /// day or month without its year in the year the line names, when it
    /// names one only (`Năm 2025 - Quý III`).
    fn figures(&self, mentions: &[Mention]) -> Vec<Candidate> {
        let mut years = mentions
            .iter()
            .filter(|m| !self.compared(m))
            .filter_map(|m| m.said.last().map(|d| d.year()));
        let line_year = years.next().filter(|y| years.all(|other| other == *y));
        let said: Vec<Said> = mentions
            .iter()
            .map(|m| match (m.said, line_year) {
                (Said::NoYear { month, day }, Some(y)) => match day {
                    Some(d) => NaiveDate::from_ymd_opt(y, month, d).map(Said::Day),
                    None => last_of_month(y, month).map(Said::Month),
                }
                .unwrap_or(m.said),
                (said, _) => said,
            })
            .collect();
        let mut out = Vec::new();
        let mut through = false;
        for (k, (m, &this)) in mentions.iter().zip(&said).enumerate() {
            let joined = mentions.get(k + 1).zip(said.get(k + 1)).filter(|(n, _)| {
                n.start > m.end
                    && (m.end..n.start).all(|t| self.sep(t) || self.any_word(t, RANGE_WORDS))
            });
            // `Tháng 9 - năm 2025` and `Năm 2025 - Quý III` name one
            // time twice, the second inside the first: no range.
            let joined = joined.filter(|(_, next)| !nested(this, **next));
            let range_end = joined.filter(|(_, next)| in_order(this, **next));
            let (prev, prev2) = self.before(m.start);
            // A range written backwards keeps both ends, for `pick` to
            // find them at odds.
            let start = joined.is_none()
                && (matches!(prev, Some("tu" | "from" | "since"))
                    || (matches!(this, Said::Year(_)) && prev == Some("dau")));
            let ends =
                matches!(prev, Some("het" | "cuoi")) || (prev, prev2) == (Some("of"), Some("end"));
            let this = if through || ends {
                this.through()
            } else {
                this
            };
            through = range_end.is_some();
            if range_end.is_some() || start || self.compared(m) {
                continue;
            }
            out.extend(this.candidate());
        }
        out
    }
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
