// The release build splits the wasm (xtask/src/split.rs): the first download holds the start page,
// the stappenplan and what every page shares; Landschap, Stapeling, Gegevens and Belasting fetch
// their own part the first time they open. A part that cannot be fetched gives a message instead
// of stopping the app, and opening the page again fetches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visit, openBrowser, foreignRequests, expectAccessible } from './browser.mjs';

/// The page's own part (`parts-<hash>-split_<page>.wasm`), or null for any other request.
function part(url) {
  const match = new URL(url).pathname.match(/\/parts-[0-9a-f]+-(split_[a-z]+|chunk_\d+)\.wasm$/);
  return match ? match[1] : null;
}

const parts = (requests) => requests.map(part).filter((name) => name !== null);

/// Follows the menu link to `slug` with the keyboard and waits for the page's heading.
async function open(page, slug) {
  const link = page.locator(`nav a[href*="p=${slug}"]`).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`p=${slug}`));
}

test('the start page and the stappenplan fetch no part; each split page fetches its own, once', async () => {
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await visit(page, '');
    await visit(page, '?p=stap&n=1');
    assert.deepEqual(parts(browser.requests), [], 'parts fetched by the start page and the stappenplan');

    const pages = [
      ['landschap', 'split_landscape', '#kaart, .explorer'],
      ['stapeling', 'split_stacking', 'main h1'],
      ['gegevens', 'split_data', 'main h1'],
      ['belasting', 'split_load', 'main h1'],
    ];
    for (const [slug, own, shown] of pages) {
      const before = parts(browser.requests).length;
      await open(page, slug);
      await page.locator(shown).first().waitFor();
      await page.locator('main h1').first().waitFor();
      const fetched = parts(browser.requests).slice(before);
      assert.ok(fetched.includes(own), `${slug} fetched ${own} (fetched: ${fetched.join(', ')})`);
      assert.ok(
        fetched.every((name) => name === own || name.startsWith('chunk_')),
        `${slug} fetched only its own part and shared chunks: ${fetched.join(', ')}`,
      );
    }
    // Back to a page seen before: its part is not fetched again.
    const seen = parts(browser.requests).length;
    await open(page, 'landschap');
    await page.locator('main h1').first().waitFor();
    assert.equal(parts(browser.requests).length, seen, 'a part fetched twice');
    assert.equal(await page.locator('#deel-ontbreekt').count(), 0);
    assert.deepEqual(foreignRequests(browser.requests), []);
    assert.deepEqual(browser.problems, [], 'script or console errors');
  } finally {
    await browser.close();
  }
});

test('a part that cannot be fetched gives a message, the app keeps working, and the page loads later', async () => {
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    const blocked = (url) => part(url.href) === 'split_landscape';
    await page.route(blocked, (route) => route.abort('internetdisconnected'));
    await visit(page, '');
    await open(page, 'landschap');
    const message = page.locator('#deel-ontbreekt');
    await message.waitFor();
    assert.match(await message.innerText(), /kon niet worden geladen/);
    assert.equal(await message.getAttribute('role'), 'alert');
    await expectAccessible(page, 'the message for a part that could not be fetched');

    // The rest of the app still works: the stappenplan opens and answers.
    await open(page, 'stap&n=1');
    await page.locator('form.step-form').waitFor();
    assert.equal(await page.locator('#deel-ontbreekt').count(), 0);

    // With the connection back, opening Landschap again fetches its part and shows the map.
    await page.unroute(blocked);
    await open(page, 'landschap');
    await page.locator('#kaart, .explorer').first().waitFor();
    assert.equal(await page.locator('#deel-ontbreekt').count(), 0);

    // The only problems are the failed fetch itself, reported by the browser and the loader.
    const other = browser.problems.filter(
      (problem) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|NetworkError/.test(problem),
    );
    assert.deepEqual(other, [], 'script errors other than the failed fetch');
    assert.ok(browser.problems.length > 0, 'the failed fetch was reported in the console');
  } finally {
    await browser.close();
  }
});
