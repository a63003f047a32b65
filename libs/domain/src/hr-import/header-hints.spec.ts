import { EMPLOYEE_FIELDS, type EmployeeField } from './employee-row';
import { editDistance, headerHints, hintIssue } from './header-hints';
import { mapHeaders } from './header-mapping';
import { QUALIFICATION_FIELDS, type QualificationField } from './qualification-row';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['yrke', 'yrke', 0],
    ['stillingsprosnet', 'stillingsprosent', 1], // two letters swapped
    ['stilingsprosent', 'stillingsprosent', 1],
    ['etternav', 'etternavn', 1],
    ['fornavn', 'etternavn', 4],
    ['abc', '', 3],
  ])('%j ↔ %j = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

function employeeHints(headers: string[], found: EmployeeField[] = []) {
  return headerHints(headers, EMPLOYEE_FIELDS, new Set(found)).map((hint) => [
    hint.header,
    hint.fields.map((spec) => spec.label),
  ]);
}

describe('headerHints (employees)', () => {
  it.each<[string, string[]]>([
    // known synonyms
    ['Yrke', ['Yrkeskode']],
    ['Navn', ['Fornavn', 'Etternavn']],
    ['Fullt navn', ['Fornavn', 'Etternavn']],
    ['Årsverk', ['Stillingsprosent']],
    ['Organisasjon', ['Enhet']],
    ['Alder', ['Fødselsår']],
    // typos
    ['Stillingsprosnet', ['Stillingsprosent']],
    ['Ansatnummer', ['Ansattnummer']],
    ['Etternan', ['Etternavn']],
    ['Yrkeskod', ['Yrkeskode']],
    ['Fødselsåret', ['Fødselsår']],
    // a known header with something added, or cut short
    ['Ansattnummer HR', ['Ansattnummer']],
    ['Stillingspros', ['Stillingsprosent']],
  ])('«%s» → %j', (header, labels) => {
    expect(employeeHints([header])).toEqual([[header, labels]]);
  });

  it.each(['Merknad', 'Kommentar', 'E-post', 'Telefon', 'X', '', 'Fødselsnummer'])(
    'no hint for «%s»',
    (header) => {
      expect(employeeHints([header])).toEqual([]);
    },
  );

  it('only suggests columns the file does not have yet', () => {
    expect(employeeHints(['Navn'], ['givenName'])).toEqual([['Navn', ['Etternavn']]]);
    expect(employeeHints(['Navn'], ['givenName', 'familyName'])).toEqual([]);
    expect(employeeHints(['Yrke'], ['professionCode'])).toEqual([]);
  });

  it('reads a percent sign as the word, so «Stilling %» is Stillingsprosent, not Stilling', () => {
    const result = mapHeaders(
      ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stilling', 'Stilling %'],
      EMPLOYEE_FIELDS,
    );
    if (!('map' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.map.index).toMatchObject({ positionTitle: 4, fte: 5 });
  });
});

describe('headerHints (qualifications)', () => {
  it.each<[string, string[]]>([
    ['Kursnavn', ['Kvalifikasjon']],
    ['Dato fullført', ['Oppnådd dato']],
    ['Utløp', ['Utløpsdato']],
    ['Kompetanseområde', ['Kompetanse']],
  ])('«%s» → %j', (header, labels) => {
    const hints = headerHints([header], QUALIFICATION_FIELDS, new Set<QualificationField>());
    expect(hints.map((hint) => [hint.header, hint.fields.map((spec) => spec.label)])).toEqual([
      [header, labels],
    ]);
  });
});

describe('hintIssue and mapHeaders', () => {
  it('names the header as written and the header to use, in Norwegian', () => {
    const result = mapHeaders(
      ['Ansattnummer', 'Navn', 'Enhet', 'Yrke', 'Stillingsprosent', 'Merknad'],
      EMPLOYEE_FIELDS,
    );
    expect('issues' in result && result.issues.map((issue) => issue.code)).toEqual([
      'MISSING_COLUMNS',
    ]);
    expect(result.hints).toEqual([
      {
        row: 1,
        column: 'Navn',
        code: 'HEADER_HINT',
        message:
          'Kolonnen «Navn» leses ikke: importen trenger «Fornavn» og «Etternavn» i hver sin kolonne. Del opp kolonnen og gi delene de overskriftene.',
      },
      {
        row: 1,
        column: 'Yrke',
        code: 'HEADER_HINT',
        message:
          'Kolonnen «Yrke» leses ikke. Mente du «Yrkeskode» (for eksempel 2223)? Gi kolonnen den overskriften, så leses den.',
      },
    ]);
  });

  it('gives hints on a file that maps, too (an optional column left unread)', () => {
    const result = mapHeaders(
      ['Ansattnummer', 'Fornavn', 'Etternavn', 'Enhet', 'Stillingsprosent', 'Yrke'],
      EMPLOYEE_FIELDS,
    );
    expect('map' in result && result.map.ignored).toEqual(['Yrke']);
    expect(result.hints.map((hint) => hint.column)).toEqual(['Yrke']);
    expect(hintIssue({ header: 'Yrke', fields: [EMPLOYEE_FIELDS[5]] }, 7).row).toBe(7);
  });
});
