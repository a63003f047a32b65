// Whether an applied import run can still be undone, and if not, why, in words HR can act on.
// The import history shows the same reason the undo itself would give.

import { formatNorwegianNumber } from '../norwegian-format';
import type { ImportKind } from './import-report';

export type UndoStatus = 'UNDOABLE' | 'UNDONE' | 'EXPIRED' | 'BLOCKED';

export interface UndoFacts {
  kind: ImportKind;
  undoneAt: string | null;
  undoneByName: string | null;
  appliedAt: string;
  expired: boolean;
  windowDays: number;
  /** How many rows the run recorded (employees, or qualifications and assessments). */
  recorded: number;
  missing: number;
  changedSince: number;
  changedExamples: readonly string[];
  extendedSince: number;
  /** Employees the run created that now have records of their own (only known at undo). */
  createdInUse: number;
}

export interface UndoRefusal {
  status: Exclude<UndoStatus, 'UNDOABLE'>;
  code: string;
  message: string;
}

const n = (value: number) => formatNorwegianNumber(value);

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** '2026-11-24T09:15:00.000Z' → '24.11.2026 kl. 10.15' (Norwegian time). */
export function formatOsloTime(iso: string): string {
  const parts = Object.fromEntries(
    OSLO_TIME.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

function examples(facts: UndoFacts): string {
  if (facts.changedExamples.length === 0) return '';
  const numbers = facts.changedExamples.map((number) => `«${number}»`).join(', ');
  return ` (blant annet ansattnummer ${numbers})`;
}

/** Null when the run can be undone. */
export function undoRefusal(facts: UndoFacts): UndoRefusal | null {
  if (facts.undoneAt) {
    return {
      status: 'UNDONE',
      code: 'IMPORT_ALREADY_UNDONE',
      message: `Importen er allerede angret ${formatOsloTime(facts.undoneAt)}${facts.undoneByName ? ` av ${facts.undoneByName}` : ''}. Den kan ikke angres to ganger.`,
    };
  }
  if (facts.expired) {
    return {
      status: 'EXPIRED',
      code: 'IMPORT_UNDO_EXPIRED',
      message: `Importen kan bare angres i ${facts.windowDays} dager etter at den ble kjørt. Denne ble kjørt ${formatOsloTime(facts.appliedAt)}.`,
    };
  }
  const what = facts.kind === 'employees' ? 'ansatte' : 'kvalifikasjoner og kompetansenivåer';
  if (facts.missing > 0) {
    return {
      status: 'BLOCKED',
      code: 'IMPORT_CHANGED_SINCE',
      message: `Importen kan ikke angres: ${n(facts.missing)} av de ${n(facts.recorded)} ${what} den endret eller la inn, er slettet etterpå.`,
    };
  }
  if (facts.changedSince > 0) {
    return {
      status: 'BLOCKED',
      code: 'IMPORT_CHANGED_SINCE',
      message: `Importen kan ikke angres: ${n(facts.changedSince)} av de ${n(facts.recorded)} ansatte den endret, er endret etterpå${examples(facts)}. Angre er bare mulig så lenge ingen har endret de samme ansatte senere – angre den senere importen først, eller rett de ansatte for hånd.`,
    };
  }
  if (facts.extendedSince > 0) {
    return {
      status: 'BLOCKED',
      code: 'IMPORT_CHANGED_SINCE',
      message: `Importen kan ikke angres: en senere import har lagt til kompetanse på ${n(facts.extendedSince)} av kvalifikasjonene den opprettet. Angre den senere importen først.`,
    };
  }
  if (facts.createdInUse > 0) {
    return {
      status: 'BLOCKED',
      code: 'IMPORT_UNDO_IN_USE',
      message: `Importen kan ikke angres: ${n(facts.createdInUse)} av de nye ansatte den opprettet, har fått registrert kvalifikasjoner, vurderinger, samtaler eller annet etterpå, som ville gått tapt.`,
    };
  }
  return null;
}
