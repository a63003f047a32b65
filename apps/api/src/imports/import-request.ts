import type { ExplicitMapping, ImportReport, IsoDate } from '@kp/domain';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import type { ImportSource } from './import-file.reader';

/** Where the rows go: a municipality, optionally limited to a unit and its sub-units. */
export interface ImportTarget {
  regionId: string;
  municipalityId: string;
  municipalityNumber: string;
  municipalityName: string;
  scopeUnit: { id: string; name: string } | null;
}

export interface ImportRequest {
  /** The signed-in caller; null on the command line. */
  actor: Actor | null;
  via: 'http' | 'cli';
  target: ImportTarget;
  source: ImportSource;
  dryRun: boolean;
  mapping: ExplicitMapping;
  today: IsoDate;
  /**
   * Employees: the number of people the caller confirms may be deactivated. A real run that
   * would deactivate many (see deactivationNeedsConfirmation) is refused unless it is exactly
   * that number. Null: nothing confirmed.
   */
  confirmDeactivate?: number | null;
}

/** 'Gjøvik' or 'Gjøvik under «Hjemmetjenesten»': where an import reads and deactivates. */
export function scopeName(target: ImportTarget): string {
  return target.scopeUnit
    ? `${target.municipalityName} under «${target.scopeUnit.name}»`
    : target.municipalityName;
}

/**
 * Whose employees an import may read and change: imports are HR work, so the caller's HR
 * municipalities; on the command line (no person) the target's region. The target (the
 * municipality, and the unit an import is limited to) narrows it further in each statement.
 */
export function importScope(request: ImportRequest): Scope {
  return request.actor ? Scope.hr(request.actor) : Scope.system(request.target.regionId);
}

export function reportBase(
  kind: ImportReport['kind'],
  target: ImportTarget,
  dryRun: boolean,
): Pick<ImportReport, 'kind' | 'municipality' | 'unit' | 'dryRun'> {
  return {
    kind,
    municipality: { number: target.municipalityNumber, name: target.municipalityName },
    unit: target.scopeUnit,
    dryRun,
  };
}
