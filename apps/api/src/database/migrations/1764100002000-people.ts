import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and their competence: the region's catalogue (Lai's building
 * blocks), employees, formal qualifications and the append-only assessment
 * history from which realkompetanse is derived.
 */
export class People1764100002000 implements MigrationInterface {
  name = 'People1764100002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE competence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        building_block text NOT NULL
          CHECK (building_block IN ('KNOWLEDGE', 'SKILLS', 'ABILITIES', 'ATTITUDES')),
        area text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        -- [{ "level": 0, "description": "…" }, …], levels ascending
        scale jsonb NOT NULL,
        -- certificates (e.g. HLR) expire this many months after they are obtained
        validity_months integer CHECK (validity_months > 0),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX competence_region_name_idx ON competence (region_id, lower(name))`,
    );
    await queryRunner.query(`CREATE INDEX competence_tags_idx ON competence USING gin (tags)`);

    await queryRunner.query(`
      CREATE TABLE employee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        unit_id uuid NOT NULL REFERENCES unit(id),
        employee_number text NOT NULL CHECK (length(btrim(employee_number)) > 0),
        given_name text NOT NULL,
        family_name text NOT NULL,
        position_title text NOT NULL DEFAULT '',
        profession_code char(4) CHECK (profession_code ~ '^[0-9]{4}$'),
        fte numeric(5, 2) NOT NULL CHECK (fte BETWEEN 0 AND 100),
        employment_type text NOT NULL CHECK (employment_type IN ('PERMANENT', 'TEMPORARY', 'SUBSTITUTE')),
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
        start_date date,
        active boolean NOT NULL DEFAULT true,
        -- set when erased on request (GDPR): names and numbers are gone, the row stays for aggregates
        erased_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, employee_number)
      )`);
    await queryRunner.query(`CREATE INDEX employee_unit_idx ON employee (unit_id)`);
    await queryRunner.query(
      `CREATE INDEX employee_list_idx ON employee (municipality_id, family_name, given_name, id)`,
    );
    await queryRunner.query(`CREATE INDEX employee_region_idx ON employee (region_id)`);

    await queryRunner.query(`
      CREATE TABLE qualification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EDUCATION', 'CERTIFICATE', 'COURSE')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        issuer text,
        obtained_on date NOT NULL,
        expires_on date CHECK (expires_on IS NULL OR expires_on >= obtained_on),
        -- where it came from: an import file, a completed measure, a leader
        source_ref text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX qualification_employee_idx ON qualification (employee_id)`,
    );

    // Formal competence is recorded as FORMAL assessments tied to the
    // qualification that documents it, so one table holds every level.
    await queryRunner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        competence_id uuid NOT NULL REFERENCES competence(id),
        level integer NOT NULL CHECK (level BETWEEN 0 AND 10),
        source text NOT NULL
          CHECK (source IN ('FORMAL', 'INFORMAL', 'SELF_DECLARED', 'LEADER_ASSESSED')),
        evidence text NOT NULL DEFAULT '',
        qualification_id uuid REFERENCES qualification(id) ON DELETE CASCADE,
        assessed_on date NOT NULL,
        valid_until date CHECK (valid_until IS NULL OR valid_until >= assessed_on),
        assessed_by uuid REFERENCES app_user(id),
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source <> 'FORMAL' OR qualification_id IS NOT NULL OR evidence <> '')
      )`);
    await queryRunner.query(
      `CREATE INDEX assessment_employee_idx ON assessment (employee_id, competence_id, assessed_on, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX assessment_competence_idx ON assessment (competence_id)`);
    await queryRunner.query(
      `CREATE INDEX assessment_valid_until_idx ON assessment (valid_until) WHERE valid_until IS NOT NULL`,
    );
    // History is never rewritten: only a leader's confirmation of a
    // self-declared level may be added afterwards.
    await queryRunner.query(`
      CREATE FUNCTION assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.confirmed_at IS NULL
           AND (to_jsonb(NEW) - 'confirmed_at' - 'confirmed_by')
             = (to_jsonb(OLD) - 'confirmed_at' - 'confirmed_by') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' AND current_setting('kp.erasing', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'assessment history is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_no_rewrite BEFORE UPDATE OR DELETE ON assessment
        FOR EACH ROW EXECUTE FUNCTION assessment_append_only()`);

    // a read of a list of persons is one audit entry naming all of them
    await queryRunner.query(`ALTER TABLE audit_log ADD COLUMN employee_ids uuid[]`);
    await queryRunner.query(
      `CREATE INDEX audit_log_employee_ids_idx ON audit_log USING gin (employee_ids)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN employee_ids`);
    await queryRunner.query(`DROP TABLE assessment`);
    await queryRunner.query(`DROP FUNCTION assessment_append_only`);
    await queryRunner.query(`DROP TABLE qualification`);
    await queryRunner.query(`DROP TABLE employee`);
    await queryRunner.query(`DROP TABLE competence`);
  }
}
