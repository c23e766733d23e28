// The capacity coordinator's job: upload a broken file (errors by line, nothing changes), upload a
// good one (preview, apply, the chart changes), reload (still applied), reset (default again),
// a downloaded template re-uploads without errors, and the Belasting page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { visit, expectAccessible, sharedBrowser } from './browser.mjs';

const browser = sharedBrowser();

const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const uwvChart = async (page) => page.locator('#kop-capaciteit ~ figure .chart').first().innerHTML();

test('a broken capacity file is rejected with line numbers and changes nothing', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisatie&id=uwv');
  const chartBefore = await uwvChart(page);
  await visit(page, '?p=gegevens');
  await expectAccessible(page, 'gegevens');
  const broken = '\uFEFForganisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n'
    + 'uwv;2027;700;-3;schatting;;\r\n'
    + 'uwv;2026-Q5;10;5;schatting;;\r\n'
    + 'nergens;2027;10;5;schatting;;\r\n';
  await page.locator('#upload').setInputFiles(file('capaciteit UWV.csv', broken));
  await page.locator('#uploadfouten').waitFor();
  const rows = await page.locator('#uploadfouten tbody tr').allTextContents();
  assert.equal(rows.length, 3, rows.join('\n'));
  assert.match(rows[0], /capaciteit UWV\.csv\s*2\s*4\s*belasting_fte moet een getal ≥ 0 zijn, niet "-3"/);
  assert.match(rows[1], /3\s*2\s*periode "2026-Q5" heeft kwartaal 5/);
  assert.match(rows[2], /4\s*1\s*organisatie "nergens" verwijst naar een onbekende organisatie/);
  await page.getByText('Afgewezen: 3 fout(en). Er is niets veranderd.').waitFor();
  assert.equal(await page.locator('#toepassen').count(), 0);
  await expectAccessible(page, 'gegevens met fouten');
  assert.equal(await page.locator('#gegevensstatus').textContent(), 'U werkt met de standaardgegevens.');
  await visit(page, '?p=organisatie&id=uwv');
  assert.equal(await uwvChart(page), chartBefore, 'the chart must not change');
  await page.close();
});

test('a good file is previewed, applied, kept over a reload, and reset', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisatie&id=uwv');
  const chartBefore = await uwvChart(page);
  await visit(page, '?p=gegevens');
  // Dutch Excel: semicolons, decimal commas, byte-order mark; Windows line ends.
  const good = '\uFEFForganisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n'
    + 'uwv;2025;650;640;schatting;eigen planning;15-11-2026\r\n'
    + 'uwv;2026;700;600;schatting;eigen planning;15-11-2026\r\n'
    + 'uwv;2027;812,5;406,25;schatting;eigen planning;15-11-2026\r\n'
    + 'uwv;2028;800;300;schatting;eigen planning;15-11-2026\r\n';
  await page.locator('#upload').setInputFiles(file('capaciteit.csv', good));
  await page.locator('#wijzigingen-capaciteit').waitFor();
  const preview = await page.locator('#wijzigingen-capaciteit tbody tr').allTextContents();
  assert.equal(preview.length, 4);
  assert.ok(preview.every((row) => row.startsWith('uwv')), 'only UWV changes');
  assert.match(preview.find((row) => row.includes('2027')), /→ 812,5.*→ 406,3.*→ 50 %/);
  await expectAccessible(page, 'gegevens voorvertoning');
  await page.locator('#toepassen').click();
  await page.getByText('De nieuwe gegevens zijn toegepast en in deze browser bewaard.').waitFor();
  await page.locator('.badge-header').waitFor();

  await visit(page, '?p=organisatie&id=uwv');
  const chartAfter = await uwvChart(page);
  assert.notEqual(chartAfter, chartBefore, 'the chart must change');
  assert.match(chartAfter, /50 %/);
  // Other organisations keep their figures.
  await visit(page, '?p=organisatie&id=svb');
  assert.equal(await page.locator('#capaciteit tbody tr').count(), 4);

  await page.reload();
  await page.locator('main h1').waitFor();
  await visit(page, '?p=organisatie&id=uwv');
  assert.equal(await uwvChart(page), chartAfter, 'still applied after a reload');
  await page.locator('.badge-header').waitFor();

  await visit(page, '?p=gegevens');
  await page.locator('#terug-standaard').click();
  await page.getByText('U werkt weer met de standaardgegevens.').waitFor();
  await visit(page, '?p=organisatie&id=uwv');
  assert.equal(await uwvChart(page), chartBefore, 'default again after reset');
  assert.equal(await page.locator('.badge-header').count(), 0);
  await page.close();
});

test('a downloaded template and a downloaded export upload again without errors', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=gegevens');
  for (const id of ['#sjabloon-capaciteit', '#export-portfolio']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id).click()]);
    const bytes = await readFile(await download.path());
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark for Excel');
    assert.match(text.split('\r\n').find((line) => !line.startsWith('\uFEFF#') && !line.startsWith('#')), /;/);
    await page.locator('#upload').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: bytes });
    await page.locator('#uploadverslag').waitFor();
    await page.getByText('Geen fouten.').waitFor();
    assert.equal(await page.locator('#uploadfouten').count(), 0);
    await page.getByRole('button', { name: 'Annuleren' }).click();
  }
  await page.close();
});

test('the Belasting page shows the heat map and the same figures as a table', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=belasting&volgorde=druk');
  assert.match(await page.locator('.chart svg').first().innerHTML(), /Benutting van de verandercapaciteit/);
  const first = await page.locator('#belasting-tabel tbody tr').first().getAttribute('data-id');
  assert.ok(first);
  await expectAccessible(page, 'belasting');
  await page.getByLabel('Volgorde').selectOption('ministerie');
  await page.waitForURL(/p=belasting$/);
  await page.close();
});
