// Runs the wasm benchmarks named in the query string and leaves the figures on window.benchResult.
import init, { bench_rank, bench_ingest, ingest_capacity_bytes } from './bench.js';

const params = new URLSearchParams(location.search);
await init();
const result = {};
if (params.has('rank')) {
  const [organisations, relations, runs] = params.get('rank').split(',').map(Number);
  result.rank = JSON.parse(bench_rank(organisations, relations, runs));
}
if (params.has('ingest')) {
  const runs = 5;
  result.csv_ingest = [];
  for (const rows of params.get('ingest').split(',').map(Number)) {
    const ours = JSON.parse(bench_ingest(rows, runs));
    // PapaParse on the same bytes, typed, on the main thread, decoding included as ours does.
    const bytes = ingest_capacity_bytes(rows);
    const samples = [];
    let parsedRows = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const text = new TextDecoder('utf-8').decode(bytes);
      const parsed = Papa.parse(text, { delimiter: ';', header: true, dynamicTyping: true, skipEmptyLines: true });
      samples.push(performance.now() - start);
      parsedRows = parsed.data.length;
    }
    samples.sort((a, b) => a - b);
    const papaMs = samples[Math.floor(samples.length / 2)];
    result.csv_ingest.push({
      rows: ours.rows,
      bytes: ours.bytes,
      ours_ms: ours.ms,
      papaparse_ms: papaMs,
      papaparse_rows: parsedRows,
      ours_mib_s: ours.mib_s,
      papaparse_mib_s: ours.bytes / 1048576 / (papaMs / 1000),
    });
  }
}
window.benchResult = result;
document.getElementById('status').textContent = 'done';
