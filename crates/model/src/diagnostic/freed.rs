//! A large file's text freed as it is read (`load::pieces::waves`):
//! what each freed piece keeps to place a problem in it without its text,
//! and the piece read again from the file, checked by its hash, where that
//! is not enough.

use std::sync::atomic::{AtomicBool, Ordering};

/// A large file's text freed once read (`load::pieces::waves`),
/// piece by piece: what is needed to read a piece again when a problem in
/// it must be placed, and to be sure it is what was read.
#[derive(Debug, Default)]
pub struct Freed {
    /// The pieces freed, in the order of the file.
    pub parts: Vec<Part>,
    /// Text offsets are this many bytes into the file (a byte-order mark).
    pub skipped: usize,
    /// A piece read again was not what was read, or could not be read:
    /// the file changed, and the load refuses it.
    pub changed: AtomicBool,
}

/// A piece of a file freed once read: enough to place what is in it
/// without its text, unless on a line with other than ASCII (there a
/// column in characters needs the text, read again).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Part {
    /// Its range in the text.
    pub range: std::ops::Range<usize>,
    /// Its bytes' hash (xxh3).
    pub hash: u64,
    /// The lines of the text before it.
    pub lines_before: usize,
    /// Where each of its line ends (`\n`) is, from its start: 4 bytes a
    /// line, where its text took some 17.
    pub newlines: Box<[u32]>,
    /// Bit `k` set: its `k`th line holds a byte that is not ASCII.
    pub wide_lines: Box<[u64]>,
}

impl Part {
    /// The part's measures, from its bytes: `None` for a part of 4 GiB or
    /// more, which is kept. One pass, a block at a time, each block read
    /// from memory once for its lines, its bytes beyond ASCII and its hash.
    pub fn of(range: std::ops::Range<usize>, bytes: &[u8]) -> Option<Part> {
        const BLOCK: usize = 64 << 10;
        u32::try_from(bytes.len()).ok()?;
        let mut hash = xxhash_rust::xxh3::Xxh3::new();
        // Counted first, so that the list is made once, at its size.
        let mut newlines: Vec<u32> = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count());
        let mut wide_lines: Vec<u64> = Vec::new();
        // The line of the last byte beyond ASCII found: they come in order,
        // so the line of the next is found walking on from it.
        let mut line = 0;
        for (k, block) in bytes.chunks(BLOCK).enumerate() {
            let base = k * BLOCK;
            hash.update(block);
            newlines.extend(memchr::memchr_iter(b'\n', block).map(|at| (base + at) as u32));
            let mut from = 0;
            while let Some(wide) = first_wide(block, from) {
                while newlines
                    .get(line)
                    .is_some_and(|&nl| (nl as usize) < base + wide)
                {
                    line += 1;
                }
                if wide_lines.len() <= line / 64 {
                    wide_lines.resize(line / 64 + 1, 0);
                }
                if let Some(word) = wide_lines.get_mut(line / 64) {
                    *word |= 1 << (line % 64);
                }
                // On to the next line: one mark a line is enough.
                from = newlines
                    .get(line)
                    .map_or(block.len(), |&nl| nl as usize + 1 - base);
            }
        }
        Some(Part {
            hash: hash.digest(),
            range,
            lines_before: 0,
            newlines: newlines.into_boxed_slice(),
            wide_lines: wide_lines.into_boxed_slice(),
        })
    }

    /// Line and column of `offset`, if its line is all ASCII.
    pub(super) fn line_and_column(&self, offset: usize) -> Option<(usize, usize)> {
        let at = offset.checked_sub(self.range.start)?;
        let line = self.newlines.partition_point(|&nl| (nl as usize) < at);
        let wide = self
            .wide_lines
            .get(line / 64)
            .is_some_and(|w| w & (1 << (line % 64)) != 0);
        if wide {
            return None;
        }
        let start = match line.checked_sub(1) {
            Some(before) => *self.newlines.get(before)? as usize + 1,
            None => 0,
        };
        let end = self.range.len();
        Some((self.lines_before + line + 1, at.min(end) - start + 1))
    }
}

/// Where the first byte at or after `from` that is not ASCII is.
fn first_wide(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut words = rest.chunks_exact(8);
    let mut seen = 0;
    for w in words.by_ref() {
        let word = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        if word & 0x8080_8080_8080_8080 != 0 {
            return w
                .iter()
                .position(|b| !b.is_ascii())
                .map(|k| from + seen + k);
        }
        seen += 8;
    }
    let tail = words.remainder();
    tail.iter()
        .position(|b| !b.is_ascii())
        .map(|k| from + seen + k)
}

impl Freed {
    /// The part that held `offset`.
    pub fn part_of(&self, offset: usize) -> Option<&Part> {
        let k = self.parts.partition_point(|p| p.range.end <= offset);
        self.parts.get(k).filter(|p| p.range.contains(&offset))
    }

    /// The part's bytes read from the file `path` again, if they are
    /// those first read.
    pub fn read_again(&self, path: &str, part: &Part) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        self.read_again_into(path, part, &mut bytes)
            .then_some(bytes)
    }

    /// `read_again` into `bytes`, whose room is used again (placing
    /// warnings all through a large file reads every part once): whether
    /// they are the bytes first read.
    fn read_again_into(&self, path: &str, part: &Part, bytes: &mut Vec<u8>) -> bool {
        use std::io::{Read, Seek, SeekFrom};
        let read = |bytes: &mut Vec<u8>| -> std::io::Result<()> {
            let mut file = std::fs::File::open(path)?;
            let at = part.range.start.saturating_add(self.skipped) as u64;
            file.seek(SeekFrom::Start(at))?;
            bytes.resize(part.range.len(), 0);
            file.read_exact(bytes)
        };
        read(bytes).is_ok() && xxhash_rust::xxh3::xxh3_64(bytes) == part.hash
    }
}

impl Clone for Freed {
    fn clone(&self) -> Self {
        Freed {
            parts: self.parts.clone(),
            skipped: self.skipped,
            changed: AtomicBool::new(self.changed.load(Ordering::Relaxed)),
        }
    }
}

/// A freed part read again (`place`), with where placing in it has come:
/// its file and start, its bytes (none if they were not those read), and
/// the offset, line and line start reached in it.
pub(super) struct ReadAgain {
    file: u32,
    start: usize,
    bytes: Vec<u8>,
    /// The bytes are those first read.
    same: bool,
    at: usize,
    line: usize,
    line_start: usize,
}

/// The line and column of `offset` in a part of `freed`, the file at
/// `path` (file number `n`): the part read again unless it is the one read last, its lines
/// counted forward from the last place in it, as `place` counts.
pub(super) fn placed_again(
    freed: &Freed,
    path: &str,
    n: u32,
    offset: usize,
    again: &mut Option<ReadAgain>,
) -> Option<(usize, usize)> {
    let part = freed.part_of(offset)?;
    let r = again.get_or_insert_with(|| ReadAgain {
        file: n,
        start: usize::MAX,
        bytes: Vec::new(),
        same: false,
        at: 0,
        line: 0,
        line_start: 0,
    });
    if (r.file, r.start) != (n, part.range.start) {
        r.same = freed.read_again_into(path, part, &mut r.bytes);
        (r.file, r.start) = (n, part.range.start);
        (r.at, r.line, r.line_start) = (0, part.lines_before + 1, 0);
    }
    if !r.same {
        return None;
    }
    let text = std::str::from_utf8(&r.bytes).ok()?;
    let offset = boundary(text, offset - part.range.start);
    if offset < r.at {
        // Sorted by offset, so never; counted afresh if it were.
        (r.at, r.line, r.line_start) = (0, part.lines_before + 1, 0);
    }
    let between = text.get(r.at..offset).unwrap_or("").as_bytes();
    r.line += memchr::memchr_iter(b'\n', between).count();
    if let Some(k) = memchr::memrchr(b'\n', between) {
        r.line_start = r.at + k + 1;
    }
    r.at = offset;
    let column = text
        .get(r.line_start..offset)
        .map_or(0, |s| s.chars().count())
        + 1;
    Some((r.line, column))
}

/// `offset` moved back to the start of the character it falls in.
pub(super) fn boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::super::*;

    /// A text of lines, some with letters beyond ASCII, some of them
    /// astride the 64 KiB blocks `Part::of` reads.
    fn lines_of(n: usize) -> String {
        (0..n)
            .map(|k| match k % 7 {
                3 => format!("name = \"Xã thử {k}\"\n"),
                5 => format!("  coverage = {k}.5 # {}\n", "x".repeat(k % 300)),
                _ => format!("  [[locality.record]] # {k}\n"),
            })
            .collect()
    }

    #[test]
    fn a_part_places_every_offset_on_an_ascii_line_as_its_text_does() {
        let text = lines_of(6000);
        assert!(text.len() > 3 * (64 << 10));
        for start in [0, text.find("  [[locality.record]] # 700").unwrap_or(0)] {
            let bytes = &text.as_bytes()[start..];
            let mut part = Part::of(start..text.len(), bytes).unwrap();
            assert_eq!(part.hash, xxhash_rust::xxh3::xxh3_64(bytes));
            let lines_before = text[..start].matches('\n').count();
            part.lines_before = lines_before;
            let expected: Vec<u32> = bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(k, _)| k as u32)
                .collect();
            assert_eq!(&*part.newlines, expected.as_slice());
            let mut wide = 0;
            // Line and column counted along, as `line_and_column` gives them.
            let (mut line, mut line_start) = (lines_before + 1, start);
            for offset in start..text.len() {
                if offset > start && text.as_bytes()[offset - 1] == b'\n' {
                    (line, line_start) = (line + 1, offset);
                }
                if !text.is_char_boundary(offset) {
                    continue;
                }
                let line_end = text[offset..].find('\n').map_or(text.len(), |k| offset + k);
                let ascii = text.as_bytes()[line_start..line_end].is_ascii();
                let column = text[line_start..offset].chars().count() + 1;
                match part.line_and_column(offset) {
                    Some(placed) => {
                        assert!(ascii, "offset {offset} is on a wide line");
                        assert_eq!(placed, (line, column), "offset {offset}");
                    }
                    None => {
                        assert!(!ascii, "offset {offset} is on an ASCII line");
                        wide += 1;
                    }
                }
            }
            assert!(wide > 1000, "{wide}");
        }
    }

    /// A freed part is read again to place what is on a line beyond
    /// ASCII; if the file is no longer what was read, nothing is placed
    /// from it and the file is marked changed.
    #[test]
    fn a_freed_part_read_again_is_checked_against_what_was_read() {
        let text = lines_of(200);
        let dir = std::env::temp_dir().join(format!("tiendo-freed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f.toml");
        std::fs::write(&path, &text).unwrap();
        let start = text.find("  [[locality.record]] # 100").unwrap();
        let part = Part::of(start..text.len(), &text.as_bytes()[start..]).unwrap();
        let mut f = SourceFile::new(path.display().to_string(), text[..start].to_string());
        f.freed.parts = vec![Part {
            lines_before: text[..start].matches('\n').count(),
            ..part
        }];
        let wide = text.find("name = \"Xã thử 101\"").unwrap() + "name = \"Xã".len();
        let ascii = text.find("  [[locality.record]] # 102").unwrap() + 2;
        for offset in [wide, ascii] {
            assert_eq!(f.line_and_column(offset), line_and_column(&text, offset));
        }
        let raw = |offset| RawDiagnostic {
            at: Loc::new(0, offset),
            severity: Severity::Warning,
            problem: crate::problem::Load::Empty.into(),
        };
        let placed = place(std::slice::from_ref(&f), vec![raw(wide), raw(ascii)]);
        let lines: Vec<(usize, usize)> = placed.iter().map(|d| (d.line, d.column)).collect();
        let mut expected = vec![line_and_column(&text, wide), line_and_column(&text, ascii)];
        expected.sort();
        assert_eq!(lines, expected);
        assert!(!f.freed.changed.load(Ordering::Relaxed));
        // One letter changed in the freed part.
        std::fs::write(&path, text.replacen("thử 150", "thu 150", 1)).unwrap();
        assert_eq!(f.line_and_column(ascii), line_and_column(&text, ascii));
        assert!(!f.freed.changed.load(Ordering::Relaxed));
        assert_eq!(f.line_and_column(wide), (0, 0));
        assert!(f.freed.changed.load(Ordering::Relaxed));
        let _ = std::fs::remove_dir_all(dir);
    }
}
