import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SQL twin of reserveAttempt in libs/domain/src/sign-in-throttle.ts (an agreement test runs
 * both on random attempts): locks the keys' rows in key order, and either refuses (changing
 * nothing) with the longest wait and the keys that said wait, or counts a failure under every
 * key. All inside one statement, so the row locks are never held while the API process waits
 * for its turn on a busy CPU. `p_rules` holds one rule per key (SIGN_IN_RULES); `p_now` is for
 * the agreement test (NULL: the clock once the locks are held).
 */
const LOGIN_THROTTLE_RESERVE = `
  CREATE FUNCTION login_throttle_reserve(p_keys text[], p_rules jsonb, p_now timestamptz)
  RETURNS TABLE (allowed boolean, wait_seconds integer, refused_by text[])
  LANGUAGE plpgsql AS $$
  DECLARE
    v_now timestamptz;
    v_failures integer[] := '{}';
    v_level float8[] := '{}';
    v_last timestamptz[] := '{}';
    v_blocked timestamptz[] := '{}';
    v_refused text[] := '{}';
    v_longest integer := 0;
    v_rule jsonb;
    v_row login_throttle%ROWTYPE;
    v_elapsed float8;
    v_wait float8;
    f integer; lvl float8; lst timestamptz; blk timestamptz; w integer;
  BEGIN
    INSERT INTO login_throttle (key, failures, level, last_failure_at)
      SELECT key, 0, 0, now() FROM unnest(p_keys) AS key ORDER BY key
      ON CONFLICT (key) DO NOTHING;
    PERFORM 1 FROM login_throttle WHERE key = ANY(p_keys) ORDER BY key FOR UPDATE;
    v_now := coalesce(p_now, clock_timestamp());

    FOR i IN 1 .. cardinality(p_keys) LOOP
      v_rule := p_rules -> (i - 1);
      SELECT * INTO v_row FROM login_throttle WHERE key = p_keys[i];
      f := v_row.failures; lvl := v_row.level; lst := v_row.last_failure_at; blk := v_row.blocked_until;
      IF f = 0 AND lvl = 0 THEN
        -- a row just created (or given back in full) holds nothing
        lst := NULL; blk := NULL;
      ELSE
        v_elapsed := greatest(0, extract(epoch FROM v_now - lst));
        IF v_rule->>'kind' = 'BUCKET' THEN
          lvl := greatest(0, lvl - v_elapsed * (v_rule->>'drainPerSecond')::float8);
        ELSIF NOT (blk IS NOT NULL AND blk > v_now)
              AND v_elapsed > (v_rule->>'windowSeconds')::float8 THEN
          f := 0; lvl := 0; lst := NULL; blk := NULL;
        END IF;
      END IF;
      IF v_rule->>'kind' = 'BUCKET' THEN
        v_wait := lvl + 1 - (v_rule->>'capacity')::float8;
        w := CASE WHEN v_wait <= 0 THEN 0
                  ELSE ceil(v_wait / (v_rule->>'drainPerSecond')::float8)::integer END;
      ELSE
        w := CASE WHEN blk IS NOT NULL AND blk > v_now
                  THEN ceil(extract(epoch FROM blk - v_now))::integer ELSE 0 END;
      END IF;
      IF w > 0 THEN v_refused := v_refused || p_keys[i]; END IF;
      v_longest := greatest(v_longest, w);
      v_failures := v_failures || f; v_level := v_level || lvl;
      v_last := v_last || lst; v_blocked := v_blocked || blk;
    END LOOP;

    IF v_longest > 0 THEN
      RETURN QUERY SELECT false, v_longest, v_refused;
      RETURN;
    END IF;

    FOR i IN 1 .. cardinality(p_keys) LOOP
      v_rule := p_rules -> (i - 1);
      IF v_rule->>'kind' = 'BUCKET' THEN
        UPDATE login_throttle SET level = v_level[i] + 1, last_failure_at = v_now,
               failures = v_failures[i], blocked_until = v_blocked[i]
         WHERE key = p_keys[i];
      ELSE
        f := v_failures[i] + 1;
        v_wait := CASE WHEN f < (v_rule->>'freeFailures')::integer THEN 0
                       ELSE least((v_rule->>'maxWaitSeconds')::float8,
                                  (v_rule->>'firstWaitSeconds')::float8
                                    * power(2, least(f - (v_rule->>'freeFailures')::integer, 30))) END;
        UPDATE login_throttle SET failures = f, level = v_level[i], last_failure_at = v_now,
               blocked_until = CASE WHEN v_wait > 0
                                    THEN v_now + make_interval(secs => v_wait) END
         WHERE key = p_keys[i];
      END IF;
    END LOOP;
    RETURN QUERY SELECT true, 0, '{}'::text[];
  END $$`;

/** The SQL twin of afterSuccess: accounts start again, addresses get the attempt back. */
const LOGIN_THROTTLE_SUCCEEDED = `
  CREATE FUNCTION login_throttle_succeeded(p_keys text[], p_rules jsonb, p_now timestamptz)
  RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    v_now timestamptz := coalesce(p_now, clock_timestamp());
    v_rule jsonb;
  BEGIN
    FOR i IN 1 .. cardinality(p_keys) LOOP
      v_rule := p_rules -> (i - 1);
      IF v_rule->>'kind' = 'BUCKET' THEN
        UPDATE login_throttle
           SET level = greatest(0, CASE WHEN failures = 0 AND level = 0 THEN 0
                 ELSE greatest(0, level - greatest(0, extract(epoch FROM v_now - last_failure_at))
                                          * (v_rule->>'drainPerSecond')::float8) END - 1),
               last_failure_at = v_now
         WHERE key = p_keys[i];
      ELSE
        UPDATE login_throttle SET failures = 0, level = 0, blocked_until = NULL
         WHERE key = p_keys[i];
      END IF;
    END LOOP;
  END $$`;

/**
 * An audit log that tells the truth, and sign-in throttling that holds under parallel attempts
 * (docs/identity-and-privacy.md):
 * - audit entries say where they came from (the session's id, never its token, and the
 *   address) and which unit they concern; their time is the database's clock at the moment of
 *   writing, and the log is read newest first by (time, id), with indexes for that order;
 * - refusals are counted per kind, address and caller, so a flood writes a handful of entries;
 * - throttled keys hold a bucket level besides the failure count, and accounts remember the
 *   addresses they signed in from (a flood from elsewhere does not lock them out).
 */
export class TruthfulAudit1764100008400 implements MigrationInterface {
  name = 'TruthfulAudit1764100008400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Columns only: the append-only trigger sees no UPDATE. Entries written before this
    // migration keep what they had (a list read without a municipality stays visible to the
    // region's administrator only); history is not rewritten.
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN session_id uuid,
        ADD COLUMN address text CHECK (length(address) <= 100),
        ADD COLUMN unit_id uuid,
        ALTER COLUMN at SET DEFAULT clock_timestamp()`);
    await queryRunner.query(`DROP INDEX audit_log_region_at_idx`);
    await queryRunner.query(`DROP INDEX audit_log_municipality_idx`);
    await queryRunner.query(
      `CREATE INDEX audit_log_region_order_idx ON audit_log (region_id, at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_municipality_order_idx ON audit_log (municipality_id, at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_session_idx ON audit_log (session_id) WHERE session_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE audit_refusal_counter (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        count integer NOT NULL CHECK (count > 0)
      )`);

    // BUCKET keys (addresses) hold a level that drains; last_failure_at is when a key last changed.
    await queryRunner.query(
      `ALTER TABLE login_throttle ADD COLUMN level double precision NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(LOGIN_THROTTLE_RESERVE);
    await queryRunner.query(LOGIN_THROTTLE_SUCCEEDED);
    await queryRunner.query(`
      CREATE TABLE login_known_address (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- the throttling form of the address (an IPv6 address as its /64)
        address text NOT NULL,
        last_success_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, address)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_known_address`);
    await queryRunner.query(`DROP FUNCTION login_throttle_succeeded`);
    await queryRunner.query(`DROP FUNCTION login_throttle_reserve`);
    await queryRunner.query(`ALTER TABLE login_throttle DROP COLUMN level`);
    await queryRunner.query(`DROP TABLE audit_refusal_counter`);
    await queryRunner.query(`DROP INDEX audit_log_session_idx`);
    await queryRunner.query(`DROP INDEX audit_log_municipality_order_idx`);
    await queryRunner.query(`DROP INDEX audit_log_region_order_idx`);
    await queryRunner.query(
      `CREATE INDEX audit_log_municipality_idx ON audit_log (municipality_id, at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_region_at_idx ON audit_log (region_id, at DESC)`,
    );
    await queryRunner.query(`
      ALTER TABLE audit_log
        ALTER COLUMN at SET DEFAULT now(),
        DROP COLUMN unit_id,
        DROP COLUMN address,
        DROP COLUMN session_id`);
  }
}
