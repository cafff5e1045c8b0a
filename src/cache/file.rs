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
pub const FORMAT: u32 = 8;

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
/// The full section comes in parts, written one after the other.
pub fn header(key: &[u8], head: &[u8], full: &[Vec<u8>]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(HEADER as usize);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&u32::try_from(key.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&(head.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxh3_64(head).to_le_bytes());
    // Hashed as it streams by: the same hash as of the parts joined.
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    for part in full {
        hash.update(part);
    }
    let len: usize = full.iter().map(Vec::len).sum();
    out.extend_from_slice(&(len as u64).to_le_bytes());
    out.extend_from_slice(&hash.digest().to_le_bytes());
    Some(out)
}

/// Writes `parts` one after the other as `path`, all at once: to a temporary file beside it,
/// then renamed over it, so a reader never sees half a cache.
pub fn write_atomically(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(temp.as_file_mut());
        for part in parts {
            out.write_all(part)?;
        }
        out.flush()?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diagnostic::Loc;
    use crate::model::schema::Record;

    /// A record as the cache encodes it, every field set.
    fn sample() -> Record {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let mut r = Record::new(day(2025, 12, 31), "s".into(), Loc::new(1, 2));
        r.set_coverage(Some(95.2));
        r.set_participants(Some(1));
        r.set_population(Some(2));
        r.estimate = true;
        r.replaces = true;
        r.more = Some(Box::new(crate::model::schema::More {
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
        }));
        r
    }

    #[test]
    fn the_encoding_of_a_record_changes_only_with_the_format() {
        // When this fails, a record's fields changed: bump FORMAT, so that
        // caches written before are refused rather than misread, and write
        // the new pair here.
        let bytes = postcard::to_stdvec(&sample()).unwrap_or_default();
        assert_eq!((FORMAT, xxh3_64(&bytes)), (8, 8049747924874971227));
    }
}
