import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, isoDateFromToday, tokenFor, uniqueSuffix, unitId } from './support/api';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

const NBSP = '\u00a0';

/** One employee in the leader's unit with formal competence, made for these tests. */
interface Fixture {
  employeeId: string;
  employeeNumber: string;
  fullName: string;
  competenceName: string;
  /** A competence where the employee has only an unconfirmed self-declaration. */
  declaredName: string;
}

async function createFixture(): Promise<Fixture> {
  const suffix = uniqueSuffix();
  const [hr, coordinator] = await Promise.all([
    tokenFor(DEMO_USERS.hrGjovik),
    tokenFor(DEMO_USERS.coordinator),
  ]);
  const competenceName = `Sårbehandling E2E ${suffix}`;
  const { createCompetence } = await graphql<{ createCompetence: { id: string } }>(
    `
      mutation ($input: CreateCompetenceInput!) {
        createCompetence(input: $input) {
          id
        }
      }
    `,
    { input: { name: competenceName, area: 'E2E-testing', buildingBlock: 'SKILLS' } },
    coordinator,
  );
  const employeeNumber = `E2E${suffix}`;
  const { createEmployee } = await graphql<{ createEmployee: { id: string; fullName: string } }>(
    `
      mutation ($input: CreateEmployeeInput!) {
        createEmployee(input: $input) {
          id
          fullName
        }
      }
    `,
    {
      input: {
        unitId: await unitId('3407', 'Hjemmetjenesten Gjøvik'),
        employeeNumber,
        givenName: 'Eira',
        familyName: `Testberg ${suffix}`,
        positionTitle: 'Sykepleier',
        professionCode: '2223',
        fte: 80.5,
        employmentType: 'PERMANENT',
        birthYear: 1985,
        startDate: '2020-01-01',
      },
    },
    hr,
  );
  const addQualification = (title: string, obtainedOn: string, expiresOn: string) =>
    graphql(
      `
        mutation ($input: AddQualificationInput!) {
          addQualification(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          employeeId: createEmployee.id,
          kind: 'CERTIFICATE',
          title,
          obtainedOn,
          expiresOn,
          competences: [{ competenceId: createCompetence.id, level: 2 }],
        },
      },
      hr,
    );
  const declaredName = `Verdighet E2E ${suffix}`;
  const declared = await graphql<{ createCompetence: { id: string } }>(
    `
      mutation ($input: CreateCompetenceInput!) {
        createCompetence(input: $input) {
          id
        }
      }
    `,
    { input: { name: declaredName, area: 'E2E-testing', buildingBlock: 'ATTITUDES' } },
    coordinator,
  );
  await graphql(
    `
      mutation ($input: RecordAssessmentInput!) {
        recordAssessment(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        employeeId: createEmployee.id,
        competenceId: declared.createCompetence.id,
        level: 3,
        source: 'SELF_DECLARED',
        evidence: 'Egenerklæring før medarbeidersamtalen.',
      },
    },
    hr,
  );
  await addQualification('Sårkurs E2E', isoDateFromToday(-300), isoDateFromToday(30));
  await addQualification('Legemiddelkurs E2E', isoDateFromToday(-500), isoDateFromToday(-10));
  return {
    employeeId: createEmployee.id,
    employeeNumber,
    fullName: createEmployee.fullName,
    competenceName,
    declaredName,
  };
}

describe('employees and their competence', () => {
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
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it("lists a unit leader's employees, searchable, with the filters in the address", async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Ansatte' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ansatte' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    expect((await table.getByRole('columnheader').allTextContents()).map((h) => h.trim())).toEqual([
      'Navn',
      'Ansattnr.',
      'Enhet',
      'Yrke',
      'Stillingsprosent',
      'Status',
    ]);
    await page.getByText(/^Viser \S+ av \S+ ansatte$/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Søk på navn eller ansattnummer').fill(fixture.employeeNumber);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL(new RegExp(`sok=${fixture.employeeNumber}`));
    const row = page.getByRole('row', { name: new RegExp(fixture.employeeNumber) });
    await row.waitFor();
    expect(await table.getByRole('row').count()).toBe(2); // header and the one match
    const cells = (await row.getByRole('cell').allTextContents()).map((cell) => cell.trim());
    expect(cells).toEqual([
      fixture.employeeNumber,
      'Hjemmetjenesten Gjøvik',
      'Sykepleiere',
      `80,5${NBSP}%`,
      'Aktiv',
    ]);

    // The address keeps the filters: a reload (or a shared link) shows the same list.
    await page.reload();
    await row.waitFor();
    expect(await page.getByLabel('Søk på navn eller ansattnummer').inputValue()).toBe(
      fixture.employeeNumber,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('opens a profile, records an assessment, sees realkompetanse change, and signs out', async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik, `/ansatte?sok=${fixture.employeeNumber}`);
    await page.getByRole('link', { name: fixture.fullName }).click();
    await page.getByRole('heading', { level: 1, name: fixture.fullName }).waitFor();

    // Expiring and expired certificates are named in words, not only by colour.
    const alerts = page.getByRole('region', { name: /Sertifikater som er utløpt eller utløper/ });
    await alerts.getByText('Sårkurs E2E').waitFor();
    await alerts.getByText(/^Utløper \d{2}\.\d{2}\.\d{4}$/).waitFor();
    await alerts.getByText(/^Utløpt \d{2}\.\d{2}\.\d{4}$/).waitFor();

    const realRow = page
      .getByRole('region', { name: 'Realkompetanse' })
      .getByRole('row', { name: new RegExp(fixture.competenceName) });
    await realRow.getByText('Nivå 2').waitFor();
    await realRow.getByText('Formell').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Registrer vurdering' });
    await form
      .getByLabel('Kompetanse', { exact: true })
      .selectOption({ label: fixture.competenceName });
    await form.getByRole('radio', { name: /^Nivå 4/ }).check();
    await form.getByLabel('Begrunnelse').fill('Observert i praksis over tid, veileder nyansatte.');
    await form.getByRole('button', { name: 'Registrer vurdering' }).click();
    await form
      .getByText(`Vurderingen av ${fixture.competenceName} (nivå 4) er registrert.`)
      .waitFor();

    await realRow.getByText('Nivå 4').waitFor();
    await realRow.getByText('Ledervurdert').waitFor();
    const history = page.getByRole('region', { name: 'Vurderingshistorikk' });
    await history
      .getByText(new RegExp(`^${fixture.competenceName} \\(\\d+ vurderinger\\)$`))
      .click();
    await history
      .getByRole('cell', { name: 'Observert i praksis over tid, veileder nyansatte.' })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    expect(consoleProblems).toEqual([]);
  });

  it('lets a leader confirm a self-declared level, which then counts', async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik, `/ansatte/${fixture.employeeId}`);
    const realRow = page
      .getByRole('region', { name: 'Realkompetanse' })
      .getByRole('row', { name: new RegExp(fixture.declaredName) });
    await realRow.getByText('Teller ikke nå').waitFor();
    const informal = page.getByRole('region', { name: 'Uformell kompetanse' });
    await informal.getByText('(ikke bekreftet)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await informal
      .getByRole('button', { name: `Bekreft egenerklært nivå 3 for ${fixture.declaredName}` })
      .click();
    await informal.getByText(`Egenerklæringen for ${fixture.declaredName} er bekreftet.`).waitFor();
    await realRow.getByText('Nivå 3').waitFor();
    await realRow.getByRole('cell', { name: 'Egenerklært', exact: true }).waitFor();
    expect(await informal.getByText('(ikke bekreftet)').count()).toBe(0);
    expect(consoleProblems).toEqual([]);
  });

  it('asks for competence and level before recording, with focus on the first problem', async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik, `/ansatte/${fixture.employeeId}`);
    const form = page.getByRole('form', { name: 'Registrer vurdering' });
    await form.getByRole('button', { name: 'Registrer vurdering' }).click();
    await form.getByText('Velg hvilken kompetanse du vurderer.').waitFor();
    const competence = form.getByLabel('Kompetanse', { exact: true });
    expect(await competence.getAttribute('aria-invalid')).toBe('true');
    expect(await competence.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('lets HR add a qualification, which shows as formal competence', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, `/ansatte/${fixture.employeeId}`);
    const form = page.getByRole('form', { name: 'Legg til kvalifikasjon' });
    await form.getByLabel('Type').selectOption({ label: 'Kurs' });
    await form
      .getByLabel('Navn på utdanning, sertifikat eller kurs')
      .fill('Sårbehandling grunnkurs E2E');
    await form.getByLabel('Oppnådd dato').fill(isoDateFromToday(-5));
    await form
      .getByLabel('Kompetanse 1', { exact: true })
      .selectOption({ label: fixture.competenceName });
    await form.getByLabel('Nivå for kompetanse 1').selectOption({ index: 4 });
    await form.getByRole('button', { name: 'Legg til kvalifikasjon' }).click();
    await form.getByText('«Sårbehandling grunnkurs E2E» er lagt til.').waitFor();
    await page
      .getByRole('region', { name: 'Formell kompetanse' })
      .getByText('Sårbehandling grunnkurs E2E')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('works at 768 px, the width of a tablet held upright', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, DEMO_USERS.hrGjovik);
    const pages: Array<[string, string]> = [
      ['/ansatte', 'Ansatte'],
      [`/ansatte/${fixture.employeeId}`, fixture.fullName],
      ['/katalog', 'Kompetansekatalog'],
      ['/import', 'Import fra HR-systemet'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(new URL(path, page.url()).toString());
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      // Wide tables scroll inside their own region; the page itself never scrolls sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    expect(consoleProblems).toEqual([]);
  });

  it("downloads the competence overview from the list and the municipality page, with the leader's own people", async () => {
    await signIn(page, DEMO_USERS.leaderHomeCareGjovik, '/ansatte');
    const downloads = page.getByRole('group', { name: 'Last ned kompetanseoversikten for Gjøvik' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Kompetanseoversikt (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^kompetanseoversikt-gjovik-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(fixture.employeeNumber);
    await page.goto(`${baseUrl()}/kommuner/3407`);
    await page.getByRole('heading', { level: 1, name: 'Gjøvik kommune' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Last ned kompetanseoversikten for Gjøvik' })
        .getByRole('link', { name: 'Kompetanseoversikt (Excel)' })
        .getAttribute('href'),
    ).toBe('/api/exports/competence-overview?municipality=3407&format=xlsx');
    // not offered where the user is neither HR nor a leader
    await page.goto(`${baseUrl()}/kommuner/3442`);
    await page.getByRole('heading', { level: 1, name: 'Østre Toten kommune' }).waitFor();
    expect(await page.getByRole('link', { name: 'Kompetanseoversikt (CSV)' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('answers the same friendly "not found" for a missing and an out-of-scope employee', async () => {
    await signIn(
      page,
      DEMO_USERS.leaderHomeCareGjovik,
      '/ansatte/00000000-0000-4000-8000-000000000000',
    );
    await page.getByRole('heading', { level: 1, name: 'Fant ikke den ansatte' }).waitFor();
    await page.getByRole('link', { name: 'Tilbake til ansatte' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const missingPage = await page.getByRole('main').innerText();

    // A leader in Østre Toten asks for the Gjøvik employee: exactly the same answer.
    await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await signIn(page, DEMO_USERS.leaderNursingHomeOstreToten, `/ansatte/${fixture.employeeId}`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke den ansatte' }).waitFor();
    expect(await page.getByRole('main').innerText()).toBe(missingPage);
    expect(await page.getByText(fixture.fullName).count()).toBe(0);
    expect(consoleProblems).toEqual([]);
  });
});
