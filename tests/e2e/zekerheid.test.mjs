// What users must be able to count on: damaged saved state is reported and can be cleared, a full
// browser storage keeps the data in memory with a clear message, messages from other windows
// change nothing, and a whole journey sends nothing to another origin and sets no cookie.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visit, sharedBrowser, foreignRequests, BASE_URL } from './browser.mjs';

const browser = sharedBrowser();
const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const CAPACITY = 'organisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n'
  + 'uwv;2027;812,5;406,25;schatting;eigen planning;15-11-2026\r\n';

test('damaged saved data and answers are reported on start, ignored, and can be cleared', async () => {
  const page = await browser().newPage();
  await visit(page, '?');
  await page.evaluate(() => {
    localStorage.setItem('bzu.gegevens.v1', '{"kapot": [');
    localStorage.setItem('bzu.voorstel.v1', 'v=99&ta=UIT');
  });
  await visit(page, '?');
  await page.locator('#opslagmelding').getByText(/beschadigd en zijn genegeerd/).waitFor();
  assert.equal(await page.locator('[data-count="organisaties"]').textContent() !== '', true, 'the page is not blank');
  await visit(page, '?p=stap&n=1');
  await page.locator('#opslagmelding').getByText(/antwoorden van het stappenplan konden niet worden gelezen/).waitFor();
  await page.locator('#opslag-wissen').click();
  await page.locator('#opslagmelding').getByText('Alles wat deze app in uw browser bewaarde, is gewist.').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('bzu.')));
  assert.deepEqual(kept, []);
  await page.getByRole('button', { name: 'Sluiten' }).click();
  assert.equal(await page.locator('#opslagmelding').count(), 0);
  await page.close();
});

test('a full browser storage keeps the applied data in memory and says so', async () => {
  const page = await browser().newPage();
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('bzu.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await visit(page, '?p=gegevens');
  await page.locator('#upload').setInputFiles(file('capaciteit.csv', CAPACITY));
  await page.locator('#toepassen').click();
  await page.getByText(/de browser kon ze niet bewaren \(opslag vol of uitgeschakeld\)/).waitFor();
  // In memory: the organisation page shows the uploaded figure.
  await page.getByRole('link', { name: 'Organisaties' }).click();
  await page.locator('#organisaties-tabel').waitFor();
  await page.locator('a[href="?p=organisatie&id=uwv"]').first().click();
  await page.locator('main h1', { hasText: 'Uitvoeringsinstituut Werknemersverzekeringen' }).waitFor();
  assert.match(await page.locator('main').textContent(), /812,5/);
  await page.close();
});

test('messages from other windows, of any shape, change nothing', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=landschap&kies=org:uwv');
  const before = page.url();
  const heading = await page.locator('#detail-kop').textContent();
  await page.evaluate(() => {
    for (const message of [
      { type: 'bzu-hoogte', id: 'x', hoogte: 99999 },
      { type: 'navigate', url: 'javascript:alert(1)' },
      '<img src=x onerror=alert(1)>', null, 42, [1, 2, 3],
    ]) window.postMessage(message, '*');
  });
  await page.waitForTimeout(200);
  assert.equal(page.url(), before);
  assert.equal(await page.locator('#detail-kop').textContent(), heading);
  await page.close();
});

test('a whole journey requests nothing from another origin and sets no cookie', async () => {
  const page = await browser().newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await visit(page, '?p=landschap');
  await page.locator('#landschap-zoek').fill('uwv');
  await page.locator('#landschap-zoek').press('Enter');
  await page.getByRole('button', { name: 'Tabel' }).click();
  await visit(page, '?p=stap&n=1');
  await visit(page, '?p=rapport&v=1&ti=Reis&mi=szw&ta=UIT&dg=B&fte=40&pe=2028');
  await Promise.all([page.waitForEvent('download'), page.locator('#export-markdown').click()]);
  await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  await visit(page, '?p=gegevens');
  await page.locator('#upload').setInputFiles(file('capaciteit.csv', CAPACITY));
  await page.locator('#toepassen').click();
  await page.getByText(/De nieuwe gegevens zijn toegepast/).waitFor();
  await page.locator('#terug-standaard').click();
  await visit(page, '?p=belasting');
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests), [], 'requests to other origins');
  assert.deepEqual(await page.context().cookies(), [], 'cookies');
  assert.ok(requests.every((url) => url.startsWith(new URL(BASE_URL).origin) || url.startsWith('data:') || url.startsWith('blob:')));
  await page.close();
});
