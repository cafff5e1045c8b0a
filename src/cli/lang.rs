//! The language of a run, known from `--lang` or `TIENDO_LANG` before
//! clap reads the command line.

use std::ffi::{OsStr, OsString};

use crate::text::Lang;

/// The language of this run, known before clap speaks: `--lang` (the
/// last one written before a `--`), else `TIENDO_LANG`, else Vietnamese.
/// Also the value of a `TIENDO_LANG` that names no language, to say so.
pub fn chosen_lang(args: &[OsString], env: Option<&OsStr>) -> (Lang, Option<String>) {
    let code = |v: &OsStr| match v.to_str().map(|v| v.trim().to_ascii_lowercase()) {
        Some(v) if v == "vi" => Some(Lang::Vi),
        Some(v) if v == "en" => Some(Lang::En),
        _ => None,
    };
    let mut flag = None;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            // A value clap will refuse leaves the language to the rest.
            flag = words.next().and_then(|v| code(v)).or(flag);
        } else if let Some(value) = word.to_str().and_then(|w| w.strip_prefix("--lang=")) {
            flag = code(OsStr::new(value)).or(flag);
        }
    }
    let from_env = env.filter(|v| !v.is_empty()).map(|v| (code(v), v));
    let bad_env = match from_env {
        Some((None, v)) => Some(v.to_string_lossy().into_owned()),
        _ => None,
    };
    let lang = flag
        .or(from_env.and_then(|(lang, _)| lang))
        .unwrap_or_default();
    (lang, bad_env)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_of(args: &[&str], env: Option<&str>) -> (Lang, Option<String>) {
        let args: Vec<OsString> = std::iter::once("tiendo")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        chosen_lang(&args, env.map(OsStr::new))
    }

    #[test]
    fn the_language_is_the_flag_then_the_variable_then_vietnamese() {
        assert_eq!(lang_of(&[], None), (Lang::Vi, None));
        assert_eq!(lang_of(&[], Some("en")), (Lang::En, None));
        assert_eq!(lang_of(&["--lang", "vi"], Some("en")), (Lang::Vi, None));
        assert_eq!(lang_of(&["--lang=en", "export"], Some("vi")).0, Lang::En);
        assert_eq!(lang_of(&["export", "--lang", "en"], None).0, Lang::En);
        // The last one written, as clap would refuse a second anyway.
        assert_eq!(lang_of(&["--lang", "en", "--lang", "vi"], None).0, Lang::Vi);
        // A value clap will refuse leaves the language to the rest.
        assert_eq!(lang_of(&["--lang", "fr"], Some("en")).0, Lang::En);
        // After `--` nothing is a flag.
        assert_eq!(lang_of(&["--", "--lang", "en"], None).0, Lang::Vi);
        // An empty variable is no variable; another value is said.
        assert_eq!(lang_of(&[], Some("")), (Lang::Vi, None));
        assert_eq!(lang_of(&[], Some("EN ")), (Lang::En, None));
        assert_eq!(lang_of(&[], Some("fr")), (Lang::Vi, Some("fr".to_string())));
        assert_eq!(
            lang_of(&["--lang", "en"], Some("fr")).1,
            Some("fr".to_string())
        );
    }
}
