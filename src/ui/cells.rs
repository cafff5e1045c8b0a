//! Cells with their style: the presentation layer says what a cell reads,
//! the theme how it looks.

use ratatui::text::Span;

use super::theme::Theme;
use crate::model::Status;
use crate::present::Value;
use crate::text::Lang;
pub use crate::text::{truncate, width};

pub fn status(s: Status, lang: Lang, t: &Theme) -> Span<'static> {
    Span::styled(Value::Status(s).show(lang), t.status(s))
}
