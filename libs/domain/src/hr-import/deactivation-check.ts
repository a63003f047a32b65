// What the employee import says about the people it would deactivate, and when it refuses to
// apply: the rules are @kp/domain's (import-safety.ts), the Norwegian words are here.

import { deactivationNeedsConfirmation, fileMatchesFew } from '../import-safety';
import { formatNorwegianNumber, formatPercent } from '../norwegian-format';
import type { DeactivationSummary, ImportIssue } from './import-report';

export interface DeactivationFacts {
  /** Active employees of the scope the run deactivates. */
  deactivating: number;
  activeInScope: number;
  /** Valid rows in the file, and how many of them matched an employee already registered. */
  rows: number;
  matched: number;
  created: number;
  /** 'Gjøvik' or 'Gjøvik under «Hjemmetjenesten»'. */
  scope: string;
  /** The count the caller confirmed, if any. */
  confirmed: number | null;
}

const n = (value: number) => formatNorwegianNumber(value);

export function summariseDeactivation(facts: DeactivationFacts): DeactivationSummary {
  return {
    count: facts.deactivating,
    activeInScope: facts.activeInScope,
    confirmationRequired: deactivationNeedsConfirmation(facts.deactivating, facts.activeInScope),
    confirmed: facts.confirmed,
  };
}

function share(facts: DeactivationFacts): string {
  return facts.activeInScope > 0
    ? ` (${formatPercent(facts.deactivating / facts.activeInScope, 0)})`
    : '';
}

/** Warnings for the report, dry run or real. */
export function deactivationWarnings(facts: DeactivationFacts): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  if (deactivationNeedsConfirmation(facts.deactivating, facts.activeInScope)) {
    warnings.push({
      row: null,
      column: null,
      code: 'MASS_DEACTIVATION',
      message: `Importen vil deaktivere ${n(facts.deactivating)} av ${n(facts.activeInScope)} aktive ansatte i ${facts.scope}${share(facts)}: alle som mangler i filen. Er filen bare et utdrag, avgrens importen til en enhet. Skal så mange deaktiveres, må du bekrefte antallet før importen kjøres.`,
    });
  }
  if (fileMatchesFew(facts)) {
    warnings.push({
      row: null,
      column: null,
      code: 'FILE_MATCHES_FEW',
      message: `Bare ${n(facts.matched)} av de ${n(facts.rows)} gyldige radene i filen hører til en ansatt som allerede er registrert i ${facts.scope} (${n(facts.created)} blir nye). Er det riktig fil og riktig kommune?`,
    });
  }
  return warnings;
}

/**
 * The error that stops a real run deactivating many without the typed count: none sent, or
 * a different number (the file or the staff list changed since the preview). Null: go ahead.
 */
export function unconfirmedDeactivation(facts: DeactivationFacts): ImportIssue | null {
  if (!deactivationNeedsConfirmation(facts.deactivating, facts.activeInScope)) return null;
  if (facts.confirmed === facts.deactivating) return null;
  const what = `${n(facts.deactivating)} av ${n(facts.activeInScope)} aktive ansatte i ${facts.scope}`;
  return {
    row: null,
    column: null,
    code: 'DEACTIVATION_NOT_CONFIRMED',
    message:
      facts.confirmed === null
        ? `Importen vil deaktivere ${what}. Så mange deaktiveres bare når antallet er bekreftet. Ingenting er lagret: kontroller filen på nytt og bekreft at ${n(facts.deactivating)} ansatte skal deaktiveres.`
        : `Du bekreftet ${n(facts.confirmed)}, men importen vil deaktivere ${what}. Ingenting er lagret: kontroller filen på nytt og bekreft det riktige antallet.`,
  };
}
