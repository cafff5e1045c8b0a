//! "Since the directive" on the Province screen (issue 20, part 9): the
//! change from the first figure after the directive's issue day; a latest
//! figure that is itself that first one is said so; a target that names no
//! document has no such line. On `tests/judging/as-of.toml`, whose answers
//! its header works out.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::day;
use tiendo::app::App;
use tiendo::export::{Format, render};
use tiendo::model;
use tiendo::text::Lang;

fn province_txt(id: &str, on: chrono::NaiveDate, lang: Lang) -> String {
    let path = "tests/judging/as-of.toml".to_string();
    let bytes = std::fs::read(&path).unwrap();
    let m = model::derive(common::load(vec![(path, bytes)]).dataset, common::today());
    let mut a = App::new(m, lang, "as-of".into());
    a.judge_as_of(Some(on));
    a.open_view(&format!("province:{id}")).unwrap();
    render(&a, Format::Txt, 120, "t").unwrap()
}

#[test]
fn the_latest_figure_as_the_only_one_since_the_directive_is_said_so() {
    // P: 21/QĐ issued 01/03/2021; its only later figure is 31/12/2021.
    let txt = province_txt("P", day(2021, 12, 31), Lang::Vi);
    assert!(
        txt.contains("từ 21/QĐ: số liệu mới nhất là số liệu duy nhất sau ngày ban hành"),
        "{txt}"
    );
    let txt = province_txt("P", day(2021, 12, 31), Lang::En);
    assert!(
        txt.contains("since 21/QĐ: the latest figure is the only one since it was issued"),
        "{txt}"
    );
}

#[test]
fn before_any_figure_after_the_directive_none_is_said() {
    let txt = province_txt("P", day(2021, 6, 30), Lang::Vi);
    assert!(
        txt.contains("từ 21/QĐ: chưa có số liệu sau ngày ban hành"),
        "{txt}"
    );
}

#[test]
fn a_target_naming_no_document_has_no_since_line() {
    // R's 93 % names no document: as of 30/06/2021 it is in force.
    for lang in [Lang::Vi, Lang::En] {
        let txt = province_txt("R", day(2021, 6, 30), lang);
        let line = txt
            .lines()
            .find(|l| l.contains("Cùng kỳ") || l.contains("Yr/yr"))
            .unwrap_or_else(|| panic!("{txt}"));
        assert!(!line.contains(" · "), "{line}");
        assert!(!txt.contains("từ —") && !txt.contains("since —"), "{txt}");
    }
}

#[test]
fn dong_nai_says_its_latest_figure_is_the_only_one_since_52_ct_tw() {
    // 52-CT/TW was issued on 03/10/2025; Đồng Nai's 31/10/2025 is its latest.
    let mut a = common::bundled_app(Lang::Vi);
    a.open_view("province:dong-nai").unwrap();
    let txt = render(&a, Format::Txt, 120, "t").unwrap();
    assert!(
        txt.contains("từ 52-CT/TW: số liệu mới nhất là số liệu duy nhất sau ngày ban hành"),
        "{txt}"
    );
}
