import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { graphql, tokenFor, uniqueSuffix } from './support/api';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

const CREATE = `mutation ($input: CreateCompetenceInput!) { createCompetence(input: $input) { id version } }`;
const UPDATE = `mutation ($input: UpdateCompetenceInput!) { updateCompetence(input: $input) { id version } }`;

describe('the competence catalogue', () => {
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

  it('lets a unit leader browse and filter it, and read a level scale, but not edit', async () => {
    const coordinator = await tokenFor(DEMO_USERS.coordinator);
    const name = `Forflytning E2E ${uniqueSuffix()}`;
    await graphql(
      CREATE,
      { input: { name, area: 'E2E-testing', buildingBlock: 'SKILLS' } },
      coordinator,
    );

    await signIn(page, DEMO_USERS.leaderHomeCareGjovik);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Kompetansekatalog' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kompetansekatalog' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    expect((await table.getByRole('columnheader').allTextContents()).map((h) => h.trim())).toEqual([
      'Kompetanse',
      'Område',
      'Byggestein',
      'Satsingsområder',
      'Gyldighet',
    ]);
    expect(await page.getByRole('link', { name: 'Ny kompetanse' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Byggestein').selectOption({ label: 'Ferdigheter' });
    await page.getByLabel('Søk i navn og beskrivelse').fill(name);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL(/byggestein=ferdigheter/);
    await table.getByRole('link', { name }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    const scale = page.getByRole('region', { name: 'Nivåskala' }).getByRole('table');
    await scale.waitFor();
    expect(await scale.getByRole('row').count()).toBe(6); // header and levels 0–4
    expect(await page.getByRole('link', { name: 'Endre' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('lets the regional coordinator add an entry, with errors next to the fields', async () => {
    await signIn(page, DEMO_USERS.coordinator, '/katalog');
    await page.getByRole('link', { name: 'Ny kompetanse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny kompetanse' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Skriv inn et navn.').waitFor();
    await page.getByText('Velg eller skriv inn et område.').waitFor();
    const nameField = page.getByLabel('Navn', { exact: true });
    expect(await nameField.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    const name = `Palliasjon E2E ${uniqueSuffix()}`;
    await nameField.fill(name);
    await page.getByLabel('Beskrivelse', { exact: true }).fill('Lindrende behandling og omsorg.');
    await page.getByLabel('Byggestein').selectOption({ label: 'Kunnskaper' });
    await page.getByLabel('Område', { exact: true }).fill('E2E-testing');
    await page.getByLabel('Satsingsområder').fill('Leve hele livet, Kompetanseløft 2025');
    await page.getByLabel('Gyldighet i måneder').fill('24');
    await page.getByRole('button', { name: 'Lagre' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Kompetansen er lagt til i katalogen.').waitFor();
    await page.getByText('24 måneder').waitFor();
    await page.getByText('Leve hele livet, Kompetanseløft 2025').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The API's own field error (a name already in the catalogue) lands next to the field.
    await page.goto(page.url().replace(/\/katalog\/.*$/, '/katalog/ny'));
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Område', { exact: true }).fill('E2E-testing');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page
      .getByText(`Det finnes allerede en kompetanse med navnet «${name}» i katalogen`)
      .waitFor();
    expect(await page.getByLabel('Navn', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(consoleProblems).toEqual([]);
  });

  it('tells the coordinator when someone else changed the entry meanwhile', async () => {
    const coordinator = await tokenFor(DEMO_USERS.coordinator);
    const name = `Ernæring E2E ${uniqueSuffix()}`;
    const { createCompetence } = await graphql<{
      createCompetence: { id: string; version: number };
    }>(CREATE, { input: { name, area: 'E2E-testing', buildingBlock: 'KNOWLEDGE' } }, coordinator);
    await signIn(page, DEMO_USERS.coordinator, `/katalog/${createCompetence.id}/endre`);
    await page.getByRole('heading', { level: 1, name: `Endre ${name}` }).waitFor();

    // Someone else saves first.
    await graphql(
      UPDATE,
      {
        input: {
          id: createCompetence.id,
          version: createCompetence.version,
          description: 'Endret av en annen.',
        },
      },
      coordinator,
    );
    await page.getByLabel('Beskrivelse', { exact: true }).fill('Min endring.');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page
      .getByRole('alert')
      .getByText('Noen andre har endret kompetansen', { exact: false })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Last inn siste versjon' }).click();
    const description = page.getByLabel('Beskrivelse', { exact: true });
    await expectValue(description, 'Endret av en annen.');
    await description.fill('Min endring, gjort på nytt.');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    await page.getByText('Min endring, gjort på nytt.').waitFor();
    expect(consoleProblems).toEqual([]);
  });
});

/** Waits for a form control to show a value (the form is refilled after a reload). */
async function expectValue(locator: Locator, expected: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if ((await locator.inputValue()) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await locator.inputValue()).toBe(expected);
}
