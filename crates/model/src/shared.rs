//! Text written the same way on many records, kept once.
//!
//! A source (`"BHXH tỉnh, báo cáo năm 2024"`) is usually written on every
//! record of every commune a report covers: at 100,000 localities that is
//! 1.6 million copies of a few dozen strings, about 50 MB of allocations.
//! A `Shared` is a pointer to one copy; equal texts read in one piece, or
//! decoded from one cache, share it (`Interner`, `interning`).

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One pointer wide: the text's length lives with the text, not in every
/// record that shares it (a record is 56 bytes, where a wide pointer would
/// make it 64).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Shared(Arc<Box<str>>);

impl Shared {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Shared {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Shared {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl From<&str> for Shared {
    fn from(s: &str) -> Self {
        Shared(Arc::new(Box::from(s)))
    }
}

impl From<String> for Shared {
    fn from(s: String) -> Self {
        Shared(Arc::new(s.into_boxed_str()))
    }
}

impl PartialEq<str> for Shared {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Shared {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

/// The texts met so far, each kept once. Records come in runs that share
/// their source, so the last text met is compared first: 1.6 million
/// lookups at 100,000 localities, most of them that one.
#[derive(Debug, Default)]
pub struct Interner {
    known: HashSet<Shared, foldhash::fast::RandomState>,
    last: Option<Shared>,
}

impl Interner {
    pub fn get(&mut self, s: &str) -> Shared {
        if let Some(last) = self.last.as_ref().filter(|l| l.as_str() == s) {
            return last.clone();
        }
        let shared = match self.known.get(s) {
            Some(known) => known.clone(),
            None => {
                let new = Shared::from(s);
                self.known.insert(new.clone());
                new
            }
        };
        self.last = Some(shared.clone());
        shared
    }
}

thread_local! {
    static DECODING: RefCell<Option<Interner>> = const { RefCell::new(None) };
}

/// Runs `f` (a decoding of serialized data) so that equal texts it decodes
/// share one copy; outside it, each decoded text is its own.
pub fn interning<T>(f: impl FnOnce() -> T) -> T {
    let outer = DECODING.with(|d| d.borrow_mut().replace(Interner::default()));
    let out = f();
    DECODING.with(|d| *d.borrow_mut() = outer);
    out
}

impl Serialize for Shared {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Shared {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Shared;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Shared, E> {
                Ok(DECODING.with(|d| match d.borrow_mut().as_mut() {
                    Some(interner) => interner.get(v),
                    None => Shared::from(v),
                }))
            }
        }
        d.deserialize_str(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_from_one_interner_share_one_copy() {
        let mut i = Interner::default();
        let a = i.get("báo cáo 2024");
        let b = i.get("báo cáo 2024");
        let c = i.get("báo cáo 2025");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, "báo cáo 2024");
        // Met again after another: still the first copy, not the last.
        let d = i.get("báo cáo 2024");
        assert!(Arc::ptr_eq(&a.0, &d.0));
        assert_eq!((i.get("báo cáo 2025"), i.get("")), (c, Shared::from("")));
    }

    #[test]
    fn decoding_inside_interning_shares_and_outside_does_not() {
        let json = r#"["nguồn", "nguồn"]"#;
        let v: Vec<Shared> = interning(|| serde_json::from_str(json).unwrap());
        assert!(Arc::ptr_eq(&v[0].0, &v[1].0));
        let w: Vec<Shared> = serde_json::from_str(json).unwrap();
        assert!(!Arc::ptr_eq(&w[0].0, &w[1].0));
        assert_eq!(w[0], "nguồn");
    }
}
