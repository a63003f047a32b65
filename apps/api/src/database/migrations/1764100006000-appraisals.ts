import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appraisal interviews (medarbeidersamtaler): cycles per municipality, the record a leader
 * keeps with the points of the ReKs guide, its append-only amendments, and what signing off
 * produces besides assessments: individual development items (picked up by action plans)
 * and the regional directory of people who can teach.
 */
export class Appraisals1764100006000 implements MigrationInterface {
  name = 'Appraisals1764100006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appraisal_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        opens_on date NOT NULL,
        closes_on date NOT NULL CHECK (closes_on >= opens_on),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX appraisal_cycle_name_idx ON appraisal_cycle (municipality_id, lower(name))`,
    );
    await queryRunner.query(
      `CREATE INDEX appraisal_cycle_municipality_idx ON appraisal_cycle (municipality_id, opens_on DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE appraisal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        cycle_id uuid NOT NULL REFERENCES appraisal_cycle(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'COMPLETED')),
        held_on date,
        hr_registrations_checked boolean NOT NULL DEFAULT false,
        hr_registrations_comment text NOT NULL DEFAULT '',
        potential_used text NOT NULL DEFAULT '',
        potential_needs text NOT NULL DEFAULT '',
        teaching_consent boolean NOT NULL DEFAULT false,
        preferred_ways text[] NOT NULL DEFAULT '{}' CHECK (preferred_ways <@
          ARRAY['COURSE', 'FURTHER_EDUCATION', 'HOSPITATION', 'E_LEARNING', 'OWN_TIME']),
        career_plan text NOT NULL DEFAULT '',
        career_target_role text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        completed_by uuid REFERENCES app_user(id),
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
        CHECK (status = 'DRAFT' OR held_on IS NOT NULL),
        UNIQUE (cycle_id, employee_id)
      )`);
    await queryRunner.query(`CREATE INDEX appraisal_employee_idx ON appraisal (employee_id)`);
    await queryRunner.query(
      `CREATE INDEX appraisal_cycle_status_idx ON appraisal (cycle_id, status)`,
    );

    // The competence lines of a record: the self-declaration reviewed, the leader's own
    // assessment, development wishes (level = target level) and topics the employee could teach.
    await queryRunner.query(`
      CREATE TABLE appraisal_competence (
        appraisal_id uuid NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SELF_DECLARED', 'LEADER_ASSESSED', 'WISH', 'TEACHING')),
        competence_id uuid NOT NULL REFERENCES competence(id),
        level integer CHECK (level BETWEEN 0 AND 10),
        leader_confirms boolean NOT NULL DEFAULT false,
        position integer NOT NULL,
        PRIMARY KEY (appraisal_id, kind, competence_id),
        CHECK ((kind = 'TEACHING') = (level IS NULL)),
        CHECK (kind = 'SELF_DECLARED' OR NOT leader_confirms)
      )`);
    await queryRunner.query(
      `CREATE INDEX appraisal_competence_competence_idx ON appraisal_competence (competence_id, kind)`,
    );
    await queryRunner.query(`
      CREATE TABLE appraisal_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appraisal_id uuid NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
        position integer NOT NULL,
        description text NOT NULL CHECK (length(btrim(description)) > 0),
        due_on date,
        competence_id uuid REFERENCES competence(id)
      )`);
    await queryRunner.query(
      `CREATE INDEX appraisal_action_appraisal_idx ON appraisal_action (appraisal_id, position)`,
    );

    // A signed-off record changes only through amendments, kept whole and never rewritten.
    await queryRunner.query(`
      CREATE TABLE appraisal_amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        appraisal_id uuid NOT NULL REFERENCES appraisal(id),
        note text NOT NULL CHECK (length(btrim(note)) > 0),
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        amended_by uuid REFERENCES app_user(id),
        amended_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX appraisal_amendment_appraisal_idx ON appraisal_amendment (appraisal_id, amended_at)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION appraisal_amendment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- an erasure on request may blank what was written about the person
        IF TG_OP = 'UPDATE' AND current_setting('kp.erasing', true) = 'on'
           AND (to_jsonb(NEW) - 'note' - 'before' - 'after')
             = (to_jsonb(OLD) - 'note' - 'before' - 'after') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'appraisal amendments are append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER appraisal_amendment_no_rewrite BEFORE UPDATE OR DELETE ON appraisal_amendment
        FOR EACH ROW EXECUTE FUNCTION appraisal_amendment_append_only()`);

    // Individual development items: what an employee wants to learn and what was agreed.
    // Action plans (a later feature) pick up the OPEN ones.
    await queryRunner.query(`
      CREATE TABLE development_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        appraisal_id uuid REFERENCES appraisal(id),
        kind text NOT NULL CHECK (kind IN ('WISH', 'ACTION')),
        competence_id uuid REFERENCES competence(id),
        target_level integer CHECK (target_level BETWEEN 0 AND 10),
        description text NOT NULL DEFAULT '',
        due_on date,
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'WISH' OR (competence_id IS NOT NULL AND target_level IS NOT NULL)),
        CHECK (kind <> 'ACTION' OR length(btrim(description)) > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX development_item_employee_idx ON development_item (employee_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX development_item_appraisal_idx ON development_item (appraisal_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX development_item_open_idx ON development_item (municipality_id, competence_id)
         WHERE status = 'OPEN'`,
    );

    // The regional directory of people who can teach or guide: one row per person and topic,
    // from the person's latest signed-off appraisal. Named only with consent.
    await queryRunner.query(`
      CREATE TABLE teaching_directory_entry (
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        competence_id uuid NOT NULL REFERENCES competence(id),
        appraisal_id uuid NOT NULL REFERENCES appraisal(id),
        consent boolean NOT NULL,
        listed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, competence_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX teaching_directory_topic_idx ON teaching_directory_entry (region_id, competence_id)`,
    );

    // Erasure on request (GDPR art. 17) sets employee.erased_at; what was written about the
    // person in appraisals goes with it, in the same transaction. Levels, choices and dates
    // stay, as they do for assessments, so aggregates keep their figures.
    await queryRunner.query(`
      CREATE FUNCTION appraisal_erase_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE appraisal SET hr_registrations_comment = '', potential_used = '',
               potential_needs = '', career_plan = '', career_target_role = ''
         WHERE employee_id = NEW.id;
        UPDATE appraisal_action SET description = 'Slettet'
         WHERE appraisal_id IN (SELECT id FROM appraisal WHERE employee_id = NEW.id);
        UPDATE appraisal_amendment SET note = 'Slettet', before = '{}'::jsonb, after = '{}'::jsonb
         WHERE appraisal_id IN (SELECT id FROM appraisal WHERE employee_id = NEW.id);
        UPDATE development_item
           SET description = CASE WHEN kind = 'ACTION' THEN 'Slettet' ELSE '' END
         WHERE employee_id = NEW.id;
        DELETE FROM teaching_directory_entry WHERE employee_id = NEW.id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER employee_erase_appraisals AFTER UPDATE OF erased_at ON employee
        FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
        EXECUTE FUNCTION appraisal_erase_person()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER employee_erase_appraisals ON employee`);
    await queryRunner.query(`DROP FUNCTION appraisal_erase_person`);
    await queryRunner.query(`DROP TABLE teaching_directory_entry`);
    await queryRunner.query(`DROP TABLE development_item`);
    await queryRunner.query(`DROP TABLE appraisal_amendment`);
    await queryRunner.query(`DROP FUNCTION appraisal_amendment_append_only`);
    await queryRunner.query(`DROP TABLE appraisal_action`);
    await queryRunner.query(`DROP TABLE appraisal_competence`);
    await queryRunner.query(`DROP TABLE appraisal`);
    await queryRunner.query(`DROP TABLE appraisal_cycle`);
  }
}
