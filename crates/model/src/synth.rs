//! A deterministic synthetic dataset for benchmarks and scale tests: the
//! nation, 34 provinces, districts and communes, with rates and gaps spread
//! like real ones. Names say plainly that they are synthetic.

use std::fmt::Write;

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// Localities in all, the nation included (at least 35).
    pub localities: usize,
    /// Year-end records per locality, ending with 2025.
    pub years: usize,
    pub seed: u64,
}

/// splitmix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

pub const PROVINCES: usize = 34;
const COMMUNES_PER_DISTRICT: usize = 30;
const LAST_YEAR: i32 = 2025;

struct Unit {
    id: String,
    name: String,
    kind: &'static str,
    parent: String,
    population: u64,
}

/// The units of the spec: nation first, then provinces, districts, communes.
fn units(spec: &Spec) -> Vec<Unit> {
    let mut rng = Rng(spec.seed ^ 0xD1B5_4A32_D192_ED03);
    let mut out = vec![Unit {
        id: "VN".into(),
        name: "Quốc gia thử nghiệm".into(),
        kind: "nation",
        parent: String::new(),
        population: 100_000_000,
    }];
    for p in 1..=PROVINCES {
        out.push(Unit {
            id: format!("tinh-{p:02}"),
            name: format!("Tỉnh thử {p:02}"),
            kind: "province",
            parent: "VN".into(),
            population: rng.range(500_000.0, 9_000_000.0) as u64,
        });
    }
    let rest = spec.localities.saturating_sub(1 + PROVINCES);
    let districts = rest.div_ceil(COMMUNES_PER_DISTRICT + 1).min(rest);
    for d in 0..districts {
        let p = d % PROVINCES + 1;
        out.push(Unit {
            id: format!("huyen-{:05}", d + 1),
            name: format!("Huyện thử {:05}", d + 1),
            kind: "district",
            parent: format!("tinh-{p:02}"),
            population: rng.range(50_000.0, 400_000.0) as u64,
        });
    }
    for c in 0..rest - districts {
        let d = c % districts.max(1) + 1;
        out.push(Unit {
            id: format!("xa-{:06}", c + 1),
            name: format!("Xã thử {:06}", c + 1),
            kind: "commune",
            parent: format!("huyen-{d:05}"),
            population: rng.range(2_000.0, 30_000.0) as u64,
        });
    }
    out
}

fn write_head(out: &mut String) {
    out.push_str("schema = 1\n\n");
}

fn write_national(out: &mut String, spec: &Spec) {
    let _ = write!(
        out,
        "[meta]\ntitle = \"Dữ liệu thử nghiệm ({} đơn vị, {} năm, seed {})\"\nas_of = {LAST_YEAR}-12-31\nnote = \"Số liệu tổng hợp ngẫu nhiên để đo hiệu năng; không phải số liệu thật.\"\n\n",
        spec.localities, spec.years, spec.seed
    );
    out.push_str(
        "[[directive]]\nid = \"CT52\"\ncode = \"52-CT/TW\"\nissued = 2025-10-03\nissuer = \"Ban Bí thư\"\ntitle = \"Về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới\"\nsource = \"synthetic\"\n\n",
    );
    out.push_str(
        "[[milestone]]\ndate = 2025-10-03\ntitle = \"Chỉ thị 52-CT/TW\"\nkind = \"directive\"\nlabel = \"CT 52\"\ndirective = \"CT52\"\nsource = \"synthetic\"\n\n",
    );
    out.push_str(
        "[[target]]\nlocality = \"VN\"\nby = 2026-12-31\ncoverage = 95.0\nlabel = \"trên 95 %\"\ndirective = \"CT52\"\nsource = \"synthetic\"\n\n[[target]]\nlocality = \"VN\"\nby = 2030-12-31\nlabel = \"toàn dân\"\ndirective = \"CT52\"\nsource = \"synthetic\"\n\n",
    );
}

fn write_unit(out: &mut String, u: &Unit, spec: &Spec, rng: &mut Rng) {
    let _ = write!(
        out,
        "[[locality]]\nid = \"{}\"\nname = \"{}\"\nkind = \"{}\"\n",
        u.id, u.name, u.kind
    );
    if !u.parent.is_empty() {
        let _ = writeln!(out, "parent = \"{}\"", u.parent);
    }
    let _ = write!(
        out,
        "\n  [[locality.population]]\n  date = {LAST_YEAR}-12-31\n  count = {}\n  source = \"synthetic\"\n",
        u.population
    );
    // Some units started low and climb fast, some are near the top, some slip.
    let start = rng.range(55.0, 92.0);
    let slope = rng.range(-0.3, 2.6);
    let gappy = rng.unit() < 0.2;
    let first = LAST_YEAR - i32::try_from(spec.years).unwrap_or(0) + 1;
    for (k, year) in (first..=LAST_YEAR).enumerate() {
        if gappy && rng.unit() < 0.3 {
            continue;
        }
        let coverage = (start + slope * k as f64 + rng.range(-0.8, 0.8)).clamp(30.0, 100.0);
        let _ = write!(out, "\n  [[locality.record]]\n  date = {year}-12-31\n");
        if rng.unit() < 0.3 {
            let participants = (u.population as f64 * coverage / 100.0) as u64;
            let _ = writeln!(
                out,
                "  participants = {participants}\n  population = {}",
                u.population
            );
        } else {
            let _ = writeln!(out, "  coverage = {coverage:.2}");
        }
        out.push_str("  source = \"synthetic\"\n");
    }
    out.push('\n');
}

/// `text` (a `single_file`) with province `from` merged into `into` on
/// 1 July 2025, its figure of the year's end, after it ceased, left out:
/// data with mergers, for the tests that need them.
pub fn merge_province(text: &str, from: &str, into: &str) -> String {
    let mut parts: Vec<String> = text.split("[[locality]]\n").map(str::to_string).collect();
    if let Some(part) = parts
        .iter_mut()
        .find(|p| p.starts_with(&format!("id = \"{from}\"\n")))
    {
        let at = part.find("parent = ").unwrap_or(0);
        part.insert_str(
            at,
            &format!("merged_into = \"{into}\"\nmerged_on = 2025-07-01\n"),
        );
        if let Some(end) = part.find("  [[locality.record]]\n  date = 2025-12-31") {
            part.truncate(end);
            part.push('\n');
        }
    }
    parts.join("[[locality]]\n")
}

/// The whole dataset as one file.
pub fn single_file(spec: &Spec) -> String {
    let mut rng = Rng(spec.seed);
    let mut out = String::with_capacity(spec.localities * spec.years * 80 + 4096);
    write_head(&mut out);
    write_national(&mut out, spec);
    for u in units(spec) {
        write_unit(&mut out, &u, spec, &mut rng);
    }
    out
}

/// The same dataset as a folder: one file for the nation and one per
/// province, each holding its districts and communes.
pub fn per_province(spec: &Spec) -> Vec<(String, String)> {
    let mut rng = Rng(spec.seed);
    let units = units(spec);
    let mut files: Vec<(String, String)> = Vec::with_capacity(PROVINCES + 1);
    let mut national = String::new();
    write_head(&mut national);
    write_national(&mut national, spec);
    files.push(("00-ca-nuoc.toml".into(), national));
    for p in 1..=PROVINCES {
        let mut s = String::new();
        write_head(&mut s);
        files.push((format!("tinh-{p:02}.toml"), s));
    }
    // Which province file each unit goes in: its own, or its ancestor's.
    let mut province_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for u in &units {
        let slot = match u.kind {
            "nation" => 0,
            "province" => {
                u.id.trim_start_matches("tinh-")
                    .parse::<usize>()
                    .unwrap_or(0)
            }
            _ => province_of.get(u.parent.as_str()).copied().unwrap_or(0),
        };
        province_of.insert(&u.id, slot);
        if let Some((_, text)) = files.get_mut(slot) {
            write_unit(text, u, spec, &mut rng);
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_is_valid_deterministic_and_as_large_as_asked() {
        let spec = Spec {
            localities: 200,
            years: 5,
            seed: 7,
        };
        let text = single_file(&spec);
        assert_eq!(text, single_file(&spec), "same seed, same bytes");
        let loaded = crate::load_files(vec![("s.toml".into(), text.into_bytes())])
            .unwrap_or_else(|e| panic!("{:#?}", e.diagnostics));
        assert_eq!(loaded.dataset.localities.len(), 200);
        let folder = per_province(&spec);
        assert_eq!(folder.len(), PROVINCES + 1);
        let files = folder
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect();
        let loaded = crate::load_files(files).unwrap_or_else(|e| panic!("{:#?}", e.diagnostics));
        assert_eq!(loaded.dataset.localities.len(), 200);
    }
}
