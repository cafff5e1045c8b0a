//! Which sizes a benchmark runs: all it knows, or those listed in
//! TIENDO_BENCH_SIZES ("63,10000").

pub fn sizes(known: &[usize]) -> Vec<usize> {
    match std::env::var("TIENDO_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .filter(|n| known.contains(n))
            .collect(),
        Err(_) => known.to_vec(),
    }
}
