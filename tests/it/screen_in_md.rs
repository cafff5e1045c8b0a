#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every view's screen, read piece by piece: each piece of text the 120×40
//! screen shows (a title, a sentence, a figure) is in the view's md export,
//! but for the decoration listed in `decoration`.

use crate::common;

use tiendo::app::App;
use tiendo::export::{self, Format};
use tiendo::text::{self, Lang};

const VIEWS: [&str; 4] = ["overview", "provinces", "province:bac-ninh", "timeline"];

fn app(lang: Lang, view: &str) -> App {
    let mut a = common::bundled_app(lang);
    common::resize(&mut a, 120, 40);
    a.open_view(view).unwrap();
    a
}

/// The pieces of a screen line: what lies between borders and between
/// runs of two spaces or more.
fn pieces(line: &str) -> Vec<String> {
    let cut: String = line
        .chars()
        .map(|c| if is_border(c) { '\u{0}' } else { c })
        .collect();
    cut.split('\u{0}')
        .flat_map(|s| s.split("  "))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn is_border(c: char) -> bool {
    matches!(
        c,
        '─' | '│' | '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '━'
    )
}

/// The words of `piece` no run of which is in `md`: each run of words is
/// taken as long as `md` holds it, so a sentence is found whole, a row of
/// cells cell by cell.
fn missing(piece: &str, md: &str) -> Vec<String> {
    let words: Vec<&str> = piece.split(' ').filter(|w| !w.is_empty()).collect();
    let found = |run: &[&str]| {
        let s = run.join(" ");
        // A cut cell ends with `…`: what is left of it must be there. A
        // label's colon and a header's sort arrow are layout.
        let s = s.trim_end_matches('…').trim_end();
        s.is_empty() || md.contains(s) || md.contains(s.trim_end_matches([':', '↑', '↓']))
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        match (k + 1..=words.len())
            .rev()
            .find(|&end| found(&words[k..end]))
        {
            Some(end) => k = end,
            None => {
                out.push(words[k].to_string());
                k += 1;
            }
        }
    }
    out
}

/// Glyphs that draw and say nothing of their own: the bars, the chart's
/// dots, the Timeline's axis and markers (its list names each milestone),
/// the scroll marks, the selection, the arrows between provinces.
fn is_drawing(word: &str) -> bool {
    word.chars()
        .all(|c| ('\u{2800}'..='\u{28FF}').contains(&c) || "█▉▊▋▌▍▎▏·┊┼▲▼▶▸◆◇●◎•←→↑↓".contains(c))
}

/// Bare whole numbers: the scales of the axes (years, 100) and the row
/// numbers of the table, whose order md keeps.
fn is_scale(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
}

/// Words the screen shows that are decoration: the Timeline's marker of
/// today (the day judged on is md's header), the chart's legend (it names
/// the lines drawn: md lists the figures, and the targets and the trend in
/// tables of their own).
fn decoration(lang: Lang) -> Vec<&'static str> {
    let w = text::words(lang);
    let mut words: Vec<&str> = w.today.split(' ').collect();
    words.extend(text::verdict_words(lang).targets.split(' '));
    words
}

/// Parts md does not have yet, by a piece of their line, on a view (`*`:
/// every view): the title bar's name of the dataset (the chrome's), the
/// Province screen's head, gauge, lines, chart title, lists and
/// milestones (the Province screen's). Empty this list as md gains them.
const NOT_YET: &[(&str, &[&str])] = &[
    ("*", &["data · "]),
    (
        "province:bac-ninh",
        &[
            // md lists every target, so it has no "and 3 more".
            "mục tiêu nữa",
            "more targets",
            // The units box's keys: how to move, not what is shown.
            "↑↓ Enter",
        ],
    ),
];

#[test]
fn every_part_of_every_screen_is_in_its_markdown() {
    let mut failures = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        let skip = decoration(lang);
        for view in VIEWS {
            let a = app(lang, view);
            let screen = common::screen_text(&a, 120, 40);
            let md = export::render(&a, Format::Md, 120, "t").unwrap();
            let lines: Vec<&str> = screen.lines().collect();
            let last = lines.len().saturating_sub(1);
            let not_yet: Vec<&str> = NOT_YET
                .iter()
                .filter(|(v, _)| *v == view || *v == "*")
                .flat_map(|(_, p)| p.iter().copied())
                .collect();
            for (n, line) in lines.iter().enumerate() {
                // The tabs and the keys' line are how to move, not what is
                // shown.
                if n == 1 || n == last {
                    continue;
                }
                for piece in pieces(line) {
                    if not_yet.iter().any(|p| piece.contains(p)) {
                        continue;
                    }
                    let lacking: Vec<String> = missing(&piece, &md)
                        .into_iter()
                        .filter(|w| !is_drawing(w) && !is_scale(w) && !skip.contains(&w.as_str()))
                        .collect();
                    if !lacking.is_empty() {
                        failures.push(format!(
                            "{lang:?} {view} line {n}: {lacking:?} in {piece:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "md lacks:\n{}", failures.join("\n"));
}
