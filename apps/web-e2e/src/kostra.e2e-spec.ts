import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, menuItems, signIn } from './support/session';

// The sample answer from SSB the API tests also import (JSON-stat 2.0, table 12209).
const SAMPLE = readFileSync(
  join(__dirname, '..', '..', 'api', 'test', 'fixtures', 'kostra', 'sample-12209.json'),
);

describe('the KOSTRA page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleProblems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it('the coordinator imports a file from SSB and sees the report and the comparison', async () => {
    await signIn(page, DEMO_USERS.coordinator);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'KOSTRA' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'KOSTRA-sammenligning' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Fil (JSON-stat 2.0)').setInputFiles({
      name: 'sample-12209.json',
      mimeType: 'application/json',
      buffer: SAMPLE,
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Importert: sample-12209.json' }).waitFor();
    // new, unchanged, corrected, skipped: all 48 figures are new, or unchanged when the
    // integration tests (same database in a full run) imported the sample before
    const [added, unchanged, corrected, skipped] = (
      await page.locator('.kostra-report dd').allTextContents()
    ).map(Number);
    expect(added + unchanged).toBe(48);
    expect([corrected, skipped]).toEqual([0, 0]);

    const table = page.getByRole('table', {
      name: /Andel brukerrettede årsverk med helsefaglig utdanning i omsorgstjenesten \(prosent\) per år/,
    });
    await table.waitFor();
    const gjovik = await table
      .getByRole('row', { name: /^Gjøvik/ })
      .getByRole('cell')
      .allTextContents();
    expect(gjovik).toEqual(['73,9', '71,8', '77,8']);
    const region = await table
      .getByRole('row', { name: /^Regionen \(beregnet\)/ })
      .getByRole('cell')
      .allTextContents();
    expect(region).toEqual(['73,7 (5 kommuner)', '74,8 (5 kommuner)', '75,0 (5 kommuner)']);
    const perUser = page.getByRole('table', { name: /Årsverk per bruker/ });
    expect(
      await perUser
        .getByRole('row', { name: /^Landet/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['0,62', '0,61', '0,71']);
    await page.getByRole('img', { name: /Linjediagram: Andel brukerrettede/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('a board member sees the comparison and the own figure with its explanation, no import', async () => {
    await signIn(page, DEMO_USERS.board);
    expect(await menuItems(page)).toContain('KOSTRA');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'KOSTRA' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'KOSTRA-sammenligning' }).waitFor();
    await page.getByRole('heading', { name: /Tjenestens eget tall ved siden av SSBs/ }).waitFor();
    await page.getByText(/^Ulik populasjon:/).waitFor();
    await page.getByText(/^Yrke i stedet for utdanning:/).waitFor();
    expect(await page.getByRole('heading', { name: 'Importer KOSTRA-tall' }).count()).toBe(0);

    await page.getByLabel('Kommune').selectOption({ label: 'Søndre Land (3447)' });
    const table = page.getByRole('table', { name: /Årsverk per bruker/ });
    await table.waitFor();
    expect(
      await table
        .getByRole('row', { name: /^Søndre Land/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['0,46', '0,71', '..']);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
