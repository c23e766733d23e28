// Shared set-up for the end-to-end tests: a real headless Chromium from Debian, driven by
// playwright-core, a page that fails the test on any script error or console error, a log of every
// request, and an axe-core check.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';

export const BASE_URL = process.env.BZU_BASE_URL ?? 'http://127.0.0.1:8080/';
/// The answers of a whole stappenplan (the energietoeslag), for views that need a proposal.
export const ANSWERS = 'v=1&ti=Energietoeslag&mi=szw&ta=UIT&dg=B&re=brp.bri&fte=12%2C5&pe=2028';
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'bzu-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  const newPage = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      dialog.dismiss();
    });
    return page;
  };
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, newPage, requests, problems, close };
}

/// Opens a view of the app and waits until the app has rendered its heading.
export async function visit(page, query = '') {
  await page.goto(new URL(query, BASE_URL).href);
  await page.locator('main h1').first().waitFor();
}

/// Fails on any WCAG 2.0/2.1 A or AA violation axe-core finds on the page.
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
  return results.passes.length;
}

/// Parses a CSV file of data/ (RFC 4180, comma) into objects, for expected values.
export function readData(name) {
  const text = readFileSync(join(ROOT, 'data', name), 'utf8').replace(/^\uFEFF/, '');
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field); field = '';
      if (record.some((cell) => cell.trim() !== '')) records.push(record);
      record = [];
    } else field += c;
  }
  record.push(field);
  if (record.some((cell) => cell.trim() !== '')) records.push(record);
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name.trim(), (row[i] ?? '').trim()])));
}

/// Only the app's own origin (and inline data: URLs) may ever be requested.
export function foreignRequests(requests) {
  const own = new URL(BASE_URL).origin;
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== own);
}

/// One browser for all tests of a file; afterwards, fails on foreign requests and script errors.
export function sharedBrowser() {
  let browser;
  before(async () => { browser = await openBrowser(); });
  after(async () => {
    // Close first: a failed check must not leave Chromium running and the test file hanging.
    const { requests, problems } = browser;
    await browser.close();
    assert.deepEqual(foreignRequests(requests), [], 'requests to other origins');
    assert.deepEqual(problems, [], 'script or console errors');
  });
  return () => browser;
}

/// Presses Tab until the element matching `selector` has focus (keyboard only, no clicks).
export async function tabTo(page, selector) {
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/// Submits the current step of the stappenplan with the keyboard; with `expectedStep`, waits
/// until that step is shown and the focus is on its question, so screen readers announce it.
export async function nextStep(page, expectedStep) {
  await tabTo(page, 'form.step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  if (expectedStep) {
    await page.waitForURL(new RegExp(`n=${expectedStep}(&|$)`));
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }
}
