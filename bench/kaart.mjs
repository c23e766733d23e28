// The network map's layout as the app really runs it: the built app (dist/) in headless Chromium,
// a synthetic landscape uploaded on the Gegevens page, then the Landschap page, whose layout runs
// in the app's own slices with the app's own drawing in between. A Chromium trace records every
// task of the page's main thread from the click until the layout is done, so the figures cover
// all tasks (layout slices, drawing, style and layout of the page), not only those over 50 ms.
// The task that opens the map (the view of 5,000 nodes built and first drawn) is reported apart.
//
// Usage: node bench/kaart.mjs <app url> <folder of synthetic CSV files> [runs]
// Prints one line per run on stderr and, last, a JSON summary on stdout.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, folder, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const names = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
const files = await Promise.all(names.map(async (name) => ({
  name, mimeType: 'text/csv', buffer: await readFile(join(folder, name)),
})));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];

// The top-level tasks of the page's main thread in a trace, as durations (ms), split at the
// mark set when the map first appears: the tasks that open the map (the click, building the view
// and its first drawing) and the tasks after it (the layout's slices and the drawings between).
function mainThreadTasks(trace) {
  const events = JSON.parse(trace).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  const mark = events.find((e) => e.name === SHOWN);
  if (!mark) throw new Error(`the trace has no mark ${SHOWN}`);
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X'
    && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  const ms = (list) => list.map((e) => e.dur / 1000).sort((a, b) => a - b);
  return {
    opening: ms(tasks.filter((e) => e.ts <= mark.ts)),
    layout: ms(tasks.filter((e) => e.ts > mark.ts)),
  };
}

// The user-timing mark set in the task that first puts the map in the page.
const SHOWN = 'bzu-kaart-getoond';

const results = [];
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => { console.error(error.message); process.exitCode = 1; });
  await page.addInitScript((name) => {
    // Mutation callbacks run at the end of the task that changed the page: the mark falls in the
    // task that opened the map.
    const observer = new MutationObserver(() => {
      if (document.getElementById('landschap-kaart')) { performance.mark(name); observer.disconnect(); }
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
  }, SHOWN);
  await page.goto(new URL('?p=gegevens', url).href);
  await page.locator('#upload').setInputFiles(files);
  await page.locator('#toepassen').click({ timeout: 120_000 });
  await page.getByText(/De nieuwe gegevens zijn toegepast/).waitFor({ timeout: 120_000 });
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  const from = Date.now();
  await page.getByRole('link', { name: 'Landschap', exact: true }).click();
  await page.locator('#landschap-kaart').waitFor();
  const nodes = await page.locator('#landschap-samenvatting').getAttribute('data-knopen');
  await page.locator('#landschap-kaart[data-indeling="klaar"]').waitFor({ timeout: 300_000 });
  const wall = Date.now() - from;
  const { opening, layout } = mainThreadTasks((await browser.stopTracing()).toString());
  const result = {
    nodes: Number(nodes) || null,
    opening_ms: opening[opening.length - 1],
    tasks: layout.length,
    longest_ms: layout[layout.length - 1],
    p99_ms: quantile(layout, 0.99),
    median_ms: quantile(layout, 0.5),
    over_50_ms: layout.filter((d) => d > 50).length,
    wall_ms: wall,
  };
  console.error(`run ${run + 1}: ${JSON.stringify(result)}`);
  results.push(result);
  await page.close();
}
await browser.close();

const figure = (key) => {
  const values = results.map((r) => r[key]).sort((a, b) => a - b);
  return { median: quantile(values, 0.5), min: values[0], max: values[values.length - 1] };
};
console.log(JSON.stringify({
  runs, nodes: results[0]?.nodes ?? null, opening_ms: figure('opening_ms'),
  longest_ms: figure('longest_ms'), p99_ms: figure('p99_ms'), median_ms: figure('median_ms'),
  over_50_ms: figure('over_50_ms'), tasks: figure('tasks'), wall_ms: figure('wall_ms'),
}));
