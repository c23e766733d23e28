//! Benchmarks of graph-core that run the same code natively and as wasm in a browser. Each takes
//! a clock so the caller decides how time is read (`Instant` natively, `performance.now()` in the
//! browser), and returns its figures as JSON.

use graph_core::{Landscape, rank, synthetic_proposal, synthetic_sources};
use serde_json::{Value, json};

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Times `rank` on a synthetic landscape: the median of `runs` runs, in milliseconds.
pub fn rank_bench(
    organisations: usize,
    relations: usize,
    runs: usize,
    now: &dyn Fn() -> f64,
) -> Value {
    let sources = synthetic_sources(organisations, relations, 42);
    let start = now();
    let landscape = match Landscape::load(&sources) {
        Ok((landscape, _)) => landscape,
        Err(problems) => return json!({ "error": problems.len() }),
    };
    let load_ms = now() - start;
    let proposal = synthetic_proposal();
    let mut samples = Vec::with_capacity(runs);
    let mut shortlisted = 0;
    for _ in 0..runs.max(1) {
        let start = now();
        let ranking = rank(&landscape, &proposal);
        samples.push(now() - start);
        shortlisted = ranking.shortlist().count();
    }
    let counts = landscape.counts();
    json!({
        "organisations": counts.organisations,
        "relations": counts.relations,
        "runs": runs,
        "rank_ms": median(samples),
        "load_ms": load_ms,
        "shortlisted": shortlisted,
    })
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    fn now() -> f64 {
        web_sys::window()
            .and_then(|window| window.performance())
            .map_or(0.0, |performance| performance.now())
    }

    /// `rank_bench` for the browser, returning JSON text.
    #[wasm_bindgen]
    pub fn bench_rank(organisations: usize, relations: usize, runs: usize) -> String {
        super::rank_bench(organisations, relations, runs, &now).to_string()
    }
}
