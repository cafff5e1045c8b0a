//! The warm-start cache: a cache round-trips to the dataset it was written
//! from; a stale, truncated, corrupted or foreign one is never trusted; the
//! command line uses it for the dashboard and `export` only, and never in
//! the user's own cache folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use tiendo::cache::{self, Cache, DatasetRef, Key, Policy};
use tiendo::loading::Source;
use tiendo::model::preview::Head;
use tiendo::model::schema::{Dataset, LocalityKind};
use tiendo::model::{Era, Level, SortKey};
use tiendo::text::Lang;

/// A dataset of a little over 1 MB, the smallest that is cached.
fn large_text() -> String {
    tiendo::synth::single_file(&tiendo::synth::Spec {
        localities: 1200,
        years: 17,
        seed: 4,
    })
}

fn source(paths: Vec<PathBuf>, dir: &Path, min_bytes: u64) -> Source {
    Source {
        paths,
        today: Some(common::today()),
        lang: Lang::En,
        cache: Some(Policy {
            dir: dir.to_path_buf(),
            min_bytes,
        }),
    }
}

/// The nation and the provinces: a head as the first screen would want.
fn head_of(d: &Dataset) -> Head {
    let mut head = d.clone();
    head.localities
        .retain(|l| matches!(l.kind, LocalityKind::Nation | LocalityKind::Province));
    Head { dataset: head }
}

fn bundled() -> Dataset {
    common::load(tiendo::bundled::files()).dataset
}

#[test]
fn a_stored_cache_gives_back_the_loaded_dataset_and_its_head() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    std::fs::write(&file, large_text()).unwrap();
    let source = source(vec![file], dir.path(), 0);
    let sets = source.files().unwrap();
    let loaded = common::load(sets.concat()).dataset;
    let head = head_of(&loaded);
    assert!(cache::store(
        &source,
        &sets,
        Some(&head),
        DatasetRef::of(&loaded)
    ));
    let opened = Cache::open(&source, &sets).expect("a cache for unchanged files");
    assert!(opened.has_head());
    assert_eq!(
        format!("{:?}", opened.full().unwrap()),
        format!("{loaded:?}")
    );
    let opened_head = opened.head().unwrap();
    assert_eq!(
        format!("{:?}", opened_head.dataset),
        format!("{:?}", head.dataset)
    );
}

#[test]
fn a_cache_stored_from_a_model_derives_the_same_model() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    std::fs::write(&file, large_text()).unwrap();
    let source = source(vec![file], dir.path(), 0);
    let first = source.model(tiendo::loading::How::Quiet).unwrap().unwrap();
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "one cache file"
    );
    let sets = source.files().unwrap();
    let cached = Cache::open(&source, &sets).unwrap().full().unwrap();
    // The next start's first screen is kept with it.
    assert!(Cache::open(&source, &sets).unwrap().has_head());
    let again = tiendo::model::derive(cached, common::today());
    assert_eq!(
        format!("{:?}", again.localities),
        format!("{:?}", first.localities)
    );
    assert_eq!(
        format!("{:?}", again.figures),
        format!("{:?}", first.figures)
    );
    let second = source.model(tiendo::loading::How::Quiet).unwrap().unwrap();
    assert_eq!(
        format!("{:?}", second.figures),
        format!("{:?}", first.figures)
    );
    // The names' part kept with it is the one a model derives afresh, and
    // a model derived with it sorts and searches as the first did.
    let (dataset, names) = Cache::open(&source, &sets).unwrap().full_named().unwrap();
    let names = names.expect("the names kept with the dataset");
    assert_eq!(format!("{:?}", names), {
        let fresh = tiendo::model::derive_when_asked(dataset.clone(), common::today());
        format!("{:?}", fresh.names()).replacen("NamesRef", "Names", 1)
    });
    let mut named = tiendo::model::derive_named(dataset, common::today(), Some(names));
    assert_eq!(
        format!("{:?}", named.names()),
        format!("{:?}", first.names())
    );
    assert_eq!(named.search_keys, first.search_keys);
    let mut sorted = first;
    for level in [Level::Province, Level::District, Level::Commune] {
        for key in [SortKey::Name, SortKey::Gap, SortKey::Projected] {
            named.ensure_sorted(Era::Current, level, key);
            sorted.ensure_sorted(Era::Current, level, key);
            assert_eq!(
                format!("{:?}", named.sorted(Era::Current, level, key)),
                format!("{:?}", sorted.sorted(Era::Current, level, key))
            );
        }
    }
    // Names of other units are not used: the model derives its own.
    let other = tiendo::model::derive_named(
        common::load(sets.concat()).dataset,
        common::today(),
        Some(tiendo::model::names::Names::default()),
    );
    assert_eq!(
        format!("{:?}", other.names()),
        format!("{:?}", sorted.names())
    );
}

#[test]
fn a_reload_reads_again_only_when_a_file_or_the_day_changed() {
    use tiendo::loading::{Reloaded, Shown};
    use tiendo::model::LoadProgress;
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    let text = large_text();
    std::fs::write(&file, &text).unwrap();
    let source = source(vec![file.clone()], dir.path(), 0);
    let reload = |shown: Shown| source.reload_if_changed(&LoadProgress::default(), shown);
    let first = source.reload().unwrap();
    assert!(first.read_from.is_some());
    // The same files: nothing read, whether the model came from the TOML
    // or, as on a warm start, from the cache that load wrote.
    assert!(matches!(reload(Shown::of(&first)), Reloaded::Unchanged));
    let warm = source.model(tiendo::loading::How::Quiet).unwrap().unwrap();
    assert_eq!(warm.read_from, first.read_from);
    // With its cache file gone (removed, or never written), the files are
    // still hashed and found the same.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    assert!(matches!(reload(Shown::of(&first)), Reloaded::Unchanged));
    // One byte changed, the length the same: read again.
    std::fs::write(&file, text.replacen("2025-12-31", "2025-12-30", 1)).unwrap();
    let changed = match reload(Shown::of(&first)) {
        Reloaded::Read(model) => model,
        other => panic!("{other:?}"),
    };
    assert_eq!(changed.meta.as_of, common::day(2025, 12, 30));
    assert_ne!(changed.read_from, first.read_from);
    assert!(matches!(reload(Shown::of(&changed)), Reloaded::Unchanged));
    // Another day to judge on: the same files are judged again.
    let mut yesterday = Shown::of(&changed);
    yesterday.now = yesterday.now.pred_opt().unwrap();
    assert!(matches!(reload(yesterday), Reloaded::Read(_)));
    // The same bytes saved again: their time changed, and they are read.
    let saved = std::fs::File::options().write(true).open(&file).unwrap();
    saved
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(saved);
    assert!(matches!(reload(Shown::of(&changed)), Reloaded::Read(_)));
    // Broken: the problems, never "unchanged".
    std::fs::write(&file, text.replacen("2025-12-31", "2025-13-31", 1)).unwrap();
    assert!(matches!(reload(Shown::of(&changed)), Reloaded::Failed(p) if !p.is_empty()));
    // A model read with no key (the cache off) is always read again.
    let uncached = Source {
        cache: None,
        ..source.clone()
    };
    std::fs::write(&file, &text).unwrap();
    let model = uncached.reload().unwrap();
    assert_eq!(model.read_from, None);
    assert!(matches!(
        uncached.reload_if_changed(&LoadProgress::default(), Shown::of(&model)),
        Reloaded::Read(_)
    ));
}

#[test]
fn a_good_reload_refreshes_the_cache_and_a_failed_one_keeps_it() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    let text = large_text();
    std::fs::write(&file, &text).unwrap();
    let source = source(vec![file.clone()], dir.path(), 0);
    assert!(source.reload().is_ok());
    std::fs::write(&file, text.replacen("2025-12-31", "2025-12-30", 1)).unwrap();
    let reloaded = source.reload().unwrap();
    assert_eq!(reloaded.meta.as_of, common::day(2025, 12, 30));
    let sets = source.files().unwrap();
    let cached = Cache::open(&source, &sets)
        .expect("refreshed")
        .full()
        .unwrap();
    assert_eq!(cached.meta.as_of, common::day(2025, 12, 30));
    let written = std::fs::read(
        std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
    )
    .unwrap();
    std::fs::write(&file, text.replacen("2025-12-31", "2025-13-31", 1)).unwrap();
    assert!(source.reload().is_err());
    let after = std::fs::read(
        std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
    )
    .unwrap();
    assert_eq!(
        written, after,
        "an invalid dataset leaves the cache as it was"
    );
}

#[test]
fn small_data_the_bundled_data_and_no_policy_are_not_cached() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    std::fs::write(&file, large_text()).unwrap();
    let big = source(vec![file.clone()], dir.path(), cache::MIN_BYTES);
    assert!(Key::of(&big, &big.files().unwrap()).is_some());
    let above = source(vec![file.clone()], dir.path(), u64::MAX);
    assert!(Key::of(&above, &above.files().unwrap()).is_none());
    let bundled = source(vec![], dir.path(), 0);
    assert!(Key::of(&bundled, &bundled.files().unwrap()).is_none());
    let named = source(vec!["bundled".into()], dir.path(), 0);
    assert!(Key::of(&named, &named.files().unwrap()).is_none());
    let off = Source { cache: None, ..big };
    assert!(Key::of(&off, &off.files().unwrap()).is_none());
}

#[test]
fn a_touched_or_changed_file_changes_the_key_even_at_the_same_size_and_time() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    let text = large_text();
    std::fs::write(&file, &text).unwrap();
    let source = source(vec![file.clone()], dir.path(), 0);
    let key = |s: &Source| Key::of(s, &s.files().unwrap()).unwrap();
    let before = key(&source);
    assert_eq!(
        before.bytes,
        key(&source).bytes,
        "the same files, the same key"
    );
    let time = std::fs::metadata(&file).unwrap().modified().unwrap();
    let touched = std::fs::File::options().write(true).open(&file).unwrap();
    touched
        .set_modified(time + std::time::Duration::from_secs(1))
        .unwrap();
    drop(touched);
    assert_ne!(before.bytes, key(&source).bytes, "a touched file");
    std::fs::write(&file, text.replacen("2025-12-31", "2025-12-30", 1)).unwrap();
    let f = std::fs::File::options().write(true).open(&file).unwrap();
    f.set_modified(time).unwrap();
    drop(f);
    let after = key(&source);
    assert_eq!(before.path, after.path, "one cache file for one path");
    assert_ne!(before.bytes, after.bytes);
}

/// A warm start keys the files as they stream from disk, without reading
/// them into memory: the key must be the one a load that read them would
/// store its cache under, or no warm start would ever find its cache.
#[test]
fn the_key_of_files_streamed_is_the_key_of_files_read() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    // Over a block of the stream (1 MiB), not a multiple of it.
    let text = large_text();
    assert!(text.len() > 1 << 20 && !text.len().is_multiple_of(1 << 20));
    std::fs::write(&file, &text).unwrap();
    let folder = data.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("b.toml"), &text).unwrap();
    std::fs::write(folder.join("a.toml"), "x = 1\n").unwrap();
    std::fs::write(folder.join("c.csv"), "not, read").unwrap();
    let read = |s: &Source| Key::of(s, &s.files().unwrap()).unwrap();
    let sources = [
        source(vec![file.clone()], dir.path(), 0),
        source(vec![folder.clone()], dir.path(), 0),
        source(vec![file.clone(), "bundled".into(), folder], dir.path(), 0),
    ];
    for s in &sources {
        let key = read(s);
        assert!(
            Key::streamed(s).is_none(),
            "no cache file yet: nothing hashed"
        );
        std::fs::create_dir_all(dir.path()).unwrap();
        std::fs::write(&key.path, "a cache").unwrap();
        let streamed = Key::streamed(s).unwrap();
        assert_eq!(streamed.path, key.path);
        assert_eq!(streamed.bytes, key.bytes, "{:?}", s.paths);
        assert_eq!(streamed.sizes, key.sizes);
    }
    let s = &sources[0];
    assert_eq!(read(s).sizes, (1, text.len() as u64));
    // A change the size and time do not show is still a different key.
    let before = Key::streamed(s).unwrap();
    let time = std::fs::metadata(&file).unwrap().modified().unwrap();
    std::fs::write(&file, text.replacen("2025-12-31", "2025-12-30", 1)).unwrap();
    let f = std::fs::File::options().write(true).open(&file).unwrap();
    f.set_modified(time).unwrap();
    drop(f);
    let changed = Key::streamed(s).unwrap();
    assert_ne!(changed.bytes, before.bytes);
    assert_eq!(changed.bytes, read(s).bytes);
    // A file gone: no key, and the load that follows says what is missing.
    std::fs::remove_file(&file).unwrap();
    assert!(Key::streamed(s).is_none());
    let off = Source {
        cache: None,
        ..sources[1].clone()
    };
    assert!(Key::streamed(&off).is_none());
}

#[test]
fn a_cache_that_cannot_be_written_is_skipped_without_an_error() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("d.toml");
    std::fs::write(&file, large_text()).unwrap();
    // A folder that cannot be made: its parent is a file.
    let source = source(vec![file.clone()], &file.join("cache"), 0);
    let sets = source.files().unwrap();
    let loaded = common::load(sets.concat()).dataset;
    assert!(!cache::store(&source, &sets, None, DatasetRef::of(&loaded)));
    assert!(source.model(tiendo::loading::How::Quiet).unwrap().is_ok());
    assert!(Cache::open(&source, &sets).is_none());
}

#[test]
fn two_datasets_keep_two_cache_files() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (data.path().join("a.toml"), data.path().join("b.toml"));
    std::fs::write(&a, "x").unwrap();
    std::fs::write(&b, "x").unwrap();
    let key = |p: &Path| {
        let s = source(vec![p.to_path_buf()], dir.path(), 0);
        Key::of(&s, &s.files().unwrap()).unwrap()
    };
    assert_ne!(key(&a).path, key(&b).path);
    assert_eq!(key(&a).bytes.len(), key(&b).bytes.len());
}

/// A valid cache of the bundled data, held in memory, for the key `k`.
fn valid_bytes() -> Vec<u8> {
    let d = bundled();
    let head = head_of(&d);
    cache::file_bytes(b"k", Some(&head), DatasetRef::of(&d)).unwrap()
}

#[test]
fn a_cache_in_memory_reads_back_and_another_key_is_refused() {
    let bytes = valid_bytes();
    let c = Cache::from_bytes(bytes.clone(), b"k").unwrap();
    assert_eq!(
        format!("{:?}", c.full().unwrap()),
        format!("{:?}", bundled())
    );
    assert!(c.head().is_some());
    assert!(Cache::from_bytes(bytes.clone(), b"j").is_none());
    assert!(Cache::from_bytes(bytes, b"kk").is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_truncated_cache_is_refused(cut in 0usize..100_000) {
        let bytes = valid_bytes();
        let cut = cut % bytes.len();
        prop_assert!(Cache::from_bytes(bytes[..cut].to_vec(), b"k").is_none());
    }

    #[test]
    fn a_flipped_bit_is_never_trusted(at in any::<usize>(), bit in 0u8..8) {
        let mut bytes = valid_bytes();
        let at = at % bytes.len();
        bytes[at] ^= 1 << bit;
        let read = Cache::from_bytes(bytes, b"k");
        prop_assert!(read.as_ref().and_then(Cache::full).is_none()
            || read.as_ref().and_then(Cache::head).is_none());
    }

    #[test]
    fn random_bytes_are_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        prop_assert!(Cache::from_bytes(bytes.clone(), b"k").and_then(|c| c.full()).is_none());
        let _ = cache::decode(&bytes);
    }

    #[test]
    fn a_damaged_section_decodes_to_nothing_or_without_a_panic(
        at in any::<usize>(),
        byte in any::<u8>(),
        cut in any::<usize>(),
    ) {
        let d = bundled();
        let mut section = cache::encode(DatasetRef::of(&d)).unwrap();
        let at = at % section.len();
        section[at] = byte;
        section.truncate(cut % (section.len() + 1));
        let _ = cache::decode(&section);
    }
}
