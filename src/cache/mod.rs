//! The warm-start cache: the validated dataset of a load, kept in the
//! platform's cache folder so that the next start on unchanged data skips
//! reading and checking the TOML (4–14 s at 100,000 localities).
//!
//! A cache is an optimisation, never a source of truth: it is used only when
//! its key — the program's version and executable, and every dataset file's
//! canonical path, size, modification time and content hash — matches the
//! files just read, and each section's checksum matches its bytes; anything
//! else (stale, truncated, from another version, corrupted) is ignored and
//! written anew after the load. A cache that cannot be written is skipped
//! silently. The bundled data alone is never cached (it loads in 2 ms), nor
//! are datasets whose files total under `MIN_BYTES`; `--no-cache` and
//! `check` never use it.
//!
//! A file holds two sections, each decodable alone: an optional small head
//! (what the first screen needs) and the full dataset. A start keys the
//! files it read before loading them (loading consumes them): `Key::of`,
//! then `key.open()`, `head()` to draw, `full()` off the UI thread; on a
//! miss it loads, derives and hands the model to the screen, then writes
//! the cache on the same thread behind it (`derive_pending`, `Pending`:
//! encoding and writing 100,000 localities takes about 115 ms, which the
//! figures no longer wait for; quitting does, `wait_for_writes`). A
//! command writes it before it goes on (`derive_stored`). `Cache::open`
//! and `store` do the same from the files.
//!
//! The sections are postcard, chosen by measurement on the 100,000-locality
//! dataset (166 MB of TOML; release build, 2 shared cores, 3 runs each,
//! `cargo run --release --example cache_timing -- big.toml formats`):
//!
//! | encoding | full section | encode | decode full | decode head (35 units) |
//! | --- | --- | --- | --- | --- |
//! | postcard 1 | 59.2 MB | 272–374 ms | 556–631 ms | 5–9 ms, once 146 ms |
//! | bitcode 0.6 (serde) | 45.0 MB | 425–468 ms | 463–529 ms | 8–15 ms |
//!
//! Decoding is mostly allocating strings, so the two are within noise of
//! each other there; postcard encodes faster (the cold start waits for it),
//! and its wire format is stable and documented.
//! Dates are stored as day numbers (`model::days`), not chrono's text.
//! A warm start on that dataset reads and keys the files in 85–150 ms, then
//! opens the cache and decodes a head in 0.2 ms; the full section takes
//! 375–410 ms more.

mod file;
mod key;
mod pending;

use std::io::{Read, Seek};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use key::Key;
pub use pending::{Pending, derive_pending, derive_stored, stored, wait_for_writes};

use crate::model::Model;
use crate::model::names::{Names, NamesRef};
use crate::model::preview::Head;
use crate::model::schema::{Dataset, Directive, Locality, Meta, Milestone, Target};
pub use crate::source::{DIR_VARIABLE, MIN_BYTES, Policy};
use crate::source::{Files, Source};

/// A dataset by reference, encoded exactly as `Dataset` is: what a load
/// or the dashboard's model holds is stored without a copy.
#[derive(Clone, Debug, Serialize)]
pub struct DatasetRef<'a> {
    pub meta: &'a Meta,
    pub directives: &'a [Directive],
    pub milestones: &'a [Milestone],
    pub targets: &'a [Target],
    pub localities: &'a [Locality],
    pub refused_ids: &'a [String],
    /// What a model derived from the names alone, kept so that a warm
    /// start need not fold and collate them again (`model::names`). Not
    /// part of the dataset: written after the full section's pieces.
    #[serde(skip)]
    pub names: Option<NamesRef<'a>>,
}

impl<'a> DatasetRef<'a> {
    pub fn of(d: &'a Dataset) -> Self {
        DatasetRef {
            meta: &d.meta,
            directives: &d.directives,
            milestones: &d.milestones,
            targets: &d.targets,
            localities: &d.localities,
            refused_ids: &d.refused_ids,
            names: None,
        }
    }

    /// The dataset a model was derived from (a valid dataset refuses no id).
    pub fn of_model(m: &'a Model) -> Self {
        DatasetRef {
            meta: &m.meta,
            directives: &m.directives,
            milestones: &m.milestones,
            targets: &m.targets,
            localities: &m.localities,
            refused_ids: &[],
            names: Some(m.names()),
        }
    }
}

/// Localities per piece of the full section: each piece is encoded and
/// decoded on its own core (25 pieces at 100,000 localities).
const PIECE: usize = 4096;

/// The full section: the dataset with its localities in pieces, each
/// piece the postcard of a `[Locality]`. `write_full` writes it part by
/// part; its bytes are exactly this struct's postcard (a test holds them so).
#[cfg(test)]
#[derive(Serialize)]
struct FullRef<'a> {
    meta: &'a Meta,
    directives: &'a [Directive],
    milestones: &'a [Milestone],
    targets: &'a [Target],
    refused_ids: &'a [String],
    pieces: Vec<Bytes<'a>>,
    names: Option<NamesRef<'a>>,
}

#[derive(Deserialize)]
struct Full<'a> {
    meta: Meta,
    directives: Vec<Directive>,
    milestones: Vec<Milestone>,
    targets: Vec<Target>,
    refused_ids: Vec<String>,
    #[serde(borrow)]
    pieces: Vec<&'a [u8]>,
    names: Option<Names>,
}

/// Bytes written as bytes (a length, then the bytes), which `&[u8]` reads
/// back without a copy.
#[cfg(test)]
struct Bytes<'a>(&'a [u8]);

#[cfg(test)]
impl Serialize for Bytes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

/// A section's bytes.
pub fn encode(dataset: DatasetRef<'_>) -> Option<Vec<u8>> {
    encode_in(dataset, PIECE)
}

fn encode_in(dataset: DatasetRef<'_>, piece: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    write_full(dataset, piece, &mut |part| {
        out.extend_from_slice(&part);
        Ok(())
    })
    .ok()?;
    Some(out)
}

/// Pieces encoded at a time, on every core, before they are written: the
/// section is never held whole (65 MB at 100,000 localities, while the
/// model, and on a reload the one on screen, are held too).
const PIECES_AT_ONCE: usize = 4;

/// Writes the full section to `out`, part by part: the fields before the
/// localities and their count of pieces, then each piece after its length,
/// then the names. The bytes are postcard's for the whole section (a test
/// holds them so): it writes a struct as its fields in order, a sequence's
/// length and a byte string's as a usize varint, and a byte string's bytes
/// as they are.
fn write_full(
    dataset: DatasetRef<'_>,
    piece: usize,
    out: &mut file::Sink<'_>,
) -> std::io::Result<()> {
    fn encode(value: &impl Serialize) -> std::io::Result<Vec<u8>> {
        postcard::to_stdvec(value).map_err(std::io::Error::other)
    }
    let piece = piece.max(1);
    let before = (
        dataset.meta,
        dataset.directives,
        dataset.milestones,
        dataset.targets,
        dataset.refused_ids,
        dataset.localities.len().div_ceil(piece),
    );
    out(encode(&before)?)?;
    let threads = rayon::current_num_threads().max(1);
    for batch in dataset.localities.chunks(piece * PIECES_AT_ONCE * threads) {
        let pieces: Vec<Vec<u8>> = batch
            .par_chunks(piece)
            .map(postcard::to_stdvec)
            .collect::<Result<_, _>>()
            .map_err(std::io::Error::other)?;
        for p in pieces {
            out(encode(&p.len())?)?;
            out(p)?;
        }
    }
    out(encode(&dataset.names)?)
}

/// A dataset from a section's bytes; `None`, never a panic, for bytes that
/// are not one. The pieces of localities are decoded on every core, each
/// sharing its equal texts (`shared::interning`).
pub fn decode(bytes: &[u8]) -> Option<Dataset> {
    decode_named(bytes).map(|(dataset, _)| dataset)
}

/// `decode`, and the names' part of the model it was kept from, if any.
pub fn decode_named(bytes: &[u8]) -> Option<(Dataset, Option<Names>)> {
    let full: Full<'_> = postcard::from_bytes(bytes).ok()?;
    let pieces: Vec<Vec<Locality>> = full
        .pieces
        .par_iter()
        .map(|piece| crate::model::shared::interning(|| postcard::from_bytes(piece).ok()))
        .collect::<Option<_>>()?;
    let mut localities = Vec::with_capacity(pieces.iter().map(Vec::len).sum());
    for piece in pieces {
        localities.extend(piece);
    }
    let dataset = Dataset {
        meta: full.meta,
        directives: full.directives,
        milestones: full.milestones,
        targets: full.targets,
        localities,
        refused_ids: full.refused_ids,
    };
    Some((dataset, full.names))
}

trait Stream: Read + Seek + Send {}
impl<T: Read + Seek + Send> Stream for T {}

/// A cache file whose header and key matched: its sections are read and
/// checked only when asked for, so the head can be drawn before the rest.
pub struct Cache {
    reader: Mutex<Box<dyn Stream>>,
    layout: file::Layout,
    /// The digest of the key it matched (`Key::digest`).
    read_from: u64,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("layout", &self.layout)
            .finish()
    }
}

impl Cache {
    /// The cache of `source`'s datasets, if one was written for exactly
    /// these files (`sets`, as `source.files()` read them).
    pub fn open(source: &Source, sets: &[Files]) -> Option<Cache> {
        Key::of(source, sets)?.open()
    }

    /// A cache held in memory, read as a file would be (for the fuzzer and tests).
    pub fn from_bytes(bytes: Vec<u8>, key: &[u8]) -> Option<Cache> {
        let len = bytes.len() as u64;
        Cache::read(std::io::Cursor::new(bytes), len, key)
    }

    fn read(mut reader: impl Stream + 'static, len: u64, key: &[u8]) -> Option<Cache> {
        let layout = file::layout(&mut reader, len, key)?;
        Some(Cache {
            reader: Mutex::new(Box::new(reader)),
            layout,
            read_from: key::digest_of(key),
        })
    }

    pub fn has_head(&self) -> bool {
        self.layout.head.is_some()
    }

    /// The head stored for the first screen, if one was.
    pub fn head(&self) -> Option<Head> {
        let bytes = self.section(self.layout.head?)?;
        Some(Head {
            dataset: decode(&bytes)?,
        })
    }

    /// The whole dataset.
    pub fn full(&self) -> Option<Dataset> {
        self.decode(self.layout.full)
    }

    /// The whole dataset, and the names' part of the model it was kept
    /// from (see `model::derive_named`).
    pub fn full_named(&self) -> Option<(Dataset, Option<Names>)> {
        decode_named(&self.section(self.layout.full)?)
    }

    /// The whole model, judged on `today`, knowing the files it was read from.
    pub fn model(&self, today: chrono::NaiveDate) -> Option<Model> {
        let (dataset, names) = self.full_named()?;
        crate::timings::mark("cache decoded");
        let mut model = crate::model::derive_named(dataset, today, names);
        model.read_from = Some(self.read_from);
        Some(model)
    }

    fn decode(&self, at: file::Section) -> Option<Dataset> {
        decode(&self.section(at)?)
    }

    fn section(&self, at: file::Section) -> Option<Vec<u8>> {
        let mut reader = self.reader.lock().ok()?;
        file::section(&mut *reader, at)
    }
}

impl Key {
    /// The cache written for this key, if it is whole and its key matches.
    pub fn open(&self) -> Option<Cache> {
        let file = std::fs::File::open(&self.path).ok()?;
        let len = file.metadata().ok()?.len();
        Cache::read(std::io::BufReader::new(file), len, &self.bytes)
    }

    /// Writes the cache for this key, replacing any, encoding as it
    /// writes; whether it was written (a failure is no error to anyone:
    /// the next start loads the TOML).
    pub fn store(&self, head: Option<&Head>, full: DatasetRef<'_>) -> bool {
        let head = match head {
            Some(h) => encode(DatasetRef::of(&h.dataset)),
            None => Some(Vec::new()),
        };
        head.is_some_and(|head| {
            file::write_streamed(&self.path, &self.bytes, &head, &mut |out| {
                write_full(full.clone(), PIECE, out)
            })
            .is_ok()
        })
    }
}

/// The bytes a cache file for `key` would hold (for tests and the fuzzer's seeds).
pub fn file_bytes(key: &[u8], head: Option<&Head>, full: DatasetRef<'_>) -> Option<Vec<u8>> {
    let head = match head {
        Some(h) => encode(DatasetRef::of(&h.dataset))?,
        None => Vec::new(),
    };
    let full = encode(full)?;
    let mut out = file::header(key, &head, &full)?;
    out.extend_from_slice(key);
    out.extend_from_slice(&head);
    out.extend_from_slice(&full);
    Some(out)
}

/// Stores the cache of `source`'s datasets, read as `sets`: `head` (the
/// part the first screen needs) if given, and `full`. Slow for a large
/// dataset (it encodes and writes it all): call it off the UI thread.
pub fn store(source: &Source, sets: &[Files], head: Option<&Head>, full: DatasetRef<'_>) -> bool {
    Key::of(source, sets).is_some_and(|key| key.store(head, full))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 450 synthetic localities over 4 years.
    pub(super) fn synthetic() -> Dataset {
        let text = crate::model::synth::single_file(&crate::model::synth::Spec {
            localities: 450,
            years: 4,
            seed: 5,
        });
        let loaded = crate::model::load_files(vec![("s.toml".into(), text.into_bytes())]);
        loaded.map(|l| l.dataset).unwrap_or_default()
    }

    #[test]
    fn a_dataset_in_many_pieces_decodes_as_it_was() {
        let dataset = synthetic();
        assert_eq!(dataset.localities.len(), 450);
        for piece in [1, 100, 449, 450, PIECE] {
            let bytes = encode_in(DatasetRef::of(&dataset), piece).unwrap_or_default();
            let back = decode(&bytes).unwrap_or_default();
            assert_eq!(
                format!("{back:?}"),
                format!("{dataset:?}"),
                "pieces of {piece}"
            );
        }
        // Cut short, it is refused, not misread.
        let bytes = encode_in(DatasetRef::of(&dataset), 100).unwrap_or_default();
        assert!(decode(&bytes[..bytes.len() / 2]).is_none());
    }

    /// The parts written one after the other are postcard's bytes for the
    /// whole section, names and all: a cache written before they were
    /// written apart reads the same, and its header's hash is theirs.
    #[test]
    fn a_section_written_in_parts_is_its_postcard_and_its_file_the_same() {
        let dataset = synthetic();
        assert_eq!(dataset.localities.len(), 450);
        let model = crate::model::derive(dataset.clone(), chrono::NaiveDate::MIN);
        for full in [DatasetRef::of(&dataset), DatasetRef::of_model(&model)] {
            for piece in [1, 100, 450, PIECE] {
                let pieces: Vec<Vec<u8>> = full
                    .localities
                    .chunks(piece)
                    .map(|p| postcard::to_stdvec(p).unwrap_or_default())
                    .collect();
                let whole = postcard::to_stdvec(&FullRef {
                    meta: full.meta,
                    directives: full.directives,
                    milestones: full.milestones,
                    targets: full.targets,
                    refused_ids: full.refused_ids,
                    pieces: pieces.iter().map(|p| Bytes(p)).collect(),
                    names: full.names.clone(),
                })
                .unwrap_or_default();
                let mut parts = 0;
                let mut streamed = Vec::new();
                write_full(full.clone(), piece, &mut |part| {
                    parts += 1;
                    streamed.extend_from_slice(&part);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{e}"));
                assert!(parts > 2, "pieces of {piece}");
                assert_eq!(streamed, whole, "pieces of {piece}");
            }
            // Written as it is encoded, the file is the one its bytes
            // would make, header and all.
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let path = dir.path().join("c.cache");
            let head = encode(DatasetRef::of(&dataset)).unwrap_or_default();
            file::write_streamed(&path, b"key", &head, &mut |out| {
                write_full(full.clone(), PIECE, out)
            })
            .unwrap_or_else(|e| panic!("{e}"));
            let mut expected =
                file::header(b"key", &head, &encode(full.clone()).unwrap_or_default())
                    .unwrap_or_default();
            expected.extend_from_slice(b"key");
            expected.extend_from_slice(&head);
            expected.extend_from_slice(&encode(full.clone()).unwrap_or_default());
            assert!(std::fs::read(&path).unwrap_or_default() == expected);
        }
    }
}
