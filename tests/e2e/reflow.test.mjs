// Reflow (WCAG 1.4.10): every view at 320 CSS pixels (a phone, or 400 % zoom) and in a 640 px
// embedded column, in Dutch and English, without page-level horizontal scrolling, with every
// control inside the viewport (or inside its own labelled, focusable scroll region) and no text
// clipped by hidden overflow. And text spacing overridden (1.4.12) without clipped text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, visit, expectAccessible, ANSWERS } from './browser.mjs';

const browser = sharedBrowser();

const VIEWS = [
  ['start', ''],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`stap ${n}`, `?p=stap&n=${n}&${ANSWERS}`]),
  ['rapport', `?p=rapport&${ANSWERS}`],
  ['landschap', '?p=landschap'],
  ['landschap als tabel', '?p=landschap&weergave=tabel'],
  ['organisaties', '?p=organisaties'],
  ['organisatie', '?p=organisatie&id=uwv'],
  ['belasting', '?p=belasting'],
  ['gegevens', '?p=gegevens'],
  ['stapeling', '?p=stapeling'],
  ['over', '?p=over'],
];

/// What does not reflow on the current page: page-level overflow in pixels, controls outside the
/// viewport (unless inside a scroll region that is labelled and focusable), and elements whose
/// text is cut off by hidden overflow.
async function reflowProblems(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const visible = (el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const inScrollRegion = (el) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll'].includes(style.overflowX)) {
          const labelled = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby');
          return labelled && node.tabIndex >= 0 ? node : null;
        }
      }
      return null;
    };
    const describe = (el) => {
      const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"`;
    };
    const outside = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')) {
      // The skip link sits off screen until it has focus, by design.
      if (!visible(el) || el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      const box = el.getBoundingClientRect();
      if (box.right <= width + 1 && box.left >= -1) continue;
      const region = inScrollRegion(el);
      if (region) {
        const frame = region.getBoundingClientRect();
        if (frame.right <= width + 1 && frame.left >= -1) continue;
      }
      outside.push(`${describe(el)} at ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    const clipped = [];
    for (const el of document.querySelectorAll('main *, header *, nav *, footer *')) {
      const style = getComputedStyle(el);
      if (!['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflow)) continue;
      if (!visible(el) || el.closest('svg')) continue;
      // The visually hidden pattern (1 px, clipped) is meant for screen readers.
      if (el.getBoundingClientRect().width <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '') {
        clipped.push(`${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    // Card tables (one card per row on narrow screens) must not need their scroll region there.
    if (width <= 768) {
      for (const table of document.querySelectorAll('.stack-table')) {
        const region = table.closest('.table-region');
        if (region && region.scrollWidth > region.clientWidth + 1) {
          clipped.push(`${describe(table)} scrolls ${region.scrollWidth}>${region.clientWidth}`);
        }
      }
    }
    return { overflow, outside: outside.slice(0, 5), clipped: clipped.slice(0, 5) };
  });
}

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

for (const [width, switches, label] of [[320, '', '320 px'], [640, '&embed=1', '640 px ingebed']]) {
  for (const lang of ['', '&taal=en']) {
    test(`every view reflows at ${label}${lang ? ' in English' : ''}`, async () => {
      const page = await browser().newPage();
      await page.setViewportSize({ width, height: 900 });
      const failures = [];
      for (const [name, query] of VIEWS) {
        await visit(page, `${query || '?'}${switches}${lang}`);
        if (name.startsWith('landschap') && !query.includes('tabel')) {
          await page.locator('main svg').first().waitFor();
        }
        const found = await reflowProblems(page);
        if (found.overflow > 0 || found.outside.length || found.clipped.length) {
          failures.push(`${name}: ${found.overflow} px te breed; buiten beeld: ${found.outside.join(', ') || '—'}; afgekapt: ${found.clipped.join(', ') || '—'}`);
        }
        try {
          await expectAccessible(page, `${name} op ${label}`);
        } catch (error) {
          failures.push(`${name}: ${error.message.slice(0, 600)}`);
        }
      }
      assert.deepEqual(failures, [], `views that do not reflow at ${label}`);
      await page.close();
    });
  }
}

test('text spacing can be overridden on the report and step 4 without clipping (1.4.12)', async () => {
  const page = await browser().newPage();
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const query of [`?p=rapport&${ANSWERS}`, `?p=stap&n=4&${ANSWERS}`]) {
      await visit(page, query);
      // Through the CSS object model, as a user style sheet would: the strict CSP blocks inline
      // <style>, not style sheets built in script.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, SPACING);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main p')).letterSpacing.endsWith('px')), true);
      const found = await reflowProblems(page);
      assert.deepEqual(found.clipped, [], `${query} at ${width} px with text spacing`);
      assert.equal(found.overflow, 0, `${query} at ${width} px with text spacing: page overflow`);
    }
  }
  await page.setViewportSize({ width: 320, height: 900 });
  await visit(page, `?p=rapport&${ANSWERS}`);
  await expectAccessible(page, 'rapport op 320 px');
  await visit(page, `?p=stap&n=4&${ANSWERS}`);
  await expectAccessible(page, 'stap 4 op 320 px');
  await page.close();
});
