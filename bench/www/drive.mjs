// Opens the benchmark page in Debian's headless Chromium and prints window.benchResult as JSON.
import { chromium } from 'playwright-core';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
page.on('pageerror', (error) => { console.error(error.message); process.exitCode = 1; });
await page.goto(url);
await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 600_000 });
console.log(JSON.stringify(await page.evaluate(() => window.benchResult)));
await browser.close();
