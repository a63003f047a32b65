import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';

describe('home page', () => {
  let browser: Browser;
  let page: Page;
  let consoleProblems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await page.close();
  });

  it('lists the five municipalities of the region in Norwegian', async () => {
    await page.goto(baseUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    const list = page.getByRole('main');
    for (const name of ['Gjøvik', 'Østre Toten', 'Vestre Toten', 'Søndre Land', 'Nordre Land']) {
      await list.getByText(name, { exact: true }).waitFor();
    }
    await expect(page.getByText('3407').count()).resolves.toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('opens a municipality and shows its units', async () => {
    await page.goto(baseUrl());
    await page
      .getByRole('link', { name: /Gjøvik/ })
      .first()
      .click();
    await page.getByText('Hjemmetjenesten Gjøvik', { exact: true }).waitFor();
    expect(page.url()).toMatch(/\/kommuner\/3407$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
