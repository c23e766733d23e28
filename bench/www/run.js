// Runs the wasm benchmarks named in the query string and leaves the figures on window.benchResult.
import init, { bench_rank } from './bench.js';

const params = new URLSearchParams(location.search);
await init();
const result = {};
if (params.has('rank')) {
  const [organisations, relations, runs] = params.get('rank').split(',').map(Number);
  result.rank = JSON.parse(bench_rank(organisations, relations, runs));
}
window.benchResult = result;
document.getElementById('status').textContent = 'done';
