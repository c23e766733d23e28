// The stappenplan: a keyboard-only walk through all eight steps to the report, deep links, back
// and reload, errors next to the field, live re-ranking by weight, the print stylesheet, axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visit, expectAccessible, BASE_URL, sharedBrowser, tabTo, nextStep, ANSWERS } from './browser.mjs';

const browser = sharedBrowser();

test('a keyboard-only walk through the eight steps ends in a report with the expected top candidate', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=stap&n=1');
  await expectAccessible(page, 'stap 1');

  // Step 1: without a task type, the error summary appears, takes focus and links to the field.
  await nextStep(page);
  await page.locator('#foutsamenvatting').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'foutsamenvatting');
  assert.match(await page.locator('#foutsamenvatting').textContent(), /Kies minstens één taaktype/);
  assert.equal(await page.locator('#foutsamenvatting a').getAttribute('href'), '#taken');
  await expectAccessible(page, 'stap 1 met fout');

  await tabTo(page, '#titel');
  await page.keyboard.type('Subsidieregeling verduurzaming mkb');
  await tabTo(page, '#ministerie');
  await page.keyboard.type('Ministerie van Klimaat');
  assert.match(page.url(), /mi=kgg/);
  await tabTo(page, '#taak-SUB');
  await page.keyboard.press('Space');
  await tabTo(page, '#periode');
  await page.keyboard.type('2027');
  assert.match(page.url(), /pe=2027/);
  await nextStep(page, 2);
  assert.equal(await page.locator('main h1').textContent(), 'Voor wie is de uitvoering?');

  // Step 2.
  await expectAccessible(page, 'stap 2');
  await tabTo(page, '#doelgroep-O');
  await page.keyboard.press('Space');
  await nextStep(page, 3);

  // Step 3.
  await expectAccessible(page, 'stap 3');
  await tabTo(page, '#register-hr');
  await page.keyboard.press('Space');
  await page.locator('#gegevensaansluiting tbody tr').first().waitFor();
  await nextStep(page, 4);

  // Step 4: the candidates, live.
  await expectAccessible(page, 'stap 4');
  assert.equal(await page.locator('#kandidaten tbody tr').first().getAttribute('data-id'), 'rvo');
  await nextStep(page, 5);

  // Step 5: the need, with a decimal comma.
  await expectAccessible(page, 'stap 5');
  await tabTo(page, '#fte');
  await page.keyboard.type('15');
  await page.waitForURL(/fte=15/);
  await nextStep(page, 6);
  await expectAccessible(page, 'stap 6');
  await nextStep(page, 7);
  await expectAccessible(page, 'stap 7');
  await nextStep(page, 8);
  await expectAccessible(page, 'stap 8');
  await tabTo(page, 'form.step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/p=rapport/);

  // The report.
  await page.locator('#rangorde tbody tr').first().waitFor();
  assert.equal(await page.locator('#rangorde tbody tr').first().getAttribute('data-id'), 'rvo');
  assert.match(await page.locator('#oordeel').textContent(), /de best passende is Rijksdienst voor Ondernemend Nederland/);
  assert.ok(await page.locator('#checklist tbody tr').count() >= 7);
  await expectAccessible(page, 'rapport');
  await page.close();
});


test('a deep link opens a step pre-filled; back goes one step back; reload keeps the answers', async () => {
  const page = await browser().newPage();
  await visit(page, `?p=stap&n=5&${ANSWERS}`);
  assert.equal(await page.locator('#fte').inputValue(), '12,5');
  assert.ok(await page.locator('#capaciteit-kandidaten tbody tr').count() > 0);

  // The back link of a deep-linked step goes to the previous step with the same answers.
  await page.locator('a.back-link').click();
  await page.waitForURL(/n=4/);
  assert.match(page.url(), /ta=UIT/);
  // Forward with the button, then the browser's back button returns to step 4.
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await page.waitForURL(/n=5/);
  await page.goBack();
  await page.waitForURL(/n=4/);
  assert.equal(await page.locator('main h1').textContent(), 'Welke organisaties passen bij de taak?');

  // Reload keeps the answers.
  await page.reload();
  await page.locator('#kandidaten tbody tr').first().waitFor();
  assert.match(page.url(), /ti=Energietoeslag/);

  // Opening the stappenplan without answers restores the saved ones.
  await visit(page, '?p=stap&n=1');
  await page.getByText('Uw eerdere antwoorden zijn teruggezet').waitFor();
  assert.equal(await page.locator('#titel').inputValue(), 'Energietoeslag');
  // "Opnieuw beginnen" clears them.
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.waitForFunction(() => document.querySelector('#titel')?.value === '');
  await visit(page, '?p=stap&n=1');
  assert.equal(await page.locator('#titel').inputValue(), '');
  await page.close();
});

test('changing a weight on the report reorders the table at once', async () => {
  const page = await browser().newPage();
  await visit(page, `?p=rapport&${ANSWERS}`);
  const order = () => page.locator('#rangorde tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  const before = await order();
  // Make the ministry count for everything: organisations under SZW come first.
  for (const id of ['gewicht-taak', 'gewicht-doelgroep', 'gewicht-gegevens']) {
    await page.locator(`#${id}`).fill('0');
    await page.locator(`#${id}`).dispatchEvent('change');
  }
  await page.waitForFunction((b) => {
    const now = [...document.querySelectorAll('#rangorde tbody tr')].map((r) => r.dataset.id);
    return now.join() !== b.join();
  }, before);
  const after = await order();
  assert.notDeepEqual(after, before);
  assert.match(page.url(), /w=0\.0\.0\.15/);
  await page.close();
});

test('the print stylesheet hides navigation and buttons', async () => {
  const page = await browser().newPage();
  await visit(page, `?p=rapport&${ANSWERS}`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.button-group').first().isVisible(), false);
  assert.equal(await page.locator('#rapport-link').isVisible(), false);
  assert.equal(await page.locator('#rangorde').isVisible(), true);
  assert.equal(await page.locator('#checklist').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.site-header').isVisible(), true);
  await page.close();
});

test('exports download Markdown and JSON of the report', async () => {
  const page = await browser().newPage();
  await visit(page, `?p=rapport&${ANSWERS}`);
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.locator('#export-markdown').click()]);
  assert.equal(markdown.suggestedFilename(), 'uitvoerder-energietoeslag.md');
  const text = await (await import('node:fs/promises')).readFile(await markdown.path(), 'utf8');
  assert.match(text, /^# Beleid zoekt Uitvoerder: Energietoeslag/);
  assert.match(text, /## Checklist uitvoeringstoets/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const report = JSON.parse(await (await import('node:fs/promises')).readFile(await json.path(), 'utf8'));
  assert.equal(report.voorstel.titel, 'Energietoeslag');
  assert.ok(Array.isArray(report.kandidaten) && report.kandidaten.length > 0);
  await page.close();
});

test('a damaged link says what it ignored and shows the start page', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=stap&n=3&v=99&ta=UIT');
  await page.getByRole('alert').getByText('onbekende versie').waitFor();
  assert.equal(new URL(page.url()).origin + '/', new URL(BASE_URL).origin + '/');
  await page.close();
});

test('the report ranks by competence, cites existing schemes and keeps decentral government a route of its own', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=rapport&v=1&ti=Lening%20voor%20omscholing%20van%20volwassenen&ta=UIT.INN&dg=B&re=brp.bri&fte=30&pe=2028');
  await page.locator('#rangorde tbody tr').first().waitFor();
  // The agency that already runs a learning loan comes first, with the scheme as a reason.
  assert.equal(await page.locator('#rangorde tbody tr').first().getAttribute('data-id'), 'duo');
  const headers = await page.locator('#rangorde thead th').allTextContents();
  assert.ok(headers.includes('Regelingen') && headers.includes('Ruimte'), `table headings: ${headers}`);
  assert.match(await page.locator('#kop-redenen + details').first().textContent(), /voert al .*(Levenlanglerenkrediet|Studiefinanciering)/);
  // Example figures are marked indicative and never make the best fit "past niet".
  const room = await page.locator('#rangorde tbody tr').first().locator('.room').textContent();
  assert.ok(['ruimte', 'krap', 'vol'].includes(room.trim()), room);
  assert.match(await page.locator('#rangorde tbody tr').first().textContent(), /indicatief/);
  assert.doesNotMatch(await page.locator('#rangorde tbody tr').first().textContent(), /past niet/);
  assert.match(await page.locator('#niet-passend').textContent(), /\d+ organisaties voeren geen van de gevraagde taaktypen/);
  // Municipalities are not a national candidate; they appear in the decentral route.
  const national = await page.locator('#rangorde tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  assert.ok(!national.includes('gemeenten'), national.join());
  assert.ok(await page.locator('#decentraal tbody tr[data-id="gemeenten"]').count() === 1);
  await expectAccessible(page, 'rapport met regelingen');

  // Asking for local tailoring makes the decentral route the answer.
  await visit(page, '?p=rapport&v=1&ti=Energietoeslag%20voor%20huishoudens&ta=UIT&dg=B&re=brp.bri&vs=l');
  await page.locator('#decentraal tbody tr').first().waitFor();
  assert.match(await page.locator('#oordeel').textContent(), /Decentrale uitvoering ligt voor de hand/);
  assert.equal(await page.locator('#decentraal tbody tr').first().getAttribute('data-id'), 'gemeenten');
  assert.match(await page.locator('#checklist').textContent(), /Uitvoeringstoets decentrale overheden/);
  await page.close();
});

test('an organisation page lists the schemes it already carries out, with their sources', async () => {
  const page = await browser().newPage();
  await visit(page, '?p=organisatie&id=duo');
  await page.locator('#regelingen tbody tr').first().waitFor();
  const names = await page.locator('#regelingen tbody th').allTextContents();
  assert.ok(names.some((name) => name.startsWith('Levenlanglerenkrediet')), names.join(' | '));
  assert.ok(await page.locator('#regelingen a.source-link').count() > 0);
  await expectAccessible(page, 'organisatie met regelingen');
  await page.close();
});
