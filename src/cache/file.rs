//! The cache file: a fixed header, the key it was written for, then the
//! head and full sections, each with its length and checksum. Every length
//! is checked against the file's size before anything is read, so a
//! truncated or hostile file is refused without a large allocation.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use xxhash_rust::xxh3::xxh3_64;

/// Bumped whenever the layout or the encoding of a section changes. 2:
/// records carry `published` (postcard writes no field names, so a cache of
/// format 1 would be misread field by field). 3: records carry `plan`,
/// `estimate`, `replaces` and the record each replaced. 4: a record's rarer
/// fields in `more`. 5: the full section's localities in pieces, and the head
/// section a dataset as the full one is (no count of provinces waiting).
/// 6: a record's coverage and counts without their `Option`s, and which of
/// them it gives in one byte. 7: the full section keeps the names' part of
/// the model (search keys, name order) after its pieces. 8: a record's
/// `published` day in `more`, which few records give, and its groups boxed
/// apart within it.
pub const FORMAT: u32 = 9;

const MAGIC: [u8; 8] = *b"tiendo\x00\x1a";

/// Magic, format, key length, then length and checksum of each section.
const HEADER: u64 = 8 + 4 + 4 + 4 * 8;

/// Where a section lies in the file, and what its bytes must hash to.
#[derive(Clone, Copy, Debug)]
pub struct Section {
    offset: u64,
    len: u64,
    hash: u64,
}

/// The sections of a cache file whose header and key matched.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub head: Option<Section>,
    pub full: Section,
}

/// Reads and checks the header and key of a cache of `len` bytes: `None`
/// for anything but a whole file written for `key` by this format.
pub fn layout(reader: &mut impl Read, len: u64, key: &[u8]) -> Option<Layout> {
    let mut header = [0u8; HEADER as usize];
    reader.read_exact(&mut header).ok()?;
    let word = |at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(header.get(at..at + 8)?.try_into().ok()?))
    };
    let half = |at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(header.get(at..at + 4)?.try_into().ok()?))
    };
    if header.get(..8)? != MAGIC || half(8)? != FORMAT {
        return None;
    }
    let key_len = u64::from(half(12)?);
    let (head_len, head_hash, full_len, full_hash) = (word(16)?, word(24)?, word(32)?, word(40)?);
    if key_len != key.len() as u64 {
        return None;
    }
    let head_at = HEADER.checked_add(key_len)?;
    let full_at = head_at.checked_add(head_len)?;
    if full_at.checked_add(full_len)? != len {
        return None;
    }
    let mut written = vec![0u8; key.len()];
    reader.read_exact(&mut written).ok()?;
    if written != key {
        return None;
    }
    Some(Layout {
        head: (head_len > 0).then_some(Section {
            offset: head_at,
            len: head_len,
            hash: head_hash,
        }),
        full: Section {
            offset: full_at,
            len: full_len,
            hash: full_hash,
        },
    })
}

/// A section's bytes, if they are still those the header promises.
pub fn section(reader: &mut (impl Read + Seek), at: Section) -> Option<Vec<u8>> {
    reader.seek(SeekFrom::Start(at.offset)).ok()?;
    // No larger than the file, whose size `layout` checked.
    let mut bytes = Vec::with_capacity(usize::try_from(at.len).ok()?);
    reader.take(at.len).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 == at.len && xxh3_64(&bytes) == at.hash).then_some(bytes)
}

/// The header of a file holding `key` and the sections: written before
/// them, so that no copy of the sections is made.
pub fn header(key: &[u8], head: &[u8], full: &[u8]) -> Option<Vec<u8>> {
    header_of(key, head, (full.len() as u64, xxh3_64(full)))
}

/// `header`, given the full section's length and hash.
fn header_of(key: &[u8], head: &[u8], (full_len, full_hash): (u64, u64)) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(HEADER as usize);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&u32::try_from(key.len()).ok()?.to_le_bytes());
    for (len, hash) in [(head.len() as u64, xxh3_64(head)), (full_len, full_hash)] {
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&hash.to_le_bytes());
    }
    Some(out)
}

/// Where a section's parts are written, one after the other.
pub type Sink<'a> = dyn FnMut(Vec<u8>) -> std::io::Result<()> + 'a;

/// Parts waiting to be written while the next are encoded: a few pieces of
/// localities (about 2.6 MB each at 100,000).
const QUEUED: usize = 8;

/// Writes a cache file as `path` all at once (to a temporary file beside
/// it, then renamed over it, so a reader never sees half a cache): its
/// header, `key`, `head`, then the full section as `full` hands it over,
/// part by part, to a thread that writes each while the next is encoded.
/// The full section's length and hash are counted as it goes, and the
/// header, written first as zeros, is filled in at the end: the section is
/// never held whole.
pub fn write_streamed(
    path: &Path,
    key: &[u8],
    head: &[u8],
    full: &mut dyn FnMut(&mut Sink<'_>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    let (len, hash) = std::thread::scope(|scope| {
        let (send, parts) = std::sync::mpsc::sync_channel::<Vec<u8>>(QUEUED);
        let file = temp.as_file_mut();
        let writer = scope.spawn(move || -> std::io::Result<(u64, u64)> {
            let mut out = std::io::BufWriter::new(file);
            out.write_all(&[0u8; HEADER as usize])?;
            out.write_all(key)?;
            out.write_all(head)?;
            let (mut len, mut hash) = (0u64, xxhash_rust::xxh3::Xxh3::new());
            for part in parts {
                len += part.len() as u64;
                hash.update(&part);
                out.write_all(&part)?;
            }
            out.flush()?;
            Ok((len, hash.digest()))
        });
        // A writer that failed drops its end: the encoding stops there.
        let stopped = || std::io::Error::other("the cache's writer stopped");
        let encoded = full(&mut |part| send.send(part).map_err(|_| stopped()));
        drop(send);
        // The writer's own error first: the encoding's is then only that it stopped.
        let written = writer.join().map_err(|_| stopped())??;
        encoded.map(|()| written)
    })?;
    let header = header_of(key, head, (len, hash))
        .ok_or_else(|| std::io::Error::other("a key too long for a cache"))?;
    let file = temp.as_file_mut();
    file.seek(SeekFrom::Start(0))?;
    file.write_all(&header)?;
    file.flush()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diagnostic::Loc;
    use crate::model::schema::Record;

    /// A section whose encoding fails midway leaves no cache behind, and
    /// none half written; one that ends is there whole.
    #[test]
    fn a_stream_that_fails_writes_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.cache");
        let failed = write_streamed(&path, b"k", b"head", &mut |out| {
            out(vec![1; 1000])?;
            Err(std::io::Error::other("no more"))
        });
        assert_eq!(
            failed.map_err(|e| e.to_string()),
            Err("no more".to_string())
        );
        assert!(!path.exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "no temporary file left"
        );
        write_streamed(&path, b"k", b"head", &mut |out| {
            (0..100u8).try_for_each(|k| out(vec![k; 10_000]))
        })
        .unwrap();
        let full: Vec<u8> = (0..100u8).flat_map(|k| vec![k; 10_000]).collect();
        let mut expected = header(b"k", b"head", &full).unwrap();
        expected.extend_from_slice(b"k");
        expected.extend_from_slice(b"head");
        expected.extend_from_slice(&full);
        assert!(std::fs::read(&path).unwrap() == expected);
    }

    /// A record as the cache encodes it, every field set.
    fn sample() -> Record {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let mut r = Record::new(day(2025, 12, 31), "s".into(), Loc::new(1, 2));
        r.set_coverage(Some(95.2));
        r.set_participants(Some(1));
        // Above 32 bits: kept apart, and read back whole.
        r.set_population(Some(5_000_000_002));
        r.estimate = true;
        r.replaces = true;
        r.set_more(crate::model::schema::More {
            published: Some(day(2026, 2, 4)),
            plan: Some(3),
            plan_percent: Some(100.5),
            coverage_words: Some("gần 95 %".into()),
            note: Some("n".into()),
            groups: crate::model::schema::Groups {
                poor: Some(99.5),
                ..Default::default()
            }
            .boxed(),
            replaced: Some(Box::new(crate::model::schema::Replaced {
                source: "r".into(),
                at: Loc::new(0, 3),
                coverage: Some(94.0),
                estimate: true,
                earlier: None,
            })),
            ..Default::default()
        });
        r
    }

    #[test]
    fn the_encoding_of_a_record_changes_only_with_the_format() {
        // When this fails, a record's fields changed: bump FORMAT, so that
        // caches written before are refused rather than misread, and write
        // the new pair here.
        let bytes = postcard::to_stdvec(&sample()).unwrap_or_default();
        assert_eq!((FORMAT, xxh3_64(&bytes)), (9, 16768835932332522048));
        // And it reads back whole, the count above 32 bits too.
        let back: Option<Record> = postcard::from_bytes(&bytes).ok();
        let counts = back.map(|r| (r.participants(), r.population(), r.plan()));
        assert_eq!(counts, Some((Some(1), Some(5_000_000_002), Some(3))));
    }
}
