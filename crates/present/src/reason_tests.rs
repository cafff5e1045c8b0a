//! Each rule's sentence, word for word and number for number, in both
//! languages: a changed threshold or a lost number shows here.

use super::*;
use tiendo_model::Status;
use tiendo_model::progress::Projection;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn target(goal: Option<f64>, strict: bool) -> Target {
    Target::of_nation(goal, d(2026, 12, 31), strict)
}

fn fig(date: NaiveDate, coverage: f64) -> Figure {
    Figure {
        date,
        coverage,
        estimate: false,
    }
}

fn progress(slope: Option<f64>) -> Progress {
    Progress {
        judged_on: d(2026, 12, 6),
        trend: slope.map(|slope| Trend {
            slope,
            mean_year: 2024.0,
            mean_coverage: 92.0,
            points: 4,
            first: d(2022, 12, 31),
            last: d(2025, 12, 31),
        }),
        ..Progress::default()
    }
}

/// The sentence for `rule` with `status`, against a 95 % target due
/// 31/12/2026 (strict when asked), in both languages.
fn said(rule: Rule, status: Status, strict: bool, slope: Option<f64>) -> (String, String) {
    let t = target(Some(95.0), strict);
    let v = Verdict {
        status,
        projection: Projection::None,
        rule,
    };
    let p = progress(slope);
    (
        sentence(&p, Some(&t), &v, Lang::Vi),
        sentence(&p, Some(&t), &v, Lang::En),
    )
}

fn assert_said(got: (String, String), vi: &str, en: &str) {
    assert_eq!(got.0, vi);
    assert_eq!(got.1, en);
}

#[test]
fn reaches_says_the_slope_the_day_and_the_due_date() {
    let rule = Rule::Reaches {
        latest: fig(d(2025, 12, 31), 94.1),
        on: d(2026, 8, 8),
    };
    assert_said(
        said(rule, Status::OnTrack, false, Some(2.5)),
        "xu hướng +2,50 điểm/năm đạt 95 % ngày 08/08/2026, trước hạn 31/12/2026 → đúng tiến độ",
        "trend +2.50 points/year reaches 95% on 2026-08-08, before the due date 2026-12-31 → on track",
    );
}

#[test]
fn a_strict_target_is_named_above_its_number() {
    let rule = Rule::Reaches {
        latest: fig(d(2025, 12, 31), 94.1),
        on: d(2026, 8, 8),
    };
    let (vi, en) = said(rule, Status::OnTrack, true, Some(2.5));
    assert!(vi.contains("đạt trên 95 % ngày"), "{vi}");
    assert!(en.contains("reaches >95% on"), "{en}");
}

#[test]
fn stale_says_the_figure_its_date_and_the_18_month_limit() {
    let rule = Rule::Stale {
        latest: fig(d(2024, 12, 31), 93.5),
        limit: d(2025, 6, 6),
    };
    assert_said(
        said(rule, Status::Stale, false, None),
        "số liệu mới nhất 93,50 % ngày 31/12/2024 đã cũ quá 18 tháng (trước ngày 06/06/2025) → số liệu cũ, không đánh giá tiến độ",
        "the latest figure, 93.50% on 2024-12-31, is more than 18 months old (before 2025-06-06) → stale, pace not judged",
    );
}

#[test]
fn too_few_says_why_there_is_no_trend() {
    let rule = Rule::TooFew {
        latest: fig(d(2026, 6, 30), 92.0),
    };
    assert_said(
        said(rule, Status::TooFewFigures, false, None),
        "số liệu mới nhất 92,00 % ngày 30/06/2026 chưa đạt 95 %; không tính được xu hướng vì chưa có hai số liệu cách nhau 12 tháng trong 5 năm gần nhất → chưa đủ số liệu",
        "the latest figure, 92.00% on 2026-06-30, is below 95%; no trend, as there are no two figures 12 months apart in the last 5 years → too few figures",
    );
}

#[test]
fn beyond_the_horizon_names_the_12_month_horizon() {
    let rule = Rule::BeyondHorizon {
        latest: fig(d(2025, 6, 30), 93.0),
        on: d(2026, 10, 1),
        horizon: d(2026, 6, 30),
    };
    assert_said(
        said(rule, Status::NeedsNewer, false, Some(1.5)),
        "xu hướng +1,50 điểm/năm đạt 95 % ngày 01/10/2026, trước hạn 31/12/2026, nhưng quá 12 tháng sau số liệu mới nhất ngày 30/06/2025 (sau ngày 30/06/2026) → cần số liệu mới",
        "trend +1.50 points/year reaches 95% on 2026-10-01, before the due date 2026-12-31, but more than 12 months past the latest figure of 2025-06-30 (after 2026-06-30) → needs a newer figure",
    );
    // Met now and falling: the line goes below the target.
    let rule = Rule::BeyondHorizon {
        latest: fig(d(2025, 6, 30), 96.0),
        on: d(2026, 10, 1),
        horizon: d(2026, 6, 30),
    };
    assert_said(
        said(rule, Status::NeedsNewer, false, Some(-0.8)),
        "số liệu mới nhất 96,00 % ngày 30/06/2025 đã đạt 95 %; xu hướng −0,80 điểm/năm xuống dưới mức này ngày 01/10/2026, trước hạn 31/12/2026, nhưng quá 12 tháng sau số liệu đó (sau ngày 30/06/2026) → cần số liệu mới",
        "the latest figure, 96.00% on 2025-06-30, meets 95%; the trend −0.80 points/year falls below it on 2026-10-01, before the due date 2026-12-31, but more than 12 months past that figure (after 2026-06-30) → needs a newer figure",
    );
}

#[test]
fn one_figure_long_before_the_date_names_the_horizon() {
    let rule = Rule::MetLongBefore {
        latest: fig(d(2025, 6, 30), 98.02),
        horizon: d(2026, 6, 30),
    };
    assert_said(
        said(rule, Status::NeedsNewer, false, None),
        "số liệu mới nhất 98,02 % ngày 30/06/2025 đã đạt 95 %, nhưng chưa tính được xu hướng và hạn 31/12/2026 cách số liệu này quá 12 tháng (sau ngày 30/06/2026) → cần số liệu mới",
        "the latest figure, 98.02% on 2025-06-30, meets 95%, but there is no trend, and the due date 2026-12-31 is more than 12 months past that figure (after 2026-06-30) → needs a newer figure",
    );
}

#[test]
fn misses_says_where_the_trend_stands_and_the_2_point_threshold() {
    let rule = Rule::Misses {
        latest: fig(d(2025, 12, 31), 92.0),
        expected: 93.5,
        on: Some(d(2027, 3, 1)),
    };
    assert_said(
        said(rule, Status::AtRisk, false, Some(1.2)),
        "xu hướng +1,20 điểm/năm đến hạn 31/12/2026 chỉ đạt 93,50 %, thiếu 1,50 điểm so với 95 % (dưới ngưỡng 2 điểm), đạt mục tiêu ngày 01/03/2027 → có nguy cơ",
        "trend +1.20 points/year stands at 93.50% at the due date 2026-12-31, 1.50 points short of 95% (under the 2-point threshold), reaching it on 2027-03-01 → at risk",
    );
    let rule = Rule::Misses {
        latest: fig(d(2025, 12, 31), 90.0),
        expected: 90.25,
        on: None,
    };
    assert_said(
        said(rule, Status::OffTrack, false, Some(0.25)),
        "xu hướng +0,25 điểm/năm đến hạn 31/12/2026 chỉ đạt 90,25 %, thiếu 4,75 điểm so với 95 % (từ 2 điểm trở lên) → chậm tiến độ",
        "trend +0.25 points/year stands at 90.25% at the due date 2026-12-31, 4.75 points short of 95% (2 points or more) → off track",
    );
}

#[test]
fn meets_and_falls_below() {
    let rule = Rule::Meets {
        latest: fig(d(2026, 6, 30), 95.4),
    };
    assert_said(
        said(rule, Status::Achieved, false, Some(0.4)),
        "số liệu mới nhất 95,40 % ngày 30/06/2026 đã đạt 95 %, xu hướng không xuống dưới mức này trước hạn 31/12/2026 → đạt",
        "the latest figure, 95.40% on 2026-06-30, meets 95%, and the trend does not fall below it before the due date 2026-12-31 → achieved",
    );
    let rule = Rule::FallsBelow {
        latest: fig(d(2026, 6, 30), 95.2),
        on: d(2026, 9, 15),
    };
    assert_said(
        said(rule, Status::AtRisk, false, Some(-0.9)),
        "số liệu mới nhất 95,20 % ngày 30/06/2026 đã đạt 95 %, nhưng xu hướng −0,90 điểm/năm xuống dưới mức này ngày 15/09/2026, trước hạn 31/12/2026 → có nguy cơ",
        "the latest figure, 95.20% on 2026-06-30, meets 95%, but the trend −0.90 points/year falls below it on 2026-09-15, before the due date 2026-12-31 → at risk",
    );
}

#[test]
fn at_the_due_date_met_missed_partial_or_none() {
    let met = Rule::AtDue(Outcome::Met(fig(d(2026, 12, 31), 95.3)));
    assert_said(
        said(met, Status::Achieved, false, None),
        "số liệu gần hạn 31/12/2026 nhất trong vòng 3 tháng là 95,30 % ngày 31/12/2026, đạt 95 % (hơn 0,30 điểm) → đạt",
        "the figure nearest the due date 2026-12-31 within 3 months is 95.30% on 2026-12-31, meeting 95% (0.30 points over) → met",
    );
    let missed = Rule::AtDue(Outcome::Missed {
        figure: fig(d(2026, 11, 30), 93.95),
        by: 1.05,
    });
    assert_said(
        said(missed, Status::OffTrack, false, None),
        "số liệu gần hạn 31/12/2026 nhất trong vòng 3 tháng là 93,95 % ngày 30/11/2026, thiếu 1,05 điểm so với 95 % → không đạt",
        "the figure nearest the due date 2026-12-31 within 3 months is 93.95% on 2026-11-30, 1.05 points short of 95% → missed",
    );
    let partial = Rule::AtDue(Outcome::PartialOnly(fig(d(2026, 12, 31), 97.0)));
    assert_said(
        said(partial, Status::Partial, false, None),
        "trong vòng 3 tháng quanh hạn 31/12/2026 chỉ có số liệu tổng hợp một phần, 97,00 % ngày 31/12/2026 → không nói được đạt hay không đạt",
        "within 3 months of the due date 2026-12-31 there is only a partial figure, 97.00% on 2026-12-31 → neither met nor missed can be said",
    );
    let none = Rule::AtDue(Outcome::NoFigure {
        from: d(2026, 9, 30),
        until: d(2027, 3, 31),
    });
    assert_said(
        said(none, Status::NoData, false, None),
        "không có số liệu nào từ 30/09/2026 đến 31/03/2027 (3 tháng trước và sau hạn 31/12/2026) → không có số liệu tại hạn",
        "no figure between 2026-09-30 and 2027-03-31 (3 months either side of the due date 2026-12-31) → no figure at the due date",
    );
}

#[test]
fn partial_words_no_figure_and_no_target() {
    assert_said(
        said(
            Rule::PartialOnly(fig(d(2025, 6, 30), 93.5)),
            Status::Partial,
            false,
            None,
        ),
        "chỉ có số liệu tổng hợp một phần, 93,50 % ngày 30/06/2025, không đại diện cho cả đơn vị → số liệu một phần, không đánh giá tiến độ",
        "only a partial figure, 93.50% on 2025-06-30, which stands for part of the unit → partial figure, pace not judged",
    );
    let mut p = progress(None);
    p.said = Some(Box::new(tiendo_model::point::Said {
        date: d(2025, 10, 31),
        words: "gần 95 %".into(),
        record: 0,
    }));
    let v = Verdict {
        status: Status::InWords,
        projection: Projection::None,
        rule: Rule::WordsOnly {
            date: d(2025, 10, 31),
        },
    };
    assert_eq!(
        sentence(&p, None, &v, Lang::Vi),
        "nguồn ngày 31/10/2025 chỉ nêu tỷ lệ bằng lời (gần 95 %), mới hơn mọi số liệu → số liệu gần đúng, không đánh giá tiến độ"
    );
    assert_eq!(
        sentence(&p, None, &v, Lang::En),
        "the source of 2025-10-31 gives coverage only in words (gần 95 %), later than any figure → approximate, pace not judged"
    );
    assert_said(
        said(Rule::NoFigure, Status::NoData, false, None),
        "không có số liệu nào đến ngày 06/12/2026 → chưa có số liệu",
        "no figure up to 2026-12-06 → no data",
    );
    assert_said(
        said(Rule::NoTarget, Status::NoTarget, false, None),
        "không có mục tiêu nào có con số còn hiệu lực sau ngày 06/12/2026 → chưa có mục tiêu",
        "no numeric target in force after 2026-12-06 → no target",
    );
}

#[test]
fn a_target_in_words_has_nothing_to_measure_against() {
    let t = target(None, false);
    let v = Verdict {
        status: Status::NoTarget,
        projection: Projection::None,
        rule: Rule::TargetInWords,
    };
    let p = progress(None);
    assert_eq!(
        sentence(&p, Some(&t), &v, Lang::Vi),
        "mục tiêu toàn dân hạn 31/12/2026 chỉ nêu bằng lời, không có con số để so → không đánh giá tiến độ"
    );
    assert_eq!(
        sentence(&p, Some(&t), &v, Lang::En),
        "the target universal due 2026-12-31 is in words only, with no number to measure against → pace not judged"
    );
}

#[test]
fn a_verdict_on_one_line() {
    let missed = Verdict {
        status: Status::OffTrack,
        projection: Projection::None,
        rule: Rule::AtDue(Outcome::Missed {
            figure: fig(d(2025, 12, 31), 94.1),
            by: 1.05,
        }),
    };
    assert_eq!(
        verdict_short(&missed, Lang::Vi),
        "✗ không đạt, thiếu 1,05 điểm (94,10 %, 31/12/2025)"
    );
    assert_eq!(
        verdict_short(&missed, Lang::En),
        "✗ missed by 1.05 points (94.10%, 2025-12-31)"
    );
    let ahead = Verdict {
        status: Status::OnTrack,
        projection: Projection::Year(2026),
        rule: Rule::Reaches {
            latest: fig(d(2025, 12, 31), 94.1),
            on: d(2026, 8, 8),
        },
    };
    assert_eq!(
        verdict_short(&ahead, Lang::Vi),
        "● Đúng tiến độ · đạt ngày 08/08/2026"
    );
    // A target in words is never judged: it says so, not "no target".
    let words = Verdict {
        status: Status::NoTarget,
        projection: Projection::None,
        rule: Rule::TargetInWords,
    };
    assert_eq!(verdict_short(&words, Lang::Vi), "không có số để đo");
    assert_eq!(verdict_short(&words, Lang::En), "no number to measure");
}

#[test]
fn every_rule_has_a_code() {
    assert_eq!(
        rule_code(&Rule::AtDue(Outcome::Met(fig(d(2025, 12, 31), 95.0)))),
        "at_due"
    );
    assert_eq!(
        outcome_code(&Outcome::NoFigure {
            from: d(2025, 9, 30),
            until: d(2026, 3, 31)
        }),
        "no_figure"
    );
}
