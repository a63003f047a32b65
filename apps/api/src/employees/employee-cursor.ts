import { isUUID } from 'class-validator';
import { UserError } from '../common/errors/user-error';

/** Position in the list order (family name, given name, id). */
export interface EmployeeCursor {
  familyName: string;
  givenName: string;
  id: string;
}

/**
 * Opaque to clients. It holds the sort key itself rather than only an id, so a page still
 * continues at the right place when the employee it ended with has since been renamed,
 * moved out of scope or erased.
 */
export function encodeCursor(cursor: EmployeeCursor): string {
  return Buffer.from(JSON.stringify([cursor.familyName, cursor.givenName, cursor.id])).toString(
    'base64url',
  );
}

export function decodeCursor(value: string): EmployeeCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed.every((part) => typeof part === 'string') &&
      isUUID(parsed[2], 'all')
    ) {
      return { familyName: parsed[0], givenName: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through to the user error
  }
  throw UserError.field(
    'after',
    'INVALID_CURSOR',
    'Ugyldig sidemarkør. Last listen på nytt fra begynnelsen.',
  );
}
