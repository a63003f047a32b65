import { UserError } from '../common/errors/user-error';
import type { AppraisalRecord } from './appraisal.rows';
import { snapshot } from './appraisal.mapper';

/**
 * Someone saved the record after the caller read it. Nothing is written; the saved version
 * travels in `extensions.current` so the form can show both and let the leader choose.
 */
export class AppraisalConflictError extends UserError {
  constructor(current: AppraisalRecord) {
    const who = current.updatedByName ? ` av ${current.updatedByName}` : '';
    super(
      'CONFLICT',
      `Samtalen er lagret${who} etter at du åpnet den (nå versjon ${current.version}). Ingenting av det du gjorde nå er lagret: se gjennom den lagrede versjonen og gjør endringene dine på nytt.`,
    );
    Object.assign(this.extensions, { current: snapshot(current) });
  }
}

export function appraisalNotFound(): UserError {
  return UserError.notFound('samtalen');
}

export function employeeNotFound(): UserError {
  return UserError.notFound('den ansatte');
}

/** A signed-off record changes only through an amendment with a reason. */
export function alreadySignedOff(): UserError {
  return UserError.field(
    'note',
    'AMENDMENT_NOTE_REQUIRED',
    'Samtalen er allerede signert. Endringer må lagres som en rettelse med begrunnelse.',
  );
}

export function notSignedOff(): UserError {
  return new UserError(
    'APPRAISAL_NOT_COMPLETED',
    'Samtalen er ikke signert ennå. Lagre utkastet i stedet.',
  );
}
