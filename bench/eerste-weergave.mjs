// Time from navigation to the first rendered page (the page's heading in the DOM), in headless
// Chromium with a fresh browser each run (no cache), after two warm-up runs; prints the median,
// quartiles and range. Usage: node bench/eerste-weergave.mjs http://127.0.0.1:8091/ [runs]
import { chromium } from 'playwright-core';
const url = process.argv[2]; const runs = Number(process.argv[3] ?? 15);
const times = [];
for (let i = 0; i < runs + 2; i++) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen = () => { if (document.querySelector('main h1') && !window.__first) { window.__first = performance.now(); } };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__first);
  const t = await page.evaluate(() => window.__first);
  if (i >= 2) times.push(t);
  await browser.close();
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.round(p * (times.length - 1))];
console.log(`${url}: median ${q(0.5).toFixed(0)} ms, quartiles ${q(0.25).toFixed(0)}–${q(0.75).toFixed(0)} ms, range ${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms, n=${times.length}`);
