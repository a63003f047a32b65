// How many people work where in the demo region, in which professions and on what terms.
//
// Headcounts: about 2,500 people in health and care. Gjøvik has about 43 % of the region's
// inhabitants and gets 40 % of the staff; the smaller municipalities get a little more than their
// share of inhabitants, because their populations are older and small services cost more staff
// per user. The demo organisation has one unit per service, so most units are larger than a real
// unit leader's span; the two units with a demo leader (Hjemmetjenesten Gjøvik and Lena sykehjem)
// are kept at a real unit's size (about 80) so their screens look like a leader's own.

import type { WeightedEntry } from '@kp/domain';

export type ServiceType =
  'sykehjem' | 'hjemmetjeneste' | 'psykisk-helse-rus' | 'utviklingshemming' | 'helsestasjon';

export type EmploymentType = 'PERMANENT' | 'TEMPORARY' | 'SUBSTITUTE';

/** Headcount (active and inactive) per municipality number and unit name. */
export const UNIT_HEADCOUNTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '3407': {
    'Hunndalen helse- og omsorgssenter': 270,
    'Sørbyen sykehjem': 170,
    'Biri omsorgssenter': 110,
    'Hjemmetjenesten Gjøvik': 80,
    'Psykisk helse og rus Gjøvik': 95,
    'Tjenester for utviklingshemmede Gjøvik': 205,
    'Helsestasjon Gjøvik': 70,
  },
  '3442': {
    'Lena sykehjem': 78,
    'Kapp omsorgssenter': 112,
    'Hjemmetjenesten Østre Toten': 170,
    'Psykisk helse og rus Østre Toten': 60,
    'Tjenester for utviklingshemmede Østre Toten': 95,
    'Helsestasjon Østre Toten': 35,
  },
  '3443': {
    'Raufoss sykehjem': 150,
    'Reinsvoll omsorgssenter': 90,
    'Hjemmetjenesten Vestre Toten': 120,
    'Psykisk helse og rus Vestre Toten': 40,
    'Tjenester for utviklingshemmede Vestre Toten': 55,
    'Helsestasjon Vestre Toten': 25,
  },
  '3447': {
    'Hov sykehjem': 90,
    'Hjemmetjenesten Søndre Land': 65,
    'Psykisk helse og rus Søndre Land': 20,
    'Tjenester for utviklingshemmede Søndre Land': 30,
    'Helsestasjon Søndre Land': 15,
  },
  '3448': {
    'Dokka helsetun': 105,
    'Hjemmetjenesten Nordre Land': 70,
    'Psykisk helse og rus Nordre Land': 22,
    'Tjenester for utviklingshemmede Nordre Land': 35,
    'Helsestasjon Nordre Land': 18,
  },
};

/**
 * STYRK-08 mix per service, in per cent of the staff who are not leaders. Nursing homes and home
 * care are carried by helsefagarbeidere and sykepleiere with many unskilled assistants; doctors
 * are rare (most are employed in the municipality's own medical service, outside these units).
 */
export const PROFESSION_MIX: Readonly<Record<ServiceType, readonly WeightedEntry<string>[]>> = {
  sykehjem: [
    { value: '5321', weight: 44 },
    { value: '2223', weight: 24 },
    { value: '5329', weight: 22 },
    { value: '2221', weight: 4 },
    { value: '2264', weight: 2 },
    { value: '2267', weight: 1.5 },
    { value: '2211', weight: 0.5 },
  ],
  hjemmetjeneste: [
    { value: '5321', weight: 38 },
    { value: '2223', weight: 27 },
    { value: '5329', weight: 10 },
    { value: '2224', weight: 6 },
    { value: '5322', weight: 7 },
    { value: '2221', weight: 4 },
    { value: '2264', weight: 4 },
    { value: '2267', weight: 4 },
  ],
  'psykisk-helse-rus': [
    { value: '2223', weight: 24 },
    { value: '3412', weight: 24 },
    { value: '2224', weight: 18 },
    { value: '2221', weight: 12 },
    { value: '2635', weight: 11 },
    { value: '5321', weight: 10 },
    { value: '2212', weight: 1 },
  ],
  utviklingshemming: [
    { value: '3412', weight: 30 },
    { value: '2224', weight: 26 },
    { value: '5321', weight: 22 },
    { value: '5329', weight: 16 },
    { value: '2223', weight: 4 },
    { value: '2267', weight: 1 },
    { value: '2264', weight: 1 },
  ],
  helsestasjon: [
    { value: '2221', weight: 58 },
    { value: '2222', weight: 14 },
    { value: '2264', weight: 14 },
    { value: '2223', weight: 6 },
    { value: '2267', weight: 4 },
    { value: '2211', weight: 4 },
  ],
};

/** Leaders of nursing homes and home care are "ledere av eldreomsorg"; others of health services. */
export function leaderProfession(serviceType: ServiceType): string {
  return serviceType === 'sykehjem' || serviceType === 'hjemmetjeneste' ? '1343' : '1342';
}

/** A Norwegian position title for a profession in a service. */
export function positionTitle(professionCode: string, serviceType: ServiceType): string {
  switch (professionCode) {
    case '2221':
      if (serviceType === 'helsestasjon') return 'Helsesykepleier';
      if (serviceType === 'psykisk-helse-rus') return 'Spesialsykepleier psykisk helse';
      return 'Spesialsykepleier';
    case '2211':
      return serviceType === 'helsestasjon' ? 'Helsestasjonslege' : 'Sykehjemslege';
    case '3412':
      return serviceType === 'psykisk-helse-rus' ? 'Miljøterapeut' : 'Miljøarbeider';
    case '5329':
      return serviceType === 'utviklingshemming' ? 'Assistent' : 'Pleieassistent';
    default:
      return TITLES[professionCode] ?? 'Medarbeider';
  }
}

const TITLES: Readonly<Record<string, string>> = {
  '2212': 'Psykiater',
  '2222': 'Jordmor',
  '2223': 'Sykepleier',
  '2224': 'Vernepleier',
  '2264': 'Fysioterapeut',
  '2267': 'Ergoterapeut',
  '2635': 'Sosionom',
  '5321': 'Helsefagarbeider',
  '5322': 'Hjemmehjelp',
};

/** Youngest plausible age for a profession (education done, or old enough to be employed). */
export const MINIMUM_AGE: Readonly<Record<string, number>> = {
  '1342': 30,
  '1343': 30,
  '2211': 27,
  '2212': 32,
  '2221': 27,
  '2222': 27,
  '2223': 22,
  '2224': 22,
  '2264': 23,
  '2267': 22,
  '2635': 22,
  '3412': 20,
  '5321': 19,
  '5322': 19,
  '5329': 19,
};

/** Age bands at the reference date: 14 % are 60 or older, so retirement projections bite. */
export const AGE_BANDS: readonly WeightedEntry<readonly [number, number]>[] = [
  { value: [19, 24], weight: 9 },
  { value: [25, 29], weight: 11 },
  { value: [30, 34], weight: 11 },
  { value: [35, 39], weight: 11 },
  { value: [40, 44], weight: 11 },
  { value: [45, 49], weight: 11 },
  { value: [50, 54], weight: 11 },
  { value: [55, 59], weight: 11 },
  { value: [60, 64], weight: 10 },
  { value: [65, 69], weight: 4 },
];

/** Share of women per service (health and care in Norway is about 85 % women). */
export const SHARE_OF_WOMEN: Readonly<Record<ServiceType, number>> = {
  sykehjem: 0.88,
  hjemmetjeneste: 0.86,
  'psykisk-helse-rus': 0.72,
  utviklingshemming: 0.7,
  helsestasjon: 0.95,
};

export type FteProfile = 'care' | 'assistant' | 'professional' | 'substitute';

/**
 * Stillingsprosent. Care work runs on rotas where part-time is the rule: most positions are
 * 50–100 %, with shares of the usual rota fractions (33,33 %, 66,67 %) and small weekend jobs.
 */
export const FTE_PROFILES: Readonly<Record<FteProfile, readonly WeightedEntry<number>[]>> = {
  care: [
    { value: 100, weight: 24 },
    { value: 90, weight: 8 },
    { value: 85, weight: 4 },
    { value: 80, weight: 14 },
    { value: 75, weight: 10 },
    { value: 70, weight: 7 },
    { value: 66.67, weight: 3 },
    { value: 60, weight: 8 },
    { value: 50, weight: 10 },
    { value: 40, weight: 5 },
    { value: 33.33, weight: 3 },
    { value: 25, weight: 2 },
    { value: 20, weight: 2 },
  ],
  assistant: [
    { value: 100, weight: 10 },
    { value: 80, weight: 10 },
    { value: 75, weight: 8 },
    { value: 60, weight: 12 },
    { value: 50, weight: 20 },
    { value: 40, weight: 12 },
    { value: 33.33, weight: 8 },
    { value: 25, weight: 8 },
    { value: 20, weight: 12 },
  ],
  professional: [
    { value: 100, weight: 50 },
    { value: 90, weight: 8 },
    { value: 80, weight: 15 },
    { value: 75, weight: 5 },
    { value: 60, weight: 8 },
    { value: 50, weight: 10 },
    { value: 40, weight: 2 },
    { value: 20, weight: 2 },
  ],
  substitute: [
    { value: 20, weight: 20 },
    { value: 25, weight: 10 },
    { value: 33.33, weight: 15 },
    { value: 40, weight: 15 },
    { value: 50, weight: 20 },
    { value: 60, weight: 10 },
    { value: 80, weight: 5 },
    { value: 100, weight: 5 },
  ],
};

export function fteProfile(
  professionCode: string,
  serviceType: ServiceType,
  employmentType: EmploymentType,
): FteProfile {
  if (employmentType === 'SUBSTITUTE') return 'substitute';
  if (professionCode === '5329' || professionCode === '5322') return 'assistant';
  if (serviceType === 'helsestasjon' || serviceType === 'psykisk-helse-rus') return 'professional';
  if (['2211', '2212', '2221', '2264', '2267'].includes(professionCode)) return 'professional';
  return 'care';
}

/** Young staff are more often temporary or substitutes (students, summer and weekend jobs). */
export function employmentTypes(age: number): readonly WeightedEntry<EmploymentType>[] {
  return age < 25
    ? [
        { value: 'PERMANENT', weight: 50 },
        { value: 'TEMPORARY', weight: 30 },
        { value: 'SUBSTITUTE', weight: 20 },
      ]
    : [
        { value: 'PERMANENT', weight: 84 },
        { value: 'TEMPORARY', weight: 11 },
        { value: 'SUBSTITUTE', weight: 5 },
      ];
}

/** Years of service at the reference date, before clamping to what the person's age allows. */
export const TENURE_BANDS: readonly WeightedEntry<readonly [number, number]>[] = [
  { value: [0, 0], weight: 12 },
  { value: [1, 2], weight: 20 },
  { value: [3, 9], weight: 33 },
  { value: [10, 19], weight: 23 },
  { value: [20, 35], weight: 12 },
];

/** Share of people who have left but are still on file as inactive. */
export const INACTIVE_SHARE = 0.015;
