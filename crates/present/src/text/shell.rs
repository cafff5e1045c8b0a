//! An argument as a shell takes it back: for the commands a snapshot and
//! a message give to copy, quoted for the shells of the system the program
//! runs on.

use std::borrow::Cow;

/// `arg` as the system's shells read it back: `posix_quoted` on Unix,
/// `windows_quoted` on Windows.
pub fn shell_quoted(arg: &str) -> Cow<'_, str> {
    if cfg!(windows) {
        windows_quoted(arg)
    } else {
        posix_quoted(arg)
    }
}

/// `arg` as a POSIX shell reads it back: as it is when it holds only
/// characters no shell treats specially, else in single quotes (a quote
/// inside written `'\\''`).
pub fn posix_quoted(arg: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-+=:,./@%".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        Cow::Borrowed(arg)
    } else {
        Cow::Owned(format!("'{}'", arg.replace('\'', "'\\''")))
    }
}

/// `arg` as PowerShell and the classic console's cmd.exe both read it
/// back. `\` separates folders there and escapes nothing, so a path such
/// as `C:\Data\2026.toml` stays as it is (`,` and `@` do not: PowerShell
/// reads lists and splats in them). Anything else is put in double quotes,
/// which both shells read; but inside them PowerShell expands `$` and
/// `` ` `` and cmd.exe `%`, so an argument holding one of those, or a
/// double quote, is put in single quotes instead, which only PowerShell
/// reads (a quote inside written `''`).
pub fn windows_quoted(arg: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-+=:./\\".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        Cow::Borrowed(arg)
    } else if !arg.contains(['"', '$', '`', '%']) {
        Cow::Owned(format!("\"{arg}\""))
    } else {
        Cow::Owned(format!("'{}'", arg.replace('\'', "''")))
    }
}

#[cfg(test)]
mod tests {
    use super::{posix_quoted, shell_quoted, windows_quoted};

    #[test]
    fn only_what_a_shell_would_split_or_expand_is_quoted() {
        assert_eq!(posix_quoted("tests/own/data.toml"), "tests/own/data.toml");
        assert_eq!(posix_quoted("province:bac-ninh"), "province:bac-ninh");
        assert_eq!(
            posix_quoted("C:/Số liệu/2026.toml"),
            "'C:/Số liệu/2026.toml'"
        );
        assert_eq!(posix_quoted("a b"), "'a b'");
        assert_eq!(posix_quoted("it's"), "'it'\\''s'");
        assert_eq!(posix_quoted("$HOME"), "'$HOME'");
        assert_eq!(posix_quoted("*.toml"), "'*.toml'");
        assert_eq!(posix_quoted("~/x"), "'~/x'");
        assert_eq!(posix_quoted(""), "''");
        // A POSIX shell takes `\` as an escape.
        assert_eq!(posix_quoted("a\\b"), "'a\\b'");
    }

    #[test]
    fn a_windows_path_needs_no_quotes_for_its_backslashes() {
        assert_eq!(windows_quoted("C:\\Data\\2026.toml"), "C:\\Data\\2026.toml");
        assert_eq!(windows_quoted("tests/own/data.toml"), "tests/own/data.toml");
        assert_eq!(windows_quoted("..\\data"), "..\\data");
        assert_eq!(windows_quoted("province:bac-ninh"), "province:bac-ninh");
    }

    #[test]
    fn on_windows_quotes_are_double_where_cmd_and_powershell_both_read_them() {
        assert_eq!(
            windows_quoted("C:\\Số liệu\\2026.toml"),
            "\"C:\\Số liệu\\2026.toml\""
        );
        assert_eq!(windows_quoted("a b"), "\"a b\"");
        assert_eq!(windows_quoted("it's"), "\"it's\"");
        assert_eq!(windows_quoted("a,b"), "\"a,b\"");
        assert_eq!(windows_quoted("@x"), "\"@x\"");
        assert_eq!(windows_quoted("a&b"), "\"a&b\"");
        assert_eq!(windows_quoted(""), "\"\"");
    }

    #[test]
    fn on_windows_what_double_quotes_would_expand_goes_in_single_quotes() {
        assert_eq!(windows_quoted("$HOME"), "'$HOME'");
        assert_eq!(windows_quoted("50%"), "'50%'");
        assert_eq!(windows_quoted("a`b"), "'a`b'");
        assert_eq!(windows_quoted("it's $5"), "'it''s $5'");
    }

    #[test]
    fn the_system_s_shells_are_the_ones_quoted_for() {
        let path = "C:\\Data\\2026.toml";
        let expected = if cfg!(windows) {
            path.to_string()
        } else {
            format!("'{path}'")
        };
        assert_eq!(shell_quoted(path), expected);
    }
}
