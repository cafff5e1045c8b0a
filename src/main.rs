//! The `tiendo` command: everything lives in the library.

fn main() -> std::process::ExitCode {
    tiendo::timings::begin();
    tiendo::cli::run()
}
