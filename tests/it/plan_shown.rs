//! The share of the plan achieved where people read it: the Provinces
//! table's `% KH` column, sorted by and at every width; the plan line of the
//! Province screen; and every export, on the made-up `tests/plan/plans.toml`
//! (the figures are worked out there and in `plan.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use tiendo::app::{App, Table};
use tiendo::export::{self, Format};
use tiendo::model::{self, Era, Level, SortKey};
use tiendo::text::Lang;

fn app(lang: Lang) -> App {
    let path = "tests/plan/plans.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    let m = model::derive(common::load(vec![(path, bytes)]).dataset, common::today());
    App::new(m, lang, "plans".into())
}

fn sorted_by_plan(lang: Lang, reverse: bool) -> App {
    let mut a = app(lang);
    a.open_view("provinces").unwrap();
    a.set_table(Table {
        era: Era::Current,
        level: Level::Province,
        sort: SortKey::Plan,
        reverse,
        filter: None,
    });
    a
}

fn ids(a: &App) -> Vec<&str> {
    a.rows.iter().map(|&i| common::id_of(a, i)).collect()
}

#[test]
fn the_table_sorts_by_share_of_plan_lowest_first_and_gaps_last() {
    let a = sorted_by_plan(Lang::Vi, false);
    assert!(
        !a.descending,
        "the lowest share first answers who is behind"
    );
    // 96.77* < 97.20 < 98.90* < 98.96 < 101.50; then no share, by name.
    assert_eq!(
        ids(&a),
        [
            "hoa-phu", "gia-my", "bac-dinh", "dong-an", "tay-binh", "kim-son", "trung-ha"
        ]
    );
    let a = sorted_by_plan(Lang::Vi, true);
    assert_eq!(
        ids(&a),
        [
            "tay-binh", "dong-an", "bac-dinh", "gia-my", "hoa-phu", "kim-son", "trung-ha"
        ]
    );
    assert_eq!(
        tiendo::present::parse_sort("plan_percent"),
        Ok(SortKey::Plan)
    );
    assert_eq!(
        tiendo::present::parse_sort("ty le dat ke hoach"),
        Ok(SortKey::Plan)
    );
}

/// The table's heading row and the row of `name`, as drawn.
fn lines_of(a: &mut App, width: u16, height: u16, name: &str) -> (String, String) {
    common::resize(a, width, height);
    let screen = common::screen_text(a, width, height);
    let head = screen.lines().nth(3).unwrap().to_string();
    let row = screen
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} not on\n{screen}"))
        .to_string();
    (head, row)
}

#[test]
fn the_column_gives_way_on_a_narrow_screen_unless_sorted_by() {
    let mut a = app(Lang::Vi);
    a.open_view("provinces").unwrap();
    // Wide enough for every column.
    let (head, row) = lines_of(&mut a, 200, 40, "Bắc Định");
    assert!(head.contains("% KH"), "{head:?}");
    assert!(row.contains("98,90 %*"), "{row:?}");
    // It gives way before the verdict on the last target due: a width
    // has room for the verdict and not for it.
    let before = (120..200).any(|w| {
        let (head, _) = lines_of(&mut a, w, 40, "Bắc Định");
        head.contains("Đến hạn") && !head.contains("% KH")
    });
    assert!(before, "the share of the plan gives way first");
    // At 120, where the verdict's 18 cells do not fit, the room left
    // brings it back.
    let (head, _) = lines_of(&mut a, 120, 40, "Bắc Định");
    assert!(head.contains("% KH"), "{head:?}");
    assert!(!head.contains("Đến hạn"), "{head:?}");
    // Sorted by, it stays at any width, its gaps as gaps.
    let mut a = sorted_by_plan(Lang::En, false);
    let (head, row) = lines_of(&mut a, 60, 20, "Kim Sơn");
    assert!(head.contains("% plan↑"), "{head:?}");
    // The share's gap keeps the mark's cell, as its figures do.
    assert!(row.contains("−1.00         —  ? "), "{row:?}");
    let (_, row) = lines_of(&mut a, 60, 20, "Tây Bình");
    assert!(row.contains("−5.00   101.50%  ? "), "{row:?}");
}

fn draw(a: &mut App, width: u16, height: u16) -> String {
    common::resize(a, width, height);
    common::screen_text(a, width, height)
}

#[test]
fn snapshots_of_the_table_sorted_by_share_of_plan() {
    for (lang, width, height) in [(Lang::Vi, 80, 24), (Lang::Vi, 120, 40), (Lang::En, 120, 40)] {
        let mut a = sorted_by_plan(lang, false);
        let name = format!("{}_provinces_by_plan_{width}x{height}", lang.code());
        insta::assert_snapshot!(name, draw(&mut a, width, height));
    }
}

#[test]
fn the_province_screen_says_the_plan_the_share_and_their_date() {
    let line = |lang, id: &str| {
        let mut a = app(lang);
        a.open_view(&format!("province:{id}")).unwrap();
        let screen = draw(&mut a, 120, 40);
        screen.lines().nth(5).unwrap().trim_end().to_string()
    };
    assert_eq!(
        line(Lang::Vi, "dong-an"),
        " Kế hoạch giao: 960.000 người · đạt 98,96 % KH · 31/12/2025"
    );
    assert_eq!(
        line(Lang::En, "dong-an"),
        " Assigned plan: 960,000 people · 98.96% achieved · 2025-12-31"
    );
    assert_eq!(
        line(Lang::Vi, "bac-dinh"),
        " Kế hoạch giao: 910.000 người · đạt 98,90 % KH (tổng của các đơn vị) · 31/12/2025"
    );
    // A stated share without the plan it is of.
    assert_eq!(
        line(Lang::En, "tay-binh"),
        " Assigned plan: 101.50% achieved · 2025-12-31"
    );
    // No plan: no line, the groups come up a row.
    assert!(line(Lang::Vi, "kim-son").starts_with(" Nhóm đối tượng"));
}

#[test]
fn snapshots_of_a_province_with_a_plan() {
    for (lang, id, width, height) in [
        (Lang::Vi, "dong-an", 80, 24),
        (Lang::En, "dong-an", 120, 40),
        (Lang::Vi, "bac-dinh", 120, 40),
    ] {
        let mut a = app(lang);
        a.open_view(&format!("province:{id}")).unwrap();
        let name = format!("{}_province_{id}_{width}x{height}", lang.code());
        insta::assert_snapshot!(name, draw(&mut a, width, height));
    }
}

fn render(a: &App, format: Format) -> String {
    export::render(a, format, 160, "t").unwrap()
}

#[test]
fn csv_gives_the_share_as_a_plain_number_and_a_gap_as_nothing() {
    let a = sorted_by_plan(Lang::Vi, false);
    let csv = render(&a, Format::Csv);
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let k = head.iter().position(|h| *h == "% KH").unwrap();
    let shares: Vec<(String, String)> = lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            // The unit's name after its id.
            (cells[1].to_string(), cells[k].to_string())
        })
        .collect();
    let want = [
        ("Hòa Phú", "96.77"),
        ("Gia Mỹ", "97.20"),
        ("Bắc Định", "98.90"),
        ("Đông An", "98.96"),
        ("Tây Bình", "101.50"),
        ("Kim Sơn", ""),
        ("Trung Hà", ""),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(shares, want);
    let en = render(&sorted_by_plan(Lang::En, false), Format::Csv);
    assert!(
        en.lines()
            .next()
            .unwrap()
            .contains(",Population,Population year,% plan,Status,"),
        "{en}"
    );
}

#[test]
fn md_writes_the_share_as_the_screen_does() {
    let md = render(&sorted_by_plan(Lang::Vi, false), Format::Md);
    assert!(
        md.contains("| Người tham gia | Dân số | % KH | Trạng thái |"),
        "{md}"
    );
    let row = |name: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("| {name} |")))
            .unwrap()
            .to_string()
    };
    assert!(
        row("Bắc Định").contains("| 900.000 | 950.000 (2025) | 98,90 %* |"),
        "{}",
        row("Bắc Định")
    );
    assert!(
        row("Đông An").contains("| 950.000 | 1.000.000 (2025) | 98,96 % |"),
        "{}",
        row("Đông An")
    );
    assert!(
        row("Tây Bình").contains("| — | — | 101,50 % |"),
        "{}",
        row("Tây Bình")
    );
    assert!(
        row("Trung Hà").contains("| — | — | — |"),
        "{}",
        row("Trung Hà")
    );
    // A province's md: the province and its units, each with its share.
    let mut a = app(Lang::En);
    a.open_view("province:bac-dinh").unwrap();
    let md = render(&a, Format::Md);
    for (name, share) in [
        ("Bắc Định", "98.90%*"),
        ("Bắc Định Một", "97.56%"),
        ("Bắc Định Hai", "100.00%"),
    ] {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {name} |")))
            .unwrap();
        assert!(row.contains(&format!("| {share} |")), "{row}");
    }
}

#[test]
fn json_gives_each_unit_its_plan_and_share() {
    let json = render(&sorted_by_plan(Lang::Vi, false), Format::Json);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let unit = |id: &str| {
        doc["localities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()
            .clone()
    };
    let pair = |id: &str| {
        let u = unit(id);
        (u["plan"].clone(), u["plan_percent"].clone())
    };
    use serde_json::json;
    assert_eq!(pair("dong-an"), (json!(960000), json!(98.96)));
    assert_eq!(pair("bac-dinh"), (json!(910000), json!(98.9)));
    assert_eq!(pair("hoa-phu"), (json!(930000), json!(96.77)));
    assert_eq!(pair("tay-binh"), (json!(null), json!(101.5)));
    assert_eq!(pair("gia-my"), (json!(null), json!(97.2)));
    assert_eq!(pair("trung-ha"), (json!(null), json!(null)));
    assert_eq!(pair("kim-son"), (json!(null), json!(null)));
}

#[test]
fn txt_is_the_screen_with_the_plan_line() {
    let mut a = app(Lang::Vi);
    a.open_view("province:dong-an").unwrap();
    let txt = render(&a, Format::Txt);
    assert!(
        txt.contains("\n Kế hoạch giao: 960.000 người · đạt 98,96 % KH · 31/12/2025\n"),
        "{txt}"
    );
    let txt = render(&sorted_by_plan(Lang::Vi, false), Format::Txt);
    let row = txt.lines().find(|l| l.contains("Tây Bình")).unwrap();
    assert!(row.contains(" 101,50 % "), "{row}");
}
