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
//! miss it loads and `key.store(head, DatasetRef::of_model(&model))`, also
//! off the UI thread (encoding and writing 100,000 localities takes about
//! half a second). `Cache::open` and `store` do the same from the files.
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

use std::io::{Read, Seek};
use std::path::PathBuf;
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use key::Key;

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
/// piece the postcard of a `[Locality]`. Written as `encode_parts` lays it
/// out, its bytes exactly this struct's postcard (a test holds them so).
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
    Some(encode_parts(dataset, piece)?.concat())
}

/// A section as the parts it is written in, one after the other: the
/// fields before the localities and their count of pieces, then each piece
/// after its length, then the names: postcard's bytes for the full section,
/// without joining them into one (a copy of 65 MB at 100,000 localities,
/// made while the model, and on a reload the one on screen, are held).
fn encode_parts(dataset: DatasetRef<'_>, piece: usize) -> Option<Vec<Vec<u8>>> {
    let pieces: Vec<Vec<u8>> = dataset
        .localities
        .par_chunks(piece.max(1))
        .map(|piece| postcard::to_stdvec(piece).ok())
        .collect::<Option<_>>()?;
    // postcard writes a struct as its fields in order, a sequence's length
    // and a byte string's as a usize varint, and a byte string's bytes as they are.
    let before = (
        dataset.meta,
        dataset.directives,
        dataset.milestones,
        dataset.targets,
        dataset.refused_ids,
        pieces.len(),
    );
    let mut parts = Vec::with_capacity(2 * pieces.len() + 2);
    parts.push(postcard::to_stdvec(&before).ok()?);
    for piece in pieces {
        parts.push(postcard::to_stdvec(&piece.len()).ok()?);
        parts.push(piece);
    }
    parts.push(postcard::to_stdvec(&dataset.names).ok()?);
    Some(parts)
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
            read_from: xxhash_rust::xxh3::xxh3_64(key),
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

    /// Writes the cache for this key, replacing any; whether it was written
    /// (a failure is no error to anyone: the next start loads the TOML).
    pub fn store(&self, head: Option<&Head>, full: DatasetRef<'_>) -> bool {
        self.encode(head, full).is_some_and(Encoded::write)
    }

    /// The cache for this key encoded, to be written later: encoding needs
    /// the dataset, writing only the bytes, so the model can go on to the
    /// screen while they are written.
    pub fn encode(&self, head: Option<&Head>, full: DatasetRef<'_>) -> Option<Encoded> {
        let Sections { header, head, full } = parts(&self.bytes, head, full)?;
        let mut all = Vec::with_capacity(full.len() + 3);
        all.extend([header, self.bytes.clone(), head]);
        all.extend(full);
        Some(Encoded {
            path: self.path.clone(),
            parts: all,
        })
    }
}

/// A cache file's bytes, ready to be written.
pub struct Encoded {
    path: PathBuf,
    parts: Vec<Vec<u8>>,
}

impl Encoded {
    /// Writes the file atomically; whether it was written.
    pub fn write(self) -> bool {
        let parts: Vec<&[u8]> = self.parts.iter().map(Vec::as_slice).collect();
        file::write_atomically(&self.path, &parts).is_ok()
    }
}

/// The header and the encoded sections of a cache file, the full one in
/// the parts it is written in.
struct Sections {
    header: Vec<u8>,
    head: Vec<u8>,
    full: Vec<Vec<u8>>,
}

fn parts(key: &[u8], head: Option<&Head>, full: DatasetRef<'_>) -> Option<Sections> {
    // The head section is the head's dataset, encoded as the full one is.
    let head = match head {
        Some(h) => encode(DatasetRef::of(&h.dataset))?,
        None => Vec::new(),
    };
    let full = encode_parts(full, PIECE)?;
    Some(Sections {
        header: file::header(key, &head, &full)?,
        head,
        full,
    })
}

/// The bytes a cache file for `key` would hold (for tests and the fuzzer's seeds).
pub fn file_bytes(key: &[u8], head: Option<&Head>, full: DatasetRef<'_>) -> Option<Vec<u8>> {
    let Sections {
        header: mut out,
        head,
        full,
    } = parts(key, head, full)?;
    out.extend_from_slice(key);
    out.extend_from_slice(&head);
    for part in full {
        out.extend_from_slice(&part);
    }
    Some(out)
}

/// Stores the cache of `source`'s datasets, read as `sets`: `head` (the
/// part the first screen needs) if given, and `full`. Slow for a large
/// dataset (it encodes and writes it all): call it off the UI thread.
pub fn store(source: &Source, sets: &[Files], head: Option<&Head>, full: DatasetRef<'_>) -> bool {
    Key::of(source, sets).is_some_and(|key| key.store(head, full))
}

/// The model of a whole dataset, and its cache encoded when there is a key
/// to keep it under, with its head for the next start's first screen.
pub fn derive_encoded(
    dataset: Dataset,
    today: chrono::NaiveDate,
    key: Option<&Key>,
) -> (Model, Option<Encoded>) {
    crate::timings::mark("dataset loaded");
    let head = key.and_then(|_| crate::model::preview::head_of(&dataset));
    let mut model = crate::model::derive_when_asked(dataset, today);
    model.read_from = key.map(Key::digest);
    crate::timings::mark("model derived");
    let encoded = key.and_then(|k| k.encode(head.as_ref(), DatasetRef::of_model(&model)));
    crate::timings::mark("cache encoded");
    (model, encoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dataset_in_many_pieces_decodes_as_it_was() {
        let text = crate::model::synth::single_file(&crate::model::synth::Spec {
            localities: 450,
            years: 4,
            seed: 5,
        });
        let loaded = crate::model::load_files(vec![("s.toml".into(), text.into_bytes())]);
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
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
    fn the_parts_of_a_section_are_its_postcard_joined() {
        let text = crate::model::synth::single_file(&crate::model::synth::Spec {
            localities: 450,
            years: 4,
            seed: 5,
        });
        let loaded = crate::model::load_files(vec![("s.toml".into(), text.into_bytes())]);
        let dataset = loaded.map(|l| l.dataset).unwrap_or_default();
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
                let parts = encode_parts(full.clone(), piece).unwrap_or_default();
                assert!(parts.len() > 2, "pieces of {piece}");
                assert_eq!(parts.concat(), whole, "pieces of {piece}");
                let header = file::header(b"k", b"", &parts).unwrap_or_default();
                let joined = file::header(b"k", b"", &[whole]).unwrap_or_default();
                assert_eq!(header, joined, "pieces of {piece}");
            }
        }
    }
}
