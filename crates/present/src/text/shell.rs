//! An argument as a shell takes it back: for the commands a snapshot and
//! a message give to copy.

use std::borrow::Cow;

/// `arg` as a POSIX shell reads it back: as it is when it holds only
/// characters no shell treats specially, else in single quotes (a quote
/// inside written `'\\''`). PowerShell reads the same quoting for every
/// argument but one holding a quote.
pub fn shell_quoted(arg: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-+=:,./@%".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        Cow::Borrowed(arg)
    } else {
        Cow::Owned(format!("'{}'", arg.replace('\'', "'\\''")))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_quoted;

    #[test]
    fn only_what_a_shell_would_split_or_expand_is_quoted() {
        assert_eq!(shell_quoted("tests/own/data.toml"), "tests/own/data.toml");
        assert_eq!(shell_quoted("province:bac-ninh"), "province:bac-ninh");
        assert_eq!(
            shell_quoted("C:/Số liệu/2026.toml"),
            "'C:/Số liệu/2026.toml'"
        );
        assert_eq!(shell_quoted("a b"), "'a b'");
        assert_eq!(shell_quoted("it's"), "'it'\\''s'");
        assert_eq!(shell_quoted("$HOME"), "'$HOME'");
        assert_eq!(shell_quoted("*.toml"), "'*.toml'");
        assert_eq!(shell_quoted("~/x"), "'~/x'");
        assert_eq!(shell_quoted(""), "''");
    }
}
