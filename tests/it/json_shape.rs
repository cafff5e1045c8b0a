//! The json snapshot keeps the shape the README documents: every key of
//! every object, no more and no fewer, and each of them in the README.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use std::collections::BTreeSet;

use serde_json::Value;
use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::text::Lang;

const TOP: &[&str] = &[
    "title",
    "as_of",
    "today",
    "judged_as_of",
    "left_out",
    "taken",
    "command",
    "view",
    "provinces",
    "sort",
    "descending",
    "filter",
    "lang",
    "nation",
    "tops",
];
const FIGURES: &[&str] = &[
    "id",
    "name",
    "kind",
    "parent",
    "coverage",
    "derived",
    "partial",
    "latest_date",
    "participants",
    "population",
    "population_year",
    "plan",
    "plan_percent",
    "target",
    "target_in_force",
    "gap",
    "trend_points_per_year",
    "year_on_year",
    "projected_year",
    "projection",
    "status",
    "stale",
    "judged_on",
    "ceased",
    "coverage_words",
    "note",
    "source",
    "reason",
];
/// Every reason holds these; the rest are the numbers of its kind.
const REASON: &[&str] = &["kind", "text"];
const TARGET_VERDICT: &[&str] = &[
    "year",
    "by",
    "coverage",
    "label",
    "strict",
    "directive",
    "status",
    "outcome",
    "reason",
];
const TARGET: &[&str] = &["coverage", "label", "by", "strict", "directive"];
const YEAR_ON_YEAR: &[&str] = &["before", "points"];
/// `estimate` only on an estimate.
const HISTORY: &[&str] = &[
    "date",
    "coverage",
    "derived",
    "partial",
    "participants",
    "population",
    "plan_percent",
    "marks",
    "source",
];
const MILESTONE: &[&str] = &[
    "date",
    "date_precision",
    "kind",
    "label",
    "title",
    "title_en",
    "directive",
    "issuer",
    "locality",
    "locality_name",
    "summary",
    "source",
];

fn json(view: &str) -> Value {
    let mut app: App = common::bundled_app(Lang::Vi);
    app.open_view(view).unwrap();
    serde_json::from_str(&export::render(&app, Format::Json, 100, "t").unwrap()).unwrap()
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(lists: &[&[&'a str]]) -> BTreeSet<&'a str> {
    lists.iter().flat_map(|l| l.iter().copied()).collect()
}

#[test]
fn every_object_has_the_documented_keys() {
    let overview = json("overview");
    assert_eq!(
        keys(&overview),
        set(&[
            TOP,
            &[
                "status_counts",
                "status_counts_level",
                "localities",
                "targets",
                "last_due_counts",
                "history",
                "furthest_behind",
                "furthest_ahead"
            ]
        ])
    );
    assert_eq!(
        keys(&overview["last_due_counts"]),
        set(&[&["year", "met", "missed", "partial_only", "no_figure"]])
    );
    assert_eq!(overview["last_due_counts"]["year"], 2025);
    for t in overview["targets"].as_array().unwrap() {
        assert_eq!(keys(t), set(&[TARGET_VERDICT]), "{t}");
    }
    assert_eq!(keys(&overview["nation"]), set(&[FIGURES]));
    for f in overview["tops"].as_array().unwrap() {
        assert_eq!(keys(f), set(&[FIGURES]));
    }
    assert_eq!(keys(&overview["nation"]["target"]), set(&[TARGET]));
    for f in overview["localities"].as_array().unwrap() {
        assert_eq!(keys(f), set(&[FIGURES]));
    }
    let ha_noi = overview["localities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "ha-noi")
        .unwrap();
    assert_eq!(keys(&ha_noi["year_on_year"]), set(&[YEAR_ON_YEAR]));
    let province = json("province:ha-noi");
    assert_eq!(
        keys(&province),
        set(&[
            TOP,
            &[
                "locality",
                "history",
                "units",
                "targets",
                "groups",
                "since_directive",
                "former_series"
            ]
        ])
    );
    assert_eq!(keys(&province["locality"]), set(&[FIGURES]));
    for r in [
        &province["locality"]["reason"],
        &overview["nation"]["reason"],
    ] {
        assert!(keys(r).is_superset(&set(&[REASON])), "{r}");
    }
    let targets = province["targets"].as_array().unwrap();
    assert!(!targets.is_empty());
    for t in targets {
        assert_eq!(keys(t), set(&[TARGET_VERDICT]));
        assert!(keys(&t["reason"]).is_superset(&set(&[REASON])), "{t}");
    }
    for h in province["history"].as_array().unwrap() {
        assert_eq!(keys(h), set(&[HISTORY]));
    }
    assert!(!province["units"].as_array().unwrap().is_empty());
    let timeline = json("timeline");
    assert_eq!(
        keys(&timeline),
        set(&[TOP, &["milestones", "selected_milestone"]])
    );
    for m in timeline["milestones"].as_array().unwrap() {
        assert_eq!(keys(m), set(&[MILESTONE]));
    }
}

#[test]
fn the_readme_documents_every_key() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let block = readme
        .split("- `json`:")
        .nth(1)
        .and_then(|rest| rest.split("## ").next())
        .unwrap();
    let extra: &[&str] = &[
        "status_counts_level",
        "localities_level",
        "furthest_behind",
        "furthest_ahead",
        "selected_milestone",
        "groups",
        "since_directive",
        "former_series",
    ];
    for key in set(&[
        TOP,
        extra,
        FIGURES,
        TARGET,
        YEAR_ON_YEAR,
        HISTORY,
        MILESTONE,
        REASON,
        TARGET_VERDICT,
    ]) {
        assert!(
            block.contains(&format!("\"{key}\"")),
            "README's json block lacks {key:?}"
        );
    }
}

#[test]
fn numbers_are_rounded_as_shown_and_the_gap_is_coverage_minus_target() {
    let doc = json("provinces");
    let an_giang = doc["localities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "an-giang")
        .unwrap();
    // 88 % against a target of 95 %: seven points behind, negative.
    assert_eq!(an_giang["gap"], -7.0);
    for f in doc["localities"].as_array().unwrap() {
        for key in ["coverage", "gap", "trend_points_per_year"] {
            if let Some(x) = f[key].as_f64() {
                assert_eq!(x, (x * 100.0).round() / 100.0, "{key} {x}");
            }
        }
    }
    let timeline = json("timeline");
    let review = timeline["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["date_precision"] == "year")
        .unwrap();
    assert_eq!(review["date"].as_str().map(str::len), Some(4));
}
