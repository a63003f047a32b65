import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, tokenFor, uniqueSuffix, unitId } from './support/api';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, signIn } from './support/session';

// Issue 15, item 6, as HR tries it: the page lists the exact headers and offers templates; a
// short file against a unit of 25 would deactivate 22, which needs the count typed in; the
// run is then undone from the history and everybody is back.

const HEADER = ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Yrkeskode', 'Stillingsprosent'];
const STAFF = 25;

function csv(rows: string[][]): Buffer {
  return Buffer.from(`${[HEADER, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`, 'utf8');
}

interface Fixture {
  unitId: string;
  unitName: string;
  prefix: string;
}

/** A unit of the test's own with 25 employees, imported through the API as HR. */
async function staffedUnit(): Promise<Fixture> {
  const suffix = uniqueSuffix();
  const unitName = `Importvakt E2E ${suffix}`;
  const prefix = `E2V${suffix}`;
  const token = await tokenFor(DEMO_USERS.hrGjovik);
  const { municipalities } = await graphql<{
    municipalities: Array<{ id: string; number: string }>;
  }>('{ municipalities { id number } }');
  const gjovik = municipalities.find((municipality) => municipality.number === '3407')!;
  const { addUnit } = await graphql<{ addUnit: { id: string } }>(
    `
      mutation ($input: AddUnitInput!) {
        addUnit(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        municipalityId: gjovik.id,
        parentId: await unitId('3407', 'Helse og omsorg'),
        name: unitName,
        kind: 'UNIT',
      },
    },
    token,
  );
  const rows = Array.from({ length: STAFF }, (_, i) => [
    `${prefix}-${String(i + 1).padStart(2, '0')}`,
    `Vakt${i + 1}`,
    'Vaktsen',
    unitName,
    '2223',
    '80',
  ]);
  const response = await fetch(
    `${baseUrl()}/api/imports/employees?municipality=3407&dryRun=false&unitId=${addUnit.id}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: new Uint8Array(csv(rows)),
    },
  );
  if (response.status !== 200) throw new Error(`Staffing failed: ${await response.text()}`);
  return { unitId: addUnit.id, unitName, prefix };
}

/** Active employees of the unit and their FTEs, as the API reports them to HR. */
async function activeInUnit(fixture: Fixture): Promise<Array<{ number: string; fte: number }>> {
  const { employees } = await graphql<{
    employees: { edges: Array<{ node: { employeeNumber: string; fte: number; active: boolean } }> };
  }>(
    `
      query ($unitId: ID) {
        employees(filter: { unitId: $unitId, includeInactive: true }, first: 100) {
          edges {
            node {
              employeeNumber
              fte
              active
            }
          }
        }
      }
    `,
    { unitId: fixture.unitId },
    await tokenFor(DEMO_USERS.hrGjovik),
  );
  return employees.edges
    .map((edge) => edge.node)
    .filter((employee) => employee.active)
    .map((employee) => ({ number: employee.employeeNumber, fte: employee.fte }))
    .sort((a, b) => a.number.localeCompare(b.number));
}

describe('a safe import', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleProblems: string[];
  let fixture: Fixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixture = await staffedUnit();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    consoleProblems = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it('lists the exact headers and offers the templates', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, '/import');
    const columns = page.getByRole('region', { name: 'Kolonnene i en ansattfil' });
    const table = columns.getByRole('table', { name: 'Kolonnene importen av ansatte leser' });
    await table.waitFor();
    // exactly the headers the API's parser reads, in its order
    const { importColumns } = await graphql<{ importColumns: Array<{ header: string }> }>(
      '{ importColumns(kind: EMPLOYEES) { header } }',
      {},
      await tokenFor(DEMO_USERS.hrGjovik),
    );
    const headers = await table.getByRole('rowheader').allTextContents();
    expect(headers).toEqual(importColumns.map((column) => column.header));
    expect(headers).toContain('Yrkeskode');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      columns.getByRole('link', { name: 'Last ned mal (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('importmal-ansatte.csv');
    const template = readFileSync(await download.path(), 'utf8');
    expect(template).toBe(`\uFEFF${headers.join(';')}\r\n`);

    // the qualifications' columns follow the choice
    await page.getByRole('radio', { name: /^Kvalifikasjoner/ }).check();
    await page
      .getByRole('region', { name: 'Kolonnene i en kvalifikasjonsfil' })
      .getByRole('rowheader', { name: 'Oppnådd dato' })
      .waitFor();
    expect(consoleProblems).toEqual([]);
  });

  it('a 3-row file: the deactivation is named, cannot be applied without the count, then is undone', async () => {
    const before = await activeInUnit(fixture);
    expect(before).toHaveLength(STAFF);

    await signIn(page, DEMO_USERS.hrGjovik, '/import');
    await page.getByLabel('Gjelder').selectOption(fixture.unitId);
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'tre.csv',
      mimeType: 'text/csv',
      buffer: csv(
        [1, 2, 3].map((i) => [
          `${fixture.prefix}-0${i}`,
          `Vakt${i}`,
          'Vaktsen',
          fixture.unitName,
          '2223',
          '100',
        ]),
      ),
    });
    await page.getByRole('button', { name: 'Kontroller filen' }).click();

    const preview = page.getByRole('region', { name: 'Resultat av kontrollen' });
    const confirm = preview.getByRole('form', { name: 'Importen vil deaktivere 22 ansatte' });
    await confirm.waitFor();
    await confirm
      .getByText(`22 av 25 aktive ansatte i Gjøvik, ${fixture.unitName} (88\u00A0%)`, {
        exact: false,
      })
      .waitFor();
    // no plain "Importer" button: one click cannot do it
    expect(await preview.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const apply = confirm.getByRole('button', { name: 'Importer og deaktiver 22 ansatte' });
    await apply.click();
    await confirm
      .getByText('Skriv antallet ansatte som blir deaktivert, 22, for å bekrefte.')
      .waitFor();
    const countField = confirm.getByLabel('Skriv 22 for å bekrefte');
    expect(await countField.getAttribute('aria-invalid')).toBe('true');
    await countField.fill('21');
    await apply.click();
    await confirm
      .getByText('Du skrev 21, men importen vil deaktivere 22 ansatte. Skriv 22 for å bekrefte.')
      .waitFor();
    expect(await activeInUnit(fixture)).toEqual(before);

    await countField.fill('22');
    await apply.click();
    const done = page.getByRole('region', { name: 'Importen er fullført' });
    await done.waitFor();
    await done.getByText(/^Importen kan angres til /).waitFor();
    expect(await activeInUnit(fixture)).toEqual(
      before.slice(0, 3).map((employee) => ({ ...employee, fte: 100 })),
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // undo from the history
    const history = page.getByRole('region', { name: 'Tidligere importer' });
    const undo = history.getByRole('button', { name: /^Angre import: tre\.csv fra / }).first();
    await undo.click();
    const dialog = page.getByRole('dialog', { name: 'Angre importen tre.csv?' });
    await dialog
      .getByText(
        '25 ansatte får tilbake opplysningene de hadde før importen (22 av dem blir aktive igjen)',
        { exact: false },
      )
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Angre importen' }).click();
    await history
      .getByText(
        'Importen tre.csv er angret: 25 ansatte har fått tilbake opplysningene de hadde før importen, og 0 ansatte importen opprettet, er fjernet.',
      )
      .waitFor();
    expect(await activeInUnit(fixture)).toEqual(before);
    await history
      .getByText(/^Angret /)
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
