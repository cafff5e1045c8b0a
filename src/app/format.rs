//! The formats a snapshot is written in, as `--format` and the `e` key's
//! menu name them.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Txt,
    Md,
    Csv,
    Json,
    Html,
}

impl Format {
    /// In the order the `e` key's menu lists them.
    pub const ALL: [Format; 5] = [
        Format::Txt,
        Format::Md,
        Format::Csv,
        Format::Json,
        Format::Html,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
        }
    }

    /// The key that picks it in the `e` key's menu.
    pub fn key(self) -> char {
        match self {
            Format::Txt => 't',
            Format::Md => 'm',
            Format::Csv => 'c',
            Format::Json => 'j',
            Format::Html => 'h',
        }
    }

    /// Whether `--width` changes what is written: the formats that draw
    /// the screen.
    pub fn drawn(self) -> bool {
        matches!(self, Format::Txt | Format::Html)
    }
}

/// Columns of a drawn snapshot unless told otherwise.
pub const DEFAULT_WIDTH: u16 = 100;
/// The narrowest snapshot: the screens need 60 columns.
pub const MIN_WIDTH: u16 = 60;
