//! A title line's mentions of dates, found place by place, and the
//! candidates for the figures' date they give.

use chrono::NaiveDate;

use super::*;

pub(super) struct Mention {
    pub(super) said: Said,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) struct Scan {
    pub(super) mentions: Vec<Mention>,
    pub(super) doc: bool,
    /// The date right after a document's number: `số 45/BC ngày 10/10/2025`.
    pub(super) doc_date: Option<NaiveDate>,
}

pub(super) struct Tokens(pub(super) Vec<Tok>);

impl Tokens {
    pub(super) fn scan(&self) -> Scan {
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
    pub(super) fn before(&self, start: usize) -> (Option<&str>, Option<&str>) {
        let mut b = start;
        while b > 0 && self.word(b - 1, "ngay") {
            b -= 1;
        }
        let prev = |k: usize| b.checked_sub(k).and_then(|i| self.text(i));
        (prev(1), prev(2))
    }

    /// Whether mention `m` is a time the figures are compared with:
    /// `so với cùng kỳ năm 2024`, not a time they are taken at.
    pub(super) fn compared(&self, m: &Mention) -> bool {
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
    pub(super) fn figures(&self, mentions: &[Mention]) -> Vec<Candidate> {
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
