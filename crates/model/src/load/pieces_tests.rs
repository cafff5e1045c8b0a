//! A file read in pieces says exactly what it says read whole: the same
//! dataset, the same problems at the same lines and columns.

use std::path::Path;
use std::sync::atomic::Ordering;

use proptest::prelude::*;

use super::{Chunking, LoadProgress, chunk};
use crate::load::{load_sets_chunked, read_path};
use crate::problem::{Field, Problem, Syntax, Value};

/// Read whole, by the TOML parser (the first piece of a file is never
/// read directly).
const WHOLE: Chunking = Chunking {
    threshold: usize::MAX,
    piece: usize::MAX,
    direct: false,
    wave: None,
};

/// Every top-level element its own piece: as many cuts as there can be,
/// each read directly where it can be.
const TINY: Chunking = Chunking {
    threshold: 0,
    piece: 1,
    direct: true,
    wave: None,
};

/// `TINY` read from disk, every piece a wave of its own: each freed as soon
/// as it is read, and what is placed in it placed from its measures, or
/// from the file read again.
const TINY_WAVES: Chunking = Chunking {
    wave: Some(1),
    ..TINY
};

/// `TINY`, every piece read by the TOML parser.
const TINY_BY_TOML: Chunking = Chunking {
    direct: false,
    ..TINY
};

/// The outcome in full: the dataset's every field, or each problem with
/// its file, line, column and problem.
fn outcome(files: &[(String, Vec<u8>)], chunking: Chunking) -> String {
    let progress = LoadProgress::default();
    let loaded = load_sets_chunked(vec![files.to_vec()], &progress, None, chunking);
    let total = progress.bytes_total.load(Ordering::Relaxed);
    assert_eq!(progress.bytes_done.load(Ordering::Relaxed), total);
    match loaded {
        Ok(l) => format!("{:?}\n{:#?}", l.dataset, l.warnings),
        Err(e) => format!("invalid\n{:#?}", e.diagnostics),
    }
}

/// Whether any of the files is cut in more than one piece by `TINY`.
fn cut(files: &[(String, Vec<u8>)]) -> bool {
    files.iter().any(|(_, bytes)| {
        let text = String::from_utf8_lossy(bytes);
        let text = text.trim_start_matches('\u{feff}');
        chunk::split(text, 0).is_some_and(|c| chunk::group(&c, 1).len() > 1)
    })
}

/// The files written to a folder of their own, named by their paths
/// there, as `read_path` names files: a load in waves reads a freed piece
/// again from its file.
fn on_disk(files: &[(String, Vec<u8>)]) -> (std::path::PathBuf, Vec<(String, Vec<u8>)>) {
    static FOLDERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = FOLDERS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("tiendo-waves-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let written = files
        .iter()
        .enumerate()
        .map(|(k, (_, bytes))| {
            let path = dir.join(format!("{k:03}.toml"));
            std::fs::write(&path, bytes).unwrap();
            (path.display().to_string(), bytes.clone())
        })
        .collect();
    (dir, written)
}

/// Read from disk in waves, each piece's text freed once read, and read
/// with the text kept: one outcome.
pub(crate) fn same_in_waves(files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let (dir, files) = on_disk(files);
    let kept = outcome(&files, TINY);
    let waves = outcome(&files, TINY_WAVES);
    let _ = std::fs::remove_dir_all(dir);
    if kept == waves {
        Ok(())
    } else {
        Err(format!("text kept:\n{kept}\nfreed in waves:\n{waves}"))
    }
}

/// Read whole, in pieces by the parser, in pieces read directly and in
/// waves: one outcome.
pub(crate) fn same(files: &[(String, Vec<u8>)]) {
    if let Err(differ) = same_in_waves(files) {
        panic!("{differ}");
    }
    let whole = outcome(files, WHOLE);
    let pieces = outcome(files, TINY_BY_TOML);
    assert!(
        whole == pieces,
        "read whole:\n{whole}\nread in pieces:\n{pieces}"
    );
    let direct = outcome(files, TINY);
    assert!(
        direct == pieces,
        "read by the parser:\n{pieces}\nread directly:\n{direct}"
    );
    if let Some(known) = outcome_cut(files) {
        assert!(
            known == direct,
            "cut by the load:\n{direct}\ncut by the head:\n{known}"
        );
    }
}

/// `outcome` with `TINY`, on the cuts the head made, if it read one.
fn outcome_cut(files: &[(String, Vec<u8>)]) -> Option<String> {
    let sets = vec![files.to_vec()];
    let (_, cuts) = crate::load::head_first_cut(&sets, &LoadProgress::default())?;
    let loaded = crate::load::load_sets_known(sets, &LoadProgress::default(), None, TINY, cuts);
    Some(match loaded {
        Ok(l) => format!("{:?}\n{:#?}", l.dataset, l.warnings),
        Err(e) => format!("invalid\n{:#?}", e.diagnostics),
    })
}

#[test]
fn a_load_on_the_heads_cuts_is_the_load() {
    let text = crate::synth::single_file(&crate::synth::Spec {
        localities: 400,
        years: 3,
        seed: 9,
    });
    let files = vec![("s.toml".to_string(), text.into_bytes())];
    let known = outcome_cut(&files).expect("a head, and its cuts");
    assert_eq!(known, outcome(&files, TINY));
    assert!(known.contains("localities: ["));
}

#[test]
fn the_bundled_data_reads_the_same_in_pieces() {
    let files = crate::bundled::files();
    assert!(
        files
            .iter()
            .filter(|f| cut(std::slice::from_ref(f)))
            .count()
            >= 30
    );
    same(&files);
    for f in &files {
        same(std::slice::from_ref(f));
    }
}

#[test]
fn every_bad_case_reads_the_same_in_pieces() {
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad");
    let mut cases = 0;
    let mut with_cuts = 0;
    for entry in std::fs::read_dir(&bad).unwrap() {
        let path = entry.unwrap().path();
        let is_case = path.is_dir() || path.extension().is_some_and(|e| e == "toml");
        if !is_case {
            continue;
        }
        let files = read_path(&path).unwrap();
        cases += 1;
        with_cuts += usize::from(cut(&files));
        same(&files);
    }
    assert!(cases >= 50, "{cases} cases");
    // Most cases hold a [meta] and a locality at least: cut, not parsed
    // whole for falling back.
    assert!(with_cuts * 4 >= cases * 3, "{with_cuts} of {cases} cut");
}

/// A file of `n` localities each with a record, every fourth-line piece
/// big enough to be its own.
fn localities(n: usize, bad: Option<usize>) -> String {
    let mut s = "schema = 1\n\n[meta]\ntitle = \"t\"\nas_of = 2025-12-31\n\n".to_string();
    s += "[[locality]]\nid = \"VN\"\nname = \"Việt Nam\"\nkind = \"nation\"\n\n";
    for k in 0..n {
        let coverage = if bad == Some(k) {
            "\"chín mươi\""
        } else {
            "90.5"
        };
        s += &format!(
            "[[locality]]\nid = \"t{k}\"\nname = \"Tỉnh {k}\"\nkind = \"province\"\nparent = \"VN\"\n\n  [[locality.record]]\n  date = 2024-12-31\n  coverage = {coverage}\n  source = \"s\"\n\n"
        );
    }
    s
}

#[test]
fn an_error_in_the_third_piece_is_placed_in_the_file() {
    // Pieces of one element: preamble and [meta] together, VN, then the
    // provinces.
    let text = localities(6, Some(0));
    let (line, pieces) = placed(&text, TINY);
    assert_eq!(pieces.len(), 8);
    let at = text.find("coverage = \"chín").unwrap();
    assert!(pieces[2].contains(&at), "{pieces:?} {at}");
    assert!(line > 15);
    // The third piece of units by the default grouping: pieces of 2 MB
    // after the preamble's own.
    let text = localities(40_000, Some(30_000));
    let (line, pieces) = placed(&text, Chunking::DEFAULT);
    let at = text.find("coverage = \"chín").unwrap();
    assert!(
        pieces.len() > 4 && pieces[3].contains(&at),
        "{pieces:?} {at}"
    );
    assert!(line > 200_000);
}

#[test]
fn a_piece_parsed_alone_tells_places_in_its_file() {
    let text = localities(3, Some(2));
    let at = text.find("coverage = \"chín").unwrap() + "coverage = ".len();
    let pieces = chunk::group(&chunk::split(&text, 0).unwrap(), 1);
    let last = pieces.last().unwrap().clone();
    let (content, told) = super::parse_piece(7, last.start, &text[last], false);
    assert_eq!(content.localities.len(), 1);
    assert!(content.meta.is_none());
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!((told[0].at.file, told[0].at.offset as usize), (7, at));
    // The first piece must say `schema = 1`; a later one need not.
    let (_, told) = super::parse_piece(0, 0, "[meta]\n", true);
    assert!(
        told.iter()
            .any(|d| d.problem == Problem::Field(Field::NoSchema)),
        "{told:?}"
    );
}

#[test]
fn progress_moves_with_each_piece() {
    let text = localities(20, None);
    let progress = LoadProgress::default();
    let mut told = Vec::new();
    let (content, counted) = super::content(0, &text, (TINY, None), &progress, &mut told);
    assert_eq!(content.localities.len(), 21);
    // Counted by the pieces as they were done, not left for the file's end.
    assert_eq!(counted, text.len());
    assert_eq!(
        progress.bytes_done.load(Ordering::Relaxed),
        text.len() as u64
    );
    let progress = LoadProgress::default();
    let (_, counted) = super::content(0, &text, (WHOLE, None), &progress, &mut told);
    assert_eq!(counted, 0);
    assert_eq!(progress.bytes_done.load(Ordering::Relaxed), 0);
    assert!(told.is_empty(), "{told:?}");
}

/// Loads `text` cut as `chunking` says and checks that its one wrong
/// `coverage` is told at the file's own line and column; returns that line
/// and the pieces.
fn placed(text: &str, chunking: Chunking) -> (usize, Vec<std::ops::Range<usize>>) {
    let at = text.find("coverage = \"chín").unwrap() + "coverage = ".len();
    let line = text[..at].lines().count();
    let pieces = chunk::group(&chunk::split(text, 0).unwrap(), chunking.piece);
    let files = vec![("f.toml".to_string(), text.as_bytes().to_vec())];
    let progress = LoadProgress::default();
    let e = load_sets_chunked(vec![files], &progress, None, chunking).unwrap_err();
    let told: Vec<_> = e
        .diagnostics
        .iter()
        .filter(|d| {
            matches!(&d.problem, Problem::Value(Value::NumberInQuotes { key, .. }) if key == "coverage")
        })
        .map(|d| (d.file.as_str(), d.line, d.column))
        .collect();
    assert_eq!(told, vec![("f.toml", line, 14)], "{:#?}", e.diagnostics);
    (line, pieces)
}

#[test]
fn a_file_without_schema_is_told_so_in_pieces_too() {
    let text = localities(3, None).replacen("schema = 1\n", "", 1);
    let files = vec![("f.toml".to_string(), text.into_bytes())];
    same(&files);
    let e = outcome(&files, TINY);
    assert!(e.contains("NoSchema"), "{e}");
}

#[test]
fn syntax_errors_in_many_pieces_are_capped_per_file() {
    let mut text = localities(30, None);
    text = text.replace("coverage = 90.5", "coverage = 90,5");
    let files = vec![("f.toml".to_string(), text.into_bytes())];
    same(&files);
    let progress = LoadProgress::default();
    let e = load_sets_chunked(vec![files], &progress, None, TINY).unwrap_err();
    let told: Vec<&Problem> = e.diagnostics.iter().map(|d| &d.problem).collect();
    assert!(
        told.contains(&&Problem::Syntax(Syntax::More { more: 10 })),
        "{told:#?}"
    );
    let comma = Problem::Syntax(Syntax::DecimalComma {
        key: "coverage".into(),
        fix: "90.5".into(),
    });
    assert_eq!(
        told.iter().filter(|p| ***p == comma).count(),
        20,
        "{told:#?}"
    );
}

/// Lines that, put between the lines of a valid file, exercise the cuts:
/// headers in strings and arrays, tables written twice, syntax errors.
const SNIPPETS: &[&str] = &[
    "[meta]",
    "[[locality]]",
    "[[ locality ]]\nid = \"x-1\"\nname = \"X\"\nkind = \"province\"\nparent = \"VN\"",
    "[[locality.record]]\ndate = 2020-01-01\ncoverage = 50.0\nsource = \"s\"",
    "[locality.record.groups]\npoor = 1.0",
    "note = \"\"\"\n[[locality]]\n\"\"\"",
    "note = '''\n[meta]\n'''",
    "aliases = [\n  [\"a\"],\n]",
    "aliases = [\"[[target]]\", # [meta]\n]",
    "# [[locality]]",
    "coverage = \"abc\"",
    "meta.title = \"x\"",
    "[[record]]\nlocality = \"VN\"\ndate = 2024-01-01\ncoverage = 50.0\nsource = \"s\"",
    "[[target]]\nlocality = \"VN\"\nby = 2030-12-31\ncoverage = 99.0\nsource = \"s\"",
    "[target]",
    "[[locality.population]]\ndate = 2020-01-01\ncount = 5\nsource = \"s\"",
    "x = {\n  y = 1 }",
    "id = \"dup\"",
    "note = \"unclosed",
    "[\"locality\"]",
    "schema = 2",
    "\r",
    "coverage = 9,5",
    "date = 31/12/2024",
    "date = 2024-13-45",
    "count = 1.234.567",
    "= 1",
    "id = \"a\" \"b\"",
    "name = \"\u{1b}\"",
];

fn mangled() -> impl Strategy<Value = String> {
    let spec = (35usize..60, 1usize..4, any::<u64>());
    let edits = prop::collection::vec(
        (any::<prop::sample::Index>(), prop::sample::select(SNIPPETS)),
        0..4,
    );
    (spec, edits).prop_map(|((localities, years, seed), edits)| {
        let spec = crate::synth::Spec {
            localities,
            years,
            seed,
        };
        let text = crate::synth::single_file(&spec);
        let mut lines: Vec<&str> = text.split('\n').collect();
        for (at, snippet) in edits {
            lines.insert(at.index(lines.len() + 1), snippet);
        }
        lines.join("\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_datasets_read_the_same_in_pieces(text in mangled()) {
        let files = vec![("g.toml".to_string(), text.into_bytes())];
        let whole = outcome(&files, WHOLE);
        let pieces = outcome(&files, TINY_BY_TOML);
        prop_assert!(whole == pieces, "read whole:\n{}\nread in pieces:\n{}", whole, pieces);
        let direct = outcome(&files, TINY);
        prop_assert!(direct == pieces, "by the parser:\n{}\ndirectly:\n{}", pieces, direct);
        let waves = same_in_waves(&files);
        prop_assert!(waves.is_ok(), "{}", waves.unwrap_err());
    }
}

#[test]
fn a_slip_the_parser_stumbles_on_twice_is_told_once_whole_or_in_pieces() {
    // A key written twice is told at the table's end, after the comma of
    // the next table: not one stumble after the other.
    let text = localities(3, None).replacen(
        "[[locality]]\nid = \"VN\"",
        "[[target]]\nlocality = \"VN\"\nby = 2030-12-31\ncoverage = 95.0\ncoverage = 9,5\nsource = \"s\"\n\n[[target]]\ncoverage = 9,5\nlocality = \"VN\"\nby = 2030-12-31\nsource = \"s\"\n\n[[locality]]\nid = \"VN\"",
        1,
    );
    let files = vec![("f.toml".to_string(), text.into_bytes())];
    same(&files);
    let e = outcome(&files, WHOLE);
    assert_eq!(e.matches("DecimalComma").count(), 2, "{e}");
}

/// Records grown one by one keep no room for more once loaded, read
/// directly or by the parser: 17 records would otherwise hold 32's room.
#[test]
fn a_loaded_unit_holds_no_room_for_records_to_come() {
    let text = crate::synth::single_file(&crate::synth::Spec {
        localities: 300,
        years: 17,
        seed: 3,
    });
    for chunking in [TINY, TINY_BY_TOML, WHOLE] {
        let files = vec![vec![("s.toml".to_string(), text.clone().into_bytes())]];
        let loaded = load_sets_chunked(files, &LoadProgress::default(), None, chunking).unwrap();
        let units = &loaded.dataset.localities;
        assert!(units.iter().any(|l| l.records.len() == 17));
        for l in units {
            assert_eq!(l.records.capacity(), l.records.len(), "{}", l.id.value);
            assert_eq!(l.population.capacity(), l.population.len());
        }
    }
}

/// A large file read in waves: freed from its end, wave by wave, up to the
/// first wave with a problem found while reading; what is found later
/// (stale figures, a parent no file has, on a line beyond ASCII) is
/// placed in the freed parts exactly as with the text kept.
#[test]
fn a_file_read_in_waves_is_freed_from_its_end_and_tells_the_same() {
    let text = crate::synth::single_file(&crate::synth::Spec {
        localities: 600,
        years: 3,
        seed: 4,
    });
    // A unit whose parent no file has, three quarters in: found when the
    // references are checked, after its piece is freed.
    let at = text.len() * 3 / 4;
    let at = at + text[at..].find("\n[[locality]]").unwrap_or(0) + 1;
    // Its parent's line holds letters beyond ASCII, after the place
    // told: that part is read again to count its column in characters.
    let orphan = "[[locality]]\nid = \"mo-coi\"\nname = \"Mồ Côi\"\nkind = \"commune\"\nparent = \"tinh-khong-co\" # Tỉnh Không Có\n\n";
    let text = format!("{}{orphan}{}", &text[..at], &text[at..]);
    let files = vec![("w.toml".to_string(), text.clone().into_bytes())];
    same_in_waves(&files).unwrap();
    let whole = outcome(&files, TINY);
    assert!(whole.contains("Stale"), "{whole}");
    let told = whole
        .find("\"tinh-khong-co\"")
        .map(|k| &whole[k.saturating_sub(300)..k]);
    assert!(
        told.is_some_and(|t| t.contains("severity: Error")),
        "{whole}"
    );

    let mut kept = text.clone();
    let mut found = Vec::new();
    let how = (TINY, None);
    let progress = LoadProgress::default();
    let (_, counted, parts) =
        super::waves::content_in_waves(0, &mut kept, how, 64 << 10, &progress, &mut found);
    assert_eq!(counted, text.len());
    assert!(found.is_empty(), "{found:?}");
    // All freed but the first wave, which holds the file's head.
    assert!(
        kept.len() < 128 << 10 && text.starts_with(&kept),
        "{}",
        kept.len()
    );
    assert_eq!(parts.first().map(|p| p.range.start), Some(kept.len()));
    assert_eq!(parts.last().map(|p| p.range.end), Some(text.len()));
    for pair in parts.windows(2) {
        assert_eq!(pair[0].range.end, pair[1].range.start);
        let lines = text[..pair[1].range.start].matches('\n').count();
        assert_eq!(pair[1].lines_before, lines);
    }

    // A problem found while reading stops the freeing there: the waves
    // after it are freed, it and those before are kept.
    let slip = text.len() / 2;
    let slip = slip + text[slip..].find("  coverage = ").unwrap_or(0);
    let bad = text.replacen("  coverage = ", "  coverage = \"9,5\" # ", 1);
    let mut bad = format!("{}{}", &text[..slip], &bad[slip..]);
    let bad_text = bad.clone();
    found.clear();
    let (_, _, parts) =
        super::waves::content_in_waves(0, &mut bad, (TINY, None), 64 << 10, &progress, &mut found);
    assert!(!found.is_empty());
    assert!(
        bad.len() > slip && bad.len() < bad_text.len(),
        "{} {slip}",
        bad.len()
    );
    assert_eq!(parts.first().map(|p| p.range.start), Some(bad.len()));
    same_in_waves(&[("bad.toml".to_string(), bad_text.into_bytes())]).unwrap();
}
