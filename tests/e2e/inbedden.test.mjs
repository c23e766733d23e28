// Embedding: the example host page, served from another origin than the tool, embeds the tool
// from a sub-path; embed.js sizes the iframe to its content on every step and ignores height
// messages from any other frame or origin; without embed.js the iframe still works; the embedded
// tool keeps its switches on every link and opens on its own in a new window.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, expectAccessible, BASE_URL, ROOT, ANSWERS } from './browser.mjs';

// The build copied into /beleidskompas/uitvoerder/ of a plain static site (cargo xtask test);
// without it, the tool's own root.
const TOOL_URL = process.env.BZU_SUBPATH_URL ?? BASE_URL;
const TOOL_ORIGIN = new URL(TOOL_URL).origin;
// The message name as the host script knows it (the tidy test keeps it equal to the app's).
const MESSAGE_TYPE = readFileSync(join(ROOT, 'public', 'embed.js'), 'utf8').match(/var MESSAGE_TYPE = '([^']+)'/)[1];

/// Serves fixed pages on a free local port: a different origin from the tool's.
function servePages(pages) {
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      const page = pages[path];
      if (!page) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': page.type ?? 'text/html; charset=utf-8' });
      response.end(page.body);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/// The example host page as a web editor would publish it: the tool's address and embed.js taken
/// from the tool's own server.
function hostPage({ withScript = true, query }) {
  let html = readFileSync(join(ROOT, 'public', 'voorbeeld-beleidskompas.html'), 'utf8');
  const src = new URL(query, TOOL_URL).href.replaceAll('&', '&amp;');
  html = html.replace(/src="\.\/\?[^"]*"/, `src="${src}"`);
  if (withScript) {
    html = html.replace('src="./embed.js"', `src="${new URL('embed.js', TOOL_URL).href}"`);
  } else {
    html = html.replace(/<script src="\.\/embed\.js"><\/script>/, '');
  }
  assert.ok(html.includes(src), 'the iframe address was replaced');
  return html;
}

// A page on a third origin that posts a forged height message to its parent.
const FORGER = `<!DOCTYPE html><html lang="en"><title>forger</title><body><script>
  parent.postMessage({ type: '${MESSAGE_TYPE}', id: 'stap3', hoogte: 4321, nieuwePagina: false }, '*');
  parent.postMessage({ type: '${MESSAGE_TYPE}', id: 'bzu', hoogte: 4322, nieuwePagina: false }, '*');
  document.title = 'posted';
</script></body></html>`;

let browser;
let host;
let third;
let hostOrigin;
let thirdOrigin;

before(async () => {
  browser = await openBrowser();
  host = await servePages({
    '/kompas/stap-3': { body: hostPage({ query: `?embed=1&embed-id=stap3&p=stap&n=3&${ANSWERS}` }) },
    '/kompas/zonder-script': { body: hostPage({ withScript: false, query: '?embed=1&p=stap&n=1' }) },
    '/kompas/voorbeeld-beleidskompas.css': {
      type: 'text/css; charset=utf-8',
      body: readFileSync(join(ROOT, 'public', 'voorbeeld-beleidskompas.css'), 'utf8'),
    },
  });
  hostOrigin = `http://127.0.0.1:${host.address().port}`;
  third = await servePages({ '/vervalst': { body: FORGER } });
  thirdOrigin = `http://127.0.0.1:${third.address().port}`;
  assert.notEqual(hostOrigin, TOOL_ORIGIN);
});

after(async () => {
  // The tool itself asked nothing of any origin but its own (the host page and the forger are
  // other origins by design; their requests come from their own documents).
  const fromTool = browser.requests.filter((url) => !url.startsWith('data:'))
    .filter((url) => ![TOOL_ORIGIN, hostOrigin, thirdOrigin].includes(new URL(url).origin));
  const problems = browser.problems;
  // Close first: a failed check must not leave Chromium and the servers running.
  await browser.close();
  host.close();
  third.close();
  assert.deepEqual(fromTool, [], 'requests to unexpected origins');
  assert.deepEqual(problems, [], 'script or console errors');
});

/// The tool's frame on the host page, once its heading is shown.
async function toolFrame(page) {
  const element = await page.waitForSelector('iframe[data-bzu-uitvoerder]');
  const frame = await element.contentFrame();
  await frame.locator('main h1').first().waitFor();
  return { element, frame };
}

/// Waits until embed.js gave the iframe the height of the tool's content, and returns it.
async function fittedHeight(page, frame) {
  let last = {};
  for (let i = 0; i < 100; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await page.evaluate(() => {
      const element = document.querySelector('iframe[data-bzu-uitvoerder]');
      return Math.round(element.getBoundingClientRect().height);
    });
    last = { content, iframe };
    if (Math.abs(content - iframe) <= 2) return iframe;
    await page.waitForTimeout(50);
  }
  assert.fail(`the iframe never took the content's height: ${JSON.stringify(last)}`);
}

test('when the host column narrows to 640 and 320 px the tool reflows and the frame takes its new height', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${hostOrigin}/kompas/stap-3`);
  const { element, frame } = await toolFrame(page);
  const wide = await fittedHeight(page, frame);
  const heights = [];
  for (const width of [640, 320]) {
    await element.evaluate((iframe, w) => { iframe.style.width = `${w}px`; iframe.style.maxWidth = `${w}px`; }, width);
    await frame.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
    const height = await fittedHeight(page, frame);
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `no sideways scrolling in a ${width} px column`);
    heights.push(height);
  }
  // Narrower columns wrap more text, so the frame grows with them.
  assert.ok(heights[0] >= wide && heights[1] > heights[0], `heights ${wide} → ${heights.join(' → ')}`);
  await page.close();
});

test('the host page on another origin embeds the tool from a sub-path and follows its height on every step', async () => {
  const page = await browser.newPage();
  await page.goto(`${hostOrigin}/kompas/stap-3`);
  const { frame } = await toolFrame(page);
  assert.ok(frame.url().startsWith(TOOL_URL), `framed from the sub-path: ${frame.url()}`);
  assert.equal(await frame.locator('main h1').textContent(), 'Welke gegevens zijn nodig?');

  // Embedded: no site footer, a compact header, and the switches on the frame's address.
  assert.equal(await frame.locator('footer.site-footer').count(), 0);
  assert.equal(await frame.locator('header.site-header-compact').count(), 1);
  const heights = [await fittedHeight(page, frame)];

  // Step changes: the iframe follows the content, every time.
  for (const step of [4, 5, 6]) {
    await frame.getByRole('button', { name: 'Volgende stap' }).click();
    await frame.waitForURL(new RegExp(`n=${step}(&|$)`));
    assert.match(frame.url(), /embed=1/);
    assert.match(frame.url(), /embed-id=stap3/);
    heights.push(await fittedHeight(page, frame));
  }
  assert.ok(new Set(heights).size > 1, `the height changed between steps: ${heights}`);
  // No inner scroll bar: the tool's document is no taller than the iframe.
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(inner <= 2, `the embedded tool scrolls inside the iframe by ${inner}px`);

  // The report is reachable inside the frame and the height follows again.
  await frame.goto(new URL(`?embed=1&embed-id=stap3&p=rapport&${ANSWERS}`, TOOL_URL).href);
  await frame.locator('main h1').first().waitFor();
  await fittedHeight(page, frame);

  // "Open in a new window" leaves the embedding off and keeps the page.
  const standalone = await frame.locator('#los-venster').getAttribute('href');
  assert.doesNotMatch(standalone, /embed/);
  assert.match(standalone, /p=rapport/);
  assert.match(standalone, /ti=Energietoeslag/);
  await expectAccessible(page, 'example host page with the embedded report');
  await page.close();
});

test('a forged height message from a third origin, or from the host page itself, is ignored', async () => {
  const page = await browser.newPage();
  await page.goto(`${hostOrigin}/kompas/stap-3`);
  const { frame } = await toolFrame(page);
  const before = await fittedHeight(page, frame);

  // Count the forged messages that reach the host page, so the test knows they were sent.
  await page.evaluate((type) => {
    window.forged = 0;
    window.addEventListener('message', (event) => {
      if (event.data?.type === type && event.data.hoogte > 4000) window.forged += 1;
    });
  }, MESSAGE_TYPE);
  await page.evaluate((src) => {
    const forger = document.createElement('iframe');
    forger.src = src;
    forger.title = 'forger';
    document.body.append(forger);
  }, `${thirdOrigin}/vervalst`);
  // The host page posting to itself, as any other script could.
  await page.evaluate((type) => window.postMessage({ type, id: 'stap3', hoogte: 4323 }, '*'), MESSAGE_TYPE);
  await page.waitForFunction(() => window.forged >= 3);

  const after = await page.evaluate(() => Math.round(document.querySelector('iframe[data-bzu-uitvoerder]').getBoundingClientRect().height));
  assert.equal(after, before, 'the forged heights changed nothing');
  assert.ok(![4321, 4322, 4323].includes(after));

  // A message from the tool's frame with another embed-id is ignored as well.
  await frame.evaluate((type) => parent.postMessage({ type, id: 'ander', hoogte: 4324 }, '*'), MESSAGE_TYPE);
  await page.waitForTimeout(200);
  assert.equal(await fittedHeight(page, frame), before);
  await page.close();
});

test('without embed.js the host page still shows the tool in a scrolling iframe', async () => {
  const page = await browser.newPage();
  await page.goto(`${hostOrigin}/kompas/zonder-script`);
  const { frame } = await toolFrame(page);
  const heights = await page.evaluate(() => {
    const element = document.querySelector('iframe[data-bzu-uitvoerder]');
    return { iframe: element.clientHeight, fixed: parseFloat(getComputedStyle(element).height), sized: element.hasAttribute('data-bzu-hoogte') };
  });
  assert.equal(heights.sized, false);
  assert.equal(Math.round(heights.iframe), Math.round(heights.fixed), 'the host page’s own height stays');
  // The tool scrolls inside the iframe instead.
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight));
  assert.equal(await frame.locator('main h1').textContent(), 'Wat moet er worden uitgevoerd?');
  // The tool is usable inside: going on either shows what is missing or the next step (when
  // this browser kept answers from an earlier test).
  await frame.getByRole('button', { name: 'Volgende stap' }).click();
  await frame.waitForFunction(() => /n=2(&|$)/.test(location.search) || document.getElementById('foutsamenvatting'));
  await page.close();
});

test('the tool works from the sub-path on its own, with links that stay under it', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('?p=landschap', TOOL_URL).href);
  await page.locator('main h1').first().waitFor();
  await page.getByRole('link', { name: 'Organisaties', exact: true }).click();
  await page.waitForURL(/p=organisaties/);
  assert.ok(page.url().startsWith(TOOL_URL), page.url());
  await page.reload();
  await page.locator('main h1').first().waitFor();
  // A folder without its slash is redirected, so relative links keep working.
  const bare = TOOL_URL.replace(/\/$/, '');
  await page.goto(`${bare}?p=over`);
  await page.locator('main h1').first().waitFor();
  assert.ok(page.url().startsWith(TOOL_URL), page.url());
  await page.close();
});
