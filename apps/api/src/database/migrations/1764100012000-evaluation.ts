import { MigrationInterface, QueryRunner } from 'typeorm';

const COMPUTED_KINDS = [
  'COMPETENCE_COVERAGE',
  'FOCUS_AREA_COVERAGE',
  'APPRAISAL_COMPLETION',
  'HEALTH_EDUCATION_FTE',
  'HIGHER_EDUCATION_FTE',
  'TURNOVER',
  'STAFF_LEAVING',
  'CERTIFICATES_EXPIRING',
  'GAP_CLOSED_BY_MEASURES',
];

/** The place a figure describes: the region, a municipality or a unit (with its subtree). */
const SCOPE_COLUMNS = `
        scope_level text NOT NULL CHECK (scope_level IN ('REGION', 'MUNICIPALITY', 'UNIT')),
        -- the region's, the municipality's or the unit's id
        scope_id uuid NOT NULL,
        municipality_id uuid REFERENCES municipality(id),
        unit_id uuid REFERENCES unit(id) ON DELETE CASCADE,
        CHECK ((scope_level = 'REGION') = (municipality_id IS NULL)),
        CHECK ((scope_level = 'UNIT') = (unit_id IS NOT NULL))`;

/**
 * Evaluation (docs/evaluation.md):
 * - `indicator`: anything measured over time for a scope. COMPUTED by the service (a kind,
 *   with a competence or a tag where the kind needs one), ENTERED by people, or from KOSTRA
 *   (a KOSTRA code; the figures come with the KOSTRA import). Unit, decimals, direction and
 *   an optional target.
 * - `indicator_baseline`: per indicator and scope, a period of months (its median is the run
 *   chart's centre line) or a value with the date it describes.
 * - `measurement`: indicator × scope × month → value. A new value for the same month replaces
 *   the old one and the old row is kept (`replaced_at`), so the history of corrections stays;
 *   the partial unique index keeps one current value per month, which makes the monthly
 *   measurement idempotent and safe with two API instances.
 * - `measurement_unit_count`: for computed indicators that count people, each unit's own staff
 *   and the people counted: the atoms rounded for readers who may not see the people.
 * - `indicator_measure`: the measures (tiltak) meant to move an indicator.
 * - `measurement_run`: which months have been measured for a region (monthly, or rebuilt).
 */
export class Evaluation1764100012000 implements MigrationInterface {
  name = 'Evaluation1764100012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 120),
        description text NOT NULL DEFAULT '',
        source text NOT NULL CHECK (source IN ('COMPUTED', 'ENTERED', 'KOSTRA')),
        computed_kind text CHECK (computed_kind IN (${COMPUTED_KINDS.map((k) => `'${k}'`).join(', ')})),
        competence_id uuid REFERENCES competence(id),
        tag text,
        kostra_code text,
        unit text NOT NULL DEFAULT '' CHECK (length(unit) <= 20),
        decimals integer NOT NULL CHECK (decimals BETWEEN 0 AND 4),
        direction text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        target numeric(14, 4),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source = 'COMPUTED') = (computed_kind IS NOT NULL)),
        CHECK ((source = 'KOSTRA') = (kostra_code IS NOT NULL))
      )`);
    // one computed indicator per kind and subject; one KOSTRA indicator per code
    await queryRunner.query(`
      CREATE UNIQUE INDEX indicator_computed_key ON indicator
        (region_id, computed_kind, coalesce(competence_id::text, ''), coalesce(tag, ''))
        WHERE source = 'COMPUTED'`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX indicator_kostra_key ON indicator (region_id, kostra_code)
        WHERE source = 'KOSTRA'`);

    await queryRunner.query(`
      CREATE TABLE indicator_baseline (
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        ${SCOPE_COLUMNS},
        kind text NOT NULL CHECK (kind IN ('PERIOD', 'VALUE')),
        from_period text CHECK (from_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        to_period text CHECK (to_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        value numeric(14, 4),
        measured_on date,
        set_by uuid REFERENCES app_user(id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_id, scope_id),
        CHECK ((kind = 'PERIOD') = (from_period IS NOT NULL AND to_period IS NOT NULL)),
        CHECK ((kind = 'VALUE') = (value IS NOT NULL AND measured_on IS NOT NULL)),
        CHECK (from_period IS NULL OR from_period <= to_period)
      )`);

    await queryRunner.query(`
      CREATE TABLE measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        ${SCOPE_COLUMNS},
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        measured_on date NOT NULL,
        -- null: a share with nothing to share (no staff, no requirement)
        value numeric(14, 4),
        numerator numeric(14, 4),
        denominator numeric(14, 4),
        source text NOT NULL CHECK (source IN ('COMPUTED', 'REBUILT', 'ENTERED', 'IMPORTED', 'KOSTRA')),
        entered_by uuid REFERENCES app_user(id),
        entered_at timestamptz NOT NULL DEFAULT now(),
        replaced_at timestamptz,
        replaced_by uuid REFERENCES app_user(id),
        CHECK (to_char(measured_on, 'YYYY-MM') = period)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX measurement_current_key ON measurement (indicator_id, scope_id, period)
        WHERE replaced_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX measurement_region_idx ON measurement (region_id, indicator_id, period)`,
    );

    await queryRunner.query(`
      CREATE TABLE measurement_unit_count (
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        period text NOT NULL,
        unit_id uuid NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        numerator integer NOT NULL CHECK (numerator >= 0),
        denominator integer NOT NULL CHECK (denominator >= 0),
        PRIMARY KEY (indicator_id, period, unit_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE indicator_measure (
        indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        linked_by uuid REFERENCES app_user(id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_id, measure_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_measure_measure_idx ON indicator_measure (measure_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE measurement_run (
        region_id uuid NOT NULL REFERENCES region(id),
        period text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MONTHLY', 'REBUILT')),
        measured_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, period)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'measurement_run',
      'indicator_measure',
      'measurement_unit_count',
      'measurement',
      'indicator_baseline',
      'indicator',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
