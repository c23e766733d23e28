// Published data: a host replaces files in data/ beside the app (and the manifest), and every
// user sees the new figures on the next load, without a rebuild. A broken, altered or missing
// file never breaks the tool: the last good data stays, with a banner that names the problem.
// Then the whole path from a capacity coordinator's upload to a fresh browser: change file,
// `bzu merge`, `bzu publiceer`. Each test serves its own copy of the built app.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { openBrowser, expectAccessible, ROOT } from './browser.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8',
};
const SUB_PATH = '/beleidskompas/uitvoerder/';

// The built app: dist/ of the project, as `cargo xtask test` built it.
const DIST = join(ROOT, 'dist');
const cleanup = [];
after(() => cleanup.forEach((undo) => undo()));

/// A copy of the build in a fresh folder, served at the root and under a sub-path, with the
/// headers the README asks of a host for data/ (revalidate every time).
async function site() {
  const root = mkdtempSync(join(tmpdir(), 'bzu-gepubliceerd-'));
  cpSync(DIST, root, { recursive: true });
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.startsWith(SUB_PATH)) path = `/${path.slice(SUB_PATH.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, normalize(path));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  cleanup.push(() => { server.close(); rmSync(root, { recursive: true, force: true }); });
  return { root, data: join(root, 'data'), url, subUrl: new URL(SUB_PATH, url).href };
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/// Replaces a published file and, unless `keepManifest`, updates the manifest as `bzu publiceer`
/// would (checksum, and the given version).
function publish(data, name, text, { version, keepManifest = false } = {}) {
  writeFileSync(join(data, name), text);
  if (keepManifest) return;
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
  manifest.bestanden.find((file) => file.naam === name).sha256 = sha256(Buffer.from(text));
  if (version) manifest.versie = version;
  writeFileSync(join(data, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/// Opens a page of a served copy and waits for the published data check to settle: the data
/// version shown on the start page, or the banner.
async function open(page, base, query = '') {
  await page.goto(new URL(query, base).href);
  await page.locator('main h1').first().waitFor();
}

const capacityCell = async (page, period) => page.locator('#capaciteit tbody tr', { has: page.locator(`th:text-is("${period}")`) })
  .locator('td').first().textContent();
const heatCell = async (page, id, period) => {
  const headers = await page.locator('#belasting-tabel thead th').allTextContents();
  return page.locator(`#belasting-tabel tbody tr[data-id="${id}"] > *`).nth(headers.indexOf(period)).textContent();
};

const CAPACITY = readFileSync(join(ROOT, 'data', 'capaciteit.csv'), 'utf8');
// UWV 2027: 663.6 fte capacity for 709.5 fte load (107 %); published 1419 fte gives 50 %.
const NEW_CAPACITY = CAPACITY.replace('uwv,2027,663.6,709.5', 'uwv,2027,1419,709.5');
assert.notEqual(NEW_CAPACITY, CAPACITY);

test('a published capacity figure reaches the organisation page and the heat map on the next load, also from a sub-path and embedded', async () => {
  const served = await site();
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await open(page, served.url, '?p=organisatie&id=uwv');
    assert.match(await capacityCell(page, '2027'), /663,6/);
    await open(page, served.url);
    await page.locator('#gegevensversie [data-versie="1"]').waitFor();

    publish(served.data, 'capaciteit.csv', NEW_CAPACITY, { version: 7 });
    await open(page, served.url, '?p=organisatie&id=uwv');
    await page.locator('#capaciteit').getByText(/1\.?419/).waitFor();
    assert.match(await page.locator('#capaciteit-bijgewerkt').textContent(), /2026-11-01/);
    await open(page, served.url, '?p=belasting');
    await page.locator('#belasting-tabel tbody tr[data-id="uwv"]').waitFor();
    await page.waitForFunction(() => document.querySelector('#belasting-tabel tbody tr[data-id="uwv"]')?.textContent.includes('50 %'));
    assert.equal(await heatCell(page, 'uwv', '2027'), '50 %');
    await open(page, served.url);
    await page.locator('#gegevensversie [data-versie="7"]').waitFor();
    assert.match(await page.locator('#gegevensversie').textContent(), /gegevensversie 7, peildatum 2026-11-01 \(gepubliceerd naast de app\)/);
    await expectAccessible(page, 'start met gepubliceerde gegevens');
    assert.equal(await page.locator('#gegevensbanner').count(), 0);

    // The same build under a sub-path, and embedded in a frame, reads the same published set.
    const sub = await browser.newPage();
    await open(sub, served.subUrl, '?p=organisatie&id=uwv');
    await sub.locator('#capaciteit').getByText(/1\.?419/).waitFor();
    await sub.setContent(`<!DOCTYPE html><html lang="nl"><title>host</title><iframe title="Beleid zoekt Uitvoerder" src="${served.subUrl}?embed=1&p=organisatie&id=uwv" style="width:640px;height:900px"></iframe></html>`);
    const frame = await (await sub.waitForSelector('iframe')).contentFrame();
    await frame.locator('#capaciteit').getByText(/1\.?419/).waitFor();
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
  }
});

test('a broken, altered or missing published file keeps the last good data and names the problem', async () => {
  const served = await site();
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    // Version 7 is good and becomes this browser's last good copy.
    publish(served.data, 'capaciteit.csv', NEW_CAPACITY, { version: 7 });
    await open(page, served.url, '?p=organisatie&id=uwv');
    await page.locator('#capaciteit').getByText(/1\.?419/).waitFor();

    // Version 8 has a data error on line 4, column 3, with a matching checksum.
    publish(served.data, 'capaciteit.csv', NEW_CAPACITY.replace('uwv,2027,1419', 'uwv,2027,veel'), { version: 8 });
    await open(page, served.url, '?p=organisatie&id=uwv');
    const banner = page.locator('#gegevensbanner');
    await banner.waitFor();
    assert.match(await banner.textContent(), /versie 8\) zijn niet gebruikt: capaciteit\.csv:4:3: capaciteit_fte moet een getal/);
    assert.match(await banner.textContent(), /U ziet gegevensversie 7/);
    // The last good figures, from this browser's copy.
    assert.match(await capacityCell(page, '2027'), /1\.?419/);
    await expectAccessible(page, 'organisatie met melding over gepubliceerde gegevens');

    // A file changed after publishing: its checksum does not match.
    publish(served.data, 'capaciteit.csv', NEW_CAPACITY.replace('uwv,2027,1419', 'uwv,2027,1500'), { keepManifest: true });
    await open(page, served.url);
    await banner.waitFor();
    assert.match(await banner.textContent(), /capaciteit\.csv:0:0: het controlegetal klopt niet/);

    // A missing file, in a fresh browser that has no copy of its own: the data inside the app.
    // (Files the manifest lists with the checksum of the app's own copy are not fetched at all.)
    publish(served.data, 'capaciteit.csv', NEW_CAPACITY, { version: 9 });
    unlinkSync(join(served.data, 'capaciteit.csv'));
    const fresh = await openBrowser();
    try {
      const other = await fresh.newPage();
      await open(other, served.url, '?p=organisatie&id=uwv');
      await other.locator('#gegevensbanner').waitFor();
      assert.match(await other.locator('#gegevensbanner').textContent(), /versie 9\) zijn niet gebruikt: capaciteit\.csv:0:0: niet gevonden \(HTTP 404\)/);
      assert.match(await other.locator('#gegevensbanner').textContent(), /U ziet gegevensversie 1/);
      assert.match(await capacityCell(other, '2027'), /663,6/);
      // The 404 is the only console error.
      assert.ok(fresh.problems.every((p) => /404/.test(p)), fresh.problems.join('\n'));
    } finally {
      await fresh.close();
    }
    // A missing manifest.
    unlinkSync(join(served.data, 'manifest.json'));
    await open(page, served.url);
    await banner.waitFor();
    assert.match(await banner.textContent(), /data\/manifest\.json: niet gevonden \(HTTP 404\)/);
    assert.ok(browser.problems.every((p) => /404/.test(p)), browser.problems.join('\n'));
  } finally {
    await browser.close();
  }
});

/// Runs the command-line tool.
function bzu(...args) {
  const result = spawnSync('cargo', ['run', '--quiet', '--locked', '--package', 'cli', '--bin', 'bzu', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('from an upload on the Gegevens page to every user: change file, bzu merge, bzu publiceer', async () => {
  const served = await site();
  const work = mkdtempSync(join(tmpdir(), 'bzu-beheer-'));
  const inbox = mkdtempSync(join(tmpdir(), 'bzu-post-'));
  cleanup.push(() => [work, inbox].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  cpSync(join(ROOT, 'data'), work, { recursive: true });
  const coordinator = await openBrowser();
  let changeFile;
  try {
    const page = await coordinator.newPage();
    await open(page, served.url, '?p=gegevens');
    const upload = '\uFEFForganisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\r\n'
      + 'svb;2027;150;120;schatting;eigen planning;01-12-2026\r\n'
      + 'svb;2028;150;90;schatting;eigen planning;01-12-2026\r\n';
    await page.locator('#upload').setInputFiles({ name: 'capaciteit SVB.csv', mimeType: 'text/csv', buffer: Buffer.from(upload) });
    await page.locator('#kop-wijziging').waitFor();
    await expectAccessible(page, 'gegevens met wijziging klaarzetten');
    const button = page.locator('[data-wijziging="capaciteit.csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), 'wijziging-capaciteit-svb-v1.csv');
    changeFile = join(inbox, download.suggestedFilename());
    await download.saveAs(changeFile);
  } finally {
    await coordinator.close();
  }
  const text = readFileSync(changeFile, 'utf8');
  assert.match(text, /# gebaseerd op gegevensversie: 1/);
  assert.deepEqual(text.split('\r\n').filter((line) => /^[a-z]/.test(line)).slice(1).map((line) => line.split(';')[0]), ['svb', 'svb'], 'only svb rows');

  const merged = bzu('merge', changeFile, '--data', work);
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.out, /svb\t2027\t132,1 → 150\t95,1 → 120\t72 % → 80 %/);
  // The same change again is a conflict: svb's rows are no longer what it was based on.
  const again = bzu('merge', changeFile, '--data', work);
  assert.equal(again.code, 1);
  assert.match(again.err, /conflict in .*wijziging-capaciteit-svb-v1\.csv: de rijen van svb in capaciteit\.csv/);
  assert.match(again.err, /toen: svb \| 2027 \| 132,1 \| 95,1/);
  assert.match(again.err, /nu: {3}svb \| 2027 \| 150 \| 120/);

  const published = bzu('publiceer', work, '-o', served.data);
  assert.equal(published.code, 0, published.err);
  assert.match(published.out, /gegevensversie 2/);
  const checked = bzu('check', served.data);
  assert.equal(checked.code, 0, checked.out + checked.err);

  const reader = await openBrowser();
  try {
    const page = await reader.newPage();
    await open(page, served.url, '?p=organisatie&id=svb');
    await page.locator('#capaciteit').getByText('150').first().waitFor();
    assert.match(await capacityCell(page, '2027'), /^150$/);
    assert.match(await page.locator('#capaciteit-bijgewerkt').textContent(), /2026-12-01/);
    await open(page, served.url);
    await page.locator('#gegevensversie [data-versie="2"]').waitFor();
    assert.deepEqual(reader.problems, []);
  } finally {
    await reader.close();
  }
});

// The build writes the shipped data beside the app, with the shipped version and true checksums.
test('the build publishes its own data beside the app', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8'));
  assert.equal(manifest.versie, Number(readFileSync(join(ROOT, 'data', 'versie.txt'), 'utf8').trim()));
  for (const file of manifest.bestanden) {
    assert.equal(file.sha256, sha256(readFileSync(join(ROOT, 'data', file.naam))), file.naam);
  }
});
