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
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }

    /// Whether `--width` changes what is written: the formats that draw
    /// the screen.
    pub fn drawn(self) -> bool {
        matches!(self, Format::Txt | Format::Html)
    }
}

/// How a csv separates fields and writes decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvStyle {
    /// `,` between fields, `.` decimals: what programs and most locales
    /// read.
    #[default]
    Plain,
    /// `;` between fields, `,` decimals: Excel in the vi-VN locale reads
    /// `,` as the decimal mark and splits on `;` when the file is opened
    /// by double-click.
    Vi,
}

impl CsvStyle {
    pub fn delimiter(self) -> u8 {
        match self {
            CsvStyle::Plain => b',',
            CsvStyle::Vi => b';',
        }
    }

    /// As `--csv-style` names it.
    pub fn code(self) -> &'static str {
        match self {
            CsvStyle::Plain => "plain",
            CsvStyle::Vi => "vi",
        }
    }
}

/// A format as the `e` key's menu offers it: csv twice, plain and for
/// Excel in the vi-VN locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: char,
    pub format: Format,
    pub csv: CsvStyle,
}

impl Choice {
    /// What the menu names it by: the extension, `csv-vi` for the vi style.
    pub fn name(self) -> &'static str {
        match (self.format, self.csv) {
            (Format::Csv, CsvStyle::Vi) => "csv-vi",
            (format, _) => format.extension(),
        }
    }
}

/// The menu's entries in its order.
pub const CHOICES: [Choice; 7] = [
    choice('t', Format::Txt, CsvStyle::Plain),
    choice('m', Format::Md, CsvStyle::Plain),
    choice('c', Format::Csv, CsvStyle::Plain),
    choice('v', Format::Csv, CsvStyle::Vi),
    choice('x', Format::Xlsx, CsvStyle::Plain),
    choice('j', Format::Json, CsvStyle::Plain),
    choice('h', Format::Html, CsvStyle::Plain),
];

const fn choice(key: char, format: Format, csv: CsvStyle) -> Choice {
    Choice { key, format, csv }
}

/// Columns of a drawn snapshot unless told otherwise.
pub const DEFAULT_WIDTH: u16 = 100;
/// The narrowest snapshot: the screens need 60 columns.
pub const MIN_WIDTH: u16 = 60;
