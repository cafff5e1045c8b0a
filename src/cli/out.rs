//! What a command writes: its output to standard output, and the problems
//! of a dataset to standard error, errors first.

use std::io::Write;

use crate::model::{self, Severity};
use crate::text::Lang;

/// Writes to standard output; a reader that stopped early (`| head`) is
/// no error.
pub(super) fn print_out(lang: Lang, text: &(impl AsRef<[u8]> + ?Sized)) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_ref()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(anyhow::anyhow!(
            "{}: {}",
            crate::text::words(lang).cli.write_stdout,
            crate::text::io_reason(lang, &e)
        )),
        Ok(()) => Ok(()),
    }
}

/// The problems of a load on stderr in `lang`: errors first, then
/// warnings, then notes.
pub(super) fn report(lang: Lang, diagnostics: &[model::Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        let _ = writeln!(err, "{}", crate::text::diagnostic(lang, d));
    }
    for severity in [Severity::Warning, Severity::Note] {
        for d in diagnostics.iter().filter(|d| d.severity == severity) {
            let _ = writeln!(err, "{}", crate::text::diagnostic(lang, d));
        }
    }
}
