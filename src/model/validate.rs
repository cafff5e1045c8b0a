//! Checks across tables and files: unique ids, references that resolve, no
//! parent cycles, counts that agree, and warnings about doubtful figures.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::diagnostic::{Loc, RawDiagnostic, Severity, SourceFile};
use super::progress;
use super::schema::{Dataset, LocalityKind, Located};
use crate::text::Lang;

/// How far `coverage` may stray from participants / population before a
/// warning: provincial offices round, but more than this is a different base.
const AGREEMENT_POINTS: f64 = 0.5;

/// Where problems go, and the language they are said in.
struct Sink<'d>(&'d mut Vec<RawDiagnostic>, Lang);

impl Sink<'_> {
    fn lang(&self) -> Lang {
        self.1
    }

    fn error(&mut self, at: Loc, message: String) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Error,
            message,
        });
    }

    fn warn(&mut self, at: Loc, message: String) {
        self.0.push(RawDiagnostic {
            at,
            severity: Severity::Warning,
            message,
        });
    }
}

/// Every check; `today` (the judging day) also refuses figures dated after
/// it and judges staleness on it rather than on the dataset's `as_of`.
pub fn check(
    d: &Dataset,
    sources: &[SourceFile],
    today: Option<NaiveDate>,
    lang: Lang,
    raw: &mut Vec<RawDiagnostic>,
) {
    let mut sink = Sink(raw, lang);
    let refused: HashSet<&str> = d.refused_ids.iter().map(String::as_str).collect();
    let localities = unique(
        &mut sink,
        sources,
        d.localities.iter().map(|l| &l.id),
        "locality",
    );
    let directives = unique(
        &mut sink,
        sources,
        d.directives.iter().map(|x| &x.id),
        "directive",
    );

    let nations: Vec<_> = d
        .localities
        .iter()
        .filter(|l| l.kind == LocalityKind::Nation)
        .collect();
    match nations.as_slice() {
        [] => sink.error(
            Loc::default(),
            say!(
                lang,
                "the dataset has no locality of kind \"nation\": add the nation (id = \"VN\")",
                "bộ dữ liệu không có địa phương nào có kind = \"nation\": hãy thêm cấp quốc gia (id = \"VN\")"
            ),
        ),
        [_] => {}
        [_, rest @ ..] => {
            for extra in rest {
                let id = &extra.id.value;
                sink.error(
                    extra.id.at,
                    say!(
                        lang,
                        "a second nation `{id}`: a dataset has one locality of kind \"nation\"",
                        "cấp quốc gia thứ hai `{id}`: một bộ dữ liệu chỉ có một địa phương có kind = \"nation\""
                    ),
                );
            }
        }
    }

    for l in &d.localities {
        let id = &l.id.value;
        match (&l.parent, l.kind) {
            (Some(p), LocalityKind::Nation) => {
                sink.error(
                    p.at,
                    say!(
                        lang,
                        "the nation `{id}` has no parent: remove `parent`",
                        "cấp quốc gia `{id}` không có đơn vị cấp trên: hãy bỏ `parent`"
                    ),
                );
            }
            (Some(p), _) => resolve(&mut sink, p, (&localities, &refused), "parent", "locality"),
            (None, LocalityKind::Nation) => {}
            (None, _) => sink.error(
                l.id.at,
                say!(
                    lang,
                    "`{id}` lacks `parent`: name the unit it belongs to (the nation is \"VN\")",
                    "`{id}` thiếu `parent`: hãy ghi đơn vị cấp trên của nó (cấp quốc gia là \"VN\")"
                ),
            ),
        }
        if let Some(m) = &l.merged_into {
            resolve(
                &mut sink,
                m,
                (&localities, &refused),
                "merged_into",
                "locality",
            );
            if m.value == *id {
                sink.error(
                    m.at,
                    say!(
                        lang,
                        "`{id}` cannot be merged into itself",
                        "`{id}` không thể sáp nhập vào chính nó"
                    ),
                );
            }
        }
        match (&l.merged_into, l.merged_on) {
            (Some(m), None) => sink.error(
                m.at,
                say!(
                    lang,
                    "`{id}` has `merged_into` but no `merged_on`: add the date of the merger",
                    "`{id}` có `merged_into` nhưng thiếu `merged_on`: hãy thêm ngày sáp nhập"
                ),
            ),
            (None, Some(_)) => sink.error(
                l.id.at,
                say!(
                    lang,
                    "`{id}` has `merged_on` but no `merged_into`: name the unit it was merged into",
                    "`{id}` có `merged_on` nhưng thiếu `merged_into`: hãy ghi đơn vị mà nó được sáp nhập vào"
                ),
            ),
            _ => {}
        }
        check_records(&mut sink, l, d.meta.as_of, today);
    }
    check_cycles(&mut sink, d, &localities);
    check_aliases(&mut sink, d);

    for t in &d.targets {
        resolve(
            &mut sink,
            &t.locality,
            (&localities, &refused),
            "locality",
            "locality",
        );
        if let Some(x) = &t.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                "directive",
            );
        }
    }
    for m in &d.milestones {
        if let Some(x) = &m.locality {
            resolve(
                &mut sink,
                x,
                (&localities, &refused),
                "locality",
                "locality",
            );
        }
        if let Some(x) = &m.directive {
            resolve(
                &mut sink,
                x,
                (&directives, &refused),
                "directive",
                "directive",
            );
        }
    }
}

fn unique<'a>(
    sink: &mut Sink<'_>,
    sources: &[SourceFile],
    ids: impl Iterator<Item = &'a Located<String>>,
    what: &str,
) -> HashMap<&'a str, Loc> {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for id in ids {
        if let Some(first) = seen.get(id.value.as_str()) {
            let place = sources
                .get(first.file as usize)
                .map_or_else(String::new, |f| {
                    let (line, column) =
                        super::diagnostic::line_and_column(&f.text, first.offset as usize);
                    let name = &f.name;
                    say!(
                        sink.lang(),
                        " (the first is at {name}:{line}:{column})",
                        " (mã đầu tiên ở {name}:{line}:{column})"
                    )
                });
            let (value, noun) = (&id.value, noun(sink.lang(), what));
            let message = say!(
                sink.lang(),
                "duplicate {what} id `{value}`{place}: ids must be unique across all files",
                "mã {noun} `{value}` bị trùng{place}: mỗi mã chỉ được dùng một lần trong tất cả các tệp"
            );
            sink.error(id.at, message);
        } else {
            seen.insert(&id.value, id.at);
        }
    }
    seen
}

fn resolve(
    sink: &mut Sink<'_>,
    r: &Located<String>,
    (known, refused): (&HashMap<&str, Loc>, &HashSet<&str>),
    key: &str,
    what: &str,
) {
    // A reference to a table refused for its id has been reported there.
    if known.contains_key(r.value.as_str()) || refused.contains(r.value.as_str()) {
        return;
    }
    let names: Vec<&str> = known.keys().copied().collect();
    let lang = sink.lang();
    let hint = super::hints::closest(&r.value, &names).map_or(String::new(), |g| {
        say!(
            lang,
            ": did you mean \"{g}\"?",
            ": có phải ý bạn là \"{g}\"?"
        )
    });
    let (value, noun) = (&r.value, noun(lang, what));
    let message = say!(
        lang,
        "`{key}` names `{value}`, but no {what} has that id{hint}",
        "`{key}` ghi `{value}`, nhưng không có {noun} nào có mã này{hint}"
    );
    sink.error(r.at, message);
}

/// A kind of table as a Vietnamese message names it.
fn noun(lang: Lang, what: &str) -> &str {
    match (lang, what) {
        (Lang::Vi, "locality") => "địa phương",
        (Lang::Vi, "directive") => "văn bản",
        _ => what,
    }
}

/// Warns of an alias that repeats its own unit's name, or that is another
/// unit's name or alias: search then lists both, which may be meant (a
/// district and a ward of the same name) but is worth a look.
fn check_aliases(sink: &mut Sink<'_>, d: &Dataset) {
    if d.localities.iter().all(|l| l.aliases.is_empty()) {
        return;
    }
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in d.localities.iter().enumerate() {
        let keys = std::iter::once(&l.name).chain(l.aliases.iter().map(|a| &a.value));
        for key in keys {
            let list = names.entry(super::fold::words(key)).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for (i, l) in d.localities.iter().enumerate() {
        let own = super::fold::words(&l.name);
        for a in &l.aliases {
            let key = super::fold::words(&a.value);
            let id = &l.id.value;
            if key == own {
                let alias = &a.value;
                let message = say!(
                    sink.lang(),
                    "the alias \"{alias}\" repeats the name of `{id}`: search finds it by its name already; remove the alias",
                    "tên gọi khác \"{alias}\" trùng với tên của `{id}`: tìm theo tên đã ra đơn vị này; hãy bỏ tên gọi khác này"
                );
                sink.warn(a.at, message);
                continue;
            }
            let others = names.get(&key).into_iter().flatten();
            if let Some(other) = others
                .filter(|&&j| j != i)
                .find_map(|&j| d.localities.get(j))
            {
                let (alias, other_id, other_name) = (&a.value, &other.id.value, &other.name);
                let message = say!(
                    sink.lang(),
                    "the alias \"{alias}\" of `{id}` is also a name of `{other_id}` ({other_name}): a search for it lists both",
                    "tên gọi khác \"{alias}\" của `{id}` cũng là tên của `{other_id}` ({other_name}): tìm theo tên này sẽ ra cả hai"
                );
                sink.warn(a.at, message);
            }
        }
    }
}

fn check_cycles(sink: &mut Sink<'_>, d: &Dataset, known: &HashMap<&str, Loc>) {
    // The nation's own `parent` is reported on its own; it is no cycle.
    let parent: HashMap<&str, &str> = d
        .localities
        .iter()
        .filter(|l| l.kind != LocalityKind::Nation)
        .filter_map(|l| Some((l.id.value.as_str(), l.parent.as_ref()?.value.as_str())))
        .collect();
    // 0 = not visited, 1 = on the current path, 2 = done
    let mut state: HashMap<&str, u8> = HashMap::with_capacity(parent.len());
    // In file order, so the same data always gives the same message.
    for start in d.localities.iter().map(|l| l.id.value.as_str()) {
        let mut path: Vec<&str> = Vec::new();
        let mut at = start;
        loop {
            match state.get(at).copied().unwrap_or(0) {
                2 => break,
                1 => {
                    let from = path.iter().position(|x| *x == at).unwrap_or(0);
                    let members: Vec<&str> = path.get(from..).unwrap_or(&[]).to_vec();
                    // Told once, from the member written first.
                    let first = members
                        .iter()
                        .copied()
                        .min_by_key(|m| known.get(m).copied().unwrap_or_default())
                        .unwrap_or(at);
                    let k = members.iter().position(|m| *m == first).unwrap_or(0);
                    let mut cycle: Vec<&str> = members
                        .iter()
                        .cycle()
                        .skip(k)
                        .take(members.len())
                        .copied()
                        .collect();
                    cycle.push(first);
                    let cycle: Vec<String> = cycle.iter().map(|m| format!("`{m}`")).collect();
                    let cycle = cycle.join(" → ");
                    let message = say!(
                        sink.lang(),
                        "parent cycle: {cycle}: a locality cannot contain itself",
                        "vòng lặp cấp trên: {cycle}: một địa phương không thể nằm trong chính nó"
                    );
                    sink.error(known.get(first).copied().unwrap_or_default(), message);
                    break;
                }
                _ => {}
            }
            state.insert(at, 1);
            path.push(at);
            match parent.get(at) {
                Some(p) if known.contains_key(p) => at = p,
                _ => break,
            }
        }
        for p in path {
            state.insert(p, 2);
        }
    }
}

fn check_records(
    sink: &mut Sink<'_>,
    l: &super::schema::Locality,
    as_of: NaiveDate,
    today: Option<NaiveDate>,
) {
    let id = &l.id.value;
    let lang = sink.lang();
    let mut dates: HashMap<NaiveDate, Loc> = HashMap::new();
    for r in &l.records {
        if dates.insert(r.date, r.at).is_some() {
            let date = r.date;
            sink.error(
                r.at,
                say!(
                    lang,
                    "`{id}` has two records for {date}: keep one and name the other source in its `note`",
                    "`{id}` có hai bản ghi cho ngày {date}: hãy giữ một bản ghi và ghi nguồn còn lại vào `note` của nó"
                ),
            );
        }
        if let (Some(p), Some(n)) = (r.participants, r.population)
            && p > n
        {
            sink.error(
                r.at,
                say!(
                    lang,
                    "participants ({p}) exceed population ({n}) in this record of `{id}`: check both figures",
                    "số người tham gia ({p}) vượt quá dân số ({n}) trong bản ghi này của `{id}`: hãy kiểm tra cả hai số liệu"
                ),
            );
        }
        if let (Some(c), Some(ratio)) = (r.coverage, r.ratio())
            && (c - ratio).abs() > AGREEMENT_POINTS
        {
            sink.warn(
                r.at,
                {
                    let date = r.date;
                    say!(
                        lang,
                        "coverage = {c} but participants / population = {ratio:.2} for `{id}` on {date}: the source may use another population base",
                        "coverage = {c} nhưng participants / population = {ratio:.2} đối với `{id}` ngày {date}: nguồn có thể dùng một mốc dân số khác"
                    )
                },
            );
        }
    }
    let day = today.unwrap_or(as_of);
    let dated = l
        .records
        .iter()
        .map(|r| (r.date, r.at))
        .chain(l.population.iter().map(|p| (p.date, p.at)));
    for (date, at) in dated {
        if let Some(today) = today
            && date > today
        {
            sink.error(
                at,
                say!(
                    lang,
                    "`{id}` has a figure dated {date}, after today ({today}): a figure cannot come from the future; check the year",
                    "`{id}` có số liệu ngày {date}, sau ngày hôm nay ({today}): số liệu không thể đến từ tương lai; hãy kiểm tra lại năm"
                ),
            );
        } else if date > as_of {
            sink.warn(
                at,
                say!(
                    lang,
                    "`{id}` has a figure dated {date}, after the dataset's as_of ({as_of}): raise `as_of` in [meta] if the data is current to that day",
                    "`{id}` có số liệu ngày {date}, sau ngày `as_of` của bộ dữ liệu ({as_of}): hãy đặt `as_of` trong [meta] muộn hơn nếu dữ liệu đã cập nhật đến ngày đó"
                ),
            );
        }
    }
    let reference = progress::judging_day(day, l.ceased_on());
    let latest = l
        .records
        .iter()
        .filter(|r| r.date <= reference && r.coverage_or_ratio().is_some())
        .max_by_key(|r| r.date);
    if let Some(latest) = latest
        && progress::is_stale(latest.date, reference)
    {
        sink.warn(
            latest.at,
            {
                let (date, months) = (latest.date, progress::STALE_MONTHS);
                say!(
                    lang,
                    "the latest figure of `{id}` is of {date}, more than {months} months before {reference}: it is stale",
                    "số liệu mới nhất của `{id}` là ngày {date}, cũ hơn {months} tháng so với {reference}: số liệu đã cũ"
                )
            },
        );
    }
}
