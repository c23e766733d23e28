// Runs the wasm benchmarks named in the query string and leaves the figures on window.benchResult.
import init, {
  bench_rank, IngestCase, bench_stack,
  LayoutRun, layout_edges, layout_start, layout_settings, layout_quality,
} from './bench.js';
import {
  MultiUndirectedGraph, iterate as forceAtlas2Iterate, helpers as forceAtlas2Helpers,
  forceSimulation, forceManyBody, forceLink, forceCenter,
} from './layout-libs.js';

const params = new URLSearchParams(location.search);
await init();
const result = {};
if (params.has('rank')) {
  const [organisations, relations, runs] = params.get('rank').split(',').map(Number);
  result.rank = JSON.parse(bench_rank(organisations, relations, runs));
}
if (params.has('stapeling')) {
  const [proposals, organisations, runs] = params.get('stapeling').split(',').map(Number);
  result.stapeling = [JSON.parse(bench_stack(proposals, 0, runs)), JSON.parse(bench_stack(50, organisations, runs))];
}
// The spread of timed runs, as the Rust side reports it: median, quartiles, fastest, slowest.
function spread(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

if (params.has('ingest')) {
  const runs = 15;
  result.csv_ingest = [];
  for (const rows of params.get('ingest').split(',').map(Number)) {
    // Ours (decode, table, every cell typed and checked: `read_file`) and PapaParse (decoding
    // included, typed) on the same bytes, one run each in turn, so that noise hits both alike;
    // one warm-up run each first.
    const ours = new IngestCase(rows);
    const bytes = ours.bytes();
    let parsedRows = 0;
    const papa = () => {
      const start = performance.now();
      const text = new TextDecoder('utf-8').decode(bytes);
      const parsed = Papa.parse(text, { delimiter: ';', header: true, dynamicTyping: true, skipEmptyLines: true });
      parsedRows = parsed.data.length;
      return performance.now() - start;
    };
    ours.run();
    papa();
    const oursMs = [];
    const papaMs = [];
    for (let i = 0; i < runs; i++) {
      oursMs.push(ours.run());
      papaMs.push(papa());
    }
    const mib = bytes.length / 1048576;
    const oursSpread = spread(oursMs);
    const papaSpread = spread(papaMs);
    result.csv_ingest.push({
      rows: ours.rows(),
      bytes: bytes.length,
      ours: oursSpread,
      papaparse: papaSpread,
      papaparse_rows: parsedRows,
      ours_mib_s: mib / (oursSpread.median / 1000),
      papaparse_mib_s: mib / (papaSpread.median / 1000),
    });
    ours.free();
  }
}

// The layout comparison: one seeded graph and one set of start positions per size, laid out by
// ours (ForceAtlas2 in wasm), graphology-layout-forceatlas2 and d3-force, each scored by the same
// Rust metric (neighbourhood preservation, layout_quality).
// `?seed=` tries another graph and start; `cargo xtask bench` uses the default.
const LAYOUT_SEED = Number(params.get('seed') ?? 42);

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// One measured run of `iterations` iterations from the start positions; all three return
// { ms: milliseconds per iteration, positions: flat x, y }.
function runOurs(nodes, edges, iterations, seed = LAYOUT_SEED) {
  // Building the graph and the layout is not timed; `run` times only the iterations (in Rust,
  // with performance.now()), each of which builds its own quadtree as graphology's does.
  const layout = new LayoutRun(nodes, edges, seed);
  const ms = layout.run(iterations);
  const positions = layout.positions();
  layout.free();
  return { ms, positions };
}

function runGraphology(nodes, flatEdges, start, settings, iterations) {
  // A multigraph, so a pair of nodes drawn twice by planted_graph counts twice, in the masses
  // and in attraction, as it does in ours.
  const graph = new MultiUndirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(i, { x: start[2 * i], y: start[2 * i + 1] });
  for (let e = 0; e < flatEdges.length; e += 2) graph.addEdge(flatEdges[e], flatEdges[e + 1]);
  // What forceAtlas2.assign(graph, { iterations, settings }) does, split so only the iterations
  // are timed: the conversion of the graph into typed arrays before and the copy of the positions
  // back after are left out. Included: each iteration in full (its Barnes–Hut region tree, built
  // anew every iteration, repulsion, gravity, attraction and the moves). All weights are 1.
  const matrices = forceAtlas2Helpers.graphToByteArrays(graph, () => 1);
  const start_ms = performance.now();
  for (let i = 0; i < iterations; i++) forceAtlas2Iterate(settings, matrices.nodes, matrices.edges);
  const ms = (performance.now() - start_ms) / iterations;
  const positions = new Float32Array(2 * nodes);
  for (let i = 0; i < nodes; i++) {
    positions[2 * i] = matrices.nodes[10 * i];
    positions[2 * i + 1] = matrices.nodes[10 * i + 1];
  }
  return { ms, positions };
}

function runD3(nodes, flatEdges, start, iterations) {
  const simulationNodes = Array.from({ length: nodes }, (_, i) => ({ x: start[2 * i], y: start[2 * i + 1] }));
  const links = [];
  for (let e = 0; e < flatEdges.length; e += 2) links.push({ source: flatEdges[e], target: flatEdges[e + 1] });
  const simulation = forceSimulation(simulationNodes)
    .force('charge', forceManyBody())
    .force('link', forceLink(links))
    .force('center', forceCenter())
    .stop();
  // d3's own defaults (forceManyBody theta 0.9, alpha decay over 300 ticks), the same number of
  // ticks as the others' iterations. Only the ticks are timed; each builds d3's quadtree anew.
  const start_ms = performance.now();
  for (let i = 0; i < iterations; i++) simulation.tick();
  const ms = (performance.now() - start_ms) / iterations;
  const positions = new Float32Array(2 * nodes);
  simulationNodes.forEach((node, i) => { positions[2 * i] = node.x; positions[2 * i + 1] = node.y; });
  return { ms, positions };
}

// One warm-up run of each (JIT, allocation), then `runs` rounds in which each runs once in turn,
// so that noise hits all alike; per library the median and spread of its runs and the positions
// of its last run (all are deterministic from the same start).
function measureInTurn(runners, runs) {
  for (const run of runners) run();
  const measured = runners.map(() => []);
  for (let round = 0; round < runs; round++) {
    runners.forEach((run, i) => measured[i].push(run()));
  }
  return measured.map((results) => {
    const times = results.map((m) => m.ms);
    return { ms: median(times), spread: spread(times), positions: results[results.length - 1].positions };
  });
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Ours the way the app runs it: slices of `budget` nodes with the browser free in between. The
// longest task is the larger of the longest slice timed around `advance` and the longest
// long task (over 50 ms) the browser itself reported during the run.
async function slicedRun(nodes, edges, budget, iterations) {
  const layout = new LayoutRun(nodes, edges, LAYOUT_SEED);
  await nextTask();
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  const from = performance.now();
  if (supported) observer.observe({ type: 'longtask', buffered: true });
  const slices = [];
  while (layout.iterations() < iterations) {
    const start_ms = performance.now();
    layout.advance(budget);
    slices.push(performance.now() - start_ms);
    await nextTask();
  }
  const wall_ms = performance.now() - from;
  // Long-task entries arrive after the task; give them time, then take what is queued.
  await new Promise((resolve) => setTimeout(resolve, 200));
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  layout.free();
  const during = longTasks.filter((entry) => entry.startTime >= from && entry.startTime <= from + wall_ms);
  const longestSlice = Math.max(...slices);
  const longestLongTask = during.reduce((longest, entry) => Math.max(longest, entry.duration), 0);
  return {
    nodes, edges, iterations, slice_budget: budget, slices: slices.length,
    longest_slice_ms: longestSlice, median_slice_ms: median(slices),
    longtask_observer: supported, long_tasks: during.length, longest_long_task_ms: longestLongTask,
    longest_task_ms: Math.max(longestSlice, longestLongTask), wall_ms,
  };
}

if (params.has('layout')) {
  result.layout = [];
  for (const size of params.get('layout').split(',')) {
    const [nodes, edges, iterations] = size.split('x').map(Number);
    const flatEdges = layout_edges(nodes, edges, LAYOUT_SEED);
    const start = layout_start(nodes, LAYOUT_SEED);
    const ours_settings = JSON.parse(layout_settings(nodes));
    const settings = {
      barnesHutOptimize: true,
      barnesHutTheta: ours_settings.theta,
      scalingRatio: ours_settings.scaling_ratio,
      gravity: ours_settings.gravity,
      slowDown: ours_settings.slow_down,
      linLogMode: false,
      adjustSizes: ours_settings.adjust_sizes,
      strongGravityMode: ours_settings.strong_gravity,
      outboundAttractionDistribution: false,
      edgeWeightInfluence: ours_settings.edge_weight_influence,
    };
    const invalid = forceAtlas2Helpers.validateSettings(settings);
    if (invalid) throw new Error(`graphology settings: ${invalid.message}`);
    const runs = nodes <= 5000 ? 5 : 3;
    const quality = (positions) => layout_quality(nodes, edges, LAYOUT_SEED, positions);
    // Equal settings, equal theta. Both open a quadtree cell unless its width / distance is
    // below theta (graphology's regions hold a half-width: 4·s²/d² < θ² in iterate.js), and
    // without Barnes–Hut both compute the same moves; at theta 0.5 ours is the more accurate
    // (leaves of up to 8 nodes summed exactly).
    const [ours, graphology, d3] = measureInTurn([
      () => runOurs(nodes, edges, iterations),
      () => runGraphology(nodes, flatEdges, start, settings, iterations),
      () => runD3(nodes, flatEdges, start, iterations),
    ], runs);
    // Quality varies from one seeded graph to the next by more than ours and graphology differ,
    // so up to 5,000 nodes it is the mean over five graphs (the timed one and four more), each
    // laid out by both from the same start; the per-graph figures are kept beside it.
    const seeds = nodes <= 5000 ? [0, 1, 2, 3, 4].map((i) => LAYOUT_SEED + i) : [LAYOUT_SEED];
    const oursBySeed = [quality(ours.positions)];
    const graphologyBySeed = [quality(graphology.positions)];
    for (const seed of seeds.slice(1)) {
      const seedEdges = layout_edges(nodes, edges, seed);
      const seedStart = layout_start(nodes, seed);
      const seedQuality = (positions) => layout_quality(nodes, edges, seed, positions);
      oursBySeed.push(seedQuality(runOurs(nodes, edges, iterations, seed).positions));
      graphologyBySeed.push(seedQuality(runGraphology(nodes, seedEdges, seedStart, settings, iterations).positions));
    }
    const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
    result.layout.push({
      nodes, edges: flatEdges.length / 2, iterations, runs,
      ours_ms_per_iter: ours.ms,
      graphology_ms_per_iter: graphology.ms,
      d3_ms_per_tick: d3.ms,
      ours_spread: ours.spread,
      graphology_spread: graphology.spread,
      d3_spread: d3.spread,
      ours_quality: mean(oursBySeed),
      graphology_quality: mean(graphologyBySeed),
      quality_seeds: seeds,
      ours_quality_by_seed: oursBySeed,
      graphology_quality_by_seed: graphologyBySeed,
      d3_quality: quality(d3.positions),
      start_quality: quality(start),
      settings,
    });
  }
}
if (params.has('slices')) {
  const [nodes, edges, budget, iterations] = params.get('slices').split('x').map(Number);
  result.layout_sliced = await slicedRun(nodes, edges, budget, iterations);
}
window.benchResult = result;
document.getElementById('status').textContent = 'done';
