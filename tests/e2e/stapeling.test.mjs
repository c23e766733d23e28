// Stapeling: save proposals from their reports in "Mijn voorstellen", copy, rename, delete,
// export and import them as one JSON list (the format `bzu stapel` reads), and see their
// stapeling: both ways of choosing, the collisions in words, the combined load per organisation
// and period with each proposal's share in text. By keyboard, in Dutch and English, at 320 px
// and embedded in a 640 px column, with axe-core at zero.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedBrowser, openBrowser, visit, expectAccessible, tabTo, ROOT } from './browser.mjs';

const browser = sharedBrowser();

// A payment per child: the SVB's kind of work. Three copies of 12 fte each stay below 70 % of the
// SVB's 2028 capacity on their own (portfolio 77.5 of 133.9 fte: 67 %) and cross it together.
const CHILD = 'v=1&ti=Kindtoeslag&mi=szw&ta=UIT&dg=B&fte=12&pe=2028';

async function saveFromReport(page, answers) {
  await visit(page, `?p=rapport&${answers}`);
  await page.locator('#bewaar-voorstel').click();
  await page.locator('#bewaar-melding a').waitFor();
}

const titles = async (page) => page.locator('#mijn-voorstellen > li').evaluateAll((items) => items.map((li) => li.dataset.titel));

test('saved proposals are copied, renamed, deleted, exported and imported', async () => {
  const page = await browser().newPage();
  await saveFromReport(page, CHILD);
  assert.match(await page.locator('#bewaar-melding').textContent(), /Bewaard in Mijn voorstellen als ‘Kindtoeslag’/);
  await page.locator('#bewaar-melding a').click();
  await page.locator('#mijn-voorstellen').waitFor();
  assert.deepEqual(await titles(page), ['Kindtoeslag']);
  await page.locator('#kies-voorstellen').waitFor();

  // Copy twice, by keyboard.
  for (let i = 0; i < 2; i++) {
    await tabTo(page, 'button[aria-label="Kopieer Kindtoeslag"]');
    await page.keyboard.press('Enter');
  }
  assert.deepEqual(await titles(page), ['Kindtoeslag', 'Kindtoeslag (kopie) 2', 'Kindtoeslag (kopie)']);
  // Rename one, by keyboard.
  const item = page.locator('#mijn-voorstellen > li[data-titel="Kindtoeslag (kopie) 2"]');
  await item.getByRole('button', { name: 'Hernoem' }).focus();
  await page.keyboard.press('Enter');
  await item.locator('input[type="text"]').fill('Kindtoeslag twee');
  await page.keyboard.press('Enter');
  await page.locator('#mijn-voorstellen > li[data-titel="Kindtoeslag twee"]').waitFor();

  // Export all: the JSON list `bzu stapel` reads.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#voorstellen-export').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported.map((p) => p.titel), ['Kindtoeslag', 'Kindtoeslag twee', 'Kindtoeslag (kopie)']);
  assert.ok(exported.every((p) => p.fte === 12 && p.taken[0] === 'UIT'));

  // Delete one, then import the export again: all three are back.
  await page.getByRole('button', { name: 'Verwijder Kindtoeslag twee' }).click();
  assert.deepEqual(await titles(page), ['Kindtoeslag', 'Kindtoeslag (kopie)']);
  await page.locator('#voorstellen-import').setInputFiles({ name: 'mijn-voorstellen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByText('3 voorstel(len) ingelezen.').waitFor();
  assert.deepEqual((await titles(page)).sort(), ['Kindtoeslag', 'Kindtoeslag (kopie)', 'Kindtoeslag twee']);
  // A broken file changes nothing and says why.
  await page.locator('#voorstellen-import').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('[{"titel": 3}]') });
  await page.getByText(/kapot\.json is niet ingelezen: .*Er is niets veranderd\./).waitFor();
  assert.equal((await titles(page)).length, 3);
  await page.close();
});

test('the stapeling shows both choices, the collision in words and each share of the load', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=stapeling');
  await page.locator('#stapel-keuzes').waitFor();
  const rows = await page.locator('#stapel-keuzes tbody tr').allInnerTexts();
  assert.equal(rows.length, 3);
  assert.ok(rows.every((row) => /svb/.test(row.split('\t')[1])), rows.join('\n'));
  // One by one all three land on the SVB; each alone stays below 70 %, together they cross it.
  const collision = await page.locator('#botsingen li').first().textContent();
  assert.match(collision, /^svb in 2028: Kindtoeslag, .*Kindtoeslag twee.* samen \d+ % \(krap\); elk alleen blijft eronder\. Voorbeeldcijfers: indicatief\.$/);
  const svb = page.locator('#stapel-belasting tbody tr[data-id="svb"]');
  const cell = await svb.locator('td').first().innerText();
  assert.match(cell, /krap/);
  assert.match(cell, /portfolio 77,5 fte/);
  assert.match(cell, /Kindtoeslag twee: 12 fte/);
  assert.match(await page.locator('#stapel-totaal').textContent(), /Totale haalbaarheid: los \d+, samen \d+\./);
  await expectAccessible(page, 'stapeling');

  // The joint choice, shown by keyboard.
  await tabTo(page, '#stapel-toewijzing');
  await page.keyboard.press('ArrowDown');
  await page.locator('#stapel-belasting caption', { hasText: 'Samen gekozen' }).waitFor();

  // The JSON export equals what `bzu stapel` computes from the exported proposals.
  const [list] = await Promise.all([page.waitForEvent('download'), page.locator('#voorstellen-export').click()]);
  const dir = await mkdtemp(join(tmpdir(), 'bzu-stapel-'));
  const file = join(dir, 'voorstellen.json');
  await writeFile(file, await readFile(await list.path()));
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#stapel-json').click()]);
  const fromPage = JSON.parse(await readFile(await report.path(), 'utf8'));
  const cli = spawnSync('cargo', ['run', '--quiet', '--locked', '--package', 'cli', '--bin', 'bzu', '--', 'stapel', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  const fromCli = JSON.parse(cli.stdout);
  assert.deepEqual(Object.keys(fromCli).sort(), ['bewezen_optimaal', 'knelpunten', 'los', 'niet_plaatsbaar', 'samen', 'tekort', 'voorstellen']);
  assert.deepEqual(fromPage.voorstellen, fromCli.voorstellen);
  assert.deepEqual(fromPage.samen.keuzes.map((k) => k.organisaties), fromCli.samen.keuzes.map((k) => k.organisaties));
  assert.deepEqual(fromPage.los.keuzes.map((k) => k.organisaties), fromCli.los.keuzes.map((k) => k.organisaties));
  // Each proposal links to its own report.
  await page.locator('#stapel-keuzes tbody tr').first().getByRole('link').click();
  await page.locator('#oordeel').waitFor();
  await page.close();

  // The export, imported into a fresh browser profile, gives the same stapeling.
  const fresh = await openBrowser();
  try {
    const other = await fresh.newPage();
    await visit(other, '?p=stapeling');
    await other.locator('#geen-voorstellen').waitFor();
    await other.locator('#voorstellen-import').setInputFiles(file);
    await other.getByText('3 voorstel(len) ingelezen.').waitFor();
    await other.locator('#botsingen li').first().waitFor();
    const [again] = await Promise.all([other.waitForEvent('download'), other.locator('#stapel-json').click()]);
    const reimported = JSON.parse(await readFile(await again.path(), 'utf8'));
    assert.deepEqual(reimported.samen, fromPage.samen);
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});

test('the stapeling in English, at 320 px and embedded in a 640 px column', async () => {
  const page = await browser().newPage();
  for (const [width, query] of [[320, '?p=stapeling&taal=en'], [640, '?p=stapeling&embed=1'], [320, '?p=stapeling']]) {
    await page.setViewportSize({ width, height: 900 });
    await visit(page, query);
    await page.locator('#stapel-keuzes').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${query} at ${width} px scrolls sideways by ${overflow} px`);
    await expectAccessible(page, `stapeling ${query} ${width}`);
  }
  assert.match(await page.locator('#kop-stapeling').textContent(), /Twee manieren van kiezen/);
  await visit(page, '?p=stapeling&taal=en');
  assert.match(await page.locator('h1').textContent(), /Stacking: several proposals at once/);
  await page.close();
});
