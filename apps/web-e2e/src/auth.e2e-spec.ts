import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, fillSignInForm, menuItems, signIn } from './support/session';

describe('signing in and out', () => {
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
    // A context per test: its own cookies, so sessions never leak between tests.
    context = await browser.newContext();
    page = await context.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it('keeps the public front page open and shows only Hjem and a sign-in link', async () => {
    await page.goto(baseUrl());
    await page.getByRole('main').getByText('Gjøvik', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Logg inn' }).waitFor();
    expect(await menuItems(page)).toEqual(['Hjem']);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('explains empty fields next to them and moves focus to the first', async () => {
    await page.goto(`${baseUrl()}/logg-inn`);
    await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
    const email = page.getByLabel('E-postadresse');
    await page.getByText('Skriv inn e-postadressen din.').waitFor();
    await page.getByText('Skriv inn passordet ditt.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('shows the Norwegian error for a wrong password and stays signed out', async () => {
    await page.goto(`${baseUrl()}/logg-inn`);
    await fillSignInForm(page, DEMO_USERS.leaderHomeCareGjovik, 'feil-passord');
    const alert = page.getByRole('alert');
    await alert.getByText('Feil e-postadresse eller passord.').waitFor();
    expect(await page.getByLabel('Passord').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    expect(page.url()).toMatch(/\/logg-inn$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('sends a signed-out visitor to sign in and back to the page afterwards', async () => {
    await page.goto(`${baseUrl()}/katalog?sok=demens`);
    await page.waitForURL(/\/logg-inn\?neste=/);
    expect(new URL(page.url()).searchParams.get('neste')).toBe('/katalog?sok=demens');
    await page.getByText('Siden du prøvde å åpne krever innlogging.', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await fillSignInForm(page, DEMO_USERS.leaderHomeCareGjovik, 'reks-demo-2026');
    await page.waitForURL(/\/katalog\?sok=demens$/);
    await page.getByRole('heading', { level: 1, name: 'Kompetansekatalog' }).waitFor();
    expect(consoleProblems).toEqual([]);
  });

  it("shows a unit leader's name, the menu for the role, and signs out", async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik);
    const header = page.getByRole('banner');
    await header.getByText('Lars Leder').waitFor();
    expect(await menuItems(page)).toEqual([
      'Hjem',
      'Ansatte',
      'Kompetansekatalog',
      'Kompetansegap',
      'Kompetansekrav',
      'Tiltaksplaner',
      'Evaluering',
      'KOSTRA',
      'Medarbeidersamtaler',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await header.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('status').getByText('Du er logget ut.').waitFor();
    expect(page.url()).toMatch(/\/logg-inn$/);
    expect(await menuItems(page)).toEqual(['Hjem']);
    expect(await header.getByText('Lars Leder').count()).toBe(0);

    // The session is really gone: a page that needs it sends us to sign in again.
    await page.goto(`${baseUrl()}/ansatte`);
    await page.waitForURL(/\/logg-inn\?neste=%2Fansatte$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('gives HR the import menu item', async () => {
    await signIn(page, DEMO_USERS.hrGjovik);
    expect(await menuItems(page)).toEqual([
      'Hjem',
      'Ansatte',
      'Kompetansekatalog',
      'Kompetansegap',
      'Kompetansekrav',
      'Tiltaksplaner',
      'Evaluering',
      'KOSTRA',
      'Import',
      'Logg',
      'Medarbeidersamtaler',
    ]);
    expect(consoleProblems).toEqual([]);
  });

  it('hides Ansatte from a board member and answers "Ingen tilgang" at /ansatte', async () => {
    await signIn(page, DEMO_USERS.board);
    expect(await menuItems(page)).toEqual([
      'Hjem',
      'Kompetansekatalog',
      'Kompetansegap',
      'Kompetansekrav',
      'Tiltaksplaner',
      'Evaluering',
      'KOSTRA',
      'Medarbeidersamtaler',
    ]);
    await page.goto(`${baseUrl()}/ansatte`);
    await page.getByRole('heading', { level: 1, name: 'Ingen tilgang' }).waitFor();
    await page.getByText('Du er logget inn som Sigurd Styremedlem', { exact: false }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
