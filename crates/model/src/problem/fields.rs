//! Problems of a single key and its value, each with its fix.

/// What was written where something else was wanted, as a sentence names
/// it ("the text \"x\"", "a list"); numbers and dates as they were typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Text(String),
    Whole(String),
    Number(String),
    Boolean(bool),
    Date(String),
    List,
    Table,
}

/// A problem of one key. `key` is the key as the schema names it; `table`
/// a table as TOML writes it (`[meta]`, `[[locality.record]]`).
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// A required key not written.
    Missing { table: String, key: String },
    /// A key the table does not know, in `table` (`None`: the top level
    /// of the file); `guess` is the known key it is near enough to be.
    UnknownKey {
        name: String,
        table: Option<String>,
        guess: Option<String>,
        known: Vec<String>,
    },
    /// `what` (a table as TOML writes it) written as something else.
    NotATable { what: String, found: Found },
    /// `[name]` where `[[name]]` was meant.
    SingleBrackets { name: String },
    /// `name = …` that is not a list of `[[name]]` tables.
    NotAList { name: String, found: Found },
    /// A text key written without quotes; `shown` is what was written.
    TextNotQuoted { key: String, shown: String },
    /// A text holding `c`, a control or invisible formatting character.
    Forbidden { key: String, c: char },
    /// An empty text.
    Empty { key: String },
    /// A text longer than `limit` characters.
    TooLong { key: String, limit: usize },
    /// An id with other characters than letters, digits and `-`; `fix`
    /// is the id made from it.
    BadId { key: String, fix: String },
    /// A word not among `words`; `guess` is the one it is near.
    UnknownChoice {
        key: String,
        text: String,
        guess: Option<String>,
        words: Vec<String>,
    },
    /// `schema = n` for a schema this program does not read.
    SchemaUnknown { written: String },
    /// `schema` written as something else than a whole number.
    SchemaNotWhole,
    /// A file without `schema = 1`.
    NoSchema,
    /// A `[[target]]` with neither `coverage` nor `label`.
    TargetWithoutFigure,
    /// `strict = true` on a `[[target]]` without `coverage`.
    StrictWithoutCoverage,
    /// A `[[target]]` with both `directive` and `published`.
    DirectiveAndPublished,
    /// `aliases` not written as a list; `example` is the list to write.
    AliasesNotList { example: String },
    /// An alias without a letter or digit.
    AliasNoLetter { alias: String },
    /// An alias search cannot tell from `first`, of the same locality.
    AliasRepeated { alias: String, first: String },
    /// A record (`table`) with a plan and nothing achieved against it.
    OnlyPlan { table: String },
    /// A record (`table`) with no figure.
    NoFigure { table: String },
}
