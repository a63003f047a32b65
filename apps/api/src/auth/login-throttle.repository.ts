import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { KNOWN_ADDRESS_DAYS, THROTTLE_FORGET_AFTER_SECONDS, type SignInKey } from '@kp/domain';
import { col, execute, one } from '../database/sql';

export type Reservation =
  { allowed: true } | { allowed: false; waitSeconds: number; refusedBy: SignInKey['kind'][] };

const Decision = z.object({
  allowed: col.boolean,
  waitSeconds: col.int.nullable(),
  refusedBy: z.array(col.text).nullable(),
});

const Known = z.object({ known: col.boolean });

/**
 * Sign-in throttling kept in PostgreSQL, so every API instance sees the same counts. The rules
 * are in @kp/domain (sign-in-throttle.ts); their SQL twins (login_throttle_reserve and
 * login_throttle_succeeded, TruthfulAudit migration) lock an attempt's rows, decide and count in
 * one statement, so the check and the count are one step: parallel attempts queue on the row
 * lock and each sees the attempts counted before it, and no lock is held while this process
 * waits for CPU. An agreement test runs both on random attempts.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Reserves one attempt under every key before the password is checked, counting it as a
   * failure; refuses (changing nothing) when any key says wait. `now` only for tests.
   */
  async reserve(keys: SignInKey[], now: Date | null = null): Promise<Reservation> {
    const row = await one(
      this.db,
      Decision,
      `SELECT allowed, wait_seconds AS "waitSeconds", refused_by AS "refusedBy"
       FROM login_throttle_reserve($1::text[], $2::jsonb, $3::timestamptz)`,
      [keys.map((key) => key.key), JSON.stringify(keys.map((key) => key.rule)), now],
    );
    if (row.allowed) return { allowed: true };
    const refused = new Set<string>(row.refusedBy ?? []);
    return {
      allowed: false,
      waitSeconds: Number(row.waitSeconds),
      refusedBy: keys.filter((key) => refused.has(key.key)).map((key) => key.kind),
    };
  }

  /** After a correct password: accounts start again, addresses get the attempt back. */
  async succeeded(keys: SignInKey[], now: Date | null = null): Promise<void> {
    await execute(
      this.db,
      `SELECT login_throttle_succeeded($1::text[], $2::jsonb, $3::timestamptz)`,
      [keys.map((key) => key.key), JSON.stringify(keys.map((key) => key.rule)), now],
    );
  }

  /** Rows that no longer slow anyone down go, so unknown addresses cannot grow the table. */
  async forgetSpent(): Promise<void> {
    await execute(
      this.db,
      `DELETE FROM login_throttle
        WHERE last_failure_at < now() - make_interval(secs => $1)
          AND (blocked_until IS NULL OR blocked_until <= now())`,
      [THROTTLE_FORGET_AFTER_SECONDS],
    );
  }

  /** Whether the user signed in from this address (its throttling form) lately. */
  async isKnownAddress(email: string, address: string): Promise<boolean> {
    const { known } = await one(
      this.db,
      Known,
      `SELECT EXISTS (SELECT 1 FROM login_known_address k JOIN app_user u ON u.id = k.user_id
       WHERE u.email = $1 AND k.address = $2
         AND k.last_success_at > now() - make_interval(days => $3)) AS known`,
      [email, address, KNOWN_ADDRESS_DAYS],
    );
    return known;
  }

  async rememberAddress(userId: string, address: string): Promise<void> {
    await execute(
      this.db,
      `WITH stale AS (
         DELETE FROM login_known_address
         WHERE user_id = $1 AND address <> $2
           AND last_success_at <= now() - make_interval(days => $3))
       INSERT INTO login_known_address (user_id, address) VALUES ($1, $2)
       ON CONFLICT (user_id, address) DO UPDATE SET last_success_at = now()`,
      [userId, address, KNOWN_ADDRESS_DAYS],
    );
  }
}
