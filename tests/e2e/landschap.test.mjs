// The Landschap explorer as a policy maker uses it: search, focus, filters with the table showing
// the same set, the chain between two organisations, keyboard-only navigation, a shared link that
// restores the view, and axe-core on the map and the table.
import { test } from 'node:test';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { visit, expectAccessible, sharedBrowser, readData } from './browser.mjs';

const browser = sharedBrowser();

/// Opens the explorer and waits until the layout has finished, so positions are final.
async function openExplorer(page, query = '') {
  await visit(page, `?p=landschap${query}`);
  const map = page.locator('#landschap-kaart');
  if (await map.count()) await page.locator('#landschap-kaart[data-indeling="klaar"]').waitFor();
}

const param = (page, name) => new URL(page.url()).searchParams.get(name);
const shownNodes = async (page) => Number(await page.locator('#landschap-samenvatting').getAttribute('data-knopen'));
const announced = (page) => page.locator('#landschap-actief').textContent();

async function waitForParam(page, name, value) {
  await page.waitForFunction(
    ([n, v]) => new URLSearchParams(window.location.search).get(n) === v,
    [name, value],
  );
}

test('searching "uwv" selects UWV, centres it and describes it', async () => {
  const page = await browser().newPage();
  await openExplorer(page);
  const all = await shownNodes(page);
  assert.ok(all > 100, `the whole landscape is drawn (${all} nodes)`);
  assert.ok(await page.locator('#landschap-kaart svg .nodes path').count() >= 5, 'a path per node class');
  await page.locator('#landschap-zoek').fill('uwv');
  await page.locator('#landschap-zoek').press('Enter');
  await waitForParam(page, 'kies', 'org:uwv');
  await page.locator('#detail-kop', { hasText: 'Uitvoeringsinstituut Werknemersverzekeringen' }).waitFor();
  assert.match(await announced(page), /^UWV \(Uitvoeringsinstituut Werknemersverzekeringen\), organisatie, \d+ verbindingen, geselecteerd$/);
  assert.ok(await page.locator('#landschap-kaart .selected-ring').count() === 1, 'the selection is drawn');
  assert.ok(await page.getByRole('link', { name: 'Naar de pagina van UWV' }).count() === 1);
  // Centred: the selection ring sits in the middle of the drawing.
  const ring = page.locator('#landschap-kaart .selected-ring');
  const [cx, cy] = [Number(await ring.getAttribute('cx')), Number(await ring.getAttribute('cy'))];
  assert.ok(Math.abs(cx - 480) < 2 && Math.abs(cy - 320) < 2, `centred at ${cx},${cy}`);
  // A name with an accent is found without it.
  await page.locator('#landschap-zoek').fill('justitiele inrichtingen');
  await page.locator('#landschap-zoek').press('Enter');
  await page.locator('#detail-kop', { hasText: 'Dienst Justitiële Inrichtingen' }).waitFor();
  await page.locator('#landschap-zoek').fill('xyzzy');
  await page.locator('#landschap-zoek').press('Enter');
  await page.getByText('Niets gevonden voor ‘xyzzy’.').waitFor();
  await page.close();
});

test('focus narrows to the neighbours of the selection, and "breder" grows it', async () => {
  const page = await browser().newPage();
  await openExplorer(page, '&kies=org:uwv');
  const all = await shownNodes(page);
  await page.locator('#focus-minder').click();
  await waitForParam(page, 'diepte', '2');
  await page.locator('#focus-minder').click();
  await waitForParam(page, 'diepte', '1');
  const near = await shownNodes(page);
  assert.ok(near > 1 && near < all, `depth 1 shows ${near} of ${all}`);
  // Depth 1 is UWV and exactly its neighbours, as listed in the detail panel.
  const neighbours = await page.locator('.detail .neighbours li').count();
  assert.equal(near, neighbours + 1);
  await page.locator('#focus-meer').click();
  await waitForParam(page, 'diepte', '2');
  const wider = await shownNodes(page);
  assert.ok(wider > near, `depth 2 shows more (${wider}) than depth 1 (${near})`);
  await page.getByText(/Focus: tot 2 stappen van UWV/).waitFor();
  // A neighbour in the detail panel selects it, and focus goes to its heading.
  const first = page.locator('.detail .neighbours button').first();
  const name = (await first.textContent()).replace(/ \([^)]*\)$/, '');
  await first.click();
  await page.waitForFunction(() => document.activeElement?.id === 'detail-kop');
  assert.notEqual(param(page, 'kies'), 'org:uwv');
  assert.ok((await announced(page)).startsWith(name), `${name} is announced`);
  await page.close();
});

test('a ministry filter removes nodes, and the table shows the same set', async () => {
  const page = await browser().newPage();
  await openExplorer(page);
  const all = await shownNodes(page);
  await page.locator('#landschap-ministerie').selectOption('szw');
  await waitForParam(page, 'ministerie', 'szw');
  const filtered = await shownNodes(page);
  assert.ok(filtered < all, `${filtered} < ${all}`);
  await page.getByRole('button', { name: 'Tabel' }).click();
  await waitForParam(page, 'weergave', 'tabel');
  const keys = await page.locator('#landschap-knopen tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.key));
  assert.equal(keys.length, filtered, 'the table lists what the map shows');
  const szw = readData('organisaties.csv').filter((o) => o.ministerie === 'szw').map((o) => `org:${o.id}`);
  const organisations = keys.filter((key) => key.startsWith('org:'));
  assert.deepEqual(organisations.sort(), szw.sort(), 'exactly the organisations under SZW');
  assert.ok(keys.includes('min:szw'));
  assert.ok(!keys.includes('min:fin'), 'other ministries are gone');
  const edges = await page.locator('#landschap-verbindingen tbody tr').count();
  assert.match(await page.locator('#landschap-verbindingen caption').textContent(), new RegExp(`\\(${edges}\\)`));
  await expectAccessible(page, 'landschap tabel');
  await page.getByRole('button', { name: 'Kaart' }).click();
  await page.locator('#landschap-kaart').waitFor();
  assert.equal(await shownNodes(page), filtered);
  await page.close();
});

test('the chain from UWV to Kadaster is shown hop by hop and drawn', async () => {
  const page = await browser().newPage();
  await openExplorer(page);
  await page.locator('#keten-van').fill('UWV');
  await page.locator('#keten-van').press('Enter');
  await waitForParam(page, 'van', 'uwv');
  await page.locator('#keten-naar').fill('kadaster');
  await page.locator('#keten-naar').press('Tab');
  await waitForParam(page, 'naar', 'kadaster');
  const hops = await page.locator('.hops li').allTextContents();
  assert.equal(hops.length, 2, hops.join('\n'));
  assert.match(hops[0], /^UWV /);
  assert.match(hops[1], /Kadaster/);
  assert.match(hops.join(' '), /register|ketenrelatie/);
  await page.getByText('Kortste keten: 2 stappen.').waitFor();
  const strong = await page.locator('#landschap-kaart .edge-strong').getAttribute('d');
  assert.equal((strong.match(/M/g) ?? []).length, 2, 'both hops are drawn emphasised');
  await expectAccessible(page, 'landschap met keten');
  await page.close();
});

test('keyboard only: Tab into the map, walk to a neighbour, select it, and walk back', async () => {
  const page = await browser().newPage();
  await openExplorer(page, '&kies=org:uwv&diepte=1');
  let tabs = 0;
  while (await page.evaluate(() => document.activeElement?.id) !== 'landschap-kaart') {
    await page.keyboard.press('Tab');
    assert.ok(++tabs < 80, 'the map is reachable with Tab');
  }
  await page.waitForFunction(() => document.querySelector('#landschap-actief').textContent.startsWith('UWV'));
  assert.equal(await page.locator('#landschap-kaart .focus-ring').count(), 1, 'focus is drawn');
  const neighbours = await page.locator('.detail .neighbours li').allTextContents();
  let arrow;
  let label;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    const text = await announced(page);
    if (!text.startsWith('Geen verbonden knoop')) { arrow = key; label = text; break; }
  }
  assert.ok(arrow, 'some arrow leads to a neighbour');
  const name = label.split(/[ ,(]/)[0];
  assert.ok(neighbours.some((n) => n.startsWith(name)), `${name} is a neighbour of UWV: ${neighbours.join('; ')}`);
  assert.match(label, /, (organisatie|ministerie|taaktype|doelgroep|register), \d+ verbinding(en)?$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('kies') !== 'org:uwv');
  const back = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight', ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp' }[arrow];
  await page.keyboard.press(back);
  assert.match(await announced(page), /^UWV \(/);
  await page.keyboard.press('Enter');
  await waitForParam(page, 'kies', 'org:uwv');
  await page.keyboard.press('+');
  await page.waitForFunction(() => Number(new URLSearchParams(window.location.search).get('zoom')) > 1);
  await page.keyboard.press('0');
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('zoom'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('kies'));
  await page.close();
});

test('the wheel zooms; embedded, only with Ctrl held, so the host page scrolls', async () => {
  const page = await browser().newPage();
  await openExplorer(page);
  await page.locator('#landschap-kaart').hover();
  await page.mouse.wheel(0, -200);
  await page.waitForFunction(() => Number(new URLSearchParams(window.location.search).get('zoom')) > 1);
  await openExplorer(page, '&embed=1');
  await page.locator('#landschap-kaart').hover();
  await page.mouse.wheel(0, -200);
  await page.getByText('Houd Ctrl (of Cmd) ingedrukt om met het muiswiel te zoomen.').waitFor();
  assert.equal(param(page, 'zoom'), null, 'no zoom without Ctrl');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => Number(new URLSearchParams(window.location.search).get('zoom')) > 1);
  // Dragging pans.
  const box = await page.locator('#landschap-kaart').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => new URLSearchParams(window.location.search).has('x'));
  await page.close();
});

test('a shared link restores filters, selection, focus, layout and zoom', async () => {
  const page = await browser().newPage();
  await openExplorer(page);
  await page.locator('#landschap-taak').selectOption({ index: 1 });
  await page.locator('#landschap-zoek').fill('SVB');
  await page.locator('#landschap-zoek').press('Enter');
  await waitForParam(page, 'kies', 'org:svb');
  await page.locator('#focus-minder').click();
  await page.locator('#landschap-indeling').selectOption('ego');
  await page.locator('#landschap-kaart').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForFunction(() => Number(new URLSearchParams(window.location.search).get('zoom')) > 1.5);
  const shared = page.url();
  const summary = await page.locator('#landschap-samenvatting').textContent();
  const drawing = await page.locator('#landschap-kaart svg').innerHTML();
  await page.close();

  const other = await browser().newPage();
  await openExplorer(other, new URL(shared).search.replace('?p=landschap', ''));
  assert.equal(other.url(), shared);
  assert.equal(await other.locator('#landschap-samenvatting').textContent(), summary);
  assert.equal(await other.locator('#landschap-indeling').inputValue(), 'ego');
  assert.equal(await other.locator('#detail-kop').textContent(), 'Sociale Verzekeringsbank');
  assert.equal(await other.locator('#landschap-kaart svg').innerHTML(), drawing, 'the same drawing');
  await expectAccessible(other, 'landschap kaart');
  await other.close();
});

test('a synthetic landscape of 5,000 nodes, uploaded as files, is laid out without freezing the page', async (t) => {
  const folder = process.env.BZU_SYNTHETIC_DIR;
  assert.ok(folder, 'BZU_SYNTHETIC_DIR names the folder written by `bzu synthetisch` (cargo xtask test sets it)');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.csv'));
  const page = await browser().newPage();
  await page.addInitScript(() => {
    window.bzuLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.bzuLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await visit(page, '?p=gegevens');
  await page.locator('#upload').setInputFiles(names.map((name) => join(folder, name)));
  await page.locator('#toepassen').click({ timeout: 60_000 });
  await page.getByText(/De nieuwe gegevens zijn toegepast/).waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    window.bzuLongTasks = [];
    // Every progress text the page renders while the layout runs.
    window.bzuProgress = [];
    new MutationObserver(() => {
      const text = document.querySelector('.map-progress')?.textContent ?? '';
      if (text && window.bzuProgress.at(-1) !== text) window.bzuProgress.push(text);
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('link', { name: 'Landschap', exact: true }).click();
  await page.locator('#landschap-kaart').waitFor();
  const nodes = await shownNodes(page);
  assert.ok(nodes >= 5_000, `${nodes} nodes`);
  // From here the page only lays out and draws: every task it runs is the layout's.
  const opening = await page.evaluate(() => { const tasks = window.bzuLongTasks; window.bzuLongTasks = []; return tasks; });
  const layoutStart = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('zoom') === '1.25');
  await page.locator('#landschap-kaart[data-indeling="klaar"]').waitFor({ timeout: 120_000 });
  // The layout ran in slices with the page drawn in between: it showed its progress more than once.
  const progress = await page.evaluate(() => window.bzuProgress);
  const steps = progress.map((text) => Number(text.match(/: (\d+) van/)?.[1])).filter(Number.isFinite);
  assert.ok(steps.length >= 2, `progress shown while the layout ran: ${JSON.stringify(progress)}`);
  assert.ok(steps.every((step, i) => i === 0 || step > steps[i - 1]), `progress grows: ${steps}`);
  const tasks = await page.evaluate(() => window.bzuLongTasks);
  const seconds = (await page.evaluate(() => performance.now()) - layoutStart) / 1000;
  const longest = Math.max(0, ...tasks);
  t.diagnostic(`opening the 5,000-node map: ${opening.length} tasks over 50 ms, longest ${Math.round(Math.max(0, ...opening))} ms`);
  t.diagnostic(`5,000-node layout over ${seconds.toFixed(1)} s: ${tasks.length} tasks over 50 ms (${tasks.map(Math.round).join(', ')}), longest ${Math.round(longest)} ms`);
  // The page stays interactive while the layout runs: slices of about 8 ms, and a drawing at
  // most once a second, each well under a quarter of a second (about 100 ms on a 2-core machine).
  assert.ok(longest < 250, `the longest task during the layout took ${Math.round(longest)} ms`);
  assert.ok(tasks.length <= Math.ceil(seconds) + 2, `${tasks.length} long tasks in ${seconds.toFixed(1)} s`);
  // Searching still works on the big landscape.
  await page.locator('#landschap-zoek').fill('Organisatie 42');
  await page.locator('#landschap-zoek').press('Enter');
  await page.locator('#detail-kop', { hasText: 'Organisatie 42' }).waitFor();
  await visit(page, '?p=gegevens');
  await page.locator('#terug-standaard').click();
  await page.getByText('U werkt met de standaardgegevens.').waitFor();
  await page.close();
});
