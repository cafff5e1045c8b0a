//! Every problem a load can find, as a value: what is wrong, with the
//! keys, ids, figures and fixes a sentence about it needs. The model says
//! nothing in any language; tiendo-present words each problem in the
//! reader's (`text::problem`), so that a rule is tested on what it finds
//! and a sentence on how it reads.

mod fields;
mod figures;
mod load;
mod references;
mod syntax;
mod values;

pub use fields::{Field, Found};
pub use figures::Figure;
pub use load::Load;
pub use references::{IdKind, Place, Reference};
pub use syntax::Syntax;
pub use values::{DateMeaning, Partial, Value};

/// A problem of a dataset, by the area of the rule that found it.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The TOML of a file, as its parser read it.
    Syntax(Syntax),
    /// A single key, or a table's keys together.
    Field(Field),
    /// A value that should be a date, a number, a count or a yes or no.
    Value(Value),
    /// A file as a whole, or the files of a load together.
    Load(Load),
    /// Ids, references between tables, parents, mergers and aliases.
    Reference(Reference),
    /// The figures of a locality's records.
    Figure(Figure),
}

impl From<Syntax> for Problem {
    fn from(p: Syntax) -> Self {
        Problem::Syntax(p)
    }
}

impl From<Field> for Problem {
    fn from(p: Field) -> Self {
        Problem::Field(p)
    }
}

impl From<Value> for Problem {
    fn from(p: Value) -> Self {
        Problem::Value(p)
    }
}

impl From<Load> for Problem {
    fn from(p: Load) -> Self {
        Problem::Load(p)
    }
}

impl From<Reference> for Problem {
    fn from(p: Reference) -> Self {
        Problem::Reference(p)
    }
}

impl From<Figure> for Problem {
    fn from(p: Figure) -> Self {
        Problem::Figure(p)
    }
}
