// STYRK-08 profession codes used in municipal health and care, with SSB's Norwegian names.
//
// Names are copied from SSB's correspondence table between the yrkeskatalog (7-digit codes
// reported in a-ordningen) and STYRK-08 (Klass), including SSB's own spelling: 5322 is
// "Hjemmehjelper" there, in the singular, unlike its neighbours.
//
// The two education flags feed KOSTRA-like indicators (e.g. the share of FTE with health
// education). A STYRK code describes the tasks of a position, not the education of the
// person holding it (SSB: "yrkeskoden skal tilsvare konkrete arbeidsoppgaver, ikke utdanning"),
// so the flags are a proxy: they say what education the occupation normally requires. SSB's
// own KOSTRA figures come from the education register, so our figure is an estimate and must
// be labelled as such beside SSB's.

export interface Profession {
  /** Four-digit STYRK-08 code. */
  code: string;
  /** SSB's Norwegian (bokmål) name of the group. */
  name: string;
  /** The occupation normally requires a health education (helsefaglig utdanning). */
  healthEducation: boolean;
  /** The occupation normally requires higher education (høyere utdanning, bachelor or more). */
  higherEducation: boolean;
}

// Decisions on the flags where the classification alone does not settle them:
// - leaders (1342, 1343): the code carries no education level (SSB: major group 1 has no
//   defined skill level), so both flags are false rather than guessed;
// - 2635 social-field advisers (sosionom, barnevernspedagog) and 3412 social-field
//   environmental workers are social, not health, education;
// - 3256 helsesekretær is an authorised health profession from upper secondary school, so
//   health but not higher education; 5321 helsefagarbeider likewise (fagbrev);
// - 3412 is a major-group-3 code, but the positions coded there (miljøarbeider, fritidsleder)
//   are often held without a degree, so higher education is false;
// - 5322 hjemmehjelper and 5329 andre pleiemedarbeidere (assistants, pleiemedhjelper) are
//   positions without a required education.
export const PROFESSIONS: readonly Profession[] = [
  {
    code: '1342',
    name: 'Ledere av helsetjenester',
    healthEducation: false,
    higherEducation: false,
  },
  { code: '1343', name: 'Ledere av eldreomsorg', healthEducation: false, higherEducation: false },
  {
    code: '2211',
    name: 'Allmennpraktiserende leger',
    healthEducation: true,
    higherEducation: true,
  },
  { code: '2212', name: 'Legespesialister', healthEducation: true, higherEducation: true },
  { code: '2221', name: 'Spesialsykepleiere', healthEducation: true, higherEducation: true },
  { code: '2222', name: 'Jordmødre', healthEducation: true, higherEducation: true },
  { code: '2223', name: 'Sykepleiere', healthEducation: true, higherEducation: true },
  { code: '2224', name: 'Vernepleiere', healthEducation: true, higherEducation: true },
  { code: '2264', name: 'Fysioterapeuter', healthEducation: true, higherEducation: true },
  { code: '2265', name: 'Ernæringsfysiologer', healthEducation: true, higherEducation: true },
  { code: '2267', name: 'Ergoterapeuter', healthEducation: true, higherEducation: true },
  {
    code: '2635',
    name: 'Rådgivere innen sosiale fagfelt',
    healthEducation: false,
    higherEducation: true,
  },
  { code: '3256', name: 'Helsesekretærer', healthEducation: true, higherEducation: false },
  {
    code: '3412',
    name: 'Miljøarbeidere innen sosiale fagfelt',
    healthEducation: false,
    higherEducation: false,
  },
  { code: '5321', name: 'Helsefagarbeidere', healthEducation: true, higherEducation: false },
  { code: '5322', name: 'Hjemmehjelper', healthEducation: false, higherEducation: false },
  { code: '5329', name: 'Andre pleiemedarbeidere', healthEducation: false, higherEducation: false },
];

export const PROFESSION_CODES: readonly string[] = PROFESSIONS.map((p) => p.code);

const BY_CODE: ReadonlyMap<string, Profession> = new Map(PROFESSIONS.map((p) => [p.code, p]));

// HR exports carry the code as text or as a number; both name the same group.
function normaliseCode(code: string | number): string {
  return String(code).trim();
}

export function findProfession(code: string | number): Profession | null {
  return BY_CODE.get(normaliseCode(code)) ?? null;
}

/** SSB's Norwegian name for a known code, or null for a code outside this list. */
export function professionName(code: string | number): string | null {
  return findProfession(code)?.name ?? null;
}

/** False for unknown codes: an unknown profession is not counted as higher educated. */
export function isHigherEducation(code: string | number): boolean {
  return findProfession(code)?.higherEducation ?? false;
}
