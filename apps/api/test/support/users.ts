import { randomUUID } from 'node:crypto';
import { DEMO } from './api-client';
import { db } from './database';

/**
 * A user of the demo region with the demo password and one role (in each municipality given),
 * whom nobody has signed in as yet. Sign-in throttling and refusal counts are kept per account,
 * so tests that count them use users of their own rather than the demo users other test files
 * sign in as meanwhile.
 */
export async function userWithDemoPassword(
  prefix: string,
  role = 'BOARD_MEMBER',
  municipalityIds: Array<string | null> = [null],
): Promise<string> {
  const email = `${prefix}-${randomUUID().slice(0, 8)}@reks.demo`;
  await db().query(
    `WITH u AS (
       INSERT INTO app_user (region_id, email, name, password_hash)
       SELECT region_id, $1, 'Testbruker', password_hash FROM app_user WHERE email = $2
       RETURNING id, region_id)
     INSERT INTO role_assignment (region_id, user_id, role, municipality_id)
     SELECT u.region_id, u.id, $3, m FROM u, unnest($4::uuid[]) AS m`,
    [email, DEMO.board, role, municipalityIds],
  );
  return email;
}
