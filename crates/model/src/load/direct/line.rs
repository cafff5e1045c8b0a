//! One line of a piece, as the direct reader reads it: blank, a comment,
//! one of the three headers of a locality, or `key = value` with a bare
//! key and a value of a plain shape. Anything else is `None`: the piece
//! goes to the TOML parser.

use std::borrow::Cow;
use std::ops::Range;

use super::value::{Scalar, Value};

pub(super) enum Line<'t> {
    /// Blank, or only a comment.
    Blank,
    /// `[[locality]]`, at the header's place.
    Locality(Range<usize>),
    /// `[[locality.record]]`.
    Record(Range<usize>),
    /// `[[locality.population]]`.
    Population(Range<usize>),
    KeyValue(&'t str, Value<'t>),
}

/// The line of `text` from `start` to `end` (its `\n` or the text's end).
pub(super) fn classify(text: &str, start: usize, end: usize) -> Option<Line<'_>> {
    let b = text.as_bytes();
    let i = skip_blank(b, start);
    match b.get(i).copied() {
        None | Some(b'\n') => Some(Line::Blank),
        Some(b'#') => comment(b, i, end).map(|()| Line::Blank),
        Some(b'[') => header(b, i, end),
        Some(c) if is_bare(c) => key_value(text, i, end),
        Some(_) => None,
    }
}

fn header(b: &[u8], at: usize, end: usize) -> Option<Line<'static>> {
    const HEADERS: [&[u8]; 3] = [
        b"[[locality]]",
        b"[[locality.record]]",
        b"[[locality.population]]",
    ];
    let line = b.get(at..end)?;
    let (k, h) = HEADERS
        .iter()
        .enumerate()
        .find(|(_, h)| line.starts_with(h))?;
    let span = at..at + h.len();
    rest(b, span.end, end)?;
    Some(match k {
        0 => Line::Locality(span),
        1 => Line::Record(span),
        _ => Line::Population(span),
    })
}

fn key_value(text: &str, at: usize, end: usize) -> Option<Line<'_>> {
    let b = text.as_bytes();
    let mut j = at;
    while b.get(j).copied().is_some_and(is_bare) {
        j += 1;
    }
    let key = text.get(at..j)?;
    let j = skip_blank(b, j);
    if b.get(j) != Some(&b'=') {
        return None;
    }
    let start = skip_blank(b, j + 1);
    // Cut at the line's end: nothing of a value may run past it.
    let (scalar, stop) = scalar(text.get(..end)?, start)?;
    rest(b, stop, end)?;
    let value = Value {
        span: start..stop,
        scalar,
    };
    Some(Line::KeyValue(key, value))
}

/// The value starting at `at` and where it stops.
fn scalar(text: &str, at: usize) -> Option<(Scalar<'_>, usize)> {
    let b = text.as_bytes();
    match b.get(at).copied()? {
        b'"' => basic_string(text, at),
        b'\'' => literal_string(text, at),
        b't' if b.get(at..at + 4) == Some(b"true") => Some((Scalar::Boolean(true), at + 4)),
        b'f' if b.get(at..at + 5) == Some(b"false") => Some((Scalar::Boolean(false), at + 5)),
        b'0'..=b'9' => number_or_day(text, at),
        _ => None,
    }
}

/// `"…"` on one line, not the `"""` of a multi-line string, without
/// control characters (TOML refuses them but a tab); of escapes, only
/// `\"`, `\\` and `\u`/`\U` of a character that is not a control.
fn basic_string(text: &str, at: usize) -> Option<(Scalar<'_>, usize)> {
    let b = text.as_bytes();
    let from = at + 1;
    if b.get(from..from + 2) == Some(b"\"\"") {
        return None;
    }
    let mut unescaped: Option<String> = None;
    let (mut i, mut plain) = (from, from);
    loop {
        // To the next quote or backslash at once; what it passes over may
        // hold no control character.
        let next = i + memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        if b.get(i..next)?.iter().any(|&c| is_control(c)) {
            return None;
        }
        i = next;
        if b.get(i) == Some(&b'"') {
            break;
        }
        let (c, len) = escape(text, i)?;
        let s = unescaped.get_or_insert_with(String::new);
        s.push_str(text.get(plain..i)?);
        s.push(c);
        i += len;
        plain = i;
    }
    let value = match unescaped {
        None => Cow::Borrowed(text.get(from..i)?),
        Some(mut s) => {
            s.push_str(text.get(plain..i)?);
            Cow::Owned(s)
        }
    };
    Some((Scalar::Text(value), i + 1))
}

/// The character an escape at `at` stands for, and its length.
fn escape(text: &str, at: usize) -> Option<(char, usize)> {
    let hex = |n: usize| {
        let digits = text.get(at + 2..at + 2 + n)?;
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let c = char::from_u32(u32::from_str_radix(digits, 16).ok()?)?;
        (!c.is_control()).then_some((c, 2 + n))
    };
    match text.as_bytes().get(at + 1).copied()? {
        b'"' => Some(('"', 2)),
        b'\\' => Some(('\\', 2)),
        b'u' => hex(4),
        b'U' => hex(8),
        _ => None,
    }
}

/// `'…'` on one line, not the `'''` of a multi-line string, without
/// control characters but a tab: its text is its value.
fn literal_string(text: &str, at: usize) -> Option<(Scalar<'_>, usize)> {
    let b = text.as_bytes();
    let from = at + 1;
    if b.get(from..from + 2) == Some(b"''") {
        return None;
    }
    let close = from + b.get(from..)?.iter().position(|&c| c == b'\'')?;
    if b.get(from..close)?.iter().any(|&c| is_control(c)) {
        return None;
    }
    Some((
        Scalar::Text(Cow::Borrowed(text.get(from..close)?)),
        close + 1,
    ))
}

/// A whole number (`0`, or digits not starting with `0`, at most 18 of
/// them: well inside TOML's 64 bits), a float of the same digits, a point
/// and digits (`91.5`), or a day `YYYY-MM-DD`. No sign, `_`, exponent,
/// radix prefix or time: what follows is checked by `rest`.
fn number_or_day(text: &str, at: usize) -> Option<(Scalar<'_>, usize)> {
    let b = text.as_bytes();
    let digits_from = |i: usize| (i..).find(|&k| !b.get(k).is_some_and(u8::is_ascii_digit));
    let units = digits_from(at)?;
    let n = units - at;
    if b.get(units) == Some(&b'-') && n == 4 {
        return day(text, at);
    }
    if n > 18 || (n > 1 && b.get(at) == Some(&b'0')) {
        return None;
    }
    if b.get(units) == Some(&b'.') {
        let end = digits_from(units + 1)?;
        if end == units + 1 {
            return None;
        }
        return Some((Scalar::Float(text.get(at..end)?), end));
    }
    Some((Scalar::Integer(text.get(at..units)?), units))
}

/// `YYYY-MM-DD`, two digits each for month and day.
fn day(text: &str, at: usize) -> Option<(Scalar<'_>, usize)> {
    let b = text.as_bytes();
    let s = b.get(at..at + 10)?;
    let shape = s.iter().enumerate().all(|(k, c)| {
        if k == 4 || k == 7 {
            *c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    if !shape {
        return None;
    }
    let number = |r: Range<usize>| u16::try_from(crate::load::digits_value(s.get(r)?)?).ok();
    let date = toml::value::Date {
        year: number(0..4)?,
        month: u8::try_from(number(5..7)?).ok()?,
        day: u8::try_from(number(8..10)?).ok()?,
    };
    Some((Scalar::Day(date), at + 10))
}

/// After a value or header: blanks, and a comment, to the line's end.
fn rest(b: &[u8], at: usize, end: usize) -> Option<()> {
    let k = skip_blank(b, at);
    if k == end {
        return Some(());
    }
    (b.get(k) == Some(&b'#')).then_some(())?;
    comment(b, k, end)
}

/// A comment from `at` (its `#`) to `end`: TOML refuses control
/// characters in it, but a tab.
fn comment(b: &[u8], at: usize, end: usize) -> Option<()> {
    let body = b.get(at..end)?;
    (!body.iter().any(|&c| is_control(c))).then_some(())
}

pub(super) fn is_control(c: u8) -> bool {
    CONTROL[usize::from(c)]
}

pub(super) fn is_bare(c: u8) -> bool {
    BARE[usize::from(c)]
}

/// What `is_bare` and `is_control` answer, by byte: a table, not a chain
/// of comparisons, for a loop that reads every key and string of a large
/// file (a third of this module's time, measured, with the comparisons).
const BARE: [bool; 256] = {
    let mut out = [false; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        out[k] = c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        k += 1;
    }
    out
};
const CONTROL: [bool; 256] = {
    let mut out = [false; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        out[k] = (c < 0x20 && c != b'\t') || c == 0x7f;
        k += 1;
    }
    out
};

fn skip_blank(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}
