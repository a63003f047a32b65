import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, roles held in scopes, sessions, sign-in throttling and the audit log. */
export class Identity1764100001000 implements MigrationInterface {
  name = 'Identity1764100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE region
        ADD COLUMN session_idle_minutes integer NOT NULL DEFAULT 30
          CHECK (session_idle_minutes BETWEEN 5 AND 1440),
        ADD COLUMN session_absolute_hours integer NOT NULL DEFAULT 12
          CHECK (session_absolute_hours BETWEEN 1 AND 168)`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        name text NOT NULL,
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_idx ON app_user (email)`);
    await queryRunner.query(`
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN
          ('UNIT_LEADER', 'MUNICIPALITY_HR', 'REGIONAL_COORDINATOR', 'BOARD_MEMBER', 'REGION_ADMIN')),
        municipality_id uuid REFERENCES municipality(id),
        unit_id uuid REFERENCES unit(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- the scope each role is held in: a unit, a municipality or the region
        CHECK (
          (role = 'UNIT_LEADER' AND unit_id IS NOT NULL AND municipality_id IS NOT NULL) OR
          (role = 'MUNICIPALITY_HR' AND unit_id IS NULL AND municipality_id IS NOT NULL) OR
          (role IN ('REGIONAL_COORDINATOR', 'BOARD_MEMBER', 'REGION_ADMIN')
            AND unit_id IS NULL AND municipality_id IS NULL)
        )
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX role_assignment_unique_idx ON role_assignment
         (user_id, role, coalesce(municipality_id, region_id), coalesce(unit_id, region_id))`,
    );
    await queryRunner.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- SHA-256 of the token; the token itself is never stored
        token_hash bytea NOT NULL UNIQUE,
        csrf_token text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES region(id),
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        employee_id uuid,
        municipality_id uuid,
        before jsonb,
        after jsonb,
        details jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_region_at_idx ON audit_log (region_id, at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_employee_idx ON audit_log (employee_id, at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_municipality_idx ON audit_log (municipality_id, at DESC)`,
    );
    // The audit log is append-only: no update, no delete, whoever asks.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only`);
    await queryRunner.query(`DROP TABLE login_throttle`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE role_assignment`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`
      ALTER TABLE region DROP COLUMN session_idle_minutes, DROP COLUMN session_absolute_hours`);
  }
}
