// One row of a qualifications file → a qualification (with one competence it documents), or
// the reasons it cannot be one. Several rows with the same employee, title and date describe
// one qualification documenting several competences.

import { addYears, type IsoDate } from '../iso-date';
import { describeLevels } from '../levels';
import { readInteger, type RawRow } from './cell-value';
import type { ColumnMap, FieldSpec } from './header-mapping';
import {
  EMPLOYEE_NUMBER_COLUMN,
  MAX_NAME_LENGTH,
  MAX_NUMBER_LENGTH,
  type RowResult,
} from './employee-row';
import { foldKey, shorten } from './normalise-text';
import { limitLength, optionalDate, requiredText, rowReader, type RowReader } from './row-checks';

export type QualificationField =
  | 'employeeNumber'
  | 'title'
  | 'kind'
  | 'issuer'
  | 'obtainedOn'
  | 'expiresOn'
  | 'competence'
  | 'level';

export const QUALIFICATION_FIELDS: readonly FieldSpec<QualificationField>[] = [
  {
    ...EMPLOYEE_NUMBER_COLUMN,
    description:
      'Ansattnummeret til en ansatt som allerede er registrert i kommunen (importer ansatte først).',
  },
  {
    field: 'title',
    label: 'Kvalifikasjon',
    aliases: ['Kvalifikasjon', 'Tittel', 'Kvalifikasjonsnavn', 'Betegnelse', 'Utdanning/kurs'],
    required: true,
    description: 'Navnet på utdanningen, sertifikatet eller kurset, høyst 200 tegn.',
    example: 'HLR voksne',
    hintWords: ['Navn', 'Kurs', 'Kursnavn', 'Utdanning', 'Sertifikat', 'Kvalifikasjoner'],
  },
  {
    field: 'kind',
    label: 'Type',
    aliases: ['Type', 'Kvalifikasjonstype', 'Art', 'Kategori'],
    required: true,
    description:
      'utdanning, sertifikat eller kurs (også «fagbrev», «autorisasjon», «e-læring» o.l.).',
    example: 'sertifikat',
    hintWords: ['Kvalifikasjonsart', 'Form', 'Sort'],
  },
  {
    field: 'issuer',
    label: 'Utsteder',
    aliases: ['Utsteder', 'Tilbyder', 'Institusjon', 'Utdanningssted', 'Kursarrangør'],
    required: false,
    description: 'Hvem som utstedte eller holdt den, fritekst, høyst 200 tegn.',
    example: 'Sykehuset Innlandet',
    hintWords: ['Arrangør', 'Skole', 'Leverandør', 'Kursholder'],
  },
  {
    field: 'obtainedOn',
    label: 'Oppnådd dato',
    aliases: [
      'Oppnådd dato',
      'Oppnådd',
      'Dato',
      'Fullført',
      'Fullført dato',
      'Bestått',
      'Utstedt',
      'Gyldig fra',
    ],
    required: true,
    description: 'Dato som dd.mm.åååå eller åååå-mm-dd, fra 1940 til i dag.',
    example: '15.01.2026',
    hintWords: ['Dato fullført', 'Dato oppnådd', 'Fra', 'År', 'Eksamensdato', 'Avlagt'],
  },
  {
    field: 'expiresOn',
    label: 'Utløpsdato',
    aliases: ['Utløpsdato', 'Utløper', 'Gyldig til', 'Gyldig til dato'],
    required: false,
    description:
      'Dato som dd.mm.åååå. Tom: utløper etter kompetansens gyldighetstid i katalogen, ellers aldri.',
    example: '15.01.2027',
    hintWords: ['Utløp', 'Gyldighet', 'Til', 'Fornyes'],
  },
  {
    field: 'competence',
    label: 'Kompetanse',
    aliases: ['Kompetanse', 'Kompetansenavn'],
    required: false,
    description:
      'Navnet på en kompetanse i regionens kompetansekatalog som kvalifikasjonen dokumenterer. Én rad per kompetanse.',
    example: 'Hjerte-lungeredning',
    hintWords: ['Kompetanseområde', 'Fagområde', 'Ferdighet'],
  },
  {
    field: 'level',
    label: 'Nivå',
    aliases: ['Nivå', 'Kompetansenivå'],
    required: false,
    description: 'Et helt tall på kompetansens skala; påkrevd når Kompetanse er fylt ut.',
    example: '3',
    hintWords: ['Level', 'Grad', 'Kompetansegrad'],
  },
];

export type QualificationKind = 'EDUCATION' | 'CERTIFICATE' | 'COURSE';

const KIND_WORDS = new Map<string, QualificationKind>(
  Object.entries({
    EDUCATION: ['utdanning', 'utdannelse', 'videreutdanning', 'fagbrev', 'grad', 'education'],
    CERTIFICATE: ['sertifikat', 'sertifisering', 'autorisasjon', 'godkjenning', 'certificate'],
    COURSE: ['kurs', 'e-læring', 'elæring', 'opplæring', 'course'],
  } satisfies Record<QualificationKind, string[]>).flatMap(([kind, words]) =>
    words.map((word) => [foldKey(word), kind as QualificationKind]),
  ),
);

export function readQualificationKind(text: string): QualificationKind | null {
  return KIND_WORDS.get(foldKey(text)) ?? null;
}

export interface QualificationRecord {
  rowNumber: number;
  employeeNumber: string;
  title: string;
  kind: QualificationKind;
  issuer: string | null;
  obtainedOn: IsoDate;
  /** null: not in the file; the catalogue's validity then decides. */
  expiresOn: IsoDate | null;
  competenceId: string | null;
  level: number | null;
}

export interface CompetenceMatch {
  id: string;
  name: string;
  /** Ascending; scales may skip numbers. */
  levels: readonly number[];
}

export interface QualificationRowContext {
  map: ColumnMap<QualificationField>;
  findCompetence(name: string): CompetenceMatch | 'AMBIGUOUS' | null;
  today: IsoDate;
}

export function validateQualificationRow(
  row: RawRow,
  context: QualificationRowContext,
): RowResult<QualificationRecord> {
  const reader = rowReader(row, context.map, QUALIFICATION_FIELDS);
  const employeeNumber = requiredText(reader, 'employeeNumber', MAX_NUMBER_LENGTH);
  const title = requiredText(reader, 'title', MAX_NAME_LENGTH);

  const kindText = reader.text('kind');
  const kind = kindText === '' ? null : readQualificationKind(kindText);
  if (kindText === '')
    reader.issue('kind', 'REQUIRED', 'Type må fylles ut (utdanning, sertifikat eller kurs).');
  else if (kind === null) {
    reader.issue(
      'kind',
      'INVALID_KIND',
      `Ukjent type «${shorten(kindText)}». Bruk utdanning, sertifikat eller kurs.`,
    );
  }

  const issuerText = reader.has('issuer') ? reader.text('issuer') : '';
  const issuer =
    issuerText === '' ? null : limitLength(reader, 'issuer', issuerText, MAX_NAME_LENGTH);

  let obtainedOn = optionalDate(reader, 'obtainedOn', { from: '1940-01-01', to: context.today });
  if (obtainedOn === undefined) {
    reader.issue('obtainedOn', 'REQUIRED', 'Oppnådd dato må fylles ut.');
    obtainedOn = null;
  }
  const expiresOn =
    optionalDate(reader, 'expiresOn', { from: '1940-01-01', to: addYears(context.today, 50) }) ??
    null;
  if (obtainedOn && expiresOn && expiresOn < obtainedOn) {
    reader.issue(
      'expiresOn',
      'EXPIRES_BEFORE_OBTAINED',
      'Utløpsdatoen ligger før datoen kvalifikasjonen ble oppnådd.',
    );
  }

  const { competenceId, level } = readCompetenceAndLevel(reader, context);

  const issues = reader.issues;
  if (issues.length > 0 || !employeeNumber || !title || !kind || !obtainedOn) {
    return { key: employeeNumber, record: null, issues };
  }
  return {
    key: employeeNumber,
    issues,
    record: {
      rowNumber: row.rowNumber,
      employeeNumber,
      title,
      kind,
      issuer,
      obtainedOn,
      expiresOn,
      competenceId,
      level,
    },
  };
}

function readCompetenceAndLevel(
  reader: RowReader<QualificationField>,
  context: QualificationRowContext,
): { competenceId: string | null; level: number | null } {
  const name = reader.has('competence') ? reader.text('competence') : '';
  const levelText = reader.has('level') ? reader.text('level') : '';
  if (name === '' && levelText === '') return { competenceId: null, level: null };
  if (name === '') {
    reader.issue('competence', 'REQUIRED', 'Kompetanse må fylles ut når nivå er oppgitt.');
    return { competenceId: null, level: null };
  }
  const competence = context.findCompetence(name);
  if (competence === null || competence === 'AMBIGUOUS') {
    reader.issue(
      'competence',
      'UNKNOWN_COMPETENCE',
      competence === 'AMBIGUOUS'
        ? `Flere kompetanser i katalogen heter «${shorten(name)}».`
        : `Fant ingen kompetanse med navnet «${shorten(name)}» i regionens kompetansekatalog.`,
    );
    return { competenceId: null, level: null };
  }
  if (levelText === '') {
    reader.issue('level', 'REQUIRED', `Nivå må fylles ut for kompetansen «${competence.name}».`);
    return { competenceId: null, level: null };
  }
  const level = readInteger(reader.cell('level'));
  if (level === null || !competence.levels.includes(level)) {
    reader.issue(
      'level',
      'LEVEL_OUT_OF_RANGE',
      `Nivå «${shorten(levelText)}» finnes ikke for «${competence.name}». Skalaen har nivåene ${describeLevels(competence.levels)}.`,
    );
    return { competenceId: null, level: null };
  }
  return { competenceId: competence.id, level };
}
