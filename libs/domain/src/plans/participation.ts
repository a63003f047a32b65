import type { FieldProblem } from '../input-rules';
import { addMonths, type IsoDate } from '../iso-date';
import { formatNorwegianDate, formatNorwegianNumber } from '../norwegian-format';
import { type Draws, roundUnbiased } from '../protection/rounding';

// Who may take part in a measure (tiltak), and what completing it documents (docs/participation.md).
// Plain rules of plain data: the API reads the measure, the people and the places taken under
// a lock on the measure row, asks these functions, and writes only when they find nothing.

/** A measure's status (the plans capability owns the type; repeated here to stay independent). */
type MeasureStatus = 'PLANNED' | 'OPEN' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';
export type ParticipantStatus = 'SIGNED_UP' | 'COMPLETED' | 'NOT_COMPLETED' | 'WITHDRAWN';

/** Participants who hold a place: everyone but those who withdrew. */
export const PLACE_HOLDING_STATUSES: readonly ParticipantStatus[] = [
  'SIGNED_UP',
  'COMPLETED',
  'NOT_COMPLETED',
];

/** Measures whose signed-up participants count as "expected" in the gap figures. */
export const EXPECTING_MEASURE_STATUSES: readonly MeasureStatus[] = ['PLANNED', 'OPEN', 'RUNNING'];

export interface SignUpMeasure {
  title: string;
  status: MeasureStatus;
  places: number;
  /** null: a regional measure (places shared out per municipality); else the owner municipality. */
  municipalityId: string | null;
  /** A regional measure's places per municipality (measure_share). */
  shares: ReadonlyMap<string, number>;
}

/** One row of a sign-up, as the API found it (in the caller's scope or not). */
export interface SignUpCandidate {
  employeeId: string;
  /** null: no such person in the caller's scope (unknown, erased or outside it: one answer). */
  person: {
    fullName: string;
    municipalityId: string;
    municipalityName: string;
    active: boolean;
  } | null;
  /** Their existing participation in this measure, if any. */
  existing: ParticipantStatus | null;
}

/** Places already held: in the whole measure and per municipality. */
export interface TakenPlaces {
  total: number;
  byMunicipality: ReadonlyMap<string, number>;
}

const STATUS_WORDS: Record<MeasureStatus, string> = {
  PLANNED: 'planlagt',
  OPEN: 'åpent for påmelding',
  RUNNING: 'i gang',
  COMPLETED: 'fullført',
  CANCELLED: 'avlyst',
};

/** "1 plass", "3 plasser". */
function places(count: number): string {
  return `${formatNorwegianNumber(count)} ${count === 1 ? 'plass' : 'plasser'}`;
}

/**
 * Everything wrong with signing up `candidates` (rows of `employeeIds`), all at once: the
 * measure's status, people out of scope or inactive, duplicates, people already taking part,
 * and places (the measure's, and for a regional measure each municipality's share). Nothing is
 * written when the list is not empty.
 */
export function signUpProblems(
  measure: SignUpMeasure,
  candidates: readonly SignUpCandidate[],
  taken: TakenPlaces,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (measure.status === 'COMPLETED' || measure.status === 'CANCELLED') {
    return [
      {
        field: 'measureId',
        code: `MEASURE_${measure.status}`,
        message: `Tiltaket «${measure.title}» er ${STATUS_WORDS[measure.status]}, så ingen kan meldes på`,
      },
    ];
  }
  if (candidates.length === 0) {
    return [{ field: 'employeeIds', code: 'REQUIRED', message: 'Velg minst én deltaker' }];
  }

  const seen = new Set<string>();
  const newPerMunicipality = new Map<string, number>();
  const names = new Map<string, string>();
  candidates.forEach((candidate, index) => {
    const field = `employeeIds.${index}`;
    const row = `rad ${index + 1}`;
    if (seen.has(candidate.employeeId)) {
      problems.push({
        field,
        code: 'DUPLICATE',
        message: `${candidate.person?.fullName ?? 'Samme person'} (${row}) står flere ganger i listen`,
      });
      return;
    }
    seen.add(candidate.employeeId);
    const person = candidate.person;
    if (!person) {
      problems.push({
        field,
        code: 'UNKNOWN_EMPLOYEE',
        message: `Fant ikke den ansatte på ${row} blant dem du kan melde på`,
      });
      return;
    }
    if (!person.active) {
      problems.push({
        field,
        code: 'INACTIVE_EMPLOYEE',
        message: `${person.fullName} (${row}) er ikke aktiv ansatt og kan ikke meldes på`,
      });
      return;
    }
    if (candidate.existing && candidate.existing !== 'WITHDRAWN') {
      problems.push({
        field,
        code: 'ALREADY_PARTICIPANT',
        message:
          candidate.existing === 'SIGNED_UP'
            ? `${person.fullName} (${row}) er allerede påmeldt`
            : `${person.fullName} (${row}) har allerede deltatt i tiltaket`,
      });
      return;
    }
    if (measure.municipalityId !== null && person.municipalityId !== measure.municipalityId) {
      problems.push({
        field,
        code: 'OTHER_MUNICIPALITY',
        message: `${person.fullName} (${row}) er ansatt i ${person.municipalityName}; tiltaket er for én kommune, ikke regionalt`,
      });
      return;
    }
    names.set(person.municipalityId, person.municipalityName);
    newPerMunicipality.set(
      person.municipalityId,
      (newPerMunicipality.get(person.municipalityId) ?? 0) + 1,
    );
  });
  if (problems.length > 0) return problems;

  const added = candidates.length;
  const free = Math.max(0, measure.places - taken.total);
  if (added > free) {
    problems.push({
      field: 'employeeIds',
      code: 'TOO_MANY_PARTICIPANTS',
      message: `Tiltaket har ${places(measure.places)} og ${formatNorwegianNumber(taken.total)} er tatt: du kan melde på ${formatNorwegianNumber(free)} til, ikke ${formatNorwegianNumber(added)}`,
    });
  }
  if (measure.municipalityId === null) {
    for (const [municipalityId, count] of newPerMunicipality) {
      const share = measure.shares.get(municipalityId) ?? 0;
      const held = taken.byMunicipality.get(municipalityId) ?? 0;
      const left = Math.max(0, share - held);
      if (count > left) {
        problems.push({
          field: 'employeeIds',
          code: 'SHARE_EXCEEDED',
          message:
            share === 0
              ? `${names.get(municipalityId)} har ingen plasser i tiltaket`
              : `${names.get(municipalityId)} har ${places(share)} i tiltaket og ${formatNorwegianNumber(held)} er tatt: du kan melde på ${formatNorwegianNumber(left)} til, ikke ${formatNorwegianNumber(count)}`,
        });
      }
    }
  }
  return problems;
}

/** Why a participant cannot be withdrawn (null: they can). */
export function withdrawProblem(
  status: ParticipantStatus,
  measure: MeasureStatus,
): { code: string; message: string } | null {
  if (status === 'WITHDRAWN') {
    return { code: 'ALREADY_WITHDRAWN', message: 'Deltakeren har allerede trukket seg' };
  }
  if (status !== 'SIGNED_UP') {
    return {
      code: 'HAS_OUTCOME',
      message: 'Deltakeren har fått et resultat og kan ikke trekkes fra tiltaket',
    };
  }
  if (measure === 'COMPLETED' || measure === 'CANCELLED') {
    return {
      code: `MEASURE_${measure}`,
      message: `Tiltaket er ${STATUS_WORDS[measure]}, så påmeldingen kan ikke endres`,
    };
  }
  return null;
}

/** What an outcome does to one participant. */
export type OutcomeChange = 'COMPLETE' | 'NOT_COMPLETE' | 'UNCHANGED';

export interface OutcomeRow {
  participantId: string;
  completed: boolean;
  /** null: no such participant of this measure in the caller's scope. */
  participant: { fullName: string; status: ParticipantStatus } | null;
}

/**
 * Checks a list of outcomes and says what each does. Completing twice changes nothing
 * (UNCHANGED); a completion is final (the competence it documented stays in the history), so
 * COMPLETED cannot become NOT_COMPLETED; someone who did not complete may complete later.
 */
export function outcomeChanges(
  measure: { title: string; status: MeasureStatus; startsOn: IsoDate },
  rows: readonly OutcomeRow[],
  completedOn: IsoDate,
  today: IsoDate,
): { problems: FieldProblem[]; changes: OutcomeChange[] } {
  if (measure.status === 'CANCELLED') {
    return {
      problems: [
        {
          field: 'measureId',
          code: 'MEASURE_CANCELLED',
          message: `Tiltaket «${measure.title}» er avlyst og kan ikke fullføres`,
        },
      ],
      changes: [],
    };
  }
  const problems: FieldProblem[] = [];
  if (completedOn > today) {
    problems.push({
      field: 'completedOn',
      code: 'IN_FUTURE',
      message: 'Dato fullført kan ikke være i fremtiden',
    });
  } else if (completedOn < measure.startsOn) {
    problems.push({
      field: 'completedOn',
      code: 'BEFORE_START',
      message: `Dato fullført kan ikke være før tiltaket startet (${formatNorwegianDate(measure.startsOn)})`,
    });
  }
  if (rows.length === 0) {
    problems.push({ field: 'outcomes', code: 'REQUIRED', message: 'Velg minst én deltaker' });
  }
  const seen = new Set<string>();
  const changes = rows.map((row, index): OutcomeChange => {
    const field = `outcomes.${index}.participantId`;
    const where = `rad ${index + 1}`;
    if (seen.has(row.participantId)) {
      problems.push({
        field,
        code: 'DUPLICATE',
        message: `Samme deltaker (${where}) står flere ganger i listen`,
      });
      return 'UNCHANGED';
    }
    seen.add(row.participantId);
    const participant = row.participant;
    if (!participant) {
      problems.push({
        field,
        code: 'UNKNOWN_PARTICIPANT',
        message: `Fant ikke deltakeren på ${where} i tiltaket blant dem du har ansvar for`,
      });
      return 'UNCHANGED';
    }
    const { status, fullName } = participant;
    if (status === 'WITHDRAWN') {
      problems.push({
        field,
        code: 'WITHDRAWN',
        message: `${fullName} (${where}) har trukket seg og kan ikke få et resultat`,
      });
      return 'UNCHANGED';
    }
    if (row.completed) return status === 'COMPLETED' ? 'UNCHANGED' : 'COMPLETE';
    if (status === 'COMPLETED') {
      problems.push({
        field,
        code: 'ALREADY_COMPLETED',
        message: `${fullName} (${where}) er allerede registrert som fullført; kompetansen er dokumentert og kan ikke trekkes tilbake her`,
      });
      return 'UNCHANGED';
    }
    return status === 'NOT_COMPLETED' ? 'UNCHANGED' : 'NOT_COMPLETE';
  });
  return { problems, changes };
}

export interface CompletionMeasure {
  id: string;
  title: string;
  kind: string;
  providerName: string;
  awardsCertificate: boolean;
}

export interface CompletionTarget {
  competenceId: string;
  level: number;
  /** The competence's validity (certificates), null = no expiry. */
  validityMonths: number | null;
}

export interface CompletionEffects {
  /** A measure that awards a certificate documents it as a qualification (FORMAL). */
  qualification: {
    kind: 'CERTIFICATE' | 'COURSE';
    title: string;
    issuer: string | null;
    obtainedOn: IsoDate;
    expiresOn: IsoDate | null;
    sourceRef: string;
  } | null;
  assessments: Array<{
    competenceId: string;
    level: number;
    source: 'FORMAL' | 'INFORMAL';
    evidence: string;
    validUntil: IsoDate | null;
  }>;
}

/** Where a qualification from a completed measure came from (qualification.source_ref). */
export function measureSourceRef(measureId: string): string {
  return `tiltak:${measureId}`;
}

/**
 * What completing a measure documents for one participant, for each target competence:
 * - awards a certificate: a qualification (CERTIFICATE when a target expires or the measure
 *   renews certificates, else COURSE) titled as the measure, issued by the provider, expiring
 *   after the shortest validity among the targets, and FORMAL assessments tied to it that
 *   last as long as it does;
 * - otherwise INFORMAL assessments with the evidence «Fullført tiltak: <title>», expiring
 *   after the competence's own validity when it has one.
 * Targets the person already holds informally at or above the level get no informal entry:
 * a newer informal entry replaces the older one, and completion never lowers a level.
 */
export function completionEffects(
  measure: CompletionMeasure,
  targets: readonly CompletionTarget[],
  completedOn: IsoDate,
  informalLevels: ReadonlyMap<string, number> = new Map(),
): CompletionEffects {
  if (measure.awardsCertificate) {
    const months = targets.flatMap((t) => (t.validityMonths === null ? [] : [t.validityMonths]));
    const expiresOn = months.length > 0 ? addMonths(completedOn, Math.min(...months)) : null;
    return {
      qualification: {
        kind:
          months.length > 0 || measure.kind === 'CERTIFICATE_RENEWAL' ? 'CERTIFICATE' : 'COURSE',
        title: measure.title,
        issuer: measure.providerName.trim() || null,
        obtainedOn: completedOn,
        expiresOn,
        sourceRef: measureSourceRef(measure.id),
      },
      assessments: targets.map((t) => ({
        competenceId: t.competenceId,
        level: t.level,
        source: 'FORMAL',
        evidence: measure.title,
        validUntil: expiresOn,
      })),
    };
  }
  return {
    qualification: null,
    assessments: targets
      .filter((t) => (informalLevels.get(t.competenceId) ?? -1) < t.level)
      .map((t) => ({
        competenceId: t.competenceId,
        level: t.level,
        source: 'INFORMAL',
        evidence: `Fullført tiltak: ${measure.title}`,
        validUntil: t.validityMonths === null ? null : addMonths(completedOn, t.validityMonths),
      })),
  };
}

/** A count of people as a reader sees it. */
export interface ParticipantCountFigure {
  value: number;
  rounded: boolean;
}

/**
 * A count of participants for a reader who may not see the people behind it: rounded without
 * bias to a multiple of k (docs/gap-analysis.md, "Privacy: rounded figures"), with the draw
 * keyed by what is counted and the count, so asking again gives the same figure and averaging
 * many answers learns nothing. Exact readers get the count as it is.
 */
export function participantCount(
  count: number,
  protection: { k: number; draws: Draws; key: string } | null,
): ParticipantCountFigure {
  if (!protection) return { value: count, rounded: false };
  const { k, draws, key } = protection;
  return {
    value: roundUnbiased(count, k, draws.uniform(`participants|${key}|${count}`)),
    rounded: true,
  };
}

/** A headcount behind a gap figure, rounded for a reader who may not see the people. */
export function roundedHeadcount(
  count: number,
  protection: { k: number; draws: Draws; key: string },
) {
  return participantCount(count, protection).value;
}
