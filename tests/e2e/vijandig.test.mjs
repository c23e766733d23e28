// Names and texts with HTML, SVG and script payloads, and javascript: links, loaded as the user's
// own data: every view shows them as text, no script runs, no dialog opens (the shared browser
// fails the file on either), and only http(s) addresses become links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { visit, sharedBrowser, ROOT } from './browser.mjs';

const browser = sharedBrowser();

const PAYLOAD = '"><img src=x onerror="window.bzuPwned=1"><script>window.bzuPwned=1</script></svg><b>&amp;';
const quoted = (text) => `"${text.replaceAll('"', '""')}"`;

/// The default files with UWV, its ministry and one chain relation carrying the payloads.
async function hostileFiles() {
  const read = (name) => readFile(join(ROOT, 'data', name), 'utf8');
  const lines = (await read('organisaties.csv')).split('\n');
  // As many cells as the header has, whatever columns come after the ones we fill.
  const width = lines[0].split(',').length;
  const organisations = lines.map((line) => (line.startsWith('uwv,')
    ? [...['uwv', quoted(`UWV ${PAYLOAD}`), quoted('<i>UWV</i>'), 'szw', 'zbo', '16000', '2017', 'bron',
      quoted('javascript:window.bzuPwned=1 ; https://www.uwv.nl'), quoted('javascript:window.bzuPwned=1'),
      quoted(`Omschrijving ${PAYLOAD}`)], ...Array(Math.max(0, width - 11)).fill('')].join(',')
    : line)).join('\n');
  const ministries = (await read('ministeries.csv')).split('\n').map((line) => (line.startsWith('szw,')
    ? ['szw', quoted(`SZW ${PAYLOAD}`), quoted('SZW</text><script>window.bzuPwned=1</script>'), quoted('javascript:alert(1)')].join(',')
    : line)).join('\n');
  const chain = `${(await read('ketenrelaties.csv')).trimEnd()}\nuwv,kadaster,samenwerking,${quoted(PAYLOAD)},${quoted('javascript:alert(1)')}\n`;
  const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  return [file('organisaties.csv', organisations), file('ministeries.csv', ministries), file('ketenrelaties.csv', chain)];
}

async function expectInert(page, label) {
  assert.equal(await page.evaluate(() => window.bzuPwned), undefined, `a payload ran on ${label}`);
  assert.equal(await page.locator('img[src="x"], main script, main iframe').count(), 0, `markup from data on ${label}`);
  const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  const bad = links.filter((href) => !/^(https?:|\?|#|mailto:)/.test(href) && href !== '');
  assert.deepEqual(bad, [], `links that are not http(s) on ${label}`);
}

test('payloads in names, texts and links are shown as text in every view and export', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=gegevens');
  await page.locator('#upload').setInputFiles(await hostileFiles());
  await page.locator('#toepassen').click();
  await page.getByText(/De nieuwe gegevens zijn toegepast/).waitFor();

  const views = [
    ['start', '?'],
    ['organisaties', '?p=organisaties'],
    ['organisatie', '?p=organisatie&id=uwv'],
    ['landschap', '?p=landschap&kies=org:uwv&van=uwv&naar=kadaster'],
    ['landschap tabel', '?p=landschap&weergave=tabel&ministerie=szw'],
    ['belasting', '?p=belasting'],
    ['rapport', '?p=rapport&v=1&ti=Test&mi=szw&ta=UIT&dg=B&fte=40&pe=2028'],
  ];
  for (const [label, query] of views) {
    const before = browser().problems.length;
    await visit(page, query);
    if (label === 'landschap') await page.locator('#landschap-kaart[data-indeling="klaar"]').waitFor();
    await expectInert(page, label);
    assert.deepEqual(browser().problems.slice(before), [], `script or console errors on ${label}`);
  }
  // The payload is visible as text where UWV's name is shown.
  await visit(page, '?p=organisatie&id=uwv');
  assert.match(await page.locator('main h1').textContent(), /UWV "><img src=x onerror=/);
  await visit(page, '?p=landschap&kies=org:uwv');
  assert.match(await page.locator('#detail-kop').textContent(), /<script>window\.bzuPwned=1<\/script>/);
  const labels = await page.locator('#landschap-kaart svg text').allTextContents();
  assert.ok(labels.includes('<i>UWV</i>'), `the map label is the literal abbreviation: ${labels.slice(0, 8)}`);
  await visit(page, '?p=belasting');
  assert.equal(await page.locator('.chart svg script, .chart svg foreignObject, .chart img').count(), 0);

  // The Markdown export escapes the payload.
  await visit(page, '?p=rapport&v=1&ti=Test&mi=szw&ta=UIT&dg=B&fte=40&pe=2028');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-markdown').click()]);
  const markdown = await readFile(await download.path(), 'utf8');
  assert.ok(markdown.includes('\\<img src=x'), 'the payload is in the export, escaped');
  assert.ok(!/(^|[^\\])<(img|script|svg|\/svg)/m.test(markdown), 'raw HTML in the Markdown export');
  assert.ok(!markdown.includes('](javascript:'), 'a javascript: link in the Markdown export');

  await visit(page, '?p=gegevens');
  await page.locator('#terug-standaard').click();
  await page.getByText('U werkt met de standaardgegevens.').waitFor();
  await page.close();
});
