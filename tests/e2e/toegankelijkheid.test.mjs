// Accessibility across the matrix: every view and the states the other tests reach, in Dutch and
// English, normal and embedded, with axe-core (WCAG 2.0/2.1 A and AA); the skip link; the
// language switch. Writes the number of views checked and the rules passed per view to
// target/e2e/axe.json.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, ROOT, expectAccessible, sharedBrowser, visit, ANSWERS } from './browser.mjs';

const browser = sharedBrowser();
const results = [];

after(() => {
  mkdirSync(join(ROOT, 'target', 'e2e'), { recursive: true });
  writeFileSync(join(ROOT, 'target', 'e2e', 'axe.json'), `${JSON.stringify(results, null, 1)}\n`);
});

const VIEWS = [
  ['start', '?'],
  ['stap 1 leeg', '?p=stap&n=1'],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`stap ${n}`, `?p=stap&n=${n}&${ANSWERS}`]),
  ['rapport', `?p=rapport&${ANSWERS}`],
  ['rapport geen passende uitvoerder', '?p=rapport&v=1&ti=Iets&ta=UIT&dg=B&dr=99'],
  ['landschap kaart', '?p=landschap'],
  ['landschap selectie en keten', '?p=landschap&kies=org:uwv&van=uwv&naar=kadaster'],
  ['landschap ego', '?p=landschap&kies=org:uwv&indeling=ego'],
  ['landschap tabel', '?p=landschap&weergave=tabel&ministerie=szw'],
  ['organisaties', '?p=organisaties&sorteer=benutting&volgorde=af'],
  ['organisatie', '?p=organisatie&id=uwv'],
  ['belasting', '?p=belasting'],
  ['gegevens', '?p=gegevens'],
  ['stapeling', '?p=stapeling'],
  ['over', '?p=over'],
  ['onbekende link', '?p=bestaatniet'],
];

const MODES = [
  ['nl', ''],
  ['en', '&taal=en'],
  ['nl embed', '&embed=1'],
  ['en embed', '&embed=1&taal=en'],
];

for (const [mode, switches] of MODES) {
  test(`axe-core finds no violation on any view (${mode})`, async () => {
    const page = await browser().newPage();
    for (const [name, query] of VIEWS) {
      await visit(page, `${query}${switches}`);
      const lang = switches.includes('taal=en') ? 'en' : 'nl';
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${name}: <html lang>`);
      const passes = await expectAccessible(page, `${name} (${mode})`);
      results.push({ view: name, mode, violations: 0, passes });
    }
    // A state reached by acting: the error summary of an empty step, and the map with focus.
    // Without stored answers, or step 1 would be filled in from an earlier view.
    await page.evaluate(() => localStorage.clear());
    await visit(page, `?p=stap&n=1${switches}`);
    await page.locator('form.step-form button[type="submit"]').click();
    await page.locator('#foutsamenvatting').waitFor();
    results.push({ view: 'stap 1 met fouten', mode, violations: 0, passes: await expectAccessible(page, `step errors (${mode})`) });
    await page.close();
  });
}

test('the skip link is the first stop and moves focus to the content', async () => {
  for (const switches of ['', '?embed=1&taal=en']) {
    const page = await browser().newPage();
    await page.goto(new URL(switches || '?p=organisaties', BASE_URL).href);
    await page.locator('main h1').first().waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement.className, visible: document.activeElement.getBoundingClientRect().left >= 0 }));
    assert.equal(first.cls, 'skip-link');
    assert.ok(first.visible, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#inhoud');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement.closest('main') !== null);
    assert.ok(next, 'the next Tab stays in the content');
    await page.close();
  }
});

test('the language switch keeps the page and its state, and every link keeps the language', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisaties&ministerie=szw');
  await page.locator('#taalkeuze').click();
  await page.waitForURL(/taal=en/);
  await page.locator('main h1').first().waitFor();
  assert.match(page.url(), /p=organisaties/);
  assert.match(page.url(), /ministerie=szw/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('#taalkeuze').textContent(), 'Nederlands');
  // Every link to a view in the menu carries the language.
  const menu = await page.locator('nav .menu a:not(#taalkeuze)').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(menu.length >= 7);
  for (const href of menu) assert.match(href, /taal=en/, href);
  await page.getByRole('link', { name: 'Landscape', exact: true }).click();
  await page.waitForURL(/p=landschap/);
  assert.match(page.url(), /taal=en/);
  await page.locator('#taalkeuze').click();
  await page.waitForURL((url) => !url.href.includes('taal='));
  await page.locator('main h1').first().waitFor();
  assert.match(page.url(), /p=landschap/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  await page.close();
});
