// The foundation journeys: start page counts, the organisations table (sort and filter), an
// organisation page from the table and from a direct link, no foreign requests, no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visit, expectAccessible, readData, sharedBrowser } from './browser.mjs';

const browser = sharedBrowser();

const organisations = readData('organisaties.csv');
const ministries = readData('ministeries.csv');

test('the start page shows the counts of the data set', async () => {
  const page = await browser().newPage();
  await visit(page, '');
  assert.equal(await page.locator('main h1').textContent(), 'Beleid zoekt Uitvoerder');
  const count = async (name) => Number(await page.locator(`[data-count="${name}"]`).textContent());
  assert.equal(await count('organisaties'), organisations.length);
  assert.equal(await count('ministeries'), ministries.length);
  assert.equal(await count('taken'), readData('taken.csv').length);
  assert.equal(await count('ketenrelaties'), readData('ketenrelaties.csv').length);
  const relations = ['organisatie_taken.csv', 'organisatie_doelgroepen.csv', 'organisatie_registers.csv', 'ketenrelaties.csv']
    .map((file) => readData(file).length).reduce((a, b) => a + b, 0);
  assert.equal(await count('relaties'), relations);
  const peildatum = readData('capaciteit.csv').map((row) => row.peildatum).filter(Boolean).sort().at(-1);
  assert.equal(await page.locator('[data-peildatum]').textContent(), peildatum);
  await page.getByRole('note').getByText('voorbeeldcijfers').waitFor();
  await expectAccessible(page, 'start');
  await page.close();
});

test('the organisations table sorts by column and filters by ministry and task', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisaties');
  const rows = page.locator('#organisaties-tabel tbody tr');
  assert.equal(await rows.count(), organisations.length);

  // Sorted by name by default; the name column says so.
  const names = await page.locator('#organisaties-tabel tbody th').allTextContents();
  const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'");
  const byFold = (a, b) => { const x = fold(a); const y = fold(b); return x < y ? -1 : x > y ? 1 : 0; };
  assert.deepEqual(names, [...names].sort(byFold));

  // Sort by ministry: the ministry column is then in order, and the header tells.
  await page.getByRole('button', { name: 'Ministerie' }).click();
  await page.locator('th[aria-sort="ascending"] [data-sort="ministerie"]').waitFor();
  const byMinistry = await page.locator('#organisaties-tabel tbody td:nth-of-type(2)').allTextContents();
  assert.deepEqual(byMinistry, [...byMinistry].sort());
  assert.match(page.url(), /sorteer=ministerie/);

  // Again: descending.
  await page.getByRole('button', { name: 'Ministerie' }).click();
  await page.locator('th[aria-sort="descending"] [data-sort="ministerie"]').waitFor();
  const descending = await page.locator('#organisaties-tabel tbody td:nth-of-type(2)').allTextContents();
  assert.deepEqual(descending, [...descending].sort().reverse());

  // Sort by utilisation, high to low: the numbers fall.
  await page.getByRole('button', { name: /Benutting/ }).click();
  await page.getByRole('button', { name: /Benutting/ }).click();
  await page.locator('th[aria-sort="descending"] [data-sort="benutting"]').waitFor();
  const percentages = (await page.locator('#organisaties-tabel tbody td.numeric').allTextContents())
    .map((text) => parseInt(text, 10)).filter((n) => !Number.isNaN(n));
  assert.ok(percentages.length > 10);
  assert.deepEqual(percentages, [...percentages].sort((a, b) => b - a));

  // Filter by ministry: exactly that ministry's organisations remain.
  await page.getByLabel('Ministerie').selectOption('szw');
  const expected = organisations.filter((o) => o.ministerie === 'szw').map((o) => o.id).sort();
  await page.waitForFunction((n) => document.querySelectorAll('#organisaties-tabel tbody tr').length === n, expected.length);
  const shown = (await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id))).sort();
  assert.deepEqual(shown, expected);
  assert.match(page.url(), /ministerie=szw/);

  // And by task as well: the intersection.
  await page.getByLabel('Taaktype').selectOption('UIT');
  const withTask = new Set(readData('organisatie_taken.csv').filter((r) => r.taak === 'UIT').map((r) => r.organisatie));
  const both = expected.filter((id) => withTask.has(id));
  await page.waitForFunction((n) => document.querySelectorAll('#organisaties-tabel tbody tr').length === n, both.length);
  assert.deepEqual((await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id))).sort(), both);

  // The filtered view is a link: reopening it shows the same rows.
  const link = page.url();
  const again = await browser().newPage();
  await again.goto(link);
  await again.locator('#organisaties-tabel tbody tr').first().waitFor();
  assert.equal(await again.locator('#organisaties-tabel tbody tr').count(), both.length);
  await expectAccessible(page, 'organisaties');
  await again.close();
  await page.close();
});

test('an organisation page opens from the table and from a direct link', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisaties');
  await page.getByRole('link', { name: 'Uitvoeringsinstituut Werknemersverzekeringen' }).click();
  await page.waitForURL(/p=organisatie&id=uwv/);
  assert.match(await page.locator('main h1').textContent(), /UWV/);
  // Chain partners are links to their own pages.
  const partner = page.locator('#ketenpartners tbody a').first();
  const partnerName = await partner.textContent();
  await partner.click();
  assert.equal((await page.locator('main h1').textContent()).startsWith(partnerName), true);
  // Back returns to UWV.
  await page.goBack();
  await page.waitForURL(/id=uwv/);
  assert.match(await page.locator('main h1').textContent(), /UWV/);

  const direct = await browser().newPage();
  await visit(direct, '?p=organisatie&id=dienst-toeslagen');
  assert.match(await direct.locator('main h1').textContent(), /Toeslagen/);
  const capacityRows = readData('capaciteit.csv').filter((r) => r.organisatie === 'dienst-toeslagen');
  assert.equal(await direct.locator('#capaciteit tbody tr').count(), capacityRows.length);
  assert.ok(await direct.locator('.sources a[href^="https://"]').count() >= 1, 'source links');
  await expectAccessible(direct, 'organisatie');

  const missing = await browser().newPage();
  await visit(missing, '?p=organisatie&id=bestaat-niet');
  assert.equal(await missing.locator('main h1').textContent(), 'Organisatie niet gevonden');
  await missing.close();
  await direct.close();
  await page.close();
});

test('an organisation page links to its register entry, names the ministries it also works for and dates an old staff figure', async () => {
  const organisations = readData('organisaties.csv');
  const listed = organisations.find((o) => /^\d+$/.test(o.register_id ?? ''));
  assert.ok(listed, 'the data names at least one register entry');
  const page = await browser().newPage();
  await visit(page, `?p=organisatie&id=${listed.id}`);
  const link = page.locator(`a[href^="https://organisaties.overheid.nl/${listed.register_id}/"]`);
  assert.equal(await link.count(), 1);
  assert.match(await link.textContent(), new RegExp(`vermelding ${listed.register_id}`));

  const peildatum = Math.max(...readData('capaciteit.csv').map((r) => Number((r.peildatum ?? '').slice(0, 4)) || 0));
  const dated = organisations.find((o) => o.fte && o.fte_peiljaar && peildatum - Number(o.fte_peiljaar) > 3);
  const current = organisations.find((o) => o.fte && o.fte_peiljaar && peildatum - Number(o.fte_peiljaar) <= 3);
  assert.ok(dated && current, 'the data has an old and a recent staff figure');
  await visit(page, `?p=organisatie&id=${dated.id}`);
  const fact = (label) => page.locator('dl.facts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  assert.match(await fact('Omvang').textContent(), new RegExp(`peiljaar ${dated.fte_peiljaar} .*ouder dan drie jaar`));
  await visit(page, `?p=organisatie&id=${current.id}`);
  assert.doesNotMatch(await fact('Omvang').textContent(), /ouder dan drie jaar/);
  // The ministries it also works for, by their abbreviations, from the data.
  const ministries = readData('ministeries.csv');
  const commissioned = organisations.find((o) => (o.opdrachtgevers ?? '').trim());
  assert.ok(commissioned, 'the data names at least one commissioning ministry');
  await visit(page, `?p=organisatie&id=${commissioned.id}`);
  const expected = commissioned.opdrachtgevers.trim().split(/\s+/)
    .map((id) => ministries.find((m) => m.id === id).afkorting).join(', ');
  assert.equal((await fact('Voert ook uit voor').textContent()).trim(), expected);
  // Without a register entry there is no register line.
  const unlisted = organisations.find((o) => !o.register_id);
  await visit(page, `?p=organisatie&id=${unlisted.id}`);
  assert.equal(await page.locator('dl.facts dt', { hasText: 'Register van Overheidsorganisaties' }).count(), 0);
  await expectAccessible(page, 'organisatie zonder registervermelding');
  await page.close();
});

test('the about page is accessible and a broken link falls back to the start page', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=over');
  await expectAccessible(page, 'over');
  await visit(page, '?p=onzin');
  assert.equal(await page.locator('main h1').textContent(), 'Beleid zoekt Uitvoerder');
  await page.getByRole('alert').getByText('onzin').waitFor();
  await page.close();
});
