//! What a column holds, judged from its whole header: the merged cell above
//! it and its own. `Người tham gia BHYT › Số người` holds participants,
//! `Kế hoạch giao › Số người` the plan, and `Dân số (người)` the population:
//! a word alone (`người`) never decides.

use super::role::Role;
use tiendo_model::fold::words;

/// A column's header: the merged cell above (carried over the columns it
/// spans) and the column's own cell. A single-row header has only `top`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub top: String,
    pub sub: String,
}

impl Header {
    pub fn is_empty(&self) -> bool {
        self.top.is_empty() && self.sub.is_empty()
    }

    /// `Người tham gia BHYT › Số người`, or the one part there is.
    pub fn shown(&self) -> String {
        match (self.top.is_empty(), self.sub.is_empty()) {
            (false, false) => format!("{} › {}", self.top, self.sub),
            (false, true) => self.top.clone(),
            _ => self.sub.clone(),
        }
    }

    /// Both parts as one line of words, for `--column` to find.
    pub fn words(&self) -> String {
        words(&format!("{} {}", self.top, self.sub))
    }
}

/// What a header says about its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guess {
    /// It names the role.
    Is(Role),
    /// A change against another period (`Tăng/giảm so với cùng kỳ`): a
    /// figure, but none of the roles.
    Change,
    /// It mentions people or a share without saying which (`Số người`,
    /// `Tỷ lệ`): a column of numbers under it cannot be left unread without
    /// asking.
    Vague,
    /// Nothing the import reads (`STT`, `Ghi chú`).
    Nothing,
}

/// Folded words with what is in brackets left out: `Dân số (người)` is
/// `dan so`, the unit in brackets saying nothing of the role.
fn bare(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    words(&out)
}

/// Whether `text` (folded words) holds one of `keys` as whole words.
pub fn has_any(text: &str, keys: &[&str]) -> bool {
    let padded = format!(" {text} ");
    keys.iter().any(|k| padded.contains(&format!(" {k} ")))
}

const PERCENT: &[&str] = &[
    "ty le",
    "ti le",
    "percent",
    "pct",
    "rate",
    "share",
    "hoan thanh",
    "dat",
];
const PLAN: &[&str] = &["ke hoach", "chi tieu", "kh", "plan", "target"];
/// `so với` alone is no change: `so với kế hoạch` is a share of the plan.
const CHANGE: &[&str] = &[
    "tang",
    "giam",
    "cung ky",
    "chenh lech",
    "thang truoc",
    "nam truoc",
    "ky truoc",
    "change",
    "increase",
    "decrease",
];
const COVERAGE: &[&str] = &["bao phu", "coverage"];
const POPULATION: &[&str] = &["dan so", "population", "so dan"];
const PARTICIPANTS: &[&str] = &[
    "tham gia",
    "participants",
    "insured",
    "enrolled",
    "doi tuong",
    "co the",
];
const UNIT: &[&str] = &[
    "don vi",
    "dia phuong",
    "ten",
    "unit",
    "units",
    "locality",
    "province",
    "district",
    "commune",
    "name",
    "tinh",
    "huyen",
    "xa",
    "quan",
    "phuong",
    "tinh thanh",
    "area",
];
/// Words that say a column counts people or gives a share, without
/// saying which figure.
const VAGUE: &[&str] = &["nguoi", "so nguoi", "so luong", "so the", "the", "%"];

/// The role `header` names, judged on both its parts.
pub fn guess(header: &Header) -> Guess {
    let all = format!("{} {}", bare(&header.top), bare(&header.sub));
    let all = all.trim();
    if all.is_empty() && !header.top.contains('%') && !header.sub.contains('%') {
        return Guess::Nothing;
    }
    let percent =
        header.top.contains('%') && header.sub.is_empty() || header.sub.contains('%') || {
            // A share said in the column's own words, or in the top's when
            // the column has none.
            let own = if header.sub.is_empty() {
                bare(&header.top)
            } else {
                bare(&header.sub)
            };
            has_any(&own, PERCENT)
        };
    let plan = has_any(all, PLAN);
    if has_any(all, CHANGE) {
        return Guess::Change;
    }
    if plan && percent {
        return Guess::Is(Role::PlanPercent);
    }
    if plan {
        return Guess::Is(Role::Plan);
    }
    if percent {
        // A share of what: of the population insured, unless it says
        // nothing of participants or coverage.
        return if has_any(all, COVERAGE) || has_any(all, PARTICIPANTS) || has_any(all, POPULATION) {
            Guess::Is(Role::Coverage)
        } else {
            Guess::Vague
        };
    }
    if has_any(all, COVERAGE) {
        return Guess::Is(Role::Coverage);
    }
    if has_any(all, POPULATION) {
        return Guess::Is(Role::Population);
    }
    if has_any(all, PARTICIPANTS) {
        return Guess::Is(Role::Participants);
    }
    // `Bảo hiểm xã hội` (the agency's name over a report) is no commune.
    if has_any(all, UNIT) && !has_any(all, &["xa hoi"]) {
        return Guess::Is(Role::Unit);
    }
    if has_any(all, VAGUE) {
        return Guess::Vague;
    }
    Guess::Nothing
}

/// Whether a header says its figures are estimated (`Ước thực hiện`, `ước`).
pub fn is_estimate(text: &str) -> bool {
    has_any(&words(text), &["uoc", "estimate", "estimated"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two(top: &str, sub: &str) -> Guess {
        guess(&Header {
            top: top.into(),
            sub: sub.into(),
        })
    }

    fn one(top: &str) -> Guess {
        two(top, "")
    }

    #[test]
    fn the_merged_cell_above_decides_with_the_columns_own() {
        assert_eq!(one("Dân số (người)"), Guess::Is(Role::Population));
        assert_eq!(
            two("Người tham gia BHYT", "Số người"),
            Guess::Is(Role::Participants)
        );
        assert_eq!(
            two("Người tham gia BHYT", "Tỷ lệ bao phủ (%)"),
            Guess::Is(Role::Coverage)
        );
        assert_eq!(two("Kế hoạch giao", "Số người"), Guess::Is(Role::Plan));
        assert_eq!(
            two("Kế hoạch giao", "Tỷ lệ hoàn thành KH (%)"),
            Guess::Is(Role::PlanPercent)
        );
        assert_eq!(
            two("Kế hoạch giao", "Tỷ lệ đạt (%)"),
            Guess::Is(Role::PlanPercent)
        );
        assert_eq!(
            two("Người tham gia BHYT", "Tỷ lệ (%)"),
            Guess::Is(Role::Coverage)
        );
    }

    #[test]
    fn the_names_each_role_goes_by() {
        assert_eq!(one("Tổng dân số"), Guess::Is(Role::Population));
        assert_eq!(one("Dân số trung bình"), Guess::Is(Role::Population));
        assert_eq!(one("Population"), Guess::Is(Role::Population));
        assert_eq!(one("Số người tham gia"), Guess::Is(Role::Participants));
        assert_eq!(one("Số đối tượng"), Guess::Is(Role::Participants));
        assert_eq!(one("Số người tham gia BHYT"), Guess::Is(Role::Participants));
        assert_eq!(one("Tỷ lệ bao phủ (%)"), Guess::Is(Role::Coverage));
        assert_eq!(one("Coverage %"), Guess::Is(Role::Coverage));
        assert_eq!(one("Chỉ tiêu giao"), Guess::Is(Role::Plan));
        assert_eq!(one("Kế hoạch giao"), Guess::Is(Role::Plan));
        assert_eq!(one("Tỷ lệ hoàn thành KH"), Guess::Is(Role::PlanPercent));
        assert_eq!(one("% KH"), Guess::Is(Role::PlanPercent));
        assert_eq!(
            one("Tỷ lệ hoàn thành so với kế hoạch (%)"),
            Guess::Is(Role::PlanPercent)
        );
        assert_eq!(one("Tỷ lệ so với dân số (%)"), Guess::Is(Role::Coverage));
        assert_eq!(one("Tên đơn vị"), Guess::Is(Role::Unit));
        assert_eq!(one("Ten don vi"), Guess::Is(Role::Unit));
        assert_eq!(one("Tỉnh/thành phố"), Guess::Is(Role::Unit));
    }

    #[test]
    fn a_word_alone_never_decides() {
        assert_eq!(one("Số người"), Guess::Vague);
        assert_eq!(one("người"), Guess::Vague);
        assert_eq!(one("Tỷ lệ (%)"), Guess::Vague);
        assert_eq!(one("STT"), Guess::Nothing);
        assert_eq!(one("Ghi chú"), Guess::Nothing);
        assert_eq!(one("BẢO HIỂM XÃ HỘI VIỆT NAM"), Guess::Nothing);
        assert_eq!(one(""), Guess::Nothing);
    }

    #[test]
    fn a_change_against_another_period_is_no_role() {
        assert_eq!(one("Tăng/giảm so với cùng kỳ (%)"), Guess::Change);
        assert_eq!(
            two("Người tham gia BHYT", "Tăng so với tháng trước"),
            Guess::Change
        );
    }

    #[test]
    fn estimates_are_said_in_the_header() {
        assert!(is_estimate("Ước thực hiện tháng 10"));
        assert!(is_estimate("Số người (ước)"));
        assert!(!is_estimate("Cả nước"));
        assert!(!is_estimate("Thực hiện"));
    }

    #[test]
    fn headers_are_shown_as_a_path() {
        let h = Header {
            top: "Người tham gia BHYT".into(),
            sub: "Số người".into(),
        };
        assert_eq!(h.shown(), "Người tham gia BHYT › Số người");
        assert_eq!(h.words(), "nguoi tham gia bhyt so nguoi");
    }

    #[test]
    fn brackets_hold_the_unit_and_say_nothing_of_the_role() {
        // What is in brackets is left out, and only that: the words after
        // them still count.
        assert_eq!(one("Ghi chú (số người)"), Guess::Nothing);
        assert_eq!(one("Số người [1] tham gia"), Guess::Is(Role::Participants));
    }

    #[test]
    fn a_share_is_said_by_a_sign_or_a_word() {
        // `%` alone says a share but not of what.
        assert_eq!(one("%"), Guess::Vague);
        assert_eq!(two("", "%"), Guess::Vague);
        assert_eq!(one("Tỷ lệ"), Guess::Vague);
        // Under the plan, `%` is the share of the plan, with or without words.
        assert_eq!(two("Kế hoạch giao", "%"), Guess::Is(Role::PlanPercent));
        // A `%` in the top says nothing of the column beneath with its own words.
        assert_eq!(
            two("Người tham gia BHYT (%)", "Số người"),
            Guess::Is(Role::Participants)
        );
    }

    #[test]
    fn a_header_is_empty_only_when_both_parts_are() {
        assert!(Header::default().is_empty());
        let top = Header {
            top: "Dân số".into(),
            sub: String::new(),
        };
        assert!(!top.is_empty());
        assert_eq!(top.shown(), "Dân số");
        let sub = Header {
            top: String::new(),
            sub: "Số người".into(),
        };
        assert!(!sub.is_empty());
        assert_eq!(sub.shown(), "Số người");
    }
}
