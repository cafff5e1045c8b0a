#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Searching on `App::update`: diacritics, merged units, narrowing as you
//! type, and cancelling.

use crate::common;

use tiendo::app::{Action, Notice, Screen};

#[test]
fn search_ignores_diacritics_and_finds_merged_units() {
    let mut a = common::app();
    a.update(Action::StartSearch);
    assert_eq!(a.screen, Screen::Provinces);
    for c in "ha tinh".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(a.rows.len(), 1);
    assert_eq!(common::name(&a), "Hà Tĩnh");
    a.update(Action::ConfirmSearch);
    assert!(a.search.is_none());
    assert_eq!(a.rows.len(), 34, "confirming shows every row again");
    assert_eq!(common::name(&a), "Hà Tĩnh", "with the match selected");

    // In the 34 view, Bắc Giang is part of Bắc Ninh: the search finds it there.
    a.update(Action::StartSearch);
    for c in "bắc giang".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(common::name(&a), "Bắc Ninh");
    // đ matches d.
    a.update(Action::CancelSearch);
    a.update(Action::StartSearch);
    for c in "dong nai".chars() {
        a.update(Action::SearchInput(c));
    }
    assert_eq!(common::name(&a), "Đồng Nai");
    a.update(Action::SearchBackspace);
    assert_eq!(a.search.as_deref(), Some("dong na"));
}

#[test]
fn cancelling_a_search_restores_the_selection() {
    let mut a = common::app();
    a.update(Action::ShowScreen(Screen::Provinces));
    a.update(Action::Down);
    a.update(Action::Down);
    let before = a.province();
    a.update(Action::StartSearch);
    a.update(Action::SearchInput('x'));
    a.update(Action::CancelSearch);
    assert_eq!(a.province(), before);
    assert_eq!(a.rows.len(), 34);
}

#[test]
fn search_narrows_as_you_type_and_widens_on_backspace() {
    let mut a = common::synthetic(2_000);
    a.update(Action::CycleLevel);
    a.update(Action::CycleLevel);
    let all = a.rows.len();
    a.update(Action::StartSearch);
    for c in "xa thu 0001".chars() {
        a.update(Action::SearchInput(c));
    }
    // "Xã thử 000100".."Xã thử 000199" and "Xã thử 001xxx"… all contain "xa thu 0001".
    let narrowed = a.rows.len();
    assert!(narrowed > 0 && narrowed < all);
    assert!(
        a.rows
            .iter()
            .all(|&i| a.model.search_keys[i].contains("xa thu 0001"))
    );
    a.update(Action::SearchInput('9'));
    assert!(a.rows.len() < narrowed);
    a.update(Action::SearchBackspace);
    assert_eq!(a.rows.len(), narrowed);
}

#[test]
fn confirming_a_search_says_what_it_found_or_that_nothing_matched() {
    let mut a = common::app();
    a.update(Action::StartSearch);
    for c in "hue".chars() {
        a.update(Action::SearchInput(c));
    }
    a.update(Action::ConfirmSearch);
    assert_eq!(a.notice, Some(Notice::Found("hue".into())));
    a.update(Action::StartSearch);
    for c in "zz".chars() {
        a.update(Action::SearchInput(c));
    }
    a.update(Action::ConfirmSearch);
    assert_eq!(
        a.notice,
        Some(Notice::NoMatch {
            query: "zz".into(),
            nearest: None
        })
    );
}

/// The ids of the rows a search for `query` lists, in the era shown.
fn found(a: &mut tiendo::app::App, query: &str) -> Vec<String> {
    a.update(Action::CancelSearch);
    a.update(Action::StartSearch);
    for c in query.chars() {
        a.update(Action::SearchInput(c));
    }
    a.rows
        .iter()
        .map(|&i| common::id_of(a, i).to_string())
        .collect()
}

#[test]
fn search_finds_a_city_by_the_names_people_use() {
    let mut a = common::app();
    for query in [
        "tp hcm",
        "TP HCM",
        "tp.hcm",
        "TP. HCM",
        "hcm",
        "HCM",
        "tphcm",
        "TPHCM",
        "sai gon",
        "sài gòn",
        "Sài Gòn",
        "saigon",
        "hcmc",
        "ho chi minh city",
        "thanh pho ho chi minh",
        "thành phố hồ chí minh",
    ] {
        assert_eq!(found(&mut a, query), ["ho-chi-minh"], "{query:?}");
    }
    for query in ["hn", "HN", "thanh pho ha noi", "hanoi"] {
        assert_eq!(found(&mut a, query), ["ha-noi"], "{query:?}");
    }
    assert_eq!(found(&mut a, "thua thien hue"), ["hue"]);
    assert_eq!(found(&mut a, "Thừa Thiên Huế"), ["hue"]);
    // Names still match as they always did.
    assert_eq!(found(&mut a, "ho chi minh"), ["ho-chi-minh"]);
    assert_eq!(found(&mut a, "ha noi"), ["ha-noi"]);
}

#[test]
fn an_alias_of_a_merged_province_finds_the_province_it_became() {
    let mut a = common::app();
    for query in [
        "br-vt",
        "BR-VT",
        "br vt",
        "brvt",
        "ba ria vung tau",
        "bà rịa – vũng tàu",
    ] {
        assert_eq!(found(&mut a, query), ["ho-chi-minh"], "{query:?}");
    }
    a.update(Action::CancelSearch);
    a.update(Action::ToggleEra);
    for query in ["br-vt", "brvt", "ba ria vung tau"] {
        assert_eq!(found(&mut a, query), ["ba-ria-vung-tau"], "{query:?}");
    }
    // In the 63, TP HCM's aliases find the city as it was.
    assert_eq!(found(&mut a, "tphcm"), ["ho-chi-minh"]);
    assert_eq!(found(&mut a, "sai gon"), ["ho-chi-minh"]);
}

#[test]
fn a_row_found_by_an_alias_shows_the_alias_it_matched() {
    let mut a = common::app();
    // Wide enough that the name column holds the name and the alias.
    common::resize(&mut a, 180, 30);
    found(&mut a, "sai gon");
    let screen = common::screen_text(&a, 180, 30);
    assert!(screen.contains("TP Hồ Chí Minh (Sài Gòn)"), "{screen}");
    found(&mut a, "brvt");
    let screen = common::screen_text(&a, 180, 30);
    // The name column may cut the rest: the arrow and the start say it.
    assert!(screen.contains("TP Hồ Chí Minh ← Bà Rịa"), "{screen}");
    // A name that holds the query shows as it is.
    found(&mut a, "ho chi");
    let screen = common::screen_text(&a, 180, 30);
    assert!(screen.contains("TP Hồ Chí Minh "), "{screen}");
    assert!(!screen.contains("TP Hồ Chí Minh ("), "{screen}");
}

#[test]
fn spaces_are_dropped_only_in_aliases_so_short_queries_do_not_match_across_names() {
    let mut a = common::app();
    // "bac ninh" without its space is not an alias: only names that hold
    // the letters as typed are listed.
    assert!(found(&mut a, "cn").is_empty());
    // Punctuation alone matches no alias, only a name that holds it.
    assert_eq!(found(&mut a, "–"), ["ho-chi-minh"]);
}

#[test]
fn a_search_typed_on_another_screen_opens_what_it_found() {
    for from in [Screen::Overview, Screen::Timeline] {
        let mut a = common::app();
        a.update(Action::ShowScreen(from));
        common::press(&mut a, "/ha tinh");
        assert_eq!(a.screen, Screen::Provinces, "the matches show in the table");
        common::press(&mut a, "\n");
        assert_eq!(a.screen, Screen::Province, "from {from:?}");
        assert_eq!(common::name(&a), "Hà Tĩnh");
        assert_eq!(a.notice, Some(Notice::Found("ha tinh".into())));
        common::press(&mut a, "\x1b");
        assert_eq!(a.screen, from, "Esc goes back where / was typed");
    }
}

#[test]
fn a_search_typed_on_the_province_screen_opens_the_province_found() {
    let mut a = common::app();
    common::press(&mut a, "2\n");
    assert_eq!(a.screen, Screen::Province);
    common::press(&mut a, "/hue\n");
    assert_eq!(a.screen, Screen::Province);
    assert_eq!(common::name(&a), "Huế");
    common::press(&mut a, "\x1b");
    assert_eq!(
        a.screen,
        Screen::Provinces,
        "Esc goes back where the first province was opened from"
    );
}

#[test]
fn on_the_table_enter_after_a_search_only_selects() {
    let mut a = common::app();
    common::press(&mut a, "2/ha tinh\n");
    assert_eq!(a.screen, Screen::Provinces);
    assert_eq!(common::name(&a), "Hà Tĩnh");
}

#[test]
fn a_search_from_another_screen_that_is_cancelled_finds_nothing_or_is_empty_goes_back() {
    for keys in ["/ha tinh\x1b", "/zz\n", "/\n", "/  \n"] {
        let mut a = common::app();
        a.update(Action::ShowScreen(Screen::Timeline));
        let before = a.province();
        common::press(&mut a, keys);
        assert_eq!(a.screen, Screen::Timeline, "{keys:?}");
        assert_eq!(a.province(), before, "{keys:?}");
        assert!(a.search.is_none(), "{keys:?}");
    }
    let mut a = common::app();
    common::press(&mut a, "/zz\n");
    assert_eq!(
        a.notice,
        Some(Notice::NoMatch {
            query: "zz".into(),
            nearest: None
        })
    );
}

/// A search that matches nothing offers the unit whose name is nearest to
/// what was typed, by the one threshold of `similar` (check, import and
/// `--view` forgive the same slips): `dac lac` is two edits from `dak lak`.
#[test]
fn a_search_that_matches_nothing_offers_the_nearest_name_within_the_threshold() {
    let confirm = |query: &str| {
        let mut a = common::app();
        a.update(Action::StartSearch);
        for c in query.chars() {
            a.update(Action::SearchInput(c));
        }
        a.update(Action::ConfirmSearch);
        a.notice
    };
    assert_eq!(
        confirm("dac lac"),
        Some(Notice::NoMatch {
            query: "dac lac".into(),
            nearest: Some("Đắk Lắk".into())
        })
    );
    // Four slips in seven letters are more than a third: no guess.
    assert_eq!(
        confirm("dxc lxc"),
        Some(Notice::NoMatch {
            query: "dxc lxc".into(),
            nearest: None
        })
    );
    // Diacritics typed or not, the same answer.
    assert_eq!(
        confirm("Đắc Lắc"),
        Some(Notice::NoMatch {
            query: "Đắc Lắc".into(),
            nearest: Some("Đắk Lắk".into())
        })
    );
    let said = |n: &Notice, lang| tiendo::text::notice(lang, n);
    let n = confirm("dac lac").unwrap();
    assert_eq!(
        said(&n, tiendo::text::Lang::Vi),
        "Không tìm thấy: dac lac · có phải ý bạn là Đắk Lắk?"
    );
    assert_eq!(
        said(&n, tiendo::text::Lang::En),
        "No match: dac lac · did you mean Đắk Lắk?"
    );
}
