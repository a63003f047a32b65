import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that change the gap figures ("expected" comes from measures and participants). */
const COUNTED_TABLES = ['measure', 'measure_target', 'measure_participant'];

/**
 * Action plans, measures (tiltak) and the regional programme (docs/plans.md):
 * - `action_plan`: one per scope and half-year: the region's programme (owned by the regional
 *   coordinator), a municipality's plan (HR) or a unit's plan (the unit's leader). Draft,
 *   adopted (when and by whom) or closed. Optimistic version for concurrent editors.
 * - `measure`: what is done about a gap, with Lai's strategy, a kind, a provider, an owner,
 *   dates, places and status. The plan fixes its scope (municipality/unit are copied from it
 *   so scope predicates need no join). A mobilisation measure names the lending unit.
 * - `measure_funding`: the cost split per funding source (the measure's cost is the sum).
 * - `measure_target`: the competence × level a measure develops, optionally the requirement
 *   (gap row) it was made for.
 * - `measure_share`: a regional measure's places given to each municipality.
 * - `measure_participant`: who takes part, from which municipality, and how it went; signing
 *   up from a development item links it, completing records when and the outcome.
 * - `measure_teacher`: people from the teaching directory who teach or guide in a measure,
 *   possibly from another municipality (both municipalities see the lending).
 *
 * Measures, targets and participants join the data version: "expected" in the gap figures is
 * computed from them.
 */
export class Plans1764100010000 implements MigrationInterface {
  name = 'Plans1764100010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        level text NOT NULL CHECK (level IN ('REGION', 'MUNICIPALITY', 'UNIT')),
        municipality_id uuid REFERENCES municipality(id),
        unit_id uuid REFERENCES unit(id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        half integer NOT NULL CHECK (half IN (1, 2)),
        title text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ADOPTED', 'CLOSED')),
        adopted_on date,
        adopted_by uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'REGION') = (municipality_id IS NULL)),
        CHECK ((level = 'UNIT') = (unit_id IS NOT NULL)),
        CHECK (status = 'DRAFT' OR adopted_on IS NOT NULL),
        UNIQUE NULLS NOT DISTINCT (region_id, municipality_id, unit_id, year, half)
      )`);
    await queryRunner.query(
      `CREATE INDEX action_plan_period_idx ON action_plan (region_id, year, half)`,
    );

    await queryRunner.query(`
      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        plan_id uuid NOT NULL REFERENCES action_plan(id),
        municipality_id uuid REFERENCES municipality(id),
        unit_id uuid REFERENCES unit(id),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        strategy text NOT NULL
          CHECK (strategy IN ('ACQUIRE', 'DEVELOP', 'MOBILISE', 'PHASE_OUT')),
        kind text NOT NULL CHECK (kind IN ('COURSE', 'FURTHER_EDUCATION', 'HOSPITATION',
          'E_LEARNING', 'PROFESSIONAL_DAY', 'NETWORK', 'RECRUITMENT', 'JOB_ROTATION',
          'KNOWLEDGE_SHARING', 'CERTIFICATE_RENEWAL')),
        provider text NOT NULL
          CHECK (provider IN ('OWN_STAFF', 'OTHER_MUNICIPALITY', 'HOSPITAL', 'UNIVERSITY_COLLEGE')),
        provider_name text NOT NULL DEFAULT '',
        target_group text NOT NULL DEFAULT '',
        owner text NOT NULL CHECK (length(btrim(owner)) > 0),
        places integer NOT NULL CHECK (places >= 0),
        -- the hours one participant spends (the funding report counts participant-hours)
        hours numeric(7, 1) NOT NULL DEFAULT 0 CHECK (hours >= 0),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        awards_certificate boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'PLANNED'
          CHECK (status IN ('PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')),
        -- a loan or rotation from the unit with surplus (a mobilisation pair)
        lending_unit_id uuid REFERENCES unit(id),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CHECK (unit_id IS NULL OR municipality_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX measure_plan_idx ON measure (plan_id, starts_on)`);
    await queryRunner.query(
      `CREATE INDEX measure_region_status_idx ON measure (region_id, status, ends_on)`,
    );

    await queryRunner.query(`
      CREATE TABLE measure_funding (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        source text NOT NULL CHECK (source IN ('OWN_BUDGET', 'COMPETENCE_GRANT', 'OTHER')),
        amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (measure_id, source)
      )`);

    await queryRunner.query(`
      CREATE TABLE measure_target (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        competence_id uuid NOT NULL REFERENCES competence(id),
        level integer NOT NULL CHECK (level BETWEEN 0 AND 10),
        requirement_id uuid REFERENCES requirement(id) ON DELETE SET NULL,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (measure_id, competence_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_target_competence_idx ON measure_target (competence_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE measure_share (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        places integer NOT NULL CHECK (places >= 0),
        PRIMARY KEY (measure_id, municipality_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE measure_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        development_item_id uuid REFERENCES development_item(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'SIGNED_UP'
          CHECK (status IN ('SIGNED_UP', 'COMPLETED', 'NOT_COMPLETED', 'WITHDRAWN')),
        signed_up_by uuid REFERENCES app_user(id),
        signed_up_at timestamptz NOT NULL DEFAULT now(),
        outcome_on date,
        outcome_by uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status IN ('COMPLETED', 'NOT_COMPLETED')) = (outcome_on IS NOT NULL)),
        UNIQUE (measure_id, employee_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_participant_employee_idx ON measure_participant (employee_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX measure_participant_municipality_idx
         ON measure_participant (measure_id, municipality_id, status)`,
    );

    await queryRunner.query(`
      CREATE TABLE measure_teacher (
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        competence_id uuid NOT NULL REFERENCES competence(id),
        PRIMARY KEY (measure_id, employee_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_teacher_employee_idx ON measure_teacher (employee_id)`,
    );

    for (const table of COUNTED_TABLES) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_data_changed
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION note_region_data_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of COUNTED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_data_changed ON ${table}`);
    }
    for (const table of [
      'measure_teacher',
      'measure_participant',
      'measure_share',
      'measure_target',
      'measure_funding',
      'measure',
      'action_plan',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
