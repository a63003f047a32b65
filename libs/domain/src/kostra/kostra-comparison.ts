// Comparing a municipality with the region, its KOSTRA group, its county and the country, and
// the service's own figure beside SSB's (docs/kostra.md, "Comparisons").

import { findProfession } from '../professions';
import { formatNorwegianNumber } from '../norwegian-format';

/** SSB's code for the county a municipality number lies in (3407 → EKA34). */
export function countyCodeOf(municipalityNumber: string): string {
  return `EKA${municipalityNumber.slice(0, 2)}`;
}

export interface RegionMean {
  /** Unweighted mean of the municipalities that have a figure; null when none has. */
  value: number | null;
  /** How many municipalities it is computed from. */
  count: number;
}

/**
 * The region's figure where SSB publishes none (a cooperation of municipalities is not an SSB
 * region): the unweighted mean of the member municipalities' published figures for the year.
 * Unweighted because the figures are ratios whose denominators the file does not carry; the
 * count says how many municipalities it rests on (a missing figure is left out, not taken as 0).
 */
export function regionMean(
  values: ReadonlyArray<number | null>,
  decimals: number | null,
): RegionMean {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { value: null, count: 0 };
  const mean = present.reduce((sum, v) => sum + v, 0) / present.length;
  const factor = 10 ** (decimals ?? 2);
  // toPrecision first: 0.525 × 100 is 52.4999… in binary, and the half must round up
  const scaled = Number((mean * factor).toPrecision(12));
  return { value: Math.round(scaled) / factor, count: present.length };
}

export interface StaffMember {
  professionCode: string | null;
  /** Position in percent (100 = one FTE). */
  fte: number;
}

export interface OwnHealthEducationShare {
  /** Percent of counted FTE held in occupations that require a health education; null when none. */
  share: number | null;
  /** FTE counted (user-directed, with a known profession). */
  fte: number;
  fteHealth: number;
  people: number;
  /** Leaders, left out (SSB counts user-directed FTE only). */
  fteLeaders: number;
  /** People without a profession code, or with a code outside the list: left out. */
  peopleUnknown: number;
  fteUnknown: number;
}

const LEADER_CODES = new Set(['1342', '1343']);

/**
 * The service's estimate of KOSandelmhelseut0000 (share of user-directed FTE with a health
 * education) from the employees it holds: the profession code stands in for the education.
 */
export function ownHealthEducationShare(staff: readonly StaffMember[]): OwnHealthEducationShare {
  let fte = 0;
  let fteHealth = 0;
  let people = 0;
  let fteLeaders = 0;
  let peopleUnknown = 0;
  let fteUnknown = 0;
  for (const member of staff) {
    const years = member.fte / 100;
    const profession = member.professionCode ? findProfession(member.professionCode) : null;
    if (!profession) {
      peopleUnknown += 1;
      fteUnknown += years;
    } else if (LEADER_CODES.has(profession.code)) {
      fteLeaders += years;
    } else {
      people += 1;
      fte += years;
      if (profession.healthEducation) fteHealth += years;
    }
  }
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    share: fte > 0 ? Math.round((fteHealth / fte) * 1000) / 10 : null,
    fte: round2(fte),
    fteHealth: round2(fteHealth),
    people,
    fteLeaders: round2(fteLeaders),
    peopleUnknown,
    fteUnknown: round2(fteUnknown),
  };
}

export interface OwnFigureContext {
  own: OwnHealthEducationShare;
  /** The date the service's figure is computed for (YYYY-MM-DD). */
  asOf: string;
  /** SSB's newest published figure for the municipality, if any. */
  ssb: { year: number; value: number | null; status: string | null } | null;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * Why the two figures differ, in sentences the page shows: the date, the population and the
 * professions (docs/kostra.md).
 */
export function explainOwnFigure({ own, asOf, ssb }: OwnFigureContext): string[] {
  const n = (value: number, decimals = 1) => formatNorwegianNumber(value, decimals);
  const lines: string[] = [];
  if (ssb && ssb.value !== null && own.share !== null) {
    const diff = Math.round((own.share - ssb.value) * 10) / 10;
    lines.push(
      diff === 0
        ? `Tjenestens tall og SSBs tall for ${ssb.year} er like.`
        : `Tjenestens tall er ${n(Math.abs(diff))} prosentpoeng ${diff > 0 ? 'høyere' : 'lavere'} enn SSBs tall for ${ssb.year}.`,
    );
  } else if (ssb) {
    lines.push(`SSB har ikke publisert et tall for ${ssb.year} (${ssb.status ?? 'mangler'}).`);
  } else {
    lines.push('Ingen SSB-tall er importert for kommunen ennå.');
  }
  lines.push(
    ssb
      ? `Ulik dato: SSBs tall gjelder ${ssb.year} (årsverk registrert i 4. kvartal), tjenestens tall gjelder ansatte registrert per ${formatDate(asOf)}.`
      : `Dato: tjenestens tall gjelder ansatte registrert per ${formatDate(asOf)}.`,
  );
  lines.push(
    `Ulik populasjon: SSB teller alle brukerrettede årsverk i kommunens omsorgstjenester; tjenesten teller de ${own.people} ansatte (${n(own.fte)} årsverk) som er registrert her. Ledere (${n(own.fteLeaders)} årsverk) er holdt utenfor, som hos SSB.`,
  );
  lines.push(
    `Yrke i stedet for utdanning: SSB bruker utdanningsregisteret, tjenesten bruker yrkeskoden (STYRK-08) som tegn på helsefaglig utdanning.` +
      (own.peopleUnknown > 0
        ? ` ${own.peopleUnknown} ansatte (${n(own.fteUnknown)} årsverk) mangler yrkeskode eller har en kode tjenesten ikke kjenner, og er holdt utenfor.`
        : ' Alle ansatte har en kjent yrkeskode.'),
  );
  return lines;
}
