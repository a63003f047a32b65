// What the demo staff have learnt: the education that goes with each profession, further
// education, the courses and certificates each service expects, and the competences leaders
// assess informally. The probabilities decide which competences come out scarce in the gap
// analysis (specialist nurses, videreutdanning in demens and palliasjon, master i AKS) and
// which are plentiful (HLR, forflytning, fagbrev, bachelor i sykepleie).

import type { Random, WeightedEntry } from '@kp/domain';
import type { ServiceType } from './demo-staffing';

export type QualificationKind = 'EDUCATION' | 'CERTIFICATE' | 'COURSE';

export interface QualificationTemplate {
  kind: QualificationKind;
  /** Who issues it; IN_HOUSE is replaced by the employing municipality ("Gjøvik kommune"). */
  issuers: readonly string[];
  /** Competence keys and levels the qualification documents (the first is its own). */
  documents: readonly { key: string; level: number }[];
}

export const IN_HOUSE = '(kommunen)';

const COLLEGES = ['NTNU', 'Høgskolen i Innlandet', 'OsloMet', 'VID vitenskapelige høgskole'];

function education(
  key: string,
  issuers: readonly string[],
  extra: readonly { key: string; level: number }[] = [],
): [string, QualificationTemplate] {
  return [key, { kind: 'EDUCATION', issuers, documents: [{ key, level: 3 }, ...extra] }];
}

function course(
  key: string,
  kind: 'CERTIFICATE' | 'COURSE',
  issuers: readonly string[],
  level: number,
): [string, QualificationTemplate] {
  return [key, { kind, issuers, documents: [{ key, level }] }];
}

/** Keyed by the competence key whose name is the qualification's title. */
export const QUALIFICATIONS: ReadonlyMap<string, QualificationTemplate> = new Map([
  education('bachelor-sykepleie', [
    'NTNU',
    'NTNU',
    'Høgskolen i Innlandet',
    'OsloMet',
    'VID vitenskapelige høgskole',
    'Lovisenberg diakonale høgskole',
  ]),
  education('fagbrev-helsearbeider', ['Innlandet fylkeskommune']),
  education('fagbrev-barne-ungdomsarbeider', ['Innlandet fylkeskommune']),
  education('vernepleierutdanning', [
    'Høgskolen i Innlandet',
    'NTNU',
    'OsloMet',
    'VID vitenskapelige høgskole',
  ]),
  education('bachelor-fysioterapi', ['OsloMet', 'NTNU', 'Høgskulen på Vestlandet']),
  education('bachelor-ergoterapi', ['NTNU', 'OsloMet']),
  education('bachelor-sosialt-arbeid', [
    'Høgskolen i Innlandet',
    'OsloMet',
    'VID vitenskapelige høgskole',
  ]),
  education('medisin', ['Universitetet i Oslo', 'NTNU', 'Universitetet i Bergen']),
  education('master-jordmor', ['OsloMet', 'NTNU']),
  education(
    'master-helsesykepleie',
    ['Høgskolen i Innlandet', 'OsloMet', 'VID vitenskapelige høgskole'],
    [{ key: 'helsestasjonsprogrammet', level: 3 }],
  ),
  education('vu-demens', COLLEGES, [{ key: 'personsentrert-omsorg', level: 3 }]),
  education('fagskole-eldreomsorg', ['Fagskolen Innlandet']),
  education('vu-geriatri', COLLEGES),
  education('master-aks', ['NTNU', 'OsloMet'], [{ key: 'news2', level: 4 }]),
  education('vu-psykisk-helsearbeid', COLLEGES, [{ key: 'motiverende-intervju', level: 3 }]),
  education('vu-palliasjon', COLLEGES, [{ key: 'palliasjon-grunnleggende', level: 4 }]),
  education('vu-kreftsykepleie', ['OsloMet', 'NTNU']),
  education('vu-velferdsteknologi', ['NTNU', 'Høgskolen i Innlandet']),
  education('vu-veiledning', COLLEGES),
  education('vu-ledelse', ['Høgskolen i Innlandet', 'NTNU', 'BI']),
  education('vu-miljoterapi', ['Høgskolen i Innlandet', 'NTNU', 'OsloMet']),
  course('hlr', 'CERTIFICATE', [IN_HOUSE, IN_HOUSE, 'Sykehuset Innlandet'], 3),
  course('legemiddelhandtering-kurs', 'COURSE', [IN_HOUSE, 'KS Læring'], 3),
  course('medikamentregning', 'COURSE', [IN_HOUSE, 'KS Læring'], 3),
  course('basale-smittevernrutiner', 'COURSE', ['KS Læring', IN_HOUSE], 3),
  course('forflytning', 'COURSE', [IN_HOUSE], 3),
  course('epilepsi', 'COURSE', ['Sykehuset Innlandet', IN_HOUSE], 3),
  course('demensomsorgens-abc', 'COURSE', ['Aldring og helse'], 3),
  course('velferdsteknologiens-abc', 'COURSE', ['Aldring og helse'], 2),
  course('palliasjon-grunnleggende', 'COURSE', ['Sykehuset Innlandet'], 2),
  course('tvang-og-makt', 'COURSE', ['Statsforvalteren i Innlandet'], 3),
  course('vivat', 'COURSE', ['VIVAT selvmordsforebygging'], 3),
]);

// Institutions that merged or were renamed: an older diploma carries the name of its day.
// Applied in order, so a rename can lead on to an even older name.
const NURSING_AT_GJOVIK = ['bachelor-sykepleie', 'master-aks', 'vu-demens', 'vu-geriatri'];
const AT_LILLEHAMMER = ['vernepleierutdanning', 'bachelor-sosialt-arbeid', 'vu-miljoterapi'];
const RENAMED: readonly { name: string; before: number; oldName: string; keys?: string[] }[] = [
  { name: 'NTNU', before: 2016, oldName: 'Høgskolen i Gjøvik', keys: NURSING_AT_GJOVIK },
  { name: 'Høgskolen i Gjøvik', before: 1994, oldName: 'Gjøvik sykepleierhøgskole' },
  { name: 'NTNU', before: 1996, oldName: 'Universitetet i Trondheim', keys: ['medisin'] },
  { name: 'NTNU', before: 2016, oldName: 'Høgskolen i Sør-Trøndelag' },
  { name: 'OsloMet', before: 2018, oldName: 'Høgskolen i Oslo og Akershus' },
  { name: 'Høgskolen i Oslo og Akershus', before: 2011, oldName: 'Høgskolen i Oslo' },
  {
    name: 'Høgskolen i Innlandet',
    before: 2017,
    oldName: 'Høgskolen i Lillehammer',
    keys: AT_LILLEHAMMER,
  },
  { name: 'Høgskolen i Innlandet', before: 2017, oldName: 'Høgskolen i Hedmark' },
  { name: 'VID vitenskapelige høgskole', before: 2016, oldName: 'Diakonhjemmet høgskole' },
  { name: 'Høgskulen på Vestlandet', before: 2017, oldName: 'Høgskolen i Bergen' },
  { name: 'Innlandet fylkeskommune', before: 2020, oldName: 'Oppland fylkeskommune' },
  { name: 'Statsforvalteren i Innlandet', before: 2021, oldName: 'Fylkesmannen i Innlandet' },
  { name: 'Fylkesmannen i Innlandet', before: 2019, oldName: 'Fylkesmannen i Oppland' },
];

/** The issuer's name in the year the qualification was obtained. */
export function issuerInYear(
  issuer: string,
  key: string,
  year: number,
  municipalityName: string,
): string {
  if (issuer === IN_HOUSE) return `${municipalityName} kommune`;
  let name = issuer;
  for (const rename of RENAMED) {
    if (
      rename.name === name &&
      year < rename.before &&
      (!rename.keys || rename.keys.includes(key))
    ) {
      name = rename.oldName;
    }
  }
  return name;
}

// Older diplomas carry the names of their day; they document the same competence.
const OLD_TITLES: readonly { key: string; before: number; title: string }[] = [
  { key: 'bachelor-sykepleie', before: 2003, title: 'Sykepleierutdanning (treårig)' },
  { key: 'bachelor-fysioterapi', before: 2003, title: 'Fysioterapeututdanning' },
  { key: 'bachelor-ergoterapi', before: 2003, title: 'Ergoterapeututdanning' },
  { key: 'bachelor-sosialt-arbeid', before: 2003, title: 'Sosionomutdanning' },
  { key: 'fagbrev-helsearbeider', before: 2008, title: 'Hjelpepleierutdanning' },
  { key: 'master-jordmor', before: 2017, title: 'Videreutdanning i jordmorfag' },
  { key: 'master-helsesykepleie', before: 2019, title: 'Videreutdanning i helsesøsterfag' },
];

/** The qualification's title in the year it was obtained. */
export function titleInYear(key: string, year: number, currentTitle: string): string {
  return OLD_TITLES.find((old) => old.key === key && year < old.before)?.title ?? currentTitle;
}

/** The education a profession requires (keys, in the order obtained). */
export function basicEducation(
  professionCode: string,
  serviceType: ServiceType,
  random: Random,
): string[] {
  switch (professionCode) {
    case '2223':
      return ['bachelor-sykepleie'];
    case '2221':
      return ['bachelor-sykepleie', specialistEducation(serviceType, random)];
    case '2222':
      return ['bachelor-sykepleie', 'master-jordmor'];
    case '2224':
      return ['vernepleierutdanning'];
    case '2264':
      return ['bachelor-fysioterapi'];
    case '2267':
      return ['bachelor-ergoterapi'];
    case '2635':
      return ['bachelor-sosialt-arbeid'];
    case '2211':
    case '2212':
      return ['medisin'];
    case '5321':
      return ['fagbrev-helsearbeider'];
    case '3412': {
      const key = random.weightedPick<string | null>([
        { value: 'fagbrev-barne-ungdomsarbeider', weight: 50 },
        { value: 'fagbrev-helsearbeider', weight: 20 },
        { value: null, weight: 30 },
      ]);
      return key ? [key] : [];
    }
    case '1342':
    case '1343':
      return [...random.weightedPick(LEADER_BACKGROUND[serviceType])];
    default:
      // 5329 and 5322: positions without a required education
      return [];
  }
}

// Leaders usually come from the profession they lead.
const LEADER_BACKGROUND: Readonly<
  Record<ServiceType, readonly WeightedEntry<readonly string[]>[]>
> = {
  sykehjem: [
    { value: ['bachelor-sykepleie'], weight: 85 },
    { value: ['vernepleierutdanning'], weight: 10 },
    { value: ['bachelor-ergoterapi'], weight: 5 },
  ],
  hjemmetjeneste: [
    { value: ['bachelor-sykepleie'], weight: 75 },
    { value: ['vernepleierutdanning'], weight: 15 },
    { value: ['bachelor-fysioterapi'], weight: 10 },
  ],
  'psykisk-helse-rus': [
    { value: ['bachelor-sykepleie'], weight: 50 },
    { value: ['vernepleierutdanning'], weight: 30 },
    { value: ['bachelor-sosialt-arbeid'], weight: 20 },
  ],
  utviklingshemming: [
    { value: ['vernepleierutdanning'], weight: 80 },
    { value: ['bachelor-sykepleie'], weight: 20 },
  ],
  helsestasjon: [{ value: ['bachelor-sykepleie', 'master-helsesykepleie'], weight: 1 }],
};

/** A spesialsykepleier's specialisation, by where they work. */
function specialistEducation(serviceType: ServiceType, random: Random): string {
  if (serviceType === 'helsestasjon') return 'master-helsesykepleie';
  if (serviceType === 'psykisk-helse-rus') return 'vu-psykisk-helsearbeid';
  return random.weightedPick([
    { value: 'vu-geriatri', weight: 35 },
    { value: 'vu-demens', weight: 25 },
    { value: 'vu-palliasjon', weight: 15 },
    { value: 'vu-kreftsykepleie', weight: 15 },
    { value: 'master-aks', weight: 10 },
  ]);
}

export interface Chance {
  key: string;
  p: number;
}

const ELDERLY_CARE: readonly ServiceType[] = ['sykehjem', 'hjemmetjeneste'];

/** Optional further education after the basic one; each is drawn independently. */
export function furtherEducationChances(
  professionCode: string,
  serviceType: ServiceType,
): readonly Chance[] {
  const elderly = ELDERLY_CARE.includes(serviceType);
  switch (professionCode) {
    case '1342':
    case '1343':
      return [
        { key: 'vu-ledelse', p: 0.6 },
        { key: 'vu-veiledning', p: 0.1 },
      ];
    case '2223':
      if (elderly) {
        return [
          { key: 'vu-demens', p: 0.07 },
          { key: 'vu-geriatri', p: 0.05 },
          { key: 'vu-palliasjon', p: 0.025 },
          { key: 'vu-veiledning', p: 0.05 },
          { key: 'master-aks', p: 0.01 },
          { key: 'vu-velferdsteknologi', p: serviceType === 'hjemmetjeneste' ? 0.03 : 0 },
        ];
      }
      if (serviceType === 'psykisk-helse-rus') return [{ key: 'vu-psykisk-helsearbeid', p: 0.35 }];
      if (serviceType === 'utviklingshemming') return [{ key: 'vu-miljoterapi', p: 0.1 }];
      return [];
    case '2224':
      if (serviceType === 'utviklingshemming') {
        return [
          { key: 'vu-miljoterapi', p: 0.18 },
          { key: 'vu-veiledning', p: 0.04 },
        ];
      }
      if (serviceType === 'psykisk-helse-rus') return [{ key: 'vu-psykisk-helsearbeid', p: 0.3 }];
      return elderly ? [{ key: 'vu-demens', p: 0.05 }] : [];
    case '5321':
      return elderly ? [{ key: 'fagskole-eldreomsorg', p: 0.09 }] : [];
    case '2264':
    case '2267':
      return serviceType === 'hjemmetjeneste' ? [{ key: 'vu-velferdsteknologi', p: 0.05 }] : [];
    default:
      return [];
  }
}

const MEDICINE_DELEGATION: Readonly<Record<string, number>> = {
  '5321': 0.85,
  '3412': 0.6,
  '2224': 0.5,
  '5329': 0.15,
};

/** Courses and certificates a person in this service and profession has taken. */
export function courseChances(
  professionCode: string,
  serviceType: ServiceType,
  department: string | null,
): readonly Chance[] {
  const elderly = ELDERLY_CARE.includes(serviceType);
  const nurse = professionCode === '2223' || professionCode === '2221';
  const doctor = professionCode === '2211' || professionCode === '2212';
  const hands = !doctor && professionCode !== '2635';
  const chances: Chance[] = [
    {
      key: 'hlr',
      p: professionCode === '5322' ? 0.5 : serviceType === 'helsestasjon' ? 0.8 : 0.9,
    },
    {
      key: 'legemiddelhandtering-kurs',
      p: serviceType === 'helsestasjon' ? 0 : (MEDICINE_DELEGATION[professionCode] ?? 0),
    },
    { key: 'medikamentregning', p: nurse ? (serviceType === 'helsestasjon' ? 0.4 : 0.8) : 0 },
    {
      key: 'basale-smittevernrutiner',
      p: elderly
        ? 0.65
        : serviceType === 'helsestasjon'
          ? 0.5
          : serviceType === 'utviklingshemming'
            ? 0.35
            : 0.2,
    },
    {
      key: 'forflytning',
      p: !hands ? 0 : elderly ? 0.55 : serviceType === 'utviklingshemming' ? 0.35 : 0,
    },
    { key: 'epilepsi', p: serviceType === 'utviklingshemming' && hands ? 0.45 : 0 },
    {
      key: 'demensomsorgens-abc',
      p: department?.startsWith('Skjermet')
        ? 0.8
        : serviceType === 'sykehjem'
          ? 0.3
          : serviceType === 'hjemmetjeneste'
            ? 0.25
            : 0,
    },
    {
      key: 'velferdsteknologiens-abc',
      p:
        serviceType === 'hjemmetjeneste'
          ? 0.35
          : serviceType === 'sykehjem' || serviceType === 'utviklingshemming'
            ? 0.12
            : 0,
    },
    {
      key: 'palliasjon-grunnleggende',
      p: serviceType === 'sykehjem' ? 0.12 : serviceType === 'hjemmetjeneste' ? 0.08 : 0,
    },
    { key: 'tvang-og-makt', p: serviceType === 'utviklingshemming' ? 0.6 : 0 },
    { key: 'vivat', p: serviceType === 'psykisk-helse-rus' ? 0.45 : 0 },
  ];
  return chances.filter((chance) => chance.p > 0);
}

/** Competences a leader assesses informally in each service (not tied to a certificate). */
export const INFORMAL_COMPETENCES: Readonly<Record<ServiceType, readonly string[]>> = {
  sykehjem: [
    'personsentrert-omsorg',
    'utfordrende-atferd',
    'delirium-depresjon',
    'fallforebygging',
    'trykksar',
    'ernaeringskartlegging',
    'munnhelse',
    'livets-siste-dager',
    'forhandssamtaler',
    'news2',
    'legemiddelgjennomgang',
    'isolering',
    'dokumentasjon',
    'etisk-refleksjon',
    'kunnskapsbasert-praksis',
    'parorendesamarbeid',
    'praksisveiledning',
    'samhandling-sykehus',
    'forbedringsarbeid',
  ],
  hjemmetjeneste: [
    'digitalt-tilsyn',
    'medisindispenser',
    'hverdagsrehabilitering',
    'fallforebygging',
    'ernaeringskartlegging',
    'news2',
    'plo-meldinger',
    'samhandling-sykehus',
    'parorendesamarbeid',
    'personsentrert-omsorg',
    'trykksar',
    'legemiddelgjennomgang',
    'dokumentasjon',
    'etisk-refleksjon',
    'kunnskapsbasert-praksis',
    'isolering',
  ],
  'psykisk-helse-rus': [
    'motiverende-intervju',
    'recovery',
    'dokumentasjon',
    'etisk-refleksjon',
    'samhandling-sykehus',
    'parorendesamarbeid',
    'kunnskapsbasert-praksis',
    'plo-meldinger',
  ],
  utviklingshemming: [
    'miljoterapeutiske-tiltak',
    'ask',
    'dokumentasjon',
    'etisk-refleksjon',
    'parorendesamarbeid',
    'ernaeringskartlegging',
    'munnhelse',
    'kunnskapsbasert-praksis',
    'praksisveiledning',
    'digitalt-tilsyn',
  ],
  helsestasjon: [
    'helsestasjonsprogrammet',
    'vold-overgrep',
    'motiverende-intervju',
    'dokumentasjon',
    'kunnskapsbasert-praksis',
    'samhandling-sykehus',
    'forbedringsarbeid',
    'parorendesamarbeid',
  ],
};

/** Competences the leaders themselves are assessed on. */
export const LEADER_COMPETENCES: readonly string[] = [
  'personalledelse',
  'kompetanseplanlegging',
  'forbedringsarbeid',
];

/** Clinical judgement that assistants without health education are not assessed on. */
export const REGISTERED_ONLY: ReadonlySet<string> = new Set([
  'news2',
  'legemiddelgjennomgang',
  'forhandssamtaler',
  'livets-siste-dager',
  'praksisveiledning',
  'samhandling-sykehus',
  'helsestasjonsprogrammet',
]);

export const INFORMAL_EVIDENCE: readonly string[] = [
  'Erfaring fra daglig arbeid i avdelingen',
  'Internopplæring og hospitering',
  'Erfaring fra tidligere arbeidsforhold',
  'Ressursperson i avdelingen',
];

export const LEADER_EVIDENCE: readonly string[] = [
  'Vurdert i medarbeidersamtale',
  'Observert i praksis av leder',
  'Vurdert etter kompetansekartlegging',
];
