//! Names and aliases: warnings of an alias that repeats a name search
//! already finds.

use std::collections::HashMap;

use super::Sink;
use crate::schema::Dataset;

/// Warns of an alias that repeats its own unit's name, or that is another
/// unit's name or alias: search then lists both, which may be meant (a
/// district and a ward of the same name) but is worth a look.
pub(super) fn check_aliases(sink: &mut Sink<'_>, d: &Dataset) {
    if d.localities.iter().all(|l| l.aliases.is_empty()) {
        return;
    }
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in d.localities.iter().enumerate() {
        let keys = std::iter::once(&l.name).chain(l.aliases.iter().map(|a| &a.value));
        for key in keys {
            let list = names.entry(crate::fold::words(key)).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for (i, l) in d.localities.iter().enumerate() {
        let own = crate::fold::words(&l.name);
        for a in &l.aliases {
            let key = crate::fold::words(&a.value);
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
