// The strict Content-Security-Policy: the server sends it (as a deployment must), it allows no
// inline script, no eval and no other origin, and a full journey through every view, in Dutch
// and English, normal and embedded, reports not a single `securitypolicyviolation` event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE_URL, ROOT, sharedBrowser, visit, ANSWERS } from './browser.mjs';

const browser = sharedBrowser();

/// The policy's directives as a map from name to sources.
function directives(policy) {
  return Object.fromEntries(
    policy.split(';').map((part) => part.trim()).filter(Boolean)
      .map((part) => { const [name, ...sources] = part.split(/\s+/); return [name, sources]; }),
  );
}

test('every response carries the strict policy', async () => {
  for (const path of ['', '?p=over', 'embed.js', 'voorbeeld-beleidskompas.html']) {
    const response = await fetch(new URL(path, BASE_URL));
    assert.equal(response.status, 200, path);
    const policy = response.headers.get('content-security-policy');
    assert.ok(policy, `no policy on ${path}`);
    const d = directives(policy);
    assert.deepEqual(d['default-src'], ["'none'"]);
    assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(d['style-src'], ["'self'"]);
    assert.ok(!policy.includes("'unsafe-eval'") && !policy.includes("'unsafe-inline'"), policy);
    assert.ok(d['frame-ancestors'], 'frame-ancestors names who may embed the tool');
  }
  // The page itself has no inline script left: Trunk's start-up script is a file.
  const html = await (await fetch(BASE_URL)).text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /\sstyle=/);
});

test('a journey through every view, in both languages and both modes, violates nothing', async () => {
  const page = await browser().newPage();
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const views = [
    '?',
    '?p=stap&n=1',
    ...[2, 3, 4, 5, 6, 7, 8].map((n) => `?p=stap&n=${n}&${ANSWERS}`),
    `?p=rapport&${ANSWERS}`,
    '?p=landschap',
    '?p=landschap&weergave=tabel',
    '?p=organisaties',
    '?p=organisatie&id=uwv',
    '?p=belasting',
    '?p=gegevens',
    '?p=over',
  ];
  // Each visit must reach its view in the asked language and mode; the views' headings differ
  // alike in every language and mode.
  const headings = {};
  for (const switches of ['', '&taal=en', '&embed=1', '&embed=1&taal=en']) {
    headings[switches] = new Set();
    for (const view of views) {
      await visit(page, `${view}${switches}`);
      const shown = await page.evaluate(() => ({
        heading: document.querySelector('main h1').textContent.trim(),
        lang: document.documentElement.lang,
        compact: document.querySelector('.site-header-compact') !== null,
      }));
      const where = `${view}${switches}`;
      assert.equal(shown.lang, switches.includes('taal=en') ? 'en' : 'nl', where);
      assert.equal(shown.compact, switches.includes('embed=1'), where);
      assert.ok(shown.heading.length > 0, where);
      headings[switches].add(shown.heading);
    }
  }
  const counts = Object.values(headings).map((set) => set.size);
  assert.ok(counts[0] >= views.length / 2, `${counts[0]} different headings over ${views.length} views`);
  assert.deepEqual(counts, counts.map(() => counts[0]), 'as many different headings in every language and mode');
  // Interaction: the map lays itself out and takes a selection; the report's exports; an upload.
  await visit(page, '?p=landschap&kies=org:uwv');
  await page.locator('main svg path').first().waitFor();
  await visit(page, `?p=rapport&${ANSWERS}`);
  const download = page.waitForEvent('download');
  await page.locator('#export-markdown').click();
  await download;
  await visit(page, '?p=gegevens');
  await page.locator('#upload').setInputFiles(join(ROOT, 'data', 'capaciteit.csv'));
  await page.locator('#uploadverslag').waitFor();
  // Give late violations (fonts, images) a moment to be reported.
  await page.waitForTimeout(300);
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  await page.close();
});
