// One row of an employee file → an employee record, or the reasons it cannot be one. Pure:
// units are looked up through a function the caller builds from the database.

import { addYears, type IsoDate, yearOf } from '../iso-date';
import { findProfession } from '../professions';
import {
  cellText,
  readBoolean,
  readDate,
  readDecimal,
  readInteger,
  type RawRow,
} from './cell-value';
import type { ColumnMap, FieldSpec } from './header-mapping';
import type { ImportIssue } from './import-report';
import { foldKey, shorten } from './normalise-text';
import { limitLength, optionalDate, requiredText, rowReader, type RowReader } from './row-checks';

export type EmployeeField =
  | 'employeeNumber'
  | 'givenName'
  | 'familyName'
  | 'unit'
  | 'positionTitle'
  | 'professionCode'
  | 'fte'
  | 'employmentType'
  | 'birthYear'
  | 'startDate'
  | 'active';

/** The employee number, the key of both imports (each says what it means there). */
export const EMPLOYEE_NUMBER_COLUMN = {
  field: 'employeeNumber',
  label: 'Ansattnummer',
  aliases: ['Ansattnummer', 'Ansattnr', 'Ansatt-ID', 'Ressursnummer', 'Ressursnr', 'Lønnsnummer'],
  required: true,
  example: '10234',
  hintWords: ['Nr', 'Nummer', 'ID', 'Ansatt', 'Personalnummer', 'Tjenestenummer'],
} as const satisfies Omit<FieldSpec<'employeeNumber'>, 'description'>;

export const EMPLOYEE_FIELDS: readonly FieldSpec<EmployeeField>[] = [
  {
    ...EMPLOYEE_NUMBER_COLUMN,
    description:
      'Nummeret fra HR-systemet, slik det står der (tekst, innledende nuller beholdes), høyst 50 tegn. Et nummer som finnes, oppdaterer den ansatte; et nytt nummer gir en ny ansatt.',
  },
  {
    field: 'givenName',
    label: 'Fornavn',
    aliases: ['Fornavn', 'Fornavn(e)'],
    required: true,
    description: 'Fornavn og eventuelle mellomnavn, høyst 200 tegn.',
    example: 'Kari',
    hintWords: ['Navn', 'Fullt navn', 'Ansattnavn', 'Personnavn', 'Navn ansatt', 'Mellomnavn'],
  },
  {
    field: 'familyName',
    label: 'Etternavn',
    aliases: ['Etternavn'],
    required: true,
    description: 'Etternavn, høyst 200 tegn.',
    example: 'Nordmann',
    hintWords: ['Navn', 'Fullt navn', 'Ansattnavn', 'Personnavn', 'Navn ansatt', 'Slektsnavn'],
  },
  {
    field: 'unit',
    label: 'Enhet',
    aliases: ['Enhet', 'Enhetsnavn', 'Avdeling', 'Arbeidssted', 'Organisasjonsenhet', 'Org.enhet'],
    required: true,
    description:
      'Enhetens navn i kommunen slik det står i Kompetanseplan (store og små bokstaver spiller ingen rolle), eller enhetens id.',
    example: 'Hjemmetjenesten',
    hintWords: ['Organisasjon', 'Tjenestested', 'Avd', 'Seksjon', 'Kostnadssted', 'Tjeneste'],
  },
  {
    field: 'positionTitle',
    label: 'Stilling',
    aliases: ['Stilling', 'Stillingstittel', 'Stillingsbetegnelse', 'Stillingsnavn'],
    required: false,
    description: 'Stillingstittel, fritekst, høyst 200 tegn. En tom celle tømmer feltet.',
    example: 'Sykepleier',
    hintWords: ['Tittel', 'Stillingsbeskrivelse'],
  },
  {
    field: 'professionCode',
    label: 'Yrkeskode',
    aliases: ['Yrkeskode', 'Yrkeskode (STYRK)', 'STYRK', 'STYRK-08', 'STYRK-kode', 'Stillingskode'],
    required: false,
    description:
      'STYRK-08-kode med fire siffer, for eksempel 2223 (sykepleiere) eller 5321 (helsefagarbeidere); a-ordningens sjusifrede yrkeskode leses som de fire første sifrene. En tom celle tømmer feltet.',
    example: '2223',
    hintWords: ['Yrke', 'Yrkestittel', 'Profesjon', 'Yrkesgruppe', 'Faggruppe', 'Utdanning'],
  },
  {
    field: 'fte',
    label: 'Stillingsprosent',
    aliases: ['Stillingsprosent', 'Stillingsandel', 'Stillingsstørrelse', 'Prosent', 'Stilling %'],
    required: true,
    description:
      'Prosent fra 0 til 100, med desimalkomma eller punktum («80», «66,67», «80 %»). «0,8» leses som 0,8 %, ikke 80 %.',
    example: '80',
    hintWords: ['Årsverk', 'Andel', 'Stillingsbrøk', 'Prosent stilling', 'Stillingsprosent %'],
  },
  {
    field: 'employmentType',
    label: 'Ansettelsesform',
    aliases: ['Ansettelsesform', 'Ansettelsestype', 'Ansettelsesforhold', 'Tilsettingsform'],
    required: false,
    description:
      'fast, midlertidig eller vikar (også «engasjement», «vikariat», «tilkallingsvikar» o.l.). Tom: nye ansatte får «fast», andre beholder sin.',
    example: 'fast',
    hintWords: ['Ansettelse', 'Arbeidsforhold', 'Type', 'Stillingstype', 'Tilsetting'],
  },
  {
    field: 'birthYear',
    label: 'Fødselsår',
    aliases: ['Fødselsår', 'Født år', 'Født', 'Fødselsdato'],
    required: false,
    description:
      'Årstall (en full dato gir året; bare året lagres). Alder 14–100 år. Aldri fødselsnummer: en kolonne med fødselsnummer avvises.',
    example: '1985',
    hintWords: ['Alder', 'År', 'Fødselsdag', 'Årskull'],
  },
  {
    field: 'startDate',
    label: 'Startdato',
    aliases: ['Startdato', 'Ansatt fra', 'Ansettelsesdato', 'Tiltredelsesdato', 'Ansatt dato'],
    required: false,
    description: 'Dato som dd.mm.åååå eller åååå-mm-dd, fra 1940 til to år frem i tid.',
    example: '01.08.2020',
    hintWords: ['Start', 'Fra dato', 'Tiltredelse', 'Ansettelsesstart', 'Dato'],
  },
  {
    field: 'active',
    label: 'Aktiv',
    aliases: ['Aktiv', 'Status'],
    required: false,
    description: 'ja eller nei (også x, 1/0, aktiv/inaktiv, sluttet). Tom: ja.',
    example: 'ja',
    hintWords: ['Sluttet', 'Inaktiv', 'Aktiv ansatt'],
  },
];

export type EmploymentType = 'PERMANENT' | 'TEMPORARY' | 'SUBSTITUTE';

export const EMPLOYMENT_TYPE_NAMES: Record<EmploymentType, string> = {
  PERMANENT: 'fast',
  TEMPORARY: 'midlertidig',
  SUBSTITUTE: 'vikar',
};

const EMPLOYMENT_TYPE_WORDS = new Map<string, EmploymentType>(
  Object.entries({
    PERMANENT: [
      'fast',
      'fastansatt',
      'fast ansatt',
      'fast ansettelse',
      'fast stilling',
      'permanent',
    ],
    TEMPORARY: ['midlertidig', 'midlertidig ansatt', 'engasjement', 'prosjekt', 'temporary'],
    SUBSTITUTE: [
      'vikar',
      'vikariat',
      'tilkallingsvikar',
      'tilkalling',
      'ekstrahjelp',
      'substitute',
    ],
  } satisfies Record<EmploymentType, string[]>).flatMap(([type, words]) =>
    words.map((word) => [foldKey(word), type as EmploymentType]),
  ),
);

export function readEmploymentType(text: string): EmploymentType | null {
  return EMPLOYMENT_TYPE_WORDS.get(foldKey(text)) ?? null;
}

/**
 * A STYRK-08 profession code: four digits, or the seven-digit yrkeskode of a-ordningen whose
 * first four digits are the STYRK-08 group. Null when it is not a code we know.
 */
export function readProfessionCode(text: string): string | null {
  const digits = text.replace(/\s/g, '');
  const code = /^\d{7}$/.test(digits) ? digits.slice(0, 4) : digits;
  return /^\d{4}$/.test(code) && findProfession(code) ? code : null;
}

/**
 * What a valid row says. `undefined` means "the file has no such column" (leave the field as
 * it is); null means "empty in the file" (clear it) for fields that may be empty.
 */
export interface EmployeeRecord {
  rowNumber: number;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  unitId: string;
  positionTitle: string | undefined;
  professionCode: string | null | undefined;
  fte: number;
  /** null: blank in the file, so new employees get PERMANENT and others keep theirs. */
  employmentType: EmploymentType | null | undefined;
  birthYear: number | null | undefined;
  startDate: IsoDate | null | undefined;
  active: boolean;
}

export type UnitMatch = { id: string } | { problem: 'UNKNOWN' | 'AMBIGUOUS' | 'OUTSIDE_SCOPE' };

export interface EmployeeRowContext {
  map: ColumnMap<EmployeeField>;
  findUnit(name: string): UnitMatch;
  today: IsoDate;
  municipalityName: string;
  /** The unit the import is limited to, if any. */
  scopeUnitName: string | null;
}

export interface RowResult<R> {
  /** The row's key (employee number) when readable, even if other cells are not. */
  key: string | null;
  record: R | null;
  issues: ImportIssue[];
}

export const MAX_NAME_LENGTH = 200;
export const MAX_NUMBER_LENGTH = 50;
const MIN_WORKING_AGE = 14;
const MAX_WORKING_AGE = 100;

export function validateEmployeeRow(
  row: RawRow,
  context: EmployeeRowContext,
): RowResult<EmployeeRecord> {
  const reader = rowReader(row, context.map, EMPLOYEE_FIELDS);
  const employeeNumber = requiredText(reader, 'employeeNumber', MAX_NUMBER_LENGTH);
  const givenName = requiredText(reader, 'givenName', MAX_NAME_LENGTH);
  const familyName = requiredText(reader, 'familyName', MAX_NAME_LENGTH);

  let unitId: string | null = null;
  const unitName = requiredText(reader, 'unit', MAX_NAME_LENGTH);
  if (unitName !== null) {
    const match = context.findUnit(unitName);
    if ('id' in match) unitId = match.id;
    else if (match.problem === 'AMBIGUOUS') {
      reader.issue(
        'unit',
        'AMBIGUOUS_UNIT',
        `Flere enheter i ${context.municipalityName} heter «${unitName}». Gi enhetene ulike navn før importen.`,
      );
    } else if (match.problem === 'OUTSIDE_SCOPE') {
      reader.issue(
        'unit',
        'UNIT_OUTSIDE_SCOPE',
        `Enheten «${unitName}» ligger ikke under «${context.scopeUnitName}», som importen er avgrenset til.`,
      );
    } else {
      reader.issue(
        'unit',
        'UNKNOWN_UNIT',
        `Fant ingen enhet med navnet «${unitName}» i ${context.municipalityName}.`,
      );
    }
  }

  const positionTitle = reader.has('positionTitle')
    ? limitLength(reader, 'positionTitle', reader.text('positionTitle'), MAX_NAME_LENGTH)
    : undefined;

  let professionCode: string | null | undefined;
  if (reader.has('professionCode')) {
    const text = reader.text('professionCode');
    professionCode = text === '' ? null : readProfessionCode(text);
    if (text !== '' && professionCode === null) {
      reader.issue(
        'professionCode',
        'UNKNOWN_PROFESSION',
        `Ukjent yrkeskode «${shorten(text)}». Bruk en STYRK-08-kode, for eksempel 2223 (sykepleiere) eller 5321 (helsefagarbeidere).`,
      );
    }
  }

  const fte = readFte(reader);

  let employmentType: EmploymentType | null | undefined;
  if (reader.has('employmentType')) {
    const text = reader.text('employmentType');
    employmentType = text === '' ? null : readEmploymentType(text);
    if (text !== '' && employmentType === null) {
      reader.issue(
        'employmentType',
        'INVALID_EMPLOYMENT_TYPE',
        `Ukjent ansettelsesform «${shorten(text)}». Bruk fast, midlertidig eller vikar.`,
      );
    }
  }

  const birthYear = readBirthYear(reader, yearOf(context.today));
  const startDate = optionalDate(reader, 'startDate', {
    from: '1940-01-01',
    to: addYears(context.today, 2),
  });

  let active = true;
  if (reader.has('active') && reader.text('active') !== '') {
    const value = readBoolean(reader.cell('active'));
    if (value === null) {
      reader.issue(
        'active',
        'INVALID_CHOICE',
        `Aktiv «${shorten(reader.text('active'))}» må være ja eller nei.`,
      );
    } else active = value;
  }

  const issues = reader.issues;
  if (
    issues.length > 0 ||
    employeeNumber === null ||
    givenName === null ||
    familyName === null ||
    unitId === null ||
    fte === null
  ) {
    return { key: employeeNumber, record: null, issues };
  }
  return {
    key: employeeNumber,
    issues,
    record: {
      rowNumber: row.rowNumber,
      employeeNumber,
      givenName,
      familyName,
      unitId,
      positionTitle: positionTitle ?? undefined,
      professionCode,
      fte,
      employmentType,
      birthYear: birthYear === undefined ? (reader.has('birthYear') ? null : undefined) : birthYear,
      startDate: startDate === undefined ? (reader.has('startDate') ? null : undefined) : startDate,
      active,
    },
  };
}

function readFte(reader: RowReader<EmployeeField>): number | null {
  const text = reader.text('fte');
  if (text === '') {
    reader.issue('fte', 'REQUIRED', 'Stillingsprosent må fylles ut.');
    return null;
  }
  const value = readDecimal(reader.cell('fte'));
  if (value === null) {
    reader.issue(
      'fte',
      'INVALID_NUMBER',
      `Stillingsprosent «${shorten(text)}» er ikke et tall. Skriv for eksempel 80 eller 66,67.`,
    );
    return null;
  }
  if (value < 0 || value > 100) {
    reader.issue(
      'fte',
      'FTE_OUT_OF_RANGE',
      `Stillingsprosent må være mellom 0 og 100 (fant ${shorten(text)}).`,
    );
    return null;
  }
  // stored with two decimals; rounding here keeps a re-import of "33,333" unchanged
  return Math.round(value * 100) / 100;
}

/** undefined: absent or blank; null: an issue was reported. */
function readBirthYear(
  reader: RowReader<EmployeeField>,
  currentYear: number,
): number | null | undefined {
  const value = reader.cell('birthYear');
  const text = cellText(value);
  if (value === undefined || text === '') return undefined;
  // a full birth date gives its year; only the year is kept
  const year = readInteger(value) ?? (readDate(value) ? yearOf(readDate(value)!) : null);
  if (year === null || year < 1000 || year > 9999) {
    reader.issue('birthYear', 'INVALID_YEAR', `Fødselsår «${shorten(text)}» er ikke et årstall.`);
    return null;
  }
  if (year > currentYear) {
    reader.issue('birthYear', 'BIRTH_YEAR_IN_FUTURE', `Fødselsåret ${year} ligger i fremtiden.`);
    return null;
  }
  const age = currentYear - year;
  if (age < MIN_WORKING_AGE || age > MAX_WORKING_AGE) {
    reader.issue(
      'birthYear',
      'BIRTH_YEAR_IMPLAUSIBLE',
      `Fødselsåret ${year} er ikke sannsynlig for en ansatt (${age} år i ${currentYear}).`,
    );
    return null;
  }
  return year;
}
