use super::*;

/// Each chunk as (its text, its root), for readable comparisons.
fn cut(text: &str) -> Option<Vec<(&str, Option<&'static str>)>> {
    let chunks = split(text, 0)?;
    let mut end = 0;
    for c in &chunks {
        assert_eq!(c.range.start, end, "chunks leave no gap: {chunks:?}");
        end = c.range.end;
    }
    assert_eq!(end, text.len(), "chunks reach the end: {chunks:?}");
    Some(
        chunks
            .iter()
            .map(|c| {
                (
                    &text[c.range.clone()],
                    c.root.as_deref().map(|r| &*r.to_string().leak()),
                )
            })
            .collect(),
    )
}

fn roots(text: &str) -> Option<Vec<Option<&str>>> {
    cut(text).map(|v| v.into_iter().map(|(_, r)| r).collect())
}

#[test]
fn cuts_at_top_level_headers_and_keeps_sub_tables_with_their_root() {
    let text = "schema = 1\n\n[meta]\ntitle = \"t\"\n\n[[locality]]\nid = \"a\"\n  [[locality.record]]\n  x = 1\n    [locality.record.groups]\n    poor = 1\n[[locality]]\nid = \"b\"\n[[record]]\nlocality = \"a\"\n";
    let got = cut(text).unwrap();
    assert_eq!(
        got,
        vec![
            ("schema = 1\n\n", None),
            ("[meta]\ntitle = \"t\"\n\n", Some("meta")),
            (
                "[[locality]]\nid = \"a\"\n  [[locality.record]]\n  x = 1\n    [locality.record.groups]\n    poor = 1\n",
                Some("locality")
            ),
            ("[[locality]]\nid = \"b\"\n", Some("locality")),
            ("[[record]]\nlocality = \"a\"\n", Some("record")),
        ]
    );
}

#[test]
fn a_file_starting_with_a_header_has_no_empty_first_chunk() {
    assert_eq!(
        roots("[meta]\na = 1\n[[target]]\n"),
        Some(vec![Some("meta"), Some("target")])
    );
    assert_eq!(roots("schema = 1\n"), Some(vec![None]));
    assert_eq!(split("", 0), None);
}

#[test]
fn header_lines_inside_multi_line_strings_are_text() {
    let text = "schema = 1\n[[locality]]\nnote = \"\"\"\n[[locality]]\nid = \"x\"\n\"\"\"\n[[locality]]\nnote = '''\n[[target]]\n'''\n[[target]]\n";
    assert_eq!(
        roots(text),
        Some(vec![
            None,
            Some("locality"),
            Some("locality"),
            Some("target")
        ])
    );
    // Up to two quotes before the closing three belong to the text, and an
    // escaped quote does not close it.
    let text = "[[a]]\nn = \"\"\"x\\\"\"\"\n[[b]]\n\"\"\"\"\"\n[[c]]\n";
    assert_eq!(roots(text), Some(vec![Some("a"), Some("c")]));
}

#[test]
fn brackets_and_hashes_inside_strings_and_comments_are_not_structure() {
    let text = "[[a]]\nx = \"[[b]] # {\"\ny = '[' # ]]]\n# [[c]] {\n\"k[\" = 1\n[[d]]\n";
    assert_eq!(roots(text), Some(vec![Some("a"), Some("d")]));
}

#[test]
fn lines_starting_with_a_bracket_inside_an_array_are_values() {
    let text =
        "schema = 1\n[[locality]]\naliases = [\n  [\"a\"],\n[\"b\"], # [x]\n]\n[[locality]]\n";
    assert_eq!(
        roots(text),
        Some(vec![None, Some("locality"), Some("locality")])
    );
    // Closed mid-line, the rest of the line is still a value.
    let text = "[[a]]\nx = [\n1] \n[[b]]\n";
    assert_eq!(roots(text), Some(vec![Some("a"), Some("b")]));
}

#[test]
fn inline_tables_even_across_lines_are_values() {
    let text = "[[a]]\nx = { y = [1, 2], z = \"]\" }\nw = {\n[[q]] = 1\n}\n[[b]]\n";
    assert_eq!(roots(text), Some(vec![Some("a"), Some("b")]));
}

#[test]
fn crlf_line_ends_and_spaces_in_headers() {
    let text = "schema = 1\r\n[[ locality ]]\r\nid = \"a\"\r\n  [[ locality . record ]] # c\r\n[meta]\t\r\n";
    assert_eq!(
        cut(text).unwrap(),
        vec![
            ("schema = 1\r\n", None),
            (
                "[[ locality ]]\r\nid = \"a\"\r\n  [[ locality . record ]] # c\r\n",
                Some("locality")
            ),
            ("[meta]\t\r\n", Some("meta")),
        ]
    );
}

#[test]
fn a_dotted_header_under_another_root_is_parsed_whole() {
    assert_eq!(roots("[[a]]\n[[b]]\n[[a.c]]\n"), None);
    assert_eq!(roots("schema = 1\n[a.b]\n"), None);
    assert!(roots("[[a]]\n[[a.c]]\n[a.c.d]\n").is_some());
}

#[test]
fn a_table_written_twice_is_parsed_whole() {
    assert_eq!(roots("[meta]\n[[a]]\n[meta]\n"), None);
    assert_eq!(roots("[[a]]\n[a]\n"), None);
    assert_eq!(roots("[a]\n[[a]]\n"), None);
}

#[test]
fn a_header_naming_a_top_level_key_is_parsed_whole() {
    assert_eq!(roots("meta = { title = \"t\" }\n[meta]\n"), None);
    assert_eq!(roots("meta.title = \"t\"\n[meta]\n"), None);
    assert_eq!(roots("locality = []\n[[locality]]\n"), None);
    assert!(roots("schema = 1\n[meta]\nschema = 2\n[[schema]]\n").is_none());
}

#[test]
fn quoted_or_unusual_headers_are_parsed_whole() {
    for text in [
        "[\"meta\"]\n",
        "['a']\n",
        "[[a]\n",
        "[a]]\n",
        "[a] x = 1\n",
        "[ [a]]\n",
        "[a.\"b\"]\n",
        "[]\n",
        "[a..b]\n",
        "[a\u{c}]\n",
        "[[a]]\n\"q\" = 1\n[[b]]\n",
    ] {
        // The last is fine: a quoted key inside a table is no concern.
        if text.starts_with("[[a]]\n\"q\"") {
            assert!(roots(text).is_some(), "{text:?}");
        } else {
            assert_eq!(roots(text), None, "{text:?}");
        }
    }
    assert_eq!(roots("\"schema\" = 1\n[meta]\n"), None);
}

#[test]
fn text_left_open_at_the_end_is_parsed_whole() {
    for text in [
        "[[a]]\nx = \"\"\"\n[[b]]\n",
        "[[a]]\nx = '''\n[[b]]\n",
        "[[a]]\nx = [\n[[b]]\n",
        "[[a]]\nx = {\n",
        "[[a]]\nx = \"abc\n[[b]]\n",
        "[[a]]\nx = 'abc\n[[b]]\n",
        "[[a]]\nx = ]\n",
    ] {
        assert_eq!(roots(text), None, "{text:?}");
    }
}

#[test]
fn short_texts_are_one_piece_already() {
    assert_eq!(split("[[a]]\n[[b]]\n", 100), None);
    assert!(split("[[a]]\n[[b]]\n", 5).is_some());
}

#[test]
fn grouping_makes_pieces_of_at_least_the_size_asked() {
    let text = "schema = 1\n[meta]\n[[locality]]\nx = 1\n[[locality]]\n[[locality]]\nx = 3\n";
    let chunks = split(text, 0).unwrap();
    let pieces = group(&chunks, 19);
    assert_eq!(
        pieces.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
        vec![
            // What comes before the units is a piece of its own.
            "schema = 1\n[meta]\n",
            "[[locality]]\nx = 1\n",
            "[[locality]]\n[[locality]]\nx = 3\n",
        ]
    );
    let joined: String = pieces.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(joined, text);
    assert!(pieces.iter().skip(1).rev().skip(1).all(|r| r.len() >= 19));
    assert_eq!(group(&chunks, 0).len(), chunks.len() - 1);
    assert_eq!(group(&chunks, usize::MAX).len(), 2);
    // Without units, all is one piece; without a preamble, none is made.
    let meta = split("schema = 1\n[meta]\n[[target]]\n", 0).unwrap();
    assert_eq!(group(&meta, 1).len(), 1);
    let units = split("[[locality]]\n[[locality]]\n", 0).unwrap();
    assert_eq!(group(&units, 1).len(), 2);
}

/// The file's scan in one pass, as `split_by` falls back to.
fn one_pass(text: &str) -> Option<Vec<Chunk>> {
    let mut scanner = Scanner::default();
    scanner.run(text.as_bytes())?;
    Some(scanner.chunks)
}

/// Texts where scanning segments apart could go wrong: header lines inside
/// strings and arrays, roots written again, top-level keys, open ends.
const TRICKY: &[&str] = &[
    "schema = 1\n\n[meta]\ntitle = \"t\"\n\n[[locality]]\nid = \"a\"\n  [[locality.record]]\n  x = 1\n[[locality]]\nid = \"b\"\n[[record]]\nlocality = \"a\"\n",
    "schema = 1\n[[locality]]\nnote = \"\"\"\n[[locality]]\nid = \"x\"\n\"\"\"\n[[locality]]\nnote = '''\n[[target]]\n'''\n[[target]]\n",
    "schema = 1\n[[locality]]\naliases = [\n[[\"a\"]],\n[\"b\"], # [x]\n]\n[[locality]]\n",
    "[[a]]\nx = {\n[[q]] = 1\n}\n[[b]]\n",
    "[meta]\n[[a]]\n[[a]]\n[meta]\n",
    "[[a]]\n[[b]]\n[a]\n",
    "[a]\n[[b]]\n[[a]]\n",
    "[[a]]\n[[b]]\n[[a]]\n[[b]]\n[[a.c]]\n",
    "locality = []\n[[a]]\n[[b]]\n[[locality]]\n",
    "[[a]]\nx = \"\"\"\n[[b]]\n",
    "[[a]]\nx = [\n[[b]]\n[[c]]\n]\n[[d]]\n",
    "[[a]]\nx = \"\\\n[[b]]\n\"\n[[c]]\n",
    "schema = 1\r\n[[ locality ]]\r\nid = \"a\"\r\n[[locality]]\r\n  [[ locality . record ]] # c\r\n[meta]\t\r\n",
];

#[test]
fn segments_scanned_apart_join_as_the_one_pass() {
    for text in TRICKY {
        let whole = one_pass(text);
        for segment in 1..=text.len() + 1 {
            assert_eq!(
                split_by(text, 0, segment),
                whole,
                "{text:?} in segments of {segment}"
            );
        }
    }
    // And they are really cut: a long clean text has many segments.
    let text = "schema = 1\n".to_string() + &"[[locality]]\nid = \"a\"\n".repeat(50);
    assert_eq!(segment_starts(text.as_bytes(), 100).len(), 10);
    assert_eq!(split_by(&text, 0, 100), one_pass(&text));
}

proptest::proptest! {
    /// Any text built of lines that open and close strings, arrays and
    /// tables: segments of any size join as the one pass does.
    #[test]
    fn any_segments_join_as_the_one_pass(
        lines in proptest::collection::vec(proptest::sample::select(vec![
            "[[locality]]", "[[locality.record]]", "[meta]", "[[target]]", "[target]",
            "[a.b]", "id = \"x\"", "n = \"\"\"", "\"\"\"", "m = '''", "'''", "x = [",
            "]", "y = {", "}", "# [[c]]", "meta = 1", "s = \"[[\"", "",
        ]), 0..40),
        segment in 1usize..60,
    ) {
        let text = lines.join("\n") + "\n";
        proptest::prop_assert_eq!(split_by(&text, 0, segment), one_pass(&text));
    }
}

#[test]
fn the_usual_headers_read_as_any_other_header() {
    for line in [
        "[[locality.record]]\n",
        "[[locality]]\n",
        "[[locality.population]]\n",
    ] {
        let usual = header(line.as_bytes(), 0).unwrap();
        // The same line, with a blank the fast path does not take.
        let spaced = line.replacen("]]", "] ]", 0).replacen("[[", "[[ ", 1);
        let other = header(spaced.as_bytes(), 0).unwrap();
        assert_eq!(
            (usual.root, usual.dotted, usual.array, usual.next + 1),
            (other.root, other.dotted, other.array, other.next),
            "{line:?}"
        );
    }
}

/// Where the segments may be joined, they are, without the one pass; where
/// a header line sits in a string left open across them, they are not.
#[test]
fn segments_are_joined_where_they_can_be_and_only_there() {
    let text = "schema = 1\n".to_string() + &"[[locality]]\nid = \"a\"\n".repeat(50);
    let b = text.as_bytes();
    let starts = segment_starts(b, 100);
    assert_eq!(stitch(b, &starts), one_pass(&text));
    assert!(stitch(b, &starts).is_some());
    // A string open across a cut: that segment's scan does not end clean.
    let text = "[[a]]\nx = \"\"\"\n".to_string() + &"[[b]]\n".repeat(30) + "\"\"\"\n[[c]]\n";
    let b = text.as_bytes();
    let starts = segment_starts(b, 20);
    assert!(starts.len() > 2);
    assert_eq!(stitch(b, &starts), None);
    assert_eq!(split_by(&text, 0, 20), one_pass(&text));
    // A table written in two segments is the one pass's to refuse.
    let text = "[meta]\n".to_string() + &"[[b]]\n".repeat(30) + "[meta]\n";
    let starts = segment_starts(text.as_bytes(), 20);
    assert_eq!(stitch(text.as_bytes(), &starts), None);
    assert_eq!(one_pass(&text), None);
}

#[test]
fn segments_start_only_at_a_header_of_one_bare_key() {
    let text = "schema = 1\n[[locality]]\nx = [\n[1],\n]\n  [[locality.record]]\n[[locality.record]]\n# [[c]]\n[[locality]]\ny = 1\n";
    let starts = segment_starts(text.as_bytes(), 20);
    let lines: Vec<&str> = starts
        .iter()
        .map(|&s| text[s..].lines().next().unwrap())
        .collect();
    assert_eq!(lines, ["schema = 1", "[[locality]]"]);
    assert_eq!(&text[starts[1]..], "[[locality]]\ny = 1\n");
}
