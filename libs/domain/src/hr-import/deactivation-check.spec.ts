import {
  deactivationWarnings,
  summariseDeactivation,
  unconfirmedDeactivation,
  type DeactivationFacts,
} from './deactivation-check';

// the case: a 3-row file against Gjøvik's staff list
const SHORT_FILE: DeactivationFacts = {
  deactivating: 987,
  activeInScope: 1012,
  rows: 3,
  matched: 3,
  created: 0,
  scope: 'Gjøvik',
  confirmed: null,
};

describe('summariseDeactivation', () => {
  it('says when the typed confirmation is needed, and what was confirmed', () => {
    expect(summariseDeactivation(SHORT_FILE)).toEqual({
      count: 987,
      activeInScope: 1012,
      confirmationRequired: true,
      confirmed: null,
    });
    expect(summariseDeactivation({ ...SHORT_FILE, deactivating: 1, confirmed: 1 })).toMatchObject({
      confirmationRequired: false,
      confirmed: 1,
    });
  });
});

describe('deactivationWarnings', () => {
  it('names the count, the scope and the share', () => {
    expect(deactivationWarnings(SHORT_FILE)).toEqual([
      {
        row: null,
        column: null,
        code: 'MASS_DEACTIVATION',
        message:
          'Importen vil deaktivere 987 av 1\u00A0012 aktive ansatte i Gjøvik (98\u00A0%): alle som mangler i filen. Er filen bare et utdrag, avgrens importen til en enhet. Skal så mange deaktiveres, må du bekrefte antallet før importen kjøres.',
      },
    ]);
  });

  it('flags a file that matches almost nobody (another municipality’s file)', () => {
    const warnings = deactivationWarnings({
      ...SHORT_FILE,
      rows: 500,
      matched: 0,
      created: 500,
      deactivating: 1012,
    });
    expect(warnings.map((warning) => warning.code)).toEqual([
      'MASS_DEACTIVATION',
      'FILE_MATCHES_FEW',
    ]);
    expect(warnings[1].message).toBe(
      'Bare 0 av de 500 gyldige radene i filen hører til en ansatt som allerede er registrert i Gjøvik (500 blir nye). Er det riktig fil og riktig kommune?',
    );
  });

  it('says nothing about an ordinary monthly file', () => {
    expect(
      deactivationWarnings({
        ...SHORT_FILE,
        rows: 1010,
        matched: 1005,
        created: 5,
        deactivating: 7,
      }),
    ).toEqual([]);
  });
});

describe('unconfirmedDeactivation', () => {
  it('refuses without a confirmation', () => {
    expect(unconfirmedDeactivation(SHORT_FILE)).toEqual({
      row: null,
      column: null,
      code: 'DEACTIVATION_NOT_CONFIRMED',
      message:
        'Importen vil deaktivere 987 av 1\u00A0012 aktive ansatte i Gjøvik. Så mange deaktiveres bare når antallet er bekreftet. Ingenting er lagret: kontroller filen på nytt og bekreft at 987 ansatte skal deaktiveres.',
    });
  });

  it('refuses a confirmation of another number, naming both', () => {
    expect(unconfirmedDeactivation({ ...SHORT_FILE, confirmed: 985 })?.message).toBe(
      'Du bekreftet 985, men importen vil deaktivere 987 av 1\u00A0012 aktive ansatte i Gjøvik. Ingenting er lagret: kontroller filen på nytt og bekreft det riktige antallet.',
    );
  });

  it('lets the exact count through, and a run that needs no confirmation', () => {
    expect(unconfirmedDeactivation({ ...SHORT_FILE, confirmed: 987 })).toBeNull();
    expect(unconfirmedDeactivation({ ...SHORT_FILE, deactivating: 3 })).toBeNull();
  });
});
