//! As of any day: the whole dataset judged as it stood then, on a fixture
//! whose answers are worked out by hand (`tests/judging/as-of.toml`), and
//! the `t`/`T` keys that step through the year ends.

// Test helpers outside #[test] functions: a failed fixture is meant to stop the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use chrono::NaiveDate;
use common::day;
use tiendo::app::{Notice, Screen, SortKey};
use tiendo::model::{self, Era, Model, Progress, Status};
use tiendo::text::Lang;

fn fixture() -> Model {
    let path = "tests/judging/as-of.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    model::derive(common::load(vec![(path, bytes)]).dataset, common::today())
}

fn as_of(day: NaiveDate) -> Model {
    let mut m = fixture();
    m.set_as_of(Some(day));
    m
}

fn progress<'m>(m: &'m Model, id: &str) -> &'m Progress {
    m.progress(m.index_of(id).unwrap(), Era::Current).unwrap()
}

fn shown(p: &Progress) -> Option<(NaiveDate, f64)> {
    p.latest_point().map(|x| (x.date, x.coverage))
}

#[test]
fn mid_2020_shows_the_2019_figure_against_the_2020_target() {
    let m = as_of(day(2020, 6, 30));
    assert_eq!(m.as_of(), Some(day(2020, 6, 30)));
    let p = progress(&m, "P");
    assert_eq!(shown(p), Some((day(2019, 12, 31), 85.0)));
    assert_eq!(p.history.len(), 1, "nothing dated after the day is used");
    assert_eq!(
        m.target(p.numeric_target).and_then(|t| t.coverage),
        Some(90.0)
    );
    assert_eq!(p.gap, Some(-5.0));
    assert!(p.trend.is_none());
    assert_eq!(p.status, Status::TooFewFigures);
    assert!(p.year_on_year.is_none());
    assert!(!p.stale);
}

#[test]
fn a_figure_dated_on_the_day_counts_and_is_compared_with_a_year_before() {
    let m = as_of(day(2020, 12, 31));
    let p = progress(&m, "P");
    assert_eq!(shown(p), Some((day(2020, 12, 31), 88.0)));
    let yoy = p.year_on_year.unwrap();
    assert_eq!(yoy.before, day(2019, 12, 31));
    assert!((yoy.change - 3.0).abs() < 1e-9, "{}", yoy.change);
}

#[test]
fn a_target_counts_from_the_day_its_document_was_issued() {
    let between = as_of(day(2021, 1, 15));
    let p = progress(&between, "P");
    assert_eq!(shown(p), Some((day(2020, 12, 31), 88.0)));
    assert_eq!(
        p.numeric_target, None,
        "the 2020 target passed, 2021's is not set"
    );
    assert_eq!(p.status, Status::NoTarget);
    let set = as_of(day(2021, 6, 30));
    let p = progress(&set, "P");
    assert_eq!(
        set.target(p.numeric_target).and_then(|t| t.coverage),
        Some(95.0)
    );
    assert_eq!(p.gap, Some(-7.0));
}

#[test]
fn a_target_with_no_document_counts_from_the_day_its_source_was_published() {
    let before = as_of(day(2021, 3, 31));
    let p = progress(&before, "R");
    assert_eq!(p.numeric_target, None);
    assert_eq!(p.status, Status::NoTarget);
    let on = as_of(day(2021, 6, 1));
    let p = progress(&on, "R");
    assert_eq!(
        on.target(p.numeric_target).and_then(|t| t.coverage),
        Some(93.0)
    );
    assert_eq!(p.gap, Some(-3.0));
}

#[test]
fn staleness_is_judged_on_the_as_of_day() {
    let p_at = |d| progress(&as_of(d), "P").clone();
    let end_2021 = p_at(day(2021, 12, 31));
    assert_eq!(shown(&end_2021), Some((day(2021, 12, 31), 91.0)));
    let trend = end_2021.trend.unwrap();
    assert!((trend.slope - 3.0).abs() < 0.05, "{}", trend.slope);
    assert!(!p_at(day(2022, 12, 31)).stale);
    assert!(p_at(day(2023, 12, 31)).stale);
    assert_eq!(p_at(day(2023, 12, 31)).status, Status::Stale);
}

#[test]
fn a_roll_up_waits_for_the_populations_known_by_the_day() {
    let nation = |m: &Model| shown(m.progress(m.nation().unwrap(), Era::Current).unwrap());
    assert_eq!(
        nation(&as_of(day(2020, 6, 30))),
        None,
        "R's people not counted yet"
    );
    let later = as_of(day(2021, 12, 31));
    let at_2019 = later
        .points(later.nation().unwrap(), Era::Current)
        .iter()
        .find(|x| x.date == day(2019, 12, 31))
        .unwrap();
    assert!(
        (at_2019.coverage - 88.0).abs() < 1e-9,
        "{}",
        at_2019.coverage
    );
}

/// Judging an earlier day gives exactly what loading the data on that day
/// gives, and coming back gives the latest figures again.
#[test]
fn stepping_equals_loading_on_that_day_and_coming_back_restores_the_latest() {
    let load = |d: NaiveDate| model::derive(common::load(tiendo::bundled::files()).dataset, d);
    let mut m = common::bundled_model();
    let latest = format!("{:?}", m.figures);
    for d in [day(2019, 12, 31), day(2024, 12, 31), day(2025, 8, 15)] {
        m.set_as_of(Some(d));
        let fresh = load(d);
        assert_eq!(
            format!("{:?}", m.figures),
            format!("{:?}", fresh.figures),
            "{d}"
        );
        for era in [Era::Current, Era::Former] {
            assert_eq!(m.status_counts(era), fresh.status_counts(era), "{d}");
            assert_eq!(m.by_gap(era), fresh.by_gap(era), "{d}");
        }
    }
    m.set_as_of(None);
    assert_eq!(m.as_of(), None);
    assert_eq!(m.today, common::today());
    assert_eq!(format!("{:?}", m.figures), latest);
    // A day from today on is the latest.
    m.set_as_of(Some(day(2030, 1, 1)));
    assert_eq!(m.as_of(), None);
}

#[test]
fn t_and_t_step_through_year_ends_up_to_the_last_one_before_today() {
    let mut a = common::app();
    // Today is 23/11/2026: the latest view judges on it, so the first year
    // end back is 31/12/2025, the due date of the 2025 targets, which is
    // also the day the bundled data is current to.
    common::press(&mut a, "t");
    assert_eq!(a.model.as_of(), Some(day(2025, 12, 31)));
    assert_eq!(a.notice, Some(Notice::AsOf(Some(day(2025, 12, 31)))));
    common::press(&mut a, "t");
    assert_eq!(a.model.as_of(), Some(day(2024, 12, 31)));
    common::press(&mut a, "tt");
    assert_eq!(a.model.as_of(), Some(day(2022, 12, 31)));
    common::press(&mut a, "TTT");
    assert_eq!(a.model.as_of(), Some(day(2025, 12, 31)));
    // T stops at the latest figures: the dashboard as it opened.
    common::press(&mut a, "T");
    assert_eq!(a.model.as_of(), None);
    assert_eq!(a.notice, Some(Notice::AsOf(None)));
    common::press(&mut a, "T");
    assert_eq!(a.model.as_of(), None);
    assert_eq!(a.notice, Some(Notice::AlreadyLatest));
}

#[test]
fn t_from_a_day_that_is_not_a_year_end_goes_to_the_one_before() {
    let mut a = common::app();
    a.judge_as_of(Some(day(2020, 6, 30)));
    common::press(&mut a, "t");
    assert_eq!(a.model.as_of(), Some(day(2019, 12, 31)));
    common::press(&mut a, "T");
    assert_eq!(a.model.as_of(), Some(day(2020, 12, 31)));
}

#[test]
fn t_stops_at_the_year_of_the_first_figure() {
    let mut a = common::app();
    let first = a
        .model
        .localities
        .iter()
        .flat_map(|l| l.records.iter().map(|r| r.date))
        .min()
        .unwrap();
    common::press(&mut a, &"t".repeat(40));
    let reached = a.model.as_of().unwrap();
    assert_eq!(reached, day(chrono::Datelike::year(&first), 12, 31));
    assert_eq!(a.notice, Some(Notice::NoEarlier));
}

#[test]
fn before_the_merger_the_table_lists_the_63_provinces_and_after_it_the_34() {
    let mut a = common::app();
    common::press(&mut a, "2");
    assert_eq!(a.rows.len(), 34);
    // 31/12/2025 is after the merger: still the 34.
    common::press(&mut a, "t");
    assert_eq!(a.era, Era::Current);
    assert_eq!(a.rows.len(), 34);
    common::press(&mut a, "t");
    assert_eq!(a.era, Era::Former);
    assert_eq!(a.rows.len(), 63);
    // `m` cannot show units that did not exist yet.
    common::press(&mut a, "m");
    assert_eq!(a.era, Era::Former);
    let said = a.notice.as_ref().map(|n| tiendo::text::notice(a.lang, n));
    assert_eq!(said.as_deref(), Some("34 tỉnh/thành mới có từ 01/07/2025"));
    assert!(matches!(a.notice, Some(Notice::NotYetMerged(_))));
    common::press(&mut a, "T");
    assert_eq!(a.era, Era::Current);
    assert_eq!(a.rows.len(), 34);
    // The 63 chosen by hand stay chosen.
    common::press(&mut a, "mtT");
    assert_eq!(a.era, Era::Former);
}

/// Presses `f` until the table is filtered on `status` (at most once round).
fn filter_on(a: &mut tiendo::app::App, status: Status) {
    for _ in 0..=Status::ALL.len() {
        if a.filter == Some(tiendo::model::Filter::Status(status)) {
            return;
        }
        common::press(a, "f");
    }
    panic!("`f` never filtered on {status:?}");
}

#[test]
fn screen_selection_sort_and_filter_stay_when_the_day_changes() {
    let mut a = common::app();
    common::press(&mut a, "2sS/ha noi\n");
    assert_eq!(common::name(&a), "Hà Nội");
    let status = a.model.status(a.province().unwrap(), a.era);
    filter_on(&mut a, status);
    assert_eq!(common::name(&a), "Hà Nội");
    let (sort, descending) = (a.sort, a.descending);
    assert_eq!(sort, SortKey::Trend);
    common::press(&mut a, "T");
    common::press(&mut a, "tT");
    assert_eq!(a.screen, Screen::Provinces);
    assert_eq!(a.filter, Some(tiendo::model::Filter::Status(status)));
    assert_eq!((a.sort, a.descending), (sort, descending));
    assert_eq!(common::name(&a), "Hà Nội");
    common::press(&mut a, "\n");
    assert_eq!(a.screen, Screen::Province);
    common::press(&mut a, "tT");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), "Hà Nội");
}

#[test]
fn the_province_screen_keeps_its_province_when_the_filter_would_hide_it() {
    let mut a = common::app();
    common::press(&mut a, "2/ha noi\n");
    let status = a.model.status(a.province().unwrap(), a.era);
    filter_on(&mut a, status);
    common::press(&mut a, "\n");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), "Hà Nội");
    // Before the merger Hà Nội is one of the 63, with a status of its own then.
    common::press(&mut a, "ttt");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), "Hà Nội");
}

#[test]
fn the_headers_name_the_day() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 120, 40);
    common::press(&mut a, "tt");
    let taken = tiendo::export::dashboard::taken_at(Some(common::today()));
    let txt = tiendo::export::render(&a, tiendo::export::Format::Txt, 100, &taken).unwrap();
    assert!(txt.contains("Tính đến ngày: 31/12/2024"), "{txt}");
    assert!(txt.contains("--as-of 2024-12-31"), "{txt}");
    // The figures shown go as far as that day, as the status line says,
    // not to the data's own date (31/12/2025), which they leave out.
    assert!(txt.contains("Số liệu đến: 31/12/2024 · "), "{txt}");
    let screen = common::screen_text(&a, 120, 40);
    assert!(screen.contains("tính đến ngày 31/12/2024"), "{screen}");
    let html = tiendo::export::render(&a, tiendo::export::Format::Html, 100, &taken).unwrap();
    assert!(html.contains("Số liệu đến: 31/12/2024</title>"), "{html}");
    let summary = tiendo::export::summary::render(&a.model, Lang::En);
    assert!(
        summary
            .lines()
            .next()
            .unwrap()
            .ends_with("figures up to 2024-12-31 · judged as of 2024-12-31"),
        "{summary}"
    );
    assert!(
        summary.contains("63 provinces before 1 July 2025"),
        "{summary}"
    );
    // Back on the latest day, the data's own date.
    common::press(&mut a, "T");
    let txt = tiendo::export::render(&a, tiendo::export::Format::Txt, 100, &taken).unwrap();
    assert!(txt.contains("Số liệu đến: 31/12/2025 · "), "{txt}");
}

#[test]
fn at_60_columns_the_day_keeps_its_place_and_the_dataset_label_gives_way() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 60, 20);
    common::press(&mut a, "tt");
    let screen = common::screen_text(&a, 60, 20);
    let title = screen.lines().next().unwrap();
    assert!(title.ends_with("tính đến ngày 31/12/2024"), "{title:?}");
    assert!(title.starts_with(" tiendo · Thực hiện BHYT"), "{title:?}");
    let label = format!("{} · ", a.dataset_label);
    assert!(!title.contains(&label), "{title:?}");
    let wide = common::screen_text(&a, 120, 40);
    let title = wide.lines().next().unwrap();
    assert!(
        title.ends_with(&format!("{label}tính đến ngày 31/12/2024")),
        "{title:?}"
    );
}

#[test]
fn the_merger_day_itself_is_on_the_34_province_map() {
    let mut m = common::bundled_model();
    m.set_as_of(Some(day(2025, 6, 30)));
    assert!(m.before_merger());
    m.set_as_of(Some(day(2025, 7, 1)));
    assert!(!m.before_merger(), "1 July 2025 is the first day of the 34");
    m.set_as_of(None);
    assert!(!m.before_merger());
}

#[test]
fn back_on_the_34_province_map_a_merged_province_is_selected_as_the_one_it_joined() {
    let mut a = common::app();
    common::press(&mut a, "2tt");
    assert_eq!(a.era, Era::Former);
    common::press(&mut a, "/bac giang\n");
    assert_eq!(common::name(&a), "Bắc Giang");
    common::press(&mut a, "T");
    assert_eq!(a.era, Era::Current);
    assert_eq!(common::name(&a), "Bắc Ninh");
    let m = &a.model;
    let bac_giang = m.index_of("bac-giang").unwrap();
    assert_eq!(m.successor(bac_giang), m.index_of("bac-ninh").unwrap());
    let ha_noi = m.index_of("ha-noi").unwrap();
    assert_eq!(m.successor(ha_noi), ha_noi, "unmerged: itself");
}

fn published_fixture(now: NaiveDate) -> Model {
    let path = "tests/judging/published.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    model::derive(common::load(vec![(path, bytes)]).dataset, now)
}

#[test]
fn a_figure_counts_only_from_the_day_it_was_published() {
    let mut m = published_fixture(day(2026, 11, 23));
    for before in [day(2025, 12, 31), day(2026, 2, 3)] {
        m.set_as_of(Some(before));
        let p = progress(&m, "P");
        assert_eq!(shown(p), Some((day(2024, 12, 31), 93.0)), "{before}");
        assert_eq!(p.history.len(), 1, "{before}");
        // The nation's 2025 roll-up is Q's alone then: partial.
        let n = progress(&m, "VN");
        let last = m
            .points(m.index_of("VN").unwrap(), Era::Current)
            .last()
            .unwrap();
        assert_eq!(last.date, day(2025, 12, 31));
        assert!(last.is_partial(), "{before}: {last:?}");
        assert_eq!(shown(n), Some((day(2024, 12, 31), 92.0)), "{before}");
    }
    m.set_as_of(Some(day(2026, 2, 4)));
    assert_eq!(shown(progress(&m, "P")), Some((day(2025, 12, 31), 95.0)));
    let n = progress(&m, "VN");
    assert_eq!(shown(n), Some((day(2025, 12, 31), 93.5)));
    // Judged today, as at the start, the same.
    let latest = published_fixture(day(2026, 2, 4));
    assert_eq!(format!("{:?}", latest.figures), format!("{:?}", m.figures));
}

#[test]
fn the_gauge_marks_only_targets_already_set_on_the_day() {
    let mut m = published_fixture(day(2026, 11, 23));
    let universal = |m: &Model| {
        m.own_targets_after(m.nation().unwrap(), m.today)
            .any(|t| t.coverage.is_none())
    };
    assert!(universal(&m));
    m.set_as_of(Some(day(2025, 6, 30)));
    assert!(!universal(&m), "52-CT/TW was issued on 03/10/2025");
    m.set_as_of(Some(day(2025, 10, 3)));
    assert!(universal(&m));
}

#[test]
fn a_merger_after_the_day_is_not_shown_as_done() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 120, 40);
    a.judge_as_of(Some(day(2023, 12, 31)));
    a.open_view("province:bac-kan").unwrap();
    let screen = common::screen_text(&a, 120, 40);
    assert!(screen.contains("Bắc Kạn"), "{screen}");
    assert!(!screen.contains("sáp nhập vào"), "{screen}");
    a.judge_as_of(None);
    a.open_view("province:bac-kan").unwrap();
    let screen = common::screen_text(&a, 120, 40);
    assert!(
        screen.contains("Bắc Kạn (sáp nhập vào Thái Nguyên, 01/07/2025)"),
        "{screen}"
    );
}

#[test]
fn as_of_2008_the_overview_gauge_has_no_2030_mark() {
    let mut a = common::bundled_app(Lang::Vi);
    common::resize(&mut a, 120, 40);
    a.judge_as_of(Some(day(2008, 12, 31)));
    let screen = common::screen_text(&a, 120, 40);
    assert!(!screen.contains("┊2030"), "{screen}");
    a.judge_as_of(None);
    let screen = common::screen_text(&a, 120, 40);
    assert!(screen.contains("┊2030"), "{screen}");
}

#[test]
fn as_of_the_2025_year_end_the_figures_announced_in_2026_are_not_known_yet() {
    let mut m = common::bundled_model();
    m.set_as_of(Some(day(2025, 12, 31)));
    // The national 95,20 % was published on 04/02/2026.
    let vn = progress(&m, "VN");
    assert_eq!(
        shown(vn).map(|x| x.0),
        Some(day(2024, 12, 31)),
        "{:?}",
        vn.latest_point()
    );
    // Gia Lai's 95,65 % was announced on 27/01/2026.
    let gia_lai = progress(&m, "gia-lai");
    assert_ne!(shown(gia_lai).map(|x| x.0), Some(day(2025, 12, 31)));
    m.set_as_of(Some(day(2026, 2, 4)));
    assert_eq!(shown(progress(&m, "VN")), Some((day(2025, 12, 31), 95.2)));
    assert_eq!(
        shown(progress(&m, "gia-lai")),
        Some((day(2025, 12, 31), 95.65))
    );
}
