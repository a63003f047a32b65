import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const MAX_WAIT_SECONDS = 15 * 60;

/**
 * Failures allowed before sign-in is slowed down; after that the wait doubles
 * per failure. An address gets more: a whole town hall may share one.
 */
export const FREE_FAILURES = { account: 5, address: 50 };

/**
 * Slows down repeated failed sign-ins per account and per address. Kept in
 * PostgreSQL so every API instance sees the same counts.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Seconds the caller must still wait for any of the keys, or 0. */
  async secondsToWait(keys: string[]): Promise<number> {
    const rows = await this.db.query(
      `SELECT coalesce(max(extract(epoch FROM blocked_until - now())), 0) AS wait
       FROM login_throttle WHERE key = ANY($1) AND blocked_until > now()`,
      [keys],
    );
    return Math.ceil(Number(rows[0].wait));
  }

  async recordFailure(key: string, freeFailures: number): Promise<void> {
    // Rows that no longer slow anyone down go, so unknown addresses cannot grow the table.
    await this.db.query(
      `DELETE FROM login_throttle
        WHERE last_failure_at < now() - interval '1 hour'
          AND (blocked_until IS NULL OR blocked_until <= now())`,
    );
    await this.db.query(
      `INSERT INTO login_throttle (key, failures, last_failure_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.last_failure_at < now() - interval '1 hour'
                         THEN 1 ELSE login_throttle.failures + 1 END,
         last_failure_at = now(),
         blocked_until = CASE
           WHEN login_throttle.last_failure_at >= now() - interval '1 hour'
                AND login_throttle.failures + 1 > $2
           THEN now() + make_interval(secs => least($3, power(2, login_throttle.failures + 1 - $2)))
           ELSE NULL END`,
      [key, freeFailures, MAX_WAIT_SECONDS],
    );
  }

  async clear(keys: string[]): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys]);
  }
}
