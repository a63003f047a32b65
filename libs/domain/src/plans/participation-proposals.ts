import type { FieldProblem } from '../input-rules';
import { addMonths, type IsoDate } from '../iso-date';

// Who to propose as participants of a measure (docs/participation.md, "Proposals"): the appraisal
// connection (open development wishes for a competence the measure develops) and, for a
// certificate renewal, the people whose certificate runs out.

/** A certificate that runs out this long after the measure ends is still worth renewing there. */
export const RENEWAL_WINDOW_MONTHS = 3;

export type ProposalReason = 'DEVELOPMENT_WISH' | 'CERTIFICATE_EXPIRING';

export interface ProposalTarget {
  competenceId: string;
  level: number;
}

/** An OPEN development wish from an appraisal. */
export interface OpenWish {
  employeeId: string;
  developmentItemId: string;
  competenceId: string;
  targetLevel: number;
}

/** A person's last day of certified competence (the latest FORMAL expiry) per competence. */
export interface CertifiedUntil {
  employeeId: string;
  competenceId: string;
  validUntil: IsoDate;
}

export interface Proposal {
  employeeId: string;
  competenceId: string;
  reason: ProposalReason;
  /** The wish the sign-up would close (DEVELOPMENT_WISH). */
  developmentItemId: string | null;
  targetLevel: number | null;
  /** When their certificate runs out (CERTIFICATE_EXPIRING). */
  expiresOn: IsoDate | null;
}

/**
 * Proposals for a measure, one per person and reason (a person with several matching wishes is
 * proposed with the one asking for the most that the measure still reaches, then the first):
 * - DEVELOPMENT_WISH: an open wish for a target competence at a level the measure reaches
 *   (wish level ≤ target level);
 * - CERTIFICATE_EXPIRING (renewal measures only): certified competence in a target that runs out
 *   before the measure ends or within RENEWAL_WINDOW_MONTHS after.
 * People who already take part (`taking`) are left out. Order: wishes first, then by expiry.
 */
export function proposeParticipants(input: {
  kind: string;
  endsOn: IsoDate;
  targets: readonly ProposalTarget[];
  wishes: readonly OpenWish[];
  certified: readonly CertifiedUntil[];
  taking: ReadonlySet<string>;
}): Proposal[] {
  const levelOf = new Map(input.targets.map((t) => [t.competenceId, t.level]));
  const wishes = new Map<string, Proposal>();
  for (const wish of input.wishes) {
    const level = levelOf.get(wish.competenceId);
    if (level === undefined || wish.targetLevel > level || input.taking.has(wish.employeeId)) {
      continue;
    }
    const known = wishes.get(wish.employeeId);
    if (known && (known.targetLevel ?? 0) >= wish.targetLevel) continue;
    wishes.set(wish.employeeId, {
      employeeId: wish.employeeId,
      competenceId: wish.competenceId,
      reason: 'DEVELOPMENT_WISH',
      developmentItemId: wish.developmentItemId,
      targetLevel: wish.targetLevel,
      expiresOn: null,
    });
  }
  const expiring = new Map<string, Proposal>();
  if (input.kind === 'CERTIFICATE_RENEWAL') {
    const latest = addMonths(input.endsOn, RENEWAL_WINDOW_MONTHS);
    for (const cert of input.certified) {
      if (
        !levelOf.has(cert.competenceId) ||
        cert.validUntil > latest ||
        input.taking.has(cert.employeeId) ||
        wishes.has(cert.employeeId)
      ) {
        continue;
      }
      const known = expiring.get(cert.employeeId);
      if (known && (known.expiresOn ?? '') <= cert.validUntil) continue;
      expiring.set(cert.employeeId, {
        employeeId: cert.employeeId,
        competenceId: cert.competenceId,
        reason: 'CERTIFICATE_EXPIRING',
        developmentItemId: null,
        targetLevel: null,
        expiresOn: cert.validUntil,
      });
    }
  }
  return [
    ...wishes.values(),
    ...[...expiring.values()].sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '')),
  ];
}

/**
 * The wish a sign-up closes when none was chosen: the person's open wish for a target the
 * measure reaches (the one asking for the most), or null.
 */
export function wishToClose(
  targets: readonly ProposalTarget[],
  wishes: readonly OpenWish[],
): OpenWish | null {
  const levelOf = new Map(targets.map((t) => [t.competenceId, t.level]));
  let best: OpenWish | null = null;
  for (const wish of wishes) {
    const level = levelOf.get(wish.competenceId);
    if (level === undefined || wish.targetLevel > level) continue;
    if (!best || wish.targetLevel > best.targetLevel) best = wish;
  }
  return best;
}

/** A development item named in a sign-up, as found among the caller's people. */
export interface ChosenItem {
  developmentItemId: string;
  found: {
    employeeId: string;
    kind: string;
    status: string;
    competenceId: string | null;
    targetLevel: number | null;
  } | null;
}

/**
 * Problems with the development items a sign-up names (field `developmentItemIds.<i>`): each
 * must be an open item of one of the people signed up, at most one per person, and a wish must
 * be for a competence and level the measure reaches (an agreed action may be any).
 */
export function chosenItemProblems(
  items: readonly ChosenItem[],
  employeeIds: readonly string[],
  targets: readonly ProposalTarget[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const people = new Set(employeeIds);
  const levelOf = new Map(targets.map((t) => [t.competenceId, t.level]));
  const used = new Set<string>();
  items.forEach((item, index) => {
    const field = `developmentItemIds.${index}`;
    const row = `rad ${index + 1}`;
    const found = item.found;
    const problem = (code: string, message: string) => problems.push({ field, code, message });
    if (!found) {
      problem('UNKNOWN_DEVELOPMENT_ITEM', `Fant ikke utviklingstiltaket på ${row}`);
    } else if (!people.has(found.employeeId)) {
      problem(
        'NOT_IN_SIGN_UP',
        `Utviklingstiltaket på ${row} gjelder en ansatt som ikke er i deltakerlisten`,
      );
    } else if (used.has(found.employeeId)) {
      problem(
        'DUPLICATE',
        `Utviklingstiltaket på ${row} gjelder en ansatt som alt har et utviklingstiltak i listen`,
      );
    } else if (found.status !== 'OPEN') {
      problem('NOT_OPEN', `Utviklingstiltaket på ${row} er ikke åpent lenger`);
    } else if (
      found.kind === 'WISH' &&
      (found.competenceId === null ||
        !levelOf.has(found.competenceId) ||
        (found.targetLevel ?? 0) > (levelOf.get(found.competenceId) ?? -1))
    ) {
      problem(
        'NOT_A_TARGET',
        `Ønsket på ${row} gjelder en kompetanse eller et nivå tiltaket ikke gir`,
      );
    }
    if (found) used.add(found.employeeId);
  });
  return problems;
}
