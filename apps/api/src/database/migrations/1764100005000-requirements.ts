import { MigrationInterface, QueryRunner } from 'typeorm';

const HORIZONS = `('NOW', 'ONE_YEAR', 'THREE_YEARS')`;
const PRIORITIES = `('CRITICAL', 'IMPORTANT', 'DESIRABLE')`;
const RATIONALE_KINDS = `('LAW', 'NATIONAL_GUIDELINE', 'LOCAL_GOAL')`;

/**
 * Requirements (kravanalyse): what each unit needs of each competence, and of each profession
 * (staffing), now and ahead. The gap analysis is derived from these and the people tables; the
 * indexes at the end serve its region-wide queries (see docs/gap-analysis.md).
 */
export class Requirements1764100005000 implements MigrationInterface {
  name = 'Requirements1764100005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        unit_id uuid NOT NULL REFERENCES unit(id),
        competence_id uuid NOT NULL REFERENCES competence(id),
        min_level integer NOT NULL CHECK (min_level BETWEEN 0 AND 10),
        required numeric(7, 2) NOT NULL CHECK (required > 0),
        measure text NOT NULL CHECK (measure IN ('HEADCOUNT', 'FTE')),
        horizon text NOT NULL CHECK (horizon IN ${HORIZONS}),
        -- an exact date within the horizon by which the need must be met
        target_date date,
        priority text NOT NULL CHECK (priority IN ${PRIORITIES}),
        rationale_kind text NOT NULL CHECK (rationale_kind IN ${RATIONALE_KINDS}),
        rationale text NOT NULL DEFAULT '',
        reference text,
        -- the requirement this one was copied from (a regional baseline), if any
        template_id uuid REFERENCES requirement(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- people are counted whole; FTE may be fractional
        CHECK (measure = 'FTE' OR required = trunc(required))
      )`);
    // one requirement per unit, competence, level, measure and horizon: a copied template
    // meets the local one instead of doubling it
    await queryRunner.query(
      `CREATE UNIQUE INDEX requirement_key_idx ON requirement
         (unit_id, competence_id, min_level, measure, horizon)`,
    );
    await queryRunner.query(
      `CREATE INDEX requirement_region_idx ON requirement (region_id, competence_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX requirement_municipality_idx ON requirement (municipality_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX requirement_competence_idx ON requirement (competence_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX requirement_template_idx ON requirement (template_id) WHERE template_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE staffing_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        unit_id uuid NOT NULL REFERENCES unit(id),
        -- STYRK-08
        profession_code char(4) NOT NULL CHECK (profession_code ~ '^[0-9]{4}$'),
        required_fte numeric(7, 2) NOT NULL CHECK (required_fte > 0),
        horizon text NOT NULL CHECK (horizon IN ${HORIZONS}),
        target_date date,
        priority text NOT NULL CHECK (priority IN ${PRIORITIES}),
        rationale_kind text NOT NULL CHECK (rationale_kind IN ${RATIONALE_KINDS}),
        rationale text NOT NULL DEFAULT '',
        reference text,
        template_id uuid REFERENCES staffing_requirement(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX staffing_requirement_key_idx ON staffing_requirement
         (unit_id, profession_code, horizon)`,
    );
    await queryRunner.query(
      `CREATE INDEX staffing_requirement_region_idx ON staffing_requirement (region_id, profession_code)`,
    );
    await queryRunner.query(
      `CREATE INDEX staffing_requirement_municipality_idx ON staffing_requirement (municipality_id)`,
    );

    // The gap engine reads a region's (or municipality's) current staff and their assessment
    // history in one pass; these keep that an index range per region at national scale.
    await queryRunner.query(
      `CREATE INDEX employee_gap_idx ON employee (region_id, municipality_id, unit_id)
         INCLUDE (fte, birth_year, profession_code) WHERE active AND erased_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX assessment_gap_idx ON assessment
         (region_id, competence_id, employee_id, source, assessed_on DESC, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX qualification_expiry_idx ON qualification (region_id, expires_on)
         WHERE expires_on IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX qualification_expiry_idx`);
    await queryRunner.query(`DROP INDEX assessment_gap_idx`);
    await queryRunner.query(`DROP INDEX employee_gap_idx`);
    await queryRunner.query(`DROP TABLE staffing_requirement`);
    await queryRunner.query(`DROP TABLE requirement`);
  }
}
