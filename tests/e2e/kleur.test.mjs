// Colour contrast that axe-core does not check: non-text contrast of at least 3:1 for the map's
// node kinds, its edge kinds and keyboard rings against the map background, and for the focus ring
// against the page and the header; and text contrast of at least 4.5:1 for the main text pairs.
// Colours are read from the running app (getComputedStyle), so they are the theme's real values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visit, sharedBrowser } from './browser.mjs';

const browser = sharedBrowser();

/// [r, g, b, alpha] of a computed colour: `rgb()`, `rgba()` or `color(srgb ...)`.
function parse(colour) {
  const numbers = colour.match(/-?[\d.]+/g)?.map(Number) ?? [];
  if (colour.startsWith('color(srgb')) {
    const [r, g, b, alpha = 1] = numbers;
    return [r * 255, g * 255, b * 255, alpha];
  }
  assert.match(colour, /^rgba?\(/, `a colour: ${colour}`);
  const [r, g, b, alpha = 1] = numbers;
  return [r, g, b, alpha];
}

/// The colour as seen: `colour` with its alpha (times `opacity`) over an opaque `background`.
function over(colour, background, opacity = 1) {
  const [r, g, b, alpha] = parse(colour);
  const base = parse(background);
  const a = alpha * opacity;
  return [r, g, b].map((c, i) => c * a + base[i] * (1 - a));
}

/// WCAG 2 relative luminance of [r, g, b] in 0..255.
function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/// WCAG 2 contrast ratio of a colour (with alpha and opacity) against an opaque background.
function contrast(colour, background, opacity = 1) {
  const fg = luminance(over(colour, background, opacity));
  const bg = luminance(over(background, 'rgb(255, 255, 255)'));
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

const round = (ratio) => Math.floor(ratio * 100) / 100;

test('the contrast sums follow WCAG 2', () => {
  assert.equal(round(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')), 21);
  assert.equal(round(contrast('rgb(118, 118, 118)', 'rgb(255, 255, 255)')), 4.54);
  assert.equal(round(contrast('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')), 1);
  assert.equal(round(contrast('color(srgb 1 1 1)', 'rgb(0, 0, 0)')), 21);
});

/// Fails with every pair below its minimum at once, and reports every ratio.
function expectRatios(t, rows) {
  for (const row of rows) t.diagnostic(`${row.name}: ${round(row.ratio)}:1 (minimum ${row.minimum}:1)`);
  const failing = rows.filter((row) => !(row.ratio >= row.minimum)).map((row) => `${row.name}: ${round(row.ratio)}`);
  assert.deepEqual(failing, [], 'colour pairs below their minimum contrast');
}

test('text and links have 4.5:1 against their backgrounds', async (t) => {
  const page = await browser().newPage();
  await visit(page, '?p=organisatie&id=uwv');
  const colours = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    // A token as the browser resolves it, through the theme's tokens and our fallbacks.
    const token = (name) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${name})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    return {
      page: style('body').backgroundColor,
      text: style('main').color,
      heading: style('main h1').color,
      link: style('main a[href]').color,
      muted: style('main .muted').color,
      header: style('.site-header').backgroundColor,
      headerText: style('.site-header .brand').color,
      footer: style('.site-footer').color,
      visited: token('--bzu-color-link-visited'),
      surface: token('--bzu-color-surface'),
      error: token('--bzu-color-error'),
      notice: token('--bzu-color-notice'),
      warning: token('--bzu-color-warning'),
      room: token('--bzu-color-room'),
      tight: token('--bzu-color-tight'),
      full: token('--bzu-color-full'),
    };
  });
  const text = (name, fg, bg) => ({ name, ratio: contrast(colours[fg], colours[bg]), minimum: 4.5 });
  expectRatios(t, [
    text('text on page', 'text', 'page'),
    text('heading on page', 'heading', 'page'),
    text('link on page', 'link', 'page'),
    text('visited link on page', 'visited', 'page'),
    text('muted text on page', 'muted', 'page'),
    text('footer text on page', 'footer', 'page'),
    text('header text on header', 'headerText', 'header'),
    text('error text on page', 'error', 'page'),
    text('text on surface', 'text', 'surface'),
    text('link on surface', 'link', 'surface'),
    text('muted text on surface', 'muted', 'surface'),
    text('text on notice', 'text', 'notice'),
    text('text on warning', 'text', 'warning'),
    text('text on band "ruim"', 'text', 'room'),
    text('text on band "krap"', 'text', 'tight'),
    text('text on band "vol"', 'text', 'full'),
  ]);
  await page.close();
});

test('the focus ring has 3:1 against the page and against the header', async (t) => {
  const page = await browser().newPage();
  await visit(page, '');
  // The ring is two colours (an outline around a box-shadow); the one next to the background
  // differs per background, so at least one of the two must stand out against it.
  const ring = async () => page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    let behind = element;
    while (behind && getComputedStyle(behind).backgroundColor.match(/^rgba\(.*, 0\)$|transparent/)) {
      behind = behind.parentElement;
    }
    const within = element.closest('.site-header') ? 'header' : 'page';
    return {
      within,
      text: element.textContent.trim().slice(0, 30),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outline: style.outlineColor,
      shadow: style.boxShadow.match(/rgba?\([^)]*\)|color\([^)]*\)/)?.[0] ?? 'rgba(0, 0, 0, 0)',
      background: getComputedStyle(behind ?? document.body).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
  const rows = [];
  const seen = new Set();
  for (let presses = 0; presses < 40 && seen.size < 2; presses++) {
    await page.keyboard.press('Tab');
    const focused = await ring();
    if (focused.within === 'page' && presses === 0) continue; // the skip link has its own background
    if (seen.has(focused.within)) continue;
    seen.add(focused.within);
    assert.notEqual(focused.outlineStyle, 'none', `a visible outline on "${focused.text}"`);
    assert.ok(focused.outlineWidth >= 2, `an outline of at least 2px on "${focused.text}"`);
    // Outside the element: the header's background, or the page's for links in the content.
    const background = focused.within === 'header' ? focused.background : focused.page;
    rows.push({
      name: `focus ring on ${focused.within} ("${focused.text}")`,
      ratio: Math.max(contrast(focused.outline, background), contrast(focused.shadow, background)),
      minimum: 3,
    });
  }
  assert.deepEqual([...seen].sort(), ['header', 'page'], 'a focusable link in the header and in the page');
  expectRatios(t, rows);
  await page.close();
});

// The classes graph_core::scene gives the map's layers (node_class, edge_class) and the rings.
const NODE_CLASSES = [
  'node node-org band-room', 'node node-org band-tight', 'node node-org band-full',
  'node node-org band-unknown', 'node node-ministry', 'node node-task', 'node node-group',
  'node node-register',
];
const EDGE_CLASSES = [
  'edge edge-ministry', 'edge edge-task', 'edge edge-group', 'edge edge-register', 'edge edge-chain',
  'edge edge-strong', 'selected-ring', 'focus-ring',
];

test('map nodes, edges and rings have 3:1 against the map background', async (t) => {
  const page = await browser().newPage();
  await visit(page, '?p=landschap');
  await page.locator('#landschap-kaart svg .nodes path').first().waitFor();
  // Every class is measured on a probe in the real map, so kinds the current view does not
  // draw are checked too; the drawn layers must use the same classes.
  const measured = await page.evaluate(([nodeClasses, edgeClasses]) => {
    const svg = document.querySelector('#landschap-kaart svg');
    const drawn = [...svg.querySelectorAll('.nodes path, .edges path')].map((path) => path.getAttribute('class'));
    let behind = svg;
    while (getComputedStyle(behind).backgroundColor.match(/^rgba\(.*, 0\)$|transparent/)) behind = behind.parentElement;
    const measure = (className) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      probe.setAttribute('class', className);
      probe.setAttribute('d', 'M0 0');
      svg.append(probe);
      const style = getComputedStyle(probe);
      const result = {
        className,
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: parseFloat(style.strokeWidth),
        fillOpacity: Number(style.fillOpacity) * Number(style.opacity),
        strokeOpacity: Number(style.strokeOpacity) * Number(style.opacity),
      };
      probe.remove();
      return result;
    };
    return {
      drawn,
      background: getComputedStyle(behind).backgroundColor,
      nodes: nodeClasses.map(measure),
      edges: edgeClasses.map(measure),
    };
  }, [NODE_CLASSES, EDGE_CLASSES]);
  const known = new Set([...NODE_CLASSES, ...EDGE_CLASSES]);
  assert.deepEqual(measured.drawn.filter((name) => !known.has(name)), [], 'layers with a class this test does not know');
  assert.ok(measured.drawn.length >= 5, 'the map is drawn');
  const paint = (colour) => (colour === 'none' ? 'rgba(0, 0, 0, 0)' : colour);
  const rows = [];
  for (const node of measured.nodes) {
    // A node stands out by its fill, or by an outline of at least 2px (the light-filled kinds).
    const fill = contrast(paint(node.fill), measured.background, node.fillOpacity);
    const outline = node.strokeWidth >= 2 ? contrast(paint(node.stroke), measured.background, node.strokeOpacity) : 0;
    rows.push({ name: node.className, ratio: Math.max(fill, outline), minimum: 3 });
  }
  for (const edge of measured.edges) {
    rows.push({ name: edge.className, ratio: contrast(paint(edge.stroke), measured.background, edge.strokeOpacity), minimum: 3 });
  }
  expectRatios(t, rows);
  await page.close();
});
