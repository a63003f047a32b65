import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, tokenFor, uniqueSuffix, unitId } from './support/api';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, watchConsole } from './support/browser';
import { DEMO_USERS, fillSignInForm, menuItems, signIn } from './support/session';

interface TestEmployee {
  id: string;
  employeeNumber: string;
  fullName: string;
}

/** An employee of Gjøvik's home care, made through the API by HR for these tests. */
async function createEmployee(givenName: string): Promise<TestEmployee> {
  const suffix = uniqueSuffix();
  const employeeNumber = `E2A${suffix}`;
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
        givenName,
        familyName: `Personvernsen ${suffix}`,
        positionTitle: 'Helsefagarbeider',
        professionCode: '5321',
        fte: 75,
        employmentType: 'PERMANENT',
        birthYear: 1979,
        startDate: '2015-08-01',
      },
    },
    await tokenFor(DEMO_USERS.hrGjovik),
  );
  return { id: createEmployee.id, employeeNumber, fullName: createEmployee.fullName };
}

/** A user made through the API by the administrator (no roles). */
async function createUser(name: string): Promise<{ id: string; email: string }> {
  const email = `e2e.${uniqueSuffix().toLowerCase()}@reks.demo`;
  const { createUser } = await graphql<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, name } },
    await tokenFor(DEMO_USERS.admin),
  );
  return { id: createUser.id, email };
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('administration, the audit log and privacy requests', () => {
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

  it('creates a user with HR for Gjøvik, who then signs in with the password and gets the HR menu', async () => {
    const suffix = uniqueSuffix().toLowerCase();
    const email = `e2e.hr.${suffix}@reks.demo`;
    const name = `Hanne Hr ${suffix}`;
    const password = `langt-passord-${suffix}`;

    await signIn(page, DEMO_USERS.admin);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Administrasjon' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();
    // The demo users are listed with their roles in words.
    const hrRow = page.getByRole('row', { name: /hr\.gjovik@reks\.demo/ });
    await hrRow.getByText('HR i kommunen – Gjøvik').waitFor();
    await expectAccessible(page);

    const form = page.getByRole('region', { name: 'Ny bruker' });
    await form.getByLabel('E-postadresse').fill(email);
    await form.getByLabel('Navn').fill(name);
    // Too short first: the form says how long it must be, next to the field.
    await form.getByLabel('Passord (valgfritt)').fill('kort');
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await form.getByText('Passordet må ha minst 12 tegn.').waitFor();
    await form.getByLabel('Passord (valgfritt)').fill(password);
    await form.getByRole('button', { name: 'Opprett bruker' }).click();

    await page.waitForURL(/\/admin\/brukere\//);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('status').getByText(`${name} er opprettet.`, { exact: false }).waitFor();
    await page.getByText('Brukeren har ingen roller', { exact: false }).waitFor();
    await expectAccessible(page);

    // HR needs a municipality; the municipality select appears once the role is chosen.
    const assign = page.getByRole('form', { name: 'Gi en rolle' });
    await assign.getByLabel('Rolle', { exact: true }).selectOption({ label: 'HR i kommunen' });
    await assign.getByRole('button', { name: 'Gi rollen' }).click();
    await assign.getByText('Velg kommunen rollen gjelder.').waitFor();
    await assign.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Gjøvik' });
    await assign.getByRole('button', { name: 'Gi rollen' }).click();
    await assign.getByText(`${name} har fått rollen HR i kommunen – Gjøvik.`).waitFor();
    const roles = page.getByRole('table', { name: `Rollene til ${name}` });
    await roles.getByRole('row', { name: /HR i kommunen Gjøvik/ }).waitFor();

    // A unit leader's unit is chosen from the region's units, grouped by municipality.
    await assign.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Enhetsleder' });
    const unit = assign.getByLabel('Enhet', { exact: true });
    expect(await unit.locator('optgroup').first().getAttribute('label')).toBe('Gjøvik');
    // labels are paths; other tests may add top-level units, which lengthens them
    const homeCare = unit.locator('option', { hasText: /(^|› )Hjemmetjenesten Gjøvik$/ });
    await unit.selectOption((await homeCare.getAttribute('value')) ?? '');
    await assign.getByRole('button', { name: 'Gi rollen' }).click();
    await roles.getByRole('row', { name: /Enhetsleder Hjemmetjenesten Gjøvik, Gjøvik/ }).waitFor();
    await expectAccessible(page);

    // Removing a role asks first.
    await roles
      .getByRole('button', { name: 'Fjern rollen Enhetsleder – Hjemmetjenesten Gjøvik, Gjøvik' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Fjerne rollen?' });
    await dialog.getByText(`${name} mister rollen Enhetsleder`, { exact: false }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Fjern rollen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText('Rollen Enhetsleder – Hjemmetjenesten Gjøvik, Gjøvik er fjernet.')
      .waitFor();
    expect(await roles.getByRole('row').count()).toBe(2); // header and the HR role
    expect(consoleProblems).toEqual([]);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await fillSignInForm(page, email, password);
    await page.getByRole('banner').getByText(name).waitFor();
    const menu = await menuItems(page);
    expect(menu).toEqual(expect.arrayContaining(['Ansatte', 'Import']));
    expect(menu).not.toContain('Administrasjon');
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });

  it('reports a change someone else saved meanwhile and offers the latest version', async () => {
    const user = await createUser(`Kari Konflikt ${uniqueSuffix()}`);
    await signIn(page, DEMO_USERS.admin, `/admin/brukere/${user.id}`);
    const form = page.getByRole('region', { name: 'Opplysninger' });
    await form.getByLabel('Navn').waitFor();
    // No password yet: the form says the user signs in with an organisation account.
    await form.getByText('Brukeren har ikke passord', { exact: false }).waitFor();

    const theirName = `Kari Endret ${uniqueSuffix()}`;
    await graphql(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: user.id, version: 1, name: theirName } },
      await tokenFor(DEMO_USERS.admin),
    );

    await form.getByLabel('Navn').fill('Kari Min Versjon');
    await form.getByRole('button', { name: 'Lagre endringer' }).click();
    await form
      .getByRole('alert')
      .getByText('Noen andre har endret brukeren', { exact: false })
      .waitFor();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Last inn siste versjon' }).click();
    await page.getByRole('heading', { level: 1, name: theirName }).waitFor();
    expect(await form.getByLabel('Navn').inputValue()).toBe(theirName);

    // Deactivating now works against the version just loaded.
    await form.getByLabel('Aktiv – kan logge inn').uncheck();
    await form.getByRole('button', { name: 'Lagre endringer' }).click();
    await form.getByText('Endringene er lagret.').waitFor();
    await page.getByRole('heading', { level: 1 }).getByText('Deaktivert').waitFor();
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });

  // The setting changed here is the idle limit, not k: other tests share the region and
  // count on its k (suppression) and retirement age (gaps) while this one runs.
  it('shows k with its explanation and keeps a changed setting after a reload', async () => {
    const admin = await tokenFor(DEMO_USERS.admin);
    const { regionSettings } = await graphql<{
      regionSettings: { minGroupSize: number; sessionIdleMinutes: number };
    }>('{ regionSettings { minGroupSize sessionIdleMinutes } }', {}, admin);
    const original = regionSettings.sessionIdleMinutes;
    const changed = original === 45 ? 46 : 45;
    try {
      await signIn(page, DEMO_USERS.admin, '/admin');
      await page
        .getByRole('navigation', { name: 'Sider i administrasjonen' })
        .getByRole('link', { name: 'Innstillinger' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
      const k = page.getByLabel('Minste gruppestørrelse (k)');
      expect(await k.inputValue()).toBe(String(regionSettings.minGroupSize));
      await page.getByText('skjules for dem som ikke har tilgang', { exact: false }).waitFor();
      await expectAccessible(page);

      // The API's range check comes back next to the field.
      const idle = page.getByLabel('Utlogging ved inaktivitet (minutter)');
      await idle.fill('2');
      await page.getByRole('button', { name: 'Lagre innstillinger' }).click();
      await page
        .getByText('Utlogging ved inaktivitet (minutter) må være mellom 5 og 1\u00a0440')
        .waitFor();
      expect(await idle.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);

      await idle.fill(String(changed));
      await page.getByRole('button', { name: 'Lagre innstillinger' }).click();
      await page.getByText('Innstillingene er lagret.').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
      expect(await page.getByLabel('Utlogging ved inaktivitet (minutter)').inputValue()).toBe(
        String(changed),
      );
      expect(consoleProblems).toEqual([]);
    } finally {
      await graphql(
        'mutation ($input: UpdateRegionSettingsInput!) { updateRegionSettings(input: $input) { id } }',
        { input: { sessionIdleMinutes: original } },
        admin,
      );
    }
  });

  it("shows HR their municipality's log with their own reads, older entries on request", async () => {
    const employee = await createEmployee('Logg');
    const hr = await tokenFor(DEMO_USERS.hrGjovik);
    // More reads than one page of the log holds, so "Vis eldre" has something to fetch.
    for (let batch = 0; batch < 5; batch += 1) {
      await Promise.all(
        Array.from({ length: 11 }, () =>
          graphql('query ($id: ID!) { employee(id: $id) { id } }', { id: employee.id }, hr),
        ),
      );
    }

    await signIn(page, DEMO_USERS.hrGjovik, `/ansatte/${employee.id}`);
    await page.getByRole('heading', { level: 1, name: employee.fullName }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Logg' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    await page.getByText('i kommunen din', { exact: false }).waitFor();
    const table = page.getByRole('table', { name: 'Loggoppføringer, nyeste først' });
    // The profile read a moment ago, in words, by HR themselves, with a Norwegian time.
    const ownRead = table
      .getByRole('row', { name: /hr\.gjovik@reks\.demo/ })
      .filter({ hasText: 'Åpnet en ansatts profil' })
      .first();
    await ownRead.waitFor();
    expect(await ownRead.getByRole('cell').first().textContent()).toMatch(
      /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    await expectAccessible(page);

    // From the profile's privacy section: the entries about this one person.
    await page.goto(`${baseUrl()}/ansatte/${employee.id}`);
    await page
      .getByRole('link', { name: 'Se hvem som har sett eller endret opplysningene' })
      .click();
    await page.waitForURL(new RegExp(`/admin/logg\\?ansatt=${employee.id}$`));
    await page.getByText('Viser bare oppføringer om én ansatt.').waitFor();
    await page.getByText('Viser 50 oppføringer').waitFor();
    expect(await table.getByRole('row').count()).toBe(51);
    await page.getByRole('button', { name: 'Vis eldre' }).click();
    // 55 reads through the API, those in the browser, and the creation: all there now.
    await page.getByText('Det finnes ingen eldre oppføringer.').waitFor();
    const shown = await page.getByText(/^Viser \d+ oppføringer$/).textContent();
    const total = Number(/\d+/.exec(shown ?? '')?.[0]);
    expect(total).toBeGreaterThanOrEqual(57);
    expect(await table.getByRole('row').count()).toBe(total + 1);

    // Among the older entries is the creation, with what was stored.
    const created = table.getByRole('row').filter({ hasText: 'La inn en ansatt' });
    await created.waitFor();
    const toggle = created.getByRole('button');
    expect(await toggle.textContent()).toBe('Vis endring');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toBe('Skjul endring');
    const change = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    await change.getByText('Etter').waitFor();
    expect(await change.locator('pre').textContent()).toContain(employee.employeeNumber);
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });

  it('narrows the log to a period and downloads what the page shows; the admin sees sign-ins', async () => {
    const employee = await createEmployee('Periode');
    const hr = await tokenFor(DEMO_USERS.hrGjovik);
    for (let i = 0; i < 2; i += 1) {
      await graphql('query ($id: ID!) { employee(id: $id) { id } }', { id: employee.id }, hr);
    }
    await signIn(page, DEMO_USERS.hrGjovik, `/admin/logg?ansatt=${employee.id}`);
    const table = page.getByRole('table', { name: 'Loggoppføringer, nyeste først' });
    await table.getByRole('row').filter({ hasText: 'La inn en ansatt' }).waitFor();

    const downloads = page.getByRole('group', { name: 'Last ned loggen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Last ned CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^revisjonslogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    // the header and what the page shows: the creation and the two reads
    expect(lines).toHaveLength(4);
    expect(csv).toContain('"employee.read"');
    expect(csv).toContain(employee.id);
    expect(
      await downloads.getByRole('link', { name: 'Last ned Excel (XLSX)' }).getAttribute('href'),
    ).toBe(`/api/exports/audit-log?format=xlsx&employeeId=${employee.id}`);
    await expectAccessible(page);

    // A period that ends before it begins is pointed out, not sent.
    await page.getByLabel('Fra dato').fill('2099-01-02');
    await page.getByLabel('Til dato').fill('2099-01-01');
    await page.getByText('Til dato kan ikke være før fra dato.').waitFor();
    await page.getByLabel('Til dato').fill('2099-12-31');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(/fra=2099-01-02&til=2099-12-31$/);
    await page.getByText('Loggen har ingen oppføringer om denne ansatte.').waitFor();
    expect(await downloads.getByRole('link', { name: 'Last ned CSV' }).getAttribute('href')).toBe(
      `/api/exports/audit-log?format=csv&employeeId=${employee.id}&from=2099-01-02&to=2099-12-31`,
    );
    await expectAccessible(page);

    // The administrator sees sign-ins too, with the address and the session they came from.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await signIn(page, DEMO_USERS.admin, '/admin/logg');
    const signedIn = table
      .getByRole('row', { name: /admin@reks\.demo/ })
      .filter({ hasText: 'Logget inn' })
      .first();
    await signedIn.waitFor();
    expect(await signedIn.getByRole('cell').nth(3).textContent()).toMatch(
      /127\.0\.0\.1.*økt [0-9a-f]{8}$/,
    );
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });

  it('exports an employee as a JSON file and erases their personal data after a typed confirmation', async () => {
    const employee = await createEmployee('Slett');
    await signIn(page, DEMO_USERS.hrGjovik, `/ansatte/${employee.id}`);
    await page.getByRole('heading', { level: 1, name: employee.fullName }).waitFor();
    const privacy = page.getByRole('region', { name: 'Personvern' });
    await privacy.getByText('Dette slettes:').waitFor();
    await privacy.getByText('Slettingen kan ikke angres.').waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      privacy.getByRole('button', { name: 'Last ned alle opplysninger (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^personopplysninger-${employee.employeeNumber}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain(employee.employeeNumber);
    await privacy.getByText(`Filen ${download.suggestedFilename()} er lastet ned.`).waitFor();

    await privacy.getByRole('button', { name: 'Slett personopplysninger' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Slette personopplysningene til ${employee.fullName}?`,
    });
    const confirmation = dialog.getByLabel(`Skriv ansattnummeret (${employee.employeeNumber})`, {
      exact: false,
    });
    await confirmation.waitFor();
    await expectAccessible(page);
    await confirmation.fill('feil');
    await dialog.getByRole('button', { name: 'Slett personopplysningene' }).click();
    await dialog.getByText('Ansattnummeret stemmer ikke.', { exact: false }).waitFor();
    await confirmation.fill(employee.employeeNumber);
    await dialog.getByRole('button', { name: 'Slett personopplysningene' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The profile says the data is gone, and focus is on that news.
    const heading = page.getByRole('heading', { level: 1, name: 'Personopplysningene er slettet' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('status').getByText('Slettingen er skrevet i loggen.').waitFor();
    expect(await page.getByText(employee.fullName).count()).toBe(0);
    await expectAccessible(page);

    // The log keeps that it happened, and who did it.
    await page.goto(`${baseUrl()}/admin/logg?ansatt=${employee.id}`);
    const erasure = page
      .getByRole('row', { name: /hr\.gjovik@reks\.demo/ })
      .filter({ hasText: 'Slettet personopplysningene til en ansatt' });
    await erasure.waitFor();
    await expectAccessible(page);
    // To the API the person no longer exists: a later visit answers like any unknown employee.
    await page.goto(`${baseUrl()}/ansatte/${employee.id}`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke den ansatte' }).waitFor();
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });

  it('keeps the administration from HR and offers single sign-on only when it is on', async () => {
    await signIn(page, DEMO_USERS.hrGjovik, '/admin');
    await page.getByRole('heading', { level: 1, name: 'Ingen tilgang' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();

    // The test server has no identity provider configured: only the password form.
    await page.goto(`${baseUrl()}/logg-inn?sso=feil&arsak=ukjent-bruker`);
    await page
      .getByRole('alert')
      .getByText('Du er ikke registrert som bruker i Kompetanseplan.', { exact: false })
      .waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).waitFor();
    const config = await page.evaluate(async () => (await fetch('/auth/oidc/config')).json());
    expect(config).toEqual({ enabled: false, label: null });
    expect(await page.getByRole('link', { name: /virksomhetskonto/ }).count()).toBe(0);
    expect(await page.locator('a[href^="/auth/oidc/login"]').count()).toBe(0);
    await expectAccessible(page);

    // With a provider configured the button is a plain link that returns to the page asked for.
    // The test server has none, so its configuration answer is stood in for here.
    await page.route('**/auth/oidc/config', (route) =>
      route.fulfill({ json: { enabled: true, label: 'Logg inn med Entra ID' } }),
    );
    await page.goto(`${baseUrl()}/logg-inn?neste=%2Fansatte%3Fsok%3DOla`);
    const sso = page.getByRole('link', { name: 'Logg inn med Entra ID' });
    expect(await sso.getAttribute('href')).toBe('/auth/oidc/login?neste=%2Fansatte%3Fsok%3DOla');
    await expectAccessible(page);
    expect(consoleProblems).toEqual([]);
  });
});
