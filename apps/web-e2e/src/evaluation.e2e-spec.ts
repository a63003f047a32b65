import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

/** Waits until nothing on the page is loading, so the accessibility scan sees it settled. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('main .state--loading, main [aria-busy="true"]'),
  );
}

describe('evaluation', () => {
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
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it('shows a board member run charts with signals in words, a table, and rounded figures', async () => {
    await signIn(page, DEMO_USERS.board, '/logg-inn?neste=%2Fevaluering');
    await page.getByRole('heading', { level: 1, name: 'Evaluering' }).waitFor();
    await page
      .getByLabel('Indikator', { exact: true })
      .selectOption({ label: 'Andel årsverk med helsefaglig utdanning' });
    const series = page.getByRole('region', {
      name: /^Andel årsverk med helsefaglig utdanning – Hele regionen$/,
    });
    await series
      .getByRole('img', { name: /^Serieplott for Andel årsverk med helsefaglig utdanning/ })
      .waitFor();
    expect(await series.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    await series.getByText(/^Tallene bygger på avrundede antall personer/).waitFor();
    await series.getByRole('heading', { name: 'Signaler' }).waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await series.getByRole('button', { name: 'Tabell' }).click();
    const table = series.getByRole('table', {
      name: 'Målinger for Andel årsverk med helsefaglig utdanning',
    });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(12);
    await table.getByText('i grunnlinjen').first().waitFor();
    // a board member enters nothing
    expect(await page.getByRole('button', { name: 'Lagre måling' }).count()).toBe(0);
    expect(consoleProblems).toEqual([]);
  });

  it('lets HR enter a value for their municipality, refusing a future date', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, '/logg-inn?neste=%2Fevaluering');
    await page.getByRole('heading', { level: 1, name: 'Evaluering' }).waitFor();
    await page.getByLabel('Sted').selectOption({ label: 'Gjøvik (hele kommunen)' });
    await page.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Sykefravær' });
    const series = page.getByRole('region', { name: 'Sykefravær – Gjøvik' });
    await series.getByRole('heading', { name: 'Registrer en måling' }).waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await series.getByLabel('Verdi (%)').fill('8,25');
    await series.getByLabel('Dato').fill('2099-01-31');
    await series.getByRole('button', { name: 'Lagre måling' }).click();
    await series.getByText('Verdien kan ha høyst 1 desimal.').waitFor();
    await series.getByText('Datoen kan ikke være etter i dag.').waitFor();

    await series.getByLabel('Verdi (%)').fill('8,2');
    await series.getByLabel('Dato').fill('2025-12-31');
    await series.getByRole('button', { name: 'Lagre måling' }).click();
    await series.getByRole('status').getByText('Målingen er lagret.').waitFor();
    expect(consoleProblems).toEqual([]);
  });

  it('shows the September meeting for the region and every municipality, printable and exportable', async () => {
    await signIn(page, DEMO_USERS.coordinator, '/logg-inn?neste=%2Fevaluering%2Fseptember');
    await page.getByRole('heading', { level: 1, name: 'Septembermøtet' }).waitFor();
    for (const name of ['Hele regionen', 'Gjøvik', 'Østre Toten']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.getByRole('table', { name: 'Grunnlinje mot nå for Gjøvik' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    const csv = page.getByRole('link', { name: 'Last ned CSV' });
    expect(await csv.getAttribute('href')).toMatch(
      /^\/api\/exports\/september-view\?indicatorIds=.+&format=csv$/,
    );
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(consoleProblems).toEqual([]);
  });
});
