//! The `tiendo` command: everything lives in the library.

fn main() -> std::process::ExitCode {
    tiendo::cli::run()
}
