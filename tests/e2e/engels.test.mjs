// The English user interface (`taal=en`): a keyboard-only walk from the start page through the
// eight steps to the report, with the language kept on every address, English headings and
// buttons and no Dutch ones, Dutch data left as it is, axe on every step; the language switch
// turns the current page into the other language and keeps the page and its answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { visit, expectAccessible, sharedBrowser, tabTo, nextStep, ANSWERS } from './browser.mjs';

const browser = sharedBrowser();

/// The address still asks for English.
function assertEnglishAddress(page, where) {
  assert.equal(new URL(page.url()).searchParams.get('taal'), 'en', `taal=en kept on ${where}: ${page.url()}`);
}

async function documentLanguage(page) {
  return page.evaluate(() => document.documentElement.lang);
}

/// Words of the Dutch interface that must not show on an English page's buttons and links.
const DUTCH_CONTROLS = /Volgende|Vorige|Opnieuw beginnen|Bekijk het rapport|Vastzetten|Uitsluiten|Afdrukken|Kopieer|Terug naar/;

async function assertNoDutchControls(page, where) {
  const texts = await page.locator('main button, main a.back-link, .step-progress').allTextContents();
  const dutch = texts.filter((text) => DUTCH_CONTROLS.test(text));
  assert.deepEqual(dutch, [], `Dutch buttons or links on ${where}`);
}

const STEPS = [
  'What needs to be implemented?',
  'Who is the implementation for?',
  'What data is needed?',
  'Which organisations fit the task?',
  'How much capacity does the implementation need?',
  'Which chain partners need to take part?',
  'What form and steering does the task need?',
  'How do you weigh the parts?',
];

/// Checks the step page in English, then submits it with the keyboard.
async function checkStep(page, n) {
  assert.equal(await page.locator('main h1').textContent(), STEPS[n - 1], `heading of step ${n}`);
  assert.equal(await page.locator('.step-caption').textContent(), `Step ${n} of 8`);
  assert.equal(await page.locator('nav.step-progress').getAttribute('aria-label'), 'Steps');
  assert.equal(
    (await page.locator('form.step-form button[type="submit"]').textContent()).trim(),
    n < 8 ? 'Next step' : 'View the report',
  );
  assert.equal((await page.locator('a.back-link').textContent()).trim(), 'Previous');
  assertEnglishAddress(page, `step ${n}`);
  // The links of the progress indicator and the back link keep the language too.
  for (const href of await page.locator('.step-progress a, a.back-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    assert.match(href, /(\?|&)taal=en(&|$)/, `link ${href} on step ${n}`);
  }
  await assertNoDutchControls(page, `step ${n}`);
  await expectAccessible(page, `step ${n} (English)`);
}


test('a keyboard-only walk in English from the start page through the eight steps to the report', async () => {
  const page = await browser().newPage();
  await visit(page, '?taal=en');
  assert.equal(await documentLanguage(page), 'en');
  assert.equal(await page.locator('main h1').textContent(), 'Beleid zoekt Uitvoerder (Policy seeks Implementer)');
  assert.equal((await page.locator('main a.door[href*="p=stap"] .door-title').textContent()).trim(), 'Find an implementer');
  assert.equal((await page.locator('#taalkeuze').textContent()).trim(), 'Nederlands');
  await expectAccessible(page, 'start (English)');

  // To the step plan with Tab and Enter only.
  await tabTo(page, 'main a.door[href*="p=stap"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/p=stap/);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assertEnglishAddress(page, 'the first step');
  await checkStep(page, 1);

  // Step 1: without a task type the error summary appears in English, takes focus and links to
  // the field.
  await nextStep(page);
  await page.locator('#foutsamenvatting').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'foutsamenvatting');
  assert.equal(await page.locator('#fout-titel').textContent(), 'There is a problem');
  assert.match(await page.locator('#foutsamenvatting').textContent(), /Choose at least one task type/);
  assert.equal(await page.locator('#foutsamenvatting a').getAttribute('href'), '#taken');
  assert.match(await page.locator('#taken .field-error').textContent(), /^Error: Choose at least one task type/);
  await expectAccessible(page, 'step 1 with an error (English)');

  await tabTo(page, '#titel');
  await page.keyboard.type('Greener SMEs subsidy');
  await tabTo(page, '#ministerie');
  // Data stays Dutch: the ministries keep their Dutch names.
  await page.keyboard.type('Ministerie van Klimaat');
  assert.match(page.url(), /mi=kgg/);
  await tabTo(page, '#taak-SUB');
  await page.keyboard.press('Space');
  await tabTo(page, '#periode');
  await page.keyboard.type('2027');
  assert.match(page.url(), /pe=2027/);
  assertEnglishAddress(page, 'step 1 after answering');
  await nextStep(page, 2);

  // Step 2.
  await checkStep(page, 2);
  await tabTo(page, '#doelgroep-O');
  await page.keyboard.press('Space');
  await nextStep(page, 3);

  // Step 3.
  await checkStep(page, 3);
  await tabTo(page, '#register-hr');
  await page.keyboard.press('Space');
  await page.locator('#gegevensaansluiting tbody tr').first().waitFor();
  assertEnglishAddress(page, 'step 3 after answering');
  await nextStep(page, 4);

  // Step 4: the same candidates as in Dutch, with English buttons.
  await checkStep(page, 4);
  assert.equal(await page.locator('#kandidaten tbody tr').first().getAttribute('data-id'), 'rvo');
  assert.equal((await page.locator('#kandidaten tbody tr').first().locator('button').first().textContent()).trim(), 'Pin');
  await nextStep(page, 5);

  // Step 5.
  await checkStep(page, 5);
  await tabTo(page, '#fte');
  await page.keyboard.type('15');
  await page.waitForURL(/fte=15/);
  assertEnglishAddress(page, 'step 5 after answering');
  await nextStep(page, 6);
  await checkStep(page, 6);
  await nextStep(page, 7);
  await checkStep(page, 7);
  await nextStep(page, 8);
  await checkStep(page, 8);
  assert.match(await page.locator('.verdict-preview').textContent(), /^Provisional verdict: /);
  await tabTo(page, 'form.step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/p=rapport/);

  // The report, in English, on the same ranking.
  await page.locator('#rangorde tbody tr').first().waitFor();
  assertEnglishAddress(page, 'the report');
  assert.equal(await documentLanguage(page), 'en');
  assert.equal(await page.locator('main h1').textContent(), 'Report: Greener SMEs subsidy');
  assert.equal(await page.locator('#rangorde tbody tr').first().getAttribute('data-id'), 'rvo');
  assert.match(await page.locator('#oordeel').textContent(), /the best fit is Rijksdienst voor Ondernemend Nederland/);
  assert.equal(await page.locator('#kop-rangorde').textContent(), 'Ranking');
  assert.equal(await page.locator('#kop-redenen').textContent(), 'Why these organisations');
  assert.equal(await page.locator('#kop-alternatieven').textContent(), 'Alternatives and form');
  assert.equal(await page.locator('#kop-checklist').textContent(), 'Checklist for the uitvoeringstoets (implementation assessment)');
  const headers = await page.locator('#rangorde thead th').allTextContents();
  assert.ok(headers.includes('Feasibility') && headers.includes('Organisation'), `table headings: ${headers}`);
  assert.ok(!headers.some((text) => /Haalbaarheid|Organisatie|Let op/.test(text)), `Dutch table headings: ${headers}`);
  const buttons = (await page.locator('main button').allTextContents()).map((text) => text.trim());
  for (const label of ['Print or save as PDF', 'Download as Markdown', 'Download as JSON', 'Copy link']) {
    assert.ok(buttons.includes(label), `button "${label}" in ${buttons}`);
  }
  await assertNoDutchControls(page, 'the report');
  assert.equal((await page.locator('a.back-link').textContent()).trim(), 'Back to step 8');
  assert.match(await page.locator('a.back-link').getAttribute('href'), /(\?|&)taal=en(&|$)/);
  assert.match(await page.locator('#rangorde tbody th a').first().getAttribute('href'), /(\?|&)taal=en(&|$)/);
  const states = await page.locator('#checklist tbody td .check').allTextContents();
  assert.ok(states.length >= 7);
  assert.ok(states.every((state) => ['answered', 'to do', 'risk'].includes(state)), `checklist states: ${states}`);
  await expectAccessible(page, 'report (English)');

  // The Markdown export speaks English too; file names stay as they are.
  await tabTo(page, '#export-markdown');
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(markdown.suggestedFilename(), 'uitvoerder-greener-smes-subsidy.md');
  const text = await readFile(await markdown.path(), 'utf8');
  assert.match(text, /^# Beleid zoekt Uitvoerder \(Policy seeks Implementer\): Greener SMEs subsidy/);
  assert.match(text, /## Checklist for the uitvoeringstoets \(implementation assessment\)/);
  assert.doesNotMatch(text, /## Rangorde|Checklist uitvoeringstoets/);
  await page.close();
});


test('the language switch turns the current page into English and back, keeping the page and its answers', async () => {
  const page = await browser().newPage();
  await visit(page, `?p=stap&n=5&${ANSWERS}`);
  assert.equal(await documentLanguage(page), 'nl');
  assert.equal(await page.locator('main h1').textContent(), 'Hoeveel capaciteit vraagt de uitvoering?');
  const toEnglish = page.locator('#taalkeuze');
  assert.equal((await toEnglish.textContent()).trim(), 'English');
  assert.equal(await toEnglish.getAttribute('hreflang'), 'en');

  await toEnglish.click();
  await page.waitForURL((url) => url.searchParams.get('taal') === 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('main h1', { hasText: 'How much capacity does the implementation need?' }).waitFor();
  const english = new URL(page.url()).searchParams;
  assert.equal(english.get('p'), 'stap');
  assert.equal(english.get('n'), '5');
  assert.equal(english.get('ti'), 'Energietoeslag');
  assert.equal(await page.locator('#fte').inputValue(), '12,5');
  assert.equal((await page.locator('#taalkeuze').textContent()).trim(), 'Nederlands');
  await expectAccessible(page, 'step 5 after switching to English');

  await page.locator('#taalkeuze').click();
  await page.waitForURL((url) => !url.searchParams.has('taal'));
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  await page.locator('main h1', { hasText: 'Hoeveel capaciteit vraagt de uitvoering?' }).waitFor();
  const dutch = new URL(page.url()).searchParams;
  assert.equal(dutch.get('p'), 'stap');
  assert.equal(dutch.get('n'), '5');
  assert.equal(await page.locator('#fte').inputValue(), '12,5');
  assert.equal((await page.locator('#taalkeuze').textContent()).trim(), 'English');
  await page.close();
});
