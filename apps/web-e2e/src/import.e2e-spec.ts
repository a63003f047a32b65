import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, tokenFor, uniqueSuffix, unitId } from './support/api';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

interface Fixture {
  employeeId: string;
  employeeNumber: string;
  competenceName: string;
}

/** An employee of Gjøvik and a competence, so the qualifications file has something to attach to. */
async function createFixture(): Promise<Fixture> {
  const suffix = uniqueSuffix();
  const competenceName = `Sondeernæring E2E ${suffix}`;
  await graphql(
    `
      mutation ($input: CreateCompetenceInput!) {
        createCompetence(input: $input) {
          id
        }
      }
    `,
    { input: { name: competenceName, area: 'E2E-testing', buildingBlock: 'SKILLS' } },
    await tokenFor(DEMO_USERS.coordinator),
  );
  const employeeNumber = `E2I${suffix}`;
  const { createEmployee } = await graphql<{ createEmployee: { id: string } }>(
    `
      mutation ($input: CreateEmployeeInput!) {
        createEmployee(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        unitId: await unitId('3407', 'Hjemmetjenesten Gjøvik'),
        employeeNumber,
        givenName: 'Ida',
        familyName: `Importsen ${suffix}`,
        fte: 100,
        employmentType: 'PERMANENT',
      },
    },
    await tokenFor(DEMO_USERS.hrGjovik),
  );
  return { employeeId: createEmployee.id, employeeNumber, competenceName };
}

/** Semicolon-separated, Norwegian headers and dates, as HR systems export. */
function qualificationsCsv(rows: string[][]): Buffer {
  const header = ['Ansattnummer', 'Kvalifikasjon', 'Type', 'Oppnådd dato', 'Kompetanse', 'Nivå'];
  return Buffer.from(`${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`, 'utf8');
}

describe('the import wizard', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleProblems: string[];
  let fixture: Fixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixture = await createFixture();
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

  async function chooseFile(name: string, buffer: Buffer): Promise<void> {
    await page.getByRole('radio', { name: /^Kvalifikasjoner/ }).check();
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer,
    });
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
  }

  it('checks a qualifications file first, then imports it', async () => {
    await signIn(page, DEMO_USERS.hrGjovik);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import fra HR-systemet' }).waitFor();
    expect(await page.getByLabel('Kommune').inputValue()).toBe('3407');
    expect(await accessibilityViolations(page)).toEqual([]);

    await chooseFile(
      'kvalifikasjoner.csv',
      qualificationsCsv([
        [
          fixture.employeeNumber,
          'Sondeernæring kurs',
          'Kurs',
          '03.02.2026',
          fixture.competenceName,
          '3',
        ],
      ]),
    );
    const preview = page.getByRole('region', { name: 'Resultat av kontrollen' });
    await preview.waitFor();
    const newCount = preview.getByRole('definition').first();
    expect((await newCount.textContent())?.trim()).toBe('1');
    await preview.getByText(fixture.employeeNumber).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await preview.getByRole('button', { name: 'Importer' }).click();
    const done = page.getByRole('region', { name: 'Importen er fullført' });
    await done.waitFor();
    await done.getByText('Opprettet').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(page.url().replace(/\/import$/, `/ansatte/${fixture.employeeId}`));
    await page
      .getByRole('region', { name: 'Formell kompetanse' })
      .getByText('Sondeernæring kurs')
      .waitFor();
    expect(consoleProblems).toEqual([]);
  });

  it('lists every error with its row and column and offers no import', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, '/import');
    await chooseFile(
      'feil.csv',
      qualificationsCsv([
        [fixture.employeeNumber, 'HLR', 'Sertifikat', '01.02.2026', fixture.competenceName, '2'],
        ['FINNES-IKKE-999', 'HLR', 'Sertifikat', '01.02.2026', fixture.competenceName, '2'],
        [fixture.employeeNumber, 'HLR', 'Sertifikat', '31.02.2026', fixture.competenceName, '2'],
      ]),
    );
    const errors = page.getByRole('region', { name: /feil i filen/ });
    await errors.waitFor();
    const rows = errors.getByRole('table').getByRole('row');
    const cells = await rows.nth(1).getByRole('cell').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('Ansattnummer');
    await errors.getByRole('cell', { name: '4', exact: true }).waitFor();
    await errors
      .getByText('Ingenting blir lagret før alle feilene er rettet.', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Importer' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The API answers a report with errors as 422, which Chromium logs as a failed resource;
    // that status is the expected answer here, anything else is a real problem.
    expect(consoleProblems.filter((problem) => !/status of 422/.test(problem))).toEqual([]);
  });

  it('refuses a file that is not CSV or XLSX before uploading it', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, '/import');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'ansatte.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await page.getByText('Velg en CSV- eller XLSX-fil.').waitFor();
    const input = page.getByLabel('Fil', { exact: true });
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
