//! Cover letters, signatures and documents' numbers: lines whose date is
//! never the figures' date.

use super::folded;

/// Words that mark a cover letter's or a signature's line, folded and
/// between spaces.
pub(super) const LETTER_WORDS: &[&str] = &[
    " kem theo ",
    " ngay lap ",
    " nguoi lap ",
    " lap bieu ",
    " ky ten ",
    " ky ghi ro ",
    " thu truong ",
    " giam doc ",
    " ke toan truong ",
    " attached to ",
    " enclosed with ",
    " prepared by ",
];

/// Words that make the text before a comma a title, not the place of a
/// signature ("Hà Nội, ngày …"). Place names such as Nam Định, Gia Lai,
/// Quy Nhơn or Kỳ Anh rule out `nam`, `gia`, `quy` and `ky`.
pub(super) const NOT_A_PLACE: &[&str] = &[
    "den", "het", "bao", "bhyt", "bhxh", "lieu", "so", "tham", "thuc", "ket", "tinh", "nguoi",
    "report", "as",
];

/// Words that, before `ngày` on a line without a comma, start a period
/// rather than name a place: `Từ ngày 01/10/2025`. With a comma they may
/// be a place: Từ Sơn.
pub(super) const NOT_A_PLACE_WITHOUT_COMMA: &[&str] = &["tu", "from", "since"];

pub(super) fn is_letter(text: &str) -> bool {
    let folded = folded(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let padded = format!(" {} ", words.join(" "));
    if LETTER_WORDS.iter().any(|w| padded.contains(w)) {
        return true;
    }
    // "Hà Nội, ngày 05 tháng 11 năm 2025", "Lào Cai, 5/11/2025", and
    // without the comma "Hà Nội ngày 05 tháng 11 năm 2025".
    let (place, rest, banned): (String, &str, &[&str]) = match folded.split_once(',') {
        Some((place, rest)) => (place.to_string(), rest, &[]),
        None => match words.iter().position(|w| *w == "ngay") {
            Some(at) => (
                words.get(..at).map(|w| w.join(" ")).unwrap_or_default(),
                "ngay",
                NOT_A_PLACE_WITHOUT_COMMA,
            ),
            None => return false,
        },
    };
    let rest = rest.trim_start();
    let place: Vec<&str> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (1..=6).contains(&place.len())
        && place.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && !NOT_A_PLACE.contains(w)
                && !banned.contains(w)
        })
        && (rest.starts_with("ngay") || rest.starts_with(|c: char| c.is_ascii_digit()))
}
