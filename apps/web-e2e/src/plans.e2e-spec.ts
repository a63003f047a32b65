import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { graphql, tokenFor, uniqueSuffix, unitId } from './support/api';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

/**
 * The path the issue checks, in the browser: the coordinator makes a regional measure from a
 * gap row, two municipalities' HR sign up their own people within their shares, "expected"
 * shows in the one-year figures, the outcome is recorded and the gap closes.
 */

const GJOVIK = '3407';
const OSTRE_TOTEN = '3442';
const HOME_CARE_GJOVIK = 'Hjemmetjenesten Gjøvik';
const LENA = 'Lena sykehjem';

interface Setup {
  competence: { id: string; name: string };
  gjovik: { municipalityId: string; unitId: string };
  ostreToten: { municipalityId: string; unitId: string };
}

async function municipalityId(number: string): Promise<string> {
  const { municipalities } = await graphql<{
    municipalities: Array<{ id: string; number: string }>;
  }>('{ municipalities { id number } }');
  const found = municipalities.find((municipality) => municipality.number === number);
  if (!found) throw new Error(`No municipality ${number}`);
  return found.id;
}

/** A competence nobody holds and a requirement of two people for it in each of two units. */
async function setUp(): Promise<Setup> {
  const coordinator = await tokenFor(DEMO_USERS.coordinator);
  const name = `Trakeostomistell tiltak ${uniqueSuffix()}`;
  const { createCompetence } = await graphql<{ createCompetence: { id: string } }>(
    'mutation ($input: CreateCompetenceInput!) { createCompetence(input: $input) { id } }',
    { input: { name, area: 'E2E-testing', buildingBlock: 'SKILLS' } },
    coordinator,
  );
  const gjovik = {
    municipalityId: await municipalityId(GJOVIK),
    unitId: await unitId(GJOVIK, HOME_CARE_GJOVIK),
  };
  const ostreToten = {
    municipalityId: await municipalityId(OSTRE_TOTEN),
    unitId: await unitId(OSTRE_TOTEN, LENA),
  };
  for (const unit of [gjovik.unitId, ostreToten.unitId]) {
    await graphql(
      'mutation ($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
      {
        input: {
          unitId: unit,
          competenceId: createCompetence.id,
          minLevel: 2,
          required: 2,
          horizon: 'NOW',
          priority: 'CRITICAL',
          rationaleKind: 'LOCAL_GOAL',
        },
      },
      coordinator,
    );
  }
  return { competence: { id: createCompetence.id, name }, gjovik, ostreToten };
}

/**
 * Two employees of a unit, as the municipality's HR finds them, far from retirement (someone
 * who retires within the year is not expected to hold anything then).
 */
async function twoEmployees(
  hr: string,
  unit: string,
): Promise<Array<{ name: string; number: string }>> {
  const { employees } = await graphql<{
    employees: {
      edges: Array<{
        node: { fullName: string; employeeNumber: string; birthYear: number | null };
      }>;
    };
  }>(
    'query ($filter: EmployeeFilter) { employees(filter: $filter, first: 50) { edges { node { fullName employeeNumber birthYear } } } }',
    { filter: { unitId: unit } },
    await tokenFor(hr),
  );
  const young = new Date().getFullYear() - 55;
  const people = employees.edges
    .map((edge) => edge.node)
    .filter((employee) => employee.birthYear !== null && employee.birthYear > young);
  // Two people with the same name would make the rows ambiguous.
  const unique = people.filter(
    (employee) => people.filter((other) => other.fullName === employee.fullName).length === 1,
  );
  return unique.slice(0, 2).map((employee) => ({
    name: employee.fullName,
    number: employee.employeeNumber,
  }));
}

function gapUnitPath(unit: { municipalityId: string; unitId: string }, horizon?: string): string {
  const params = new URLSearchParams({ kommune: unit.municipalityId, enhet: unit.unitId });
  if (horizon) params.set('horisont', horizon);
  return `/gap?${params.toString()}`;
}

/** The requirement row of the competence in the unit's table of requirements and gaps. */
async function requirementRow(page: Page, competence: string): Promise<Locator> {
  const details = page.getByRole('region', { name: 'Kravene og gapene i enheten' });
  await details.getByRole('table').waitFor();
  const showAll = details.getByRole('button', { name: /^Vis alle/ });
  if ((await showAll.count()) > 0) await showAll.click();
  const row = details.getByRole('row', { name: new RegExp(`^${competence} `) });
  await row.waitFor();
  return row;
}

/** A cell of a row by its column's header text. */
async function cellText(row: Locator, table: Locator, header: string): Promise<string> {
  const headers = (await table.getByRole('columnheader').allTextContents()).map((text) =>
    text.trim(),
  );
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header} in ${headers.join(', ')}`);
  // The first column is the row header (th); the rest are cells.
  const cells = row.locator('th, td');
  return ((await cells.nth(index).textContent()) ?? '').trim();
}

async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('main .state--loading, main [aria-busy="true"]'),
  );
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('action plans and measures', () => {
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

  async function openAs(email: string, path: string, viewport = { width: 1280, height: 900 }) {
    await context?.close();
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    consoleProblems = watchConsole(page);
    await signIn(page, email, `/logg-inn?neste=${encodeURIComponent(path)}`);
  }

  afterEach(async () => {
    expect(consoleProblems).toEqual([]);
    await context?.close();
  });

  // One journey in steps; each starts from the last. A step visits several pages as different
  // users, which on a busy two-core machine takes longer than the default minute.
  const STEP_MS = 180_000;
  let setup: Setup;
  let title: string;
  let measureUrl: string;

  it(
    'lets the coordinator make a regional measure from a gap row, with shares per municipality',
    async () => {
      setup = await setUp();
      const { competence } = setup;

      // The coordinator opens the unit's gaps and makes a measure from the requirement row.
      await openAs(DEMO_USERS.coordinator, gapUnitPath(setup.gjovik));
      await page.getByRole('heading', { level: 1, name: 'Kompetansegap' }).waitFor();
      const gapRow = await requirementRow(page, competence.name);
      await expectAccessible(page);
      await gapRow
        .getByRole('link', { name: `Lag tiltak: ${competence.name}, ${HOME_CARE_GJOVIK}` })
        .click();

      await page.getByRole('heading', { level: 1, name: 'Nytt tiltak' }).waitFor();
      await page.getByText(/^Tiltaket legges i regionalt program for \d\. halvår \d{4}/).waitFor();
      const form = page.getByRole('form', { name: 'Tiltak' });
      expect(await form.getByLabel('Tittel').inputValue()).toBe(
        `${competence.name} – kompetanseheving`,
      );
      expect(await form.getByRole('radio', { name: /^Utvikle/ }).isChecked()).toBe(true);
      // The gap row's competence is the target, at the requirement's level.
      const targetCompetence = form.getByLabel('Kompetanse (mål 1)');
      expect(await targetCompetence.locator('option:checked').textContent()).toBe(competence.name);
      expect(await form.getByLabel('Nivå (mål 1)').inputValue()).toBe('2');
      await expectAccessible(page);

      title = `${competence.name} – regionalt kurs`;
      await form.getByLabel('Tittel').fill(title);
      await form.getByLabel('Plasser', { exact: true }).fill('4');
      await form.getByLabel('Kompetanse- og innovasjonstilskuddet (kr)').fill('20 000');
      const shares = form.getByRole('group', { name: 'Plasser per kommune' });
      await shares.getByLabel('Gjøvik').fill('2');
      await shares.getByLabel('Østre Toten').fill('2');
      // Shares over the places are refused before anything is sent.
      await shares.getByLabel('Vestre Toten').fill('1');
      await form.getByRole('button', { name: 'Opprett tiltak' }).click();
      await shares
        .getByText('Kommunenes andeler er til sammen 5 plasser, men tiltaket har bare 4')
        .waitFor();
      await shares.getByLabel('Vestre Toten').fill('');
      await form.getByRole('button', { name: 'Opprett tiltak' }).click();

      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Tiltaket er lagret.').waitFor();
      measureUrl = new URL(page.url()).pathname;
      expect(measureUrl).toMatch(/^\/planer\/tiltak\/[0-9a-f-]+$/);
      const status = page.getByRole('region', { name: 'Status' });
      await status.getByRole('button', { name: 'Åpne for påmelding' }).click();
      await status.getByText(/^Status: Åpen for påmelding$/).waitFor();
      await expectAccessible(page);

      // The regional programme lists it, grouped under "Utvikle", with the grant in the totals.
      await page.goto(`${baseUrl()}/planer`);
      await page
        .getByRole('heading', { level: 2, name: /^Regionalt program, \d\. halvår/ })
        .waitFor();
      await page
        .getByRole('region', { name: 'Utvikle' })
        .getByRole('link', { name: title })
        .waitFor();
      const costs = page.getByRole('table', { name: 'Kostnad per finansieringskilde' });
      expect(
        await costs
          .getByRole('row', { name: /^Kompetanse- og innovasjonstilskuddet/ })
          .getByRole('cell')
          .textContent(),
      ).toMatch(/^\d[\d\u00a0]*\u00a0kr$/);
      await page
        .getByRole('table', { name: /^Tiltakene i \d\. halvår/ })
        .getByRole('link', { name: title })
        .waitFor();
      await expectAccessible(page);
    },
    STEP_MS,
  );

  it(
    'lets two municipalities’ HR sign up their own people within their shares',
    async () => {
      for (const [hr, unit, municipality] of [
        [DEMO_USERS.hrGjovik, setup.gjovik.unitId, 'Gjøvik'],
        [DEMO_USERS.hrOstreToten, setup.ostreToten.unitId, 'Østre Toten'],
      ] as const) {
        const people = await twoEmployees(hr, unit);
        expect(people).toHaveLength(2);
        await openAs(hr, measureUrl);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        // Found by employee number: names repeat across a municipality.
        for (const { name, number } of people) {
          await page.getByLabel('Søk etter navn eller ansattnummer').fill(number);
          await page
            .getByRole('search', { name: 'Meld på andre' })
            .getByRole('button', { name: 'Søk' })
            .click();
          await page
            .getByRole('button', { name: `Meld på ${name}` })
            .first()
            .click();
          await page.getByRole('status').getByText(`${name} er meldt på.`).waitFor();
        }
        const own = page.getByRole('table', { name: 'Deltakere du har ansvar for' });
        for (const { name } of people) await own.getByRole('rowheader', { name }).waitFor();
        const counts = page.getByRole('table', { name: 'Plasser og påmeldte per kommune' });
        const row = counts.getByRole('row', { name: new RegExp(`^${municipality} `) });
        await row.waitFor();
        expect(await cellText(row, counts, 'Påmeldt')).toBe('2');
        expect(await cellText(row, counts, 'Ledige')).toBe('0');
        await expectAccessible(page);
      }
    },
    STEP_MS,
  );

  it(
    'shows the participants as expected in the one-year figures, apart from holders',
    async () => {
      const { competence } = setup;
      await openAs(DEMO_USERS.hrGjovik, gapUnitPath(setup.gjovik, '1-ar'));
      const details = page.getByRole('region', { name: 'Kravene og gapene i enheten' });
      const table = details.getByRole('table');
      const row = await requirementRow(page, competence.name);
      expect(await cellText(row, table, 'Forventet')).toBe('2');
      expect(await cellText(row, table, 'Innehavere')).toBe('0');
      expect(await cellText(row, table, 'Gap')).toBe('2');
      await details.getByText(/^Forventet: deltakere i planlagte og pågående tiltak/).waitFor();
      await expectAccessible(page);
    },
    STEP_MS,
  );

  it(
    'lets both HR users record that their people completed',
    async () => {
      // Both HR users record that their people completed.
      for (const hr of [DEMO_USERS.hrGjovik, DEMO_USERS.hrOstreToten]) {
        await openAs(hr, measureUrl);
        const outcomes = page.getByRole('form', { name: 'Registrer resultat' });
        await outcomes.getByRole('button', { name: 'Marker alle som fullført' }).click();
        await outcomes.getByRole('button', { name: 'Lagre resultater' }).click();
        await page.getByRole('status').getByText('Lagret: 2 fullført, 0 ikke fullført.').waitFor();
        // Everyone has an outcome now, so the form is gone.
        expect(await outcomes.count()).toBe(0);
        const own = page.getByRole('table', { name: 'Deltakere du har ansvar for' });
        expect(await own.getByText(/^Fullført \d\d\.\d\d\.\d{4}$/).count()).toBe(2);
      }
    },
    STEP_MS,
  );

  it(
    'closes the gap in the unit once the measure is completed',
    async () => {
      const { competence } = setup;
      // The coordinator runs the measure to its end.
      await openAs(DEMO_USERS.coordinator, measureUrl);
      const status = page.getByRole('region', { name: 'Status' });
      await status.getByRole('button', { name: 'Start tiltaket' }).click();
      await status.getByText(/^Status: Pågår$/).waitFor();
      await status.getByRole('button', { name: 'Marker som fullført' }).click();
      await status.getByText(/^Status: Fullført$/).waitFor();

      // The gap is closed in the unit's figures.
      await openAs(DEMO_USERS.hrGjovik, gapUnitPath(setup.gjovik));
      const row = await requirementRow(page, competence.name);
      const table = page
        .getByRole('region', { name: 'Kravene og gapene i enheten' })
        .getByRole('table');
      expect(await cellText(row, table, 'Gap')).toBe('0');
      expect(await cellText(row, table, 'Innehavere')).toBe('2');
    },
    STEP_MS,
  );

  it("downloads the region's grant report for the half-year, with its measures", async () => {
    // the half-year the demo's programme is running in (counted from its reference date)
    await openAs(DEMO_USERS.coordinator, '/planer?halvar=2026-2');
    const downloads = page.getByRole('group', {
      name: 'Last ned tilskuddsrapporten for hele regionen',
    });
    const csvLink = downloads.getByRole('link', { name: 'Tilskuddsrapport (CSV)' });
    expect(await csvLink.getAttribute('href')).toMatch(
      /^\/api\/exports\/funding-report\?format=csv&year=2026&half=2$/,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^tilskuddsrapport-.*\.csv$/);
    // the demo's running regional measure of this half-year is in it
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Videreutdanning i demensomsorg');
    await expectAccessible(page);
  });

  it('shows a board member the programme without names, and fits a tablet', async () => {
    await openAs(DEMO_USERS.board, '/planer', { width: 768, height: 1024 });
    await page.getByRole('heading', { level: 1, name: 'Tiltaksplaner' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /^Regionalt program, \d\. halvår/ })
      .waitFor();
    // Read-only: no buttons that change the plan.
    expect(await page.getByRole('button', { name: 'Opprett plan' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Nytt tiltak' }).count()).toBe(0);
    // Nothing sticks out sideways on a tablet: wide tables scroll inside their own region.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
