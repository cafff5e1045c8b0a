//! The direct reader reads a piece exactly as the TOML parser and the
//! converter do, or leaves it to them: never a piece they would refuse or
//! read otherwise.

use std::path::Path;

use proptest::prelude::*;

use super::read;
use crate::load::chunk;
use crate::load::pieces::parse_piece_by;

/// Where the pieces of the tests start in their file: places must be the
/// file's.
const BASE: usize = 1000;

/// A locality with a population figure and two records, as a large file
/// holds a hundred thousand of.
const USUAL: &str = "[[locality]]
id = \"xa-1\"
name = \"Xã Một\"
kind = \"commune\"
parent = \"huyen-1\"

  [[locality.population]]
  date = 2025-12-31
  count = 12034
  source = \"synthetic\"

  [[locality.record]]
  date = 2023-12-31
  coverage = 91.25
  source = \"synthetic\"

  [[locality.record]]
  date = 2024-12-31
  participants = 11020
  population = 12034
  source = \"synthetic\"
";

/// Asserts that the direct reader, if it reads `text`, gives what the
/// parser gives, which finds no problem in it; says whether it read it.
fn agree(text: &str, first: bool) -> bool {
    let Some(direct) = read(3, BASE, text, first) else {
        return false;
    };
    let (parsed, told) = parse_piece_by(3, BASE, text, first, false);
    assert!(
        told.is_empty(),
        "read directly, yet the parser tells {told:#?}\n{text}"
    );
    let (direct, parsed) = (format!("{direct:#?}"), format!("{parsed:#?}"));
    assert!(
        direct == parsed,
        "read directly:\n{direct}\nby the parser:\n{parsed}\n{text}"
    );
    true
}

#[test]
fn the_usual_shape_is_read_directly_as_the_parser_reads_it() {
    assert!(agree(USUAL, false));
    let content = read(3, BASE, USUAL, false).unwrap();
    let l = &content.localities[0];
    assert_eq!(l.records.len(), 2);
    assert_eq!(l.records[0].coverage(), Some(91.25));
    assert_eq!(l.records[1].participants(), Some(11020));
    assert_eq!(l.population[0].count, 12034);
    // Places are the file's: the header of the second record.
    let at = USUAL.find("[[locality.record]]\n  date = 2024").unwrap();
    assert_eq!(l.records[1].at.offset as usize, BASE + at);
    assert_eq!(l.records[1].at.file, 3);
}

#[test]
fn blanks_tabs_comments_and_the_other_plain_values_are_read_too() {
    let text = USUAL
        .replace("  source = \"synthetic\"\n\n  [[locality.record]]\n  date = 2024", "\tsource\t=\t\"synthetic\"   # nguồn\n\n# giữa\n  [[locality.record]]  # hồ sơ\n  date = 2024")
        + "  estimate = true\n  replaces = false\n  plan = 12000\n  plan_percent = 91.8\n  published = 2025-02-01\n  note = \"Ước thực hiện\"\n  coverage_words = \"gần 92 %\"\n  coverage = 0\n"
        + "\n[[locality]]\nid = \"xa-2\"\nname = \"Xã Hai\"\nkind = \"commune\"\nparent = \"huyen-1\"\nmerged_into = \"xa-1\"\nmerged_on = 2025-07-01\nabolished_on = 2025-07-01\nnote = \"\"\"\"";
    // The last note is `""` then `""`: not read here.
    assert!(!agree(&text, false));
    let text = text.replace("note = \"\"\"\"", "note = \"Sáp nhập\"");
    assert!(agree(&text, false), "{text}");
    // The last line without its line end.
    assert!(agree(USUAL.trim_end(), false));
}

/// Lines each of which leaves the piece to the parser when it replaces
/// the first record's `coverage = 91.25` (or, `^` first, is added before
/// the piece; `$` first, after it).
const UNREAD: &[&str] = &[
    // Numbers of other shapes.
    "coverage = 1_000",
    "participants = 1_000",
    "participants = +1",
    "participants = -1",
    "coverage = -5.0",
    "coverage = 1e2",
    "coverage = 1.5E2",
    "participants = 0x10",
    "participants = 0o17",
    "participants = 0b11",
    "coverage = 1.",
    "coverage = .5",
    "participants = 012",
    "coverage = 01.5",
    "coverage = inf",
    "coverage = nan",
    "coverage = +inf",
    "participants = 1234567890123456789",
    "participants = 99999999999999999999",
    // Days of other shapes, or with a time.
    "coverage = 1\n  published = 2024-12-31T00:00:00",
    "coverage = 1\n  published = 2024-12-31 10:00:00",
    "coverage = 1\n  published = 2024-12-31T10:00:00Z",
    "coverage = 1\n  published = 2024-12-3",
    "coverage = 1\n  published = 2024-1-31",
    "coverage = 1\n  published = 10:00:00",
    // Trailing garbage, and strings of other kinds.
    "coverage = 91.25 x",
    "coverage = 91.25.5",
    "coverage = 91.25,",
    "coverage = 1\n  note = \"a\" \"b\"",
    "coverage = 1\n  note = \"a\\tb\"",
    "coverage = 1\n  note = \"a\\u0007b\"",
    "coverage = 1\n  note = \"a\\uD800b\"",
    "coverage = 1\n  note = \"a\\u+0e9\"",
    "coverage = 1\n  note = \"a\\x41\"",
    "coverage = 1\n  note = \"a\\e\"",
    "coverage = 1\n  note = \"a\\ \"",
    "coverage = 1\n  note = \"a\\",
    "coverage = 1\n  note = 'a\u{7}'",
    "coverage = 1\n  note = '''x'''",
    "coverage = 1\n  note = ''",
    "coverage = 1\n  note = 'open",
    "coverage = 1\n  note = \"\"\"multi\"\"\"",
    "coverage = 1\n  note = \"\"\"\nmulti\n\"\"\"",
    "coverage = 1\n  note = \"open",
    "coverage = 1\n  note = \"bell\u{7}\"",
    "coverage = 1 # bell\u{7}",
    "coverage = 1 # del\u{7f}",
    "coverage = 1\n  note = \"\"",
    "coverage = 1\n  note = \"tab\there\"",
    "coverage = 1\n  note = \"   \"",
    // Keys: quoted, dotted, unknown, twice, missing.
    "\"coverage\" = 1",
    "'coverage' = 1",
    "coverage.x = 1",
    "groups.poor = 1.0",
    "colour = 1",
    "coverage = 1\n  coverage = 2",
    "= 1",
    "coverage 1",
    "coverage =",
    "coverage == 1",
    // Tables and values of other shapes.
    "coverage = 1\n  groups = { poor = 1.0 }",
    "coverage = 1\n  [locality.record.groups]\n  poor = 1.0",
    "coverage = 1\n  [[ locality.record ]]\n  date = 2025-12-31\n  coverage = 1\n  source = \"s\"",
    "coverage = 1\n  [locality.record]",
    "coverage = 1\n  [locality]",
    "coverage = 1\n  [[locality.records]]",
    "coverage = 1\n  [[locality.record]] x",
    "coverage = 1\n  aliases = [\"a\"]",
    "coverage = [1]",
    "coverage = 1\n  estimate = True",
    "coverage = 1\n  estimate = \"true\"",
    // Values the converter refuses or warns of: its messages are the
    // parser path's.
    "coverage = 101.0",
    "coverage = \"91\"",
    "coverage = 1\n  participants = 1.000",
    "coverage = 1\n  participants = 1.5",
    "coverage = 1\n  plan = 0",
    "coverage = 1\n  date = 2023-02-29",
    "coverage = 1\n  published = 2023-13-01",
    "coverage = 1\n  published = \"2024-12-31\"",
    "coverage = 1\n  published = 2024",
    "coverage = 1\n  note = \"\u{202e}\"",
    "source = \"no figure\"",
    "plan = 100",
    // Line ends and marks.
    "coverage = 1\r",
    "\u{feff}coverage = 1",
    "coverage = 1\u{a0}",
    // Other tables and lines before or after the locality.
    "^[meta]\ntitle = \"t\"\nas_of = 2024-12-31\n",
    "^schema = 1\n",
    "^x = 1\n",
    "$[[record]]\nlocality = \"xa-1\"\ndate = 2024-01-01\ncoverage = 50.0\nsource = \"s\"",
    "$[[target]]\nlocality = \"xa-1\"\nby = 2030-12-31\ncoverage = 99.0\nsource = \"s\"",
    "$[locality]",
    "$[[locality]]\nid = \"xa-1\"\nname = \"Trùng\"\nkind = \"commune\"\nkind = \"commune\"",
    "$[[locality]]\nid = \"xã-2\"\nname = \"X\"\nkind = \"commune\"",
    "$[[locality]]\nid = \"xa-2\"\nname = \"X\"\nkind = \"xã\"",
    "$[[locality]]\nid = \"xa-2\"\nkind = \"commune\"",
    "$[[locality]]\nid = \"xa-2\"\nname = \"X\"\nkind = \"commune\"\nrecord = 1",
];

fn with(line: &str) -> String {
    if let Some(before) = line.strip_prefix('^') {
        format!("{before}{USUAL}")
    } else if let Some(after) = line.strip_prefix('$') {
        format!("{USUAL}{after}\n")
    } else {
        USUAL.replacen("coverage = 91.25", line, 1)
    }
}

#[test]
fn each_unusual_or_wrong_line_leaves_the_piece_to_the_parser() {
    for line in UNREAD {
        let text = with(line);
        assert!(
            read(3, BASE, &text, false).is_none(),
            "read directly:\n{text}"
        );
    }
}

#[test]
fn a_piece_that_starts_its_file_is_left_to_the_parser() {
    assert!(read(0, 0, USUAL, true).is_none());
    assert!(read(0, 0, USUAL, false).is_some());
}

#[test]
fn plain_values_at_their_limits_are_read_as_the_parser_reads_them() {
    for line in [
        "coverage = 0",
        "coverage = 100",
        "coverage = 100.000000000000001",
        "coverage = 0.0",
        "coverage = 33.333333333333333333333333",
        "participants = 123456789012345678",
        "participants = 0\n  coverage = 1",
        "coverage = 1\n  published = 0001-01-01",
        "coverage = 1\n  published = 0000-01-01",
        "coverage = 1\n  published = 2024-02-29",
        "coverage = 1\n  published = 9999-12-31",
        "coverage = 1\n  note = \"'single' and # hash [[locality]]\"",
        "coverage = 1\n  note = \"e\u{301}\"",
        "coverage = 1 #",
        "coverage = 1\n  note = \"a\\\"b\\\\c\"",
        "coverage = 1\n  note = \"a\\u00e9 \\U0001F600 z\"",
        "coverage = 1\n  note = \"e\\u0301\"",
        "coverage = 1\n  note = 'literal \"quoted\" \\ not an escape'",
        "coverage = 1\n  note = \"it's\"",
        "coverage = 1\t#\tcomment",
    ] {
        let text = with(line);
        assert!(agree(&text, false), "not read directly:\n{text}");
    }
}

/// Every file of the repository's cases and data: each piece the direct
/// reader reads, it reads as the parser does, and the whole load agrees.
#[test]
fn every_case_and_data_file_reads_the_same_directly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in [
        "tests/bad",
        "tests/good",
        "tests/judging",
        "data",
        "fuzz/seeds",
    ] {
        collect(&root.join(dir), &mut files);
    }
    assert!(files.len() > 300, "{} files", files.len());
    let mut read_directly = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let text = text.trim_start_matches('\u{feff}');
        if let Some(chunks) = chunk::split(text, 0) {
            for (k, range) in chunk::group(&chunks, 1).into_iter().enumerate() {
                read_directly += usize::from(agree(&text[range], k == 0));
            }
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        crate::load::pieces::tests::same(&[(name, bytes)]);
    }
    // The bundled data alone holds hundreds of localities.
    assert!(read_directly > 200, "{read_directly} pieces read directly");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_none_or(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// Lines of a record, usual and not, for generated pieces.
const LINES: &[&str] = &[
    "date = 2024-12-31",
    "date = 2023-12-31",
    "coverage = 90.5",
    "coverage = 100",
    "coverage = 100.5",
    "participants = 1200",
    "population = 1300",
    "population = 0",
    "plan = 5",
    "plan_percent = 120.5",
    "source = \"s\"",
    "source = \"\"",
    "note = \"ghi chú\"",
    "estimate = true",
    "replaces = false",
    "# chú thích",
    "",
    "\t",
    "coverage = 9,5",
    "coverage = 1e1",
    "coverage = \"90\"",
    "count = 5",
    "[[locality.record]]",
    "[[locality.population]]",
    "[[locality]]",
    "id = \"a-1\"",
    "name = \"A\"",
    "kind = \"district\"",
    "parent = \"VN\"",
    "date = 2024-12-31 00:00",
    "note = 'x'",
    "note = \"a\\nb\"",
    "x.y = 1",
    "[meta]",
    "[[ locality ]]",
    "\"date\" = 2024-01-01",
    "participants = 1_0",
    "participants = +10",
    "coverage = 5.",
    "date = 2024-12-31T00:00:00",
    "population = 12\r",
    "note = \"\"\"x\"\"\"",
    "groups = { poor = 1.0 }",
    "[locality.record.groups]",
    "poor = 5.0",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_pieces_read_directly_read_as_the_parser_reads_them(
        lines in prop::collection::vec(prop::sample::select(LINES), 0..30),
        indent in prop::sample::select(&["", "  ", "\t"][..]),
    ) {
        let mut text = USUAL.to_string();
        for line in lines {
            text += indent;
            text += line;
            text.push('\n');
        }
        agree(&text, false);
    }
}

#[test]
fn a_source_written_on_many_records_is_kept_once_and_in_nfc_by_either_reader() {
    // "nguồn" typed with its marks apart (NFD), as some keyboards write it.
    let text = USUAL.replace(
        "  [[locality.record]]\n  date = 2024-12-31",
        "  [[locality.record]]\n  date = 2022-12-31\n  coverage = 90\n  source = \"nguo\u{302}\u{300}n\"\n\n  [[locality.record]]\n  date = 2021-12-31\n  coverage = 89\n  source = \"nguồn\"\n\n  [[locality.record]]\n  date = 2024-12-31",
    );
    for direct in [true, false] {
        let (content, told) = parse_piece_by(3, BASE, &text, false, direct);
        assert!(told.is_empty(), "{told:#?}");
        let l = content.localities.first().expect("the locality");
        let sources: Vec<&str> = l.records.iter().map(|r| r.source.as_str()).collect();
        assert_eq!(sources, ["synthetic", "nguồn", "nguồn", "synthetic"]);
        let same = |a: usize, b: usize| std::ptr::eq(sources[a].as_ptr(), sources[b].as_ptr());
        assert!(same(0, 3) && same(1, 2), "direct: {direct}");
        let population = l.population.first().expect("a population figure");
        assert!(std::ptr::eq(
            population.source.as_str().as_ptr(),
            sources[0].as_ptr()
        ));
    }
}

/// The byte tables say for every byte what TOML says: a bare key's
/// characters are ASCII letters, digits, `_` and `-`; a control character
/// in a string or comment is one below a space but a tab, or DEL.
#[test]
fn the_tables_of_bare_and_control_bytes_are_toml_s_for_every_byte() {
    for c in 0..=255u8 {
        let bare = c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        let control = (c < 0x20 && c != b'\t') || c == 0x7f;
        assert_eq!(super::line::is_bare(c), bare, "{c:#04x}");
        assert_eq!(super::line::is_control(c), control, "{c:#04x}");
    }
    // A few by name, lest the rule above and the table share a slip.
    let bare: Vec<u8> = (0..=255u8).filter(|&c| super::line::is_bare(c)).collect();
    assert_eq!(bare.len(), 26 * 2 + 10 + 2);
    assert!(!super::line::is_bare(b'.') && !super::line::is_bare(b' '));
    assert!(super::line::is_control(b'\n') && super::line::is_control(b'\r'));
    assert!(!super::line::is_control(b'\t') && !super::line::is_control(0x80));
}
