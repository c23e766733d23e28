//! Benchmarks of graph-core that run the same code natively and as wasm in a browser. Each takes
//! a clock so the caller decides how time is read (`Instant` natively, `performance.now()` in the
//! browser), and returns its figures as JSON.

use graph_core::{
    ForceLayout, Landscape, LayoutGraph, LayoutSettings, neighbourhood_preservation, planted_graph,
    rank, start_positions, synthetic_proposal, synthetic_sources,
};
use serde_json::{Value, json};

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The spread of timed runs: median, quartiles, fastest and slowest, and how many runs, so that
/// a figure is never read without the noise around it.
fn spread(mut samples: Vec<f64>) -> Value {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let i = ((samples.len().max(1) - 1) as f64 * q).round() as usize;
        samples.get(i).copied().unwrap_or(f64::NAN)
    };
    json!({
        "median": at(0.5),
        "p25": at(0.25),
        "p75": at(0.75),
        "min": at(0.0),
        "max": at(1.0),
        "n": samples.len(),
    })
}

/// Times `rank` on a synthetic landscape: one warm-up run, then `runs` timed runs; the median in
/// milliseconds and the spread of the runs.
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
    let mut shortlisted = rank(&landscape, &proposal).shortlist().count();
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
        "rank_ms": median(samples.clone()),
        "rank_spread": spread(samples),
        "load_ms": load_ms,
        "shortlisted": shortlisted,
    })
}

/// `count` varied proposals for a landscape: task types, target groups and fte drawn from a
/// fixed seed, all in `period`; on the synthetic landscape the registers and ministry of
/// `synthetic_proposal`.
pub fn stack_proposals(count: usize, synthetic: bool) -> Vec<graph_core::Proposal> {
    use graph_core::{Period, TargetGroupCode, TaskCode};
    let mut rng = graph_core::Rng::new(7);
    let tasks = ["UIT", "INN", "VER", "TOE", "INF", "REG"];
    (0..count)
        .map(|i| {
            let mut proposal = if synthetic {
                synthetic_proposal()
            } else {
                graph_core::Proposal::default()
            };
            proposal.title = format!("Voorstel {i}");
            proposal.description = String::new();
            proposal.tasks = vec![TaskCode::new(tasks[rng.below(tasks.len())])];
            proposal.target_groups = vec![TargetGroupCode::new(if rng.below(2) == 0 {
                "B"
            } else {
                "O"
            })];
            proposal.fte = Some(5.0 + rng.below(36) as f64);
            proposal.period = Some(Period::Year(if synthetic { 2027 } else { 2028 }));
            proposal
        })
        .collect()
}

/// Times `stack` for `proposals` proposals on the default landscape, or on a synthetic one of
/// `organisations` organisations: one warm-up run, then `runs` timed runs.
pub fn stack_bench(
    proposals: usize,
    organisations: Option<usize>,
    runs: usize,
    now: &dyn Fn() -> f64,
) -> Value {
    let sources = match organisations {
        Some(n) => synthetic_sources(n, n * 3, 42),
        None => graph_core::default_sources(),
    };
    let Ok((landscape, _)) = Landscape::load(&sources) else {
        return json!({ "error": "load" });
    };
    let list = stack_proposals(proposals, organisations.is_some());
    let mut stacking = graph_core::stack(&landscape, &list);
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let start = now();
        stacking = graph_core::stack(&landscape, &list);
        samples.push(now() - start);
    }
    json!({
        "proposals": proposals,
        "organisations": landscape.counts().organisations,
        "ms": median(samples.clone()),
        "spread": spread(samples),
        "nodes": stacking.nodes,
        "proven": stacking.proven,
    })
}

/// A capacity file of about `rows` rows for up to 1,000 organisations (quarters from 2000 on),
/// semicolon-delimited, decimal commas, a quoted `bron` with a semicolon in it: what Dutch Excel
/// writes.
pub fn ingest_file(rows: usize) -> graph_core::SourceFile {
    let organisations = 1_000.min(rows.max(1));
    let per = rows.div_ceil(organisations);
    let mut text =
        String::from("organisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n");
    let mut written = 0;
    'outer: for o in 0..organisations {
        for q in 0..per {
            if written == rows {
                break 'outer;
            }
            let (year, quarter) = (2000 + q / 4, q % 4 + 1);
            text.push_str(&format!(
                "o{o};{year}-Q{quarter};{},5;{},25;voorbeeld;\"voorbeeldcijfer; niet openbaar\";\r\n",
                50 + (o * 7 + q) % 150,
                20 + (o * 13 + q) % 140
            ));
            written += 1;
        }
    }
    graph_core::SourceFile {
        name: "capaciteit.csv".to_owned(),
        bytes: text.into_bytes(),
    }
}

/// The loader's own work on one capacity file, timed directly: decoding, the table, every cell
/// typed and checked (`read_file`). Returns the milliseconds and the rows read.
pub fn ingest_once(file: &graph_core::SourceFile, now: &dyn Fn() -> f64) -> (f64, usize) {
    let start = now();
    let (data, _) = graph_core::read_file(graph_core::FileKind::Capacity, file);
    (now() - start, data.capacity.len())
}

/// Nodes sampled by the layout quality figure: enough for a stable mean, cheap at 50,000 nodes.
pub const LAYOUT_QUALITY_SAMPLES: usize = 500;

/// The graph and start positions of the layout benchmark at one size. The browser side hands the
/// same graph and positions to graphology and d3-force, so all three start from one drawing.
pub fn layout_case(nodes: usize, edges: usize, seed: u64) -> (LayoutGraph, Vec<[f32; 2]>) {
    let (graph, _) = planted_graph(nodes, edges, seed);
    (graph, start_positions(nodes, seed))
}

/// Neighbourhood preservation of a drawing given as flat `x, y` pairs, the one quality figure
/// for every layout in the comparison.
pub fn layout_quality(graph: &LayoutGraph, flat_positions: &[f32]) -> f64 {
    let positions: Vec<[f32; 2]> = flat_positions
        .chunks_exact(2)
        .map(|pair| [pair[0], pair[1]])
        .collect();
    neighbourhood_preservation(graph, &positions, LAYOUT_QUALITY_SAMPLES)
}

/// Times `iterations` whole iterations of our ForceAtlas2 (construction not included) and scores
/// the drawing; the native counterpart of the browser comparison.
pub fn layout_bench(nodes: usize, edges: usize, iterations: usize, now: &dyn Fn() -> f64) -> Value {
    let (graph, start) = layout_case(nodes, edges, 42);
    let mut layout = ForceLayout::new(&graph, start, LayoutSettings::for_size(nodes));
    let iterations = iterations.max(1);
    let begin = now();
    layout.run(iterations);
    let ms = now() - begin;
    json!({
        "nodes": nodes,
        "edges": graph.edges.len(),
        "iterations": iterations,
        "ms_per_iter": ms / iterations as f64,
        "quality": neighbourhood_preservation(&graph, layout.positions(), LAYOUT_QUALITY_SAMPLES),
    })
}

/// Times the force layout on the whole of a synthetic landscape as the app lays it out (the
/// explorer's graph of ministries, organisations, task types, target groups and registers), with
/// the time of every tenth iteration, to see where a real-shaped graph differs from a planted one.
pub fn landscape_layout_bench(
    organisations: usize,
    relations: usize,
    iterations: usize,
    now: &dyn Fn() -> f64,
) -> Value {
    let landscape =
        match graph_core::Landscape::load(&synthetic_sources(organisations, relations, 1)) {
            Ok((landscape, _)) => landscape,
            Err(problems) => return json!({ "error": problems.len() }),
        };
    let view = graph_core::explore(
        &landscape,
        &graph_core::ExploreQuery::default(),
        graph_core::Period::Year(2026),
    );
    let graph = graph_core::layout_graph(&view);
    let nodes = graph.len();
    let mut layout = ForceLayout::new(
        &graph,
        start_positions(nodes, 20_251_216),
        LayoutSettings::for_size(nodes),
    );
    let mut trace = Vec::new();
    let begin = now();
    for iteration in 0..iterations.max(1) {
        let start = now();
        layout.run(1);
        if iteration % 10 == 0 {
            trace.push((now() - start * 1.0).round());
        }
    }
    let ms = now() - begin;
    json!({
        "nodes": nodes,
        "edges": graph.edges.len(),
        "iterations": iterations,
        "ms_per_iter": ms / iterations.max(1) as f64,
        "ms_every_tenth": trace,
        "quality": neighbourhood_preservation(&graph, layout.positions(), LAYOUT_QUALITY_SAMPLES),
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

    /// One capacity file of the ingest comparison, read by ours one run at a time so that the
    /// page can interleave our runs with PapaParse's on the same bytes.
    #[wasm_bindgen]
    pub struct IngestCase {
        file: graph_core::SourceFile,
        rows: usize,
    }

    #[wasm_bindgen]
    impl IngestCase {
        #[wasm_bindgen(constructor)]
        pub fn new(rows: usize) -> IngestCase {
            IngestCase {
                file: super::ingest_file(rows),
                rows: 0,
            }
        }

        /// The file's bytes, for PapaParse.
        pub fn bytes(&self) -> Vec<u8> {
            self.file.bytes.clone()
        }

        /// One timed read; milliseconds.
        pub fn run(&mut self) -> f64 {
            let (ms, rows) = super::ingest_once(&self.file, &now);
            self.rows = rows;
            ms
        }

        /// The rows the last read gave.
        pub fn rows(&self) -> usize {
            self.rows
        }
    }

    /// `stack_bench` for the browser (organisations 0: the default landscape), as JSON text.
    #[wasm_bindgen]
    pub fn bench_stack(proposals: usize, organisations: usize, runs: usize) -> String {
        let synthetic = (organisations > 0).then_some(organisations);
        super::stack_bench(proposals, synthetic, runs, &now).to_string()
    }

    /// `rank_bench` for the browser, returning JSON text.
    #[wasm_bindgen]
    pub fn bench_rank(organisations: usize, relations: usize, runs: usize) -> String {
        super::rank_bench(organisations, relations, runs, &now).to_string()
    }

    /// The edges of the layout benchmark's graph, flat: `a₀, b₀, a₁, b₁, …`.
    #[wasm_bindgen]
    pub fn layout_edges(nodes: usize, edges: usize, seed: u32) -> Vec<u32> {
        let (graph, _) = super::planted_graph(nodes, edges, u64::from(seed));
        graph.edges.iter().flat_map(|&(a, b)| [a, b]).collect()
    }

    /// The start positions of the layout benchmark, flat: `x₀, y₀, x₁, y₁, …`.
    #[wasm_bindgen]
    pub fn layout_start(nodes: usize, seed: u32) -> Vec<f32> {
        super::start_positions(nodes, u64::from(seed))
            .into_iter()
            .flatten()
            .collect()
    }

    /// `LayoutSettings::for_size(nodes)` as JSON, so graphology gets the values ours uses.
    #[wasm_bindgen]
    pub fn layout_settings(nodes: usize) -> String {
        let settings = super::LayoutSettings::for_size(nodes);
        serde_json::json!({
            "scaling_ratio": settings.scaling_ratio,
            "gravity": settings.gravity,
            "slow_down": settings.slow_down,
            "theta": settings.theta,
            "strong_gravity": settings.strong_gravity,
            "adjust_sizes": settings.adjust_sizes,
            "edge_weight_influence": settings.edge_weight_influence,
        })
        .to_string()
    }

    /// Neighbourhood preservation of flat positions on the benchmark graph of this size and seed.
    #[wasm_bindgen]
    pub fn layout_quality(nodes: usize, edges: usize, seed: u32, positions: Vec<f32>) -> f64 {
        let (graph, _) = super::planted_graph(nodes, edges, u64::from(seed));
        super::layout_quality(&graph, &positions)
    }

    /// Our ForceAtlas2 on the benchmark graph, driven from JavaScript: whole iterations for the
    /// timing, or slices of a bounded number of nodes as the app runs it.
    #[wasm_bindgen]
    pub struct LayoutRun {
        layout: super::ForceLayout,
    }

    #[wasm_bindgen]
    impl LayoutRun {
        /// A layout of the benchmark graph from the benchmark start positions, with
        /// `LayoutSettings::for_size(nodes)`.
        #[wasm_bindgen(constructor)]
        pub fn new(nodes: usize, edges: usize, seed: u32) -> LayoutRun {
            let (graph, start) = super::layout_case(nodes, edges, u64::from(seed));
            LayoutRun {
                layout: super::ForceLayout::new(
                    &graph,
                    start,
                    super::LayoutSettings::for_size(nodes),
                ),
            }
        }

        /// Runs `iterations` whole iterations; returns milliseconds per iteration.
        pub fn run(&mut self, iterations: usize) -> f64 {
            let iterations = iterations.max(1);
            let start = now();
            self.layout.run(iterations);
            (now() - start) / iterations as f64
        }

        /// `ForceLayout::advance`: at most `budget_nodes` nodes of repulsion; true when that
        /// completed an iteration.
        pub fn advance(&mut self, budget_nodes: usize) -> bool {
            self.layout.advance(budget_nodes)
        }

        /// Completed iterations.
        pub fn iterations(&self) -> usize {
            self.layout.iterations()
        }

        /// The current positions, flat.
        pub fn positions(&self) -> Vec<f32> {
            self.layout.positions().iter().flatten().copied().collect()
        }
    }
}
