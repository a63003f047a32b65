import { MigrationInterface, QueryRunner } from 'typeorm';

// SSB's region codes the service knows besides the region's own municipalities (which come
// from `municipality`): the counties (2024), the KOSTRA groups of the 2020 grouping, the
// country, and the retired numbers of the demo region's municipalities (docs/kostra.md).
const COUNTIES: Array<[string, string, number | null, number | null]> = [
  ['EKA03', 'Oslo', null, null],
  ['EKA11', 'Rogaland', null, null],
  ['EKA15', 'Møre og Romsdal', null, null],
  ['EKA18', 'Nordland', null, null],
  ['EKA31', 'Østfold', 2024, null],
  ['EKA32', 'Akershus', 2024, null],
  ['EKA33', 'Buskerud', 2024, null],
  ['EKA34', 'Innlandet', 2020, null],
  ['EKA39', 'Vestfold', 2024, null],
  ['EKA40', 'Telemark', 2024, null],
  ['EKA42', 'Agder', 2020, null],
  ['EKA46', 'Vestland', 2020, null],
  ['EKA50', 'Trøndelag', 2018, null],
  ['EKA55', 'Troms', 2024, null],
  ['EKA56', 'Finnmark', 2024, null],
  ['EKA05', 'Oppland (-2019)', null, 2019],
  ['EKA30', 'Viken (2020-2023)', 2020, 2023],
  ['EKA38', 'Vestfold og Telemark (2020-2023)', 2020, 2023],
  ['EKA54', 'Troms og Finnmark (2020-2023)', 2020, 2023],
];

// number before 2020 → number since 2020 (the Oppland numbers of the ReKs municipalities)
const RETIRED_MUNICIPALITIES: Array<[string, string, string]> = [
  ['0502', 'Gjøvik (-2019)', '3407'],
  ['0528', 'Østre Toten (-2019)', '3442'],
  ['0529', 'Vestre Toten (-2019)', '3443'],
  ['0536', 'Søndre Land (-2019)', '3447'],
  ['0538', 'Nordre Land (-2019)', '3448'],
];

// SSB's 2020 grouping as the docs explain it (docs/kostra.md, "KOSTRA groups of the demo
// municipalities"); only filled where empty, and the import keeps it current
const DEMO_GROUPS: Array<[string, string]> = [
  ['3407', 'EKG10'],
  ['3442', 'EKG07'],
  ['3443', 'EKG07'],
  ['3447', 'EKG01'],
  ['3448', 'EKG01'],
];

/**
 * KOSTRA figures from SSB (docs/kostra.md):
 * - `kostra_region`: the SSB region codes the service knows beyond the region's municipalities
 *   (counties, KOSTRA groups, the country, retired municipality numbers and what replaced them),
 *   with labels and valid years. National reference data, shared by every region.
 * - `kostra_indicator`: an indicator as the last import described it (SSB code, label, unit,
 *   decimals, table, notes), per region.
 * - `kostra_figure`: indicator × region code × year → value or null + status symbol. The
 *   current figure has `superseded_at` null; a correction closes it and adds a new row, so
 *   the history is the superseded rows.
 * - `kostra_import`: each import run: source, counts and what was skipped (also audited).
 */
export class Kostra1764100020000 implements MigrationInterface {
  name = 'Kostra1764100020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kostra_region (
        code text PRIMARY KEY CHECK (code ~ '^([0-9]{4}|EKA[0-9]{2}|EKG[0-9]{2}|EAK|EAKUO)$'),
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'COUNTY', 'KOSTRA_GROUP', 'COUNTRY')),
        label text NOT NULL,
        valid_from integer CHECK (valid_from BETWEEN 1900 AND 2100),
        valid_to integer CHECK (valid_to BETWEEN 1900 AND 2100),
        -- for a retired municipality number: the number that took over
        successor char(4) CHECK (successor ~ '^[0-9]{4}$'),
        CHECK ((kind = 'MUNICIPALITY') = (successor IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX kostra_region_successor_idx ON kostra_region (successor)`,
    );
    const rows: unknown[][] = [
      ...COUNTIES.map(([code, label, from, to]) => [code, 'COUNTY', label, from, to, null]),
      ...Array.from({ length: 17 }, (_, i) => {
        const n = String(i + 1).padStart(2, '0');
        return [`EKG${n}`, 'KOSTRA_GROUP', `KOSTRA-gruppe ${i + 1}`, 2020, null, null];
      }),
      ['EAK', 'COUNTRY', 'Landet', null, null, null],
      ['EAKUO', 'COUNTRY', 'Landet uten Oslo', null, null, null],
      ...RETIRED_MUNICIPALITIES.map(([code, label, successor]) => [
        code,
        'MUNICIPALITY',
        label,
        null,
        2019,
        successor,
      ]),
    ];
    for (const row of rows) {
      await queryRunner.query(
        `INSERT INTO kostra_region (code, kind, label, valid_from, valid_to, successor)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        row,
      );
    }

    await queryRunner.query(`
      CREATE TABLE kostra_indicator (
        region_id uuid NOT NULL REFERENCES region(id),
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
        label text NOT NULL,
        unit text NOT NULL DEFAULT '',
        decimals integer CHECK (decimals BETWEEN 0 AND 6),
        table_id text,
        notes text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, code)
      )`);

    await queryRunner.query(`
      CREATE TABLE kostra_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        source text NOT NULL CHECK (source IN ('FILE', 'CLI', 'SSB')),
        file_name text,
        table_id text,
        added integer NOT NULL,
        unchanged integer NOT NULL,
        corrected integer NOT NULL,
        skipped integer NOT NULL,
        groups_updated integer NOT NULL DEFAULT 0,
        skipped_regions jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX kostra_import_region_idx ON kostra_import (region_id, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE kostra_figure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        region_id uuid NOT NULL,
        indicator_code text NOT NULL,
        region_code text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        value numeric,
        status text CHECK (status IN ('..', '.', ':', '-')),
        import_id uuid NOT NULL REFERENCES kostra_import(id),
        superseded_at timestamptz,
        superseded_by uuid REFERENCES kostra_import(id),
        FOREIGN KEY (region_id, indicator_code) REFERENCES kostra_indicator (region_id, code),
        CHECK (value IS NOT NULL OR status IS NOT NULL),
        CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX kostra_figure_current_idx
         ON kostra_figure (region_id, indicator_code, region_code, year)
         WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX kostra_figure_history_idx
         ON kostra_figure (region_id, indicator_code, region_code, year)
         WHERE superseded_at IS NOT NULL`,
    );

    await queryRunner.query(`
      ALTER TABLE municipality ADD CONSTRAINT municipality_kostra_group_check
        CHECK (kostra_group IS NULL OR kostra_group ~ '^EKG[0-9]{2}$')`);
    for (const [number, group] of DEMO_GROUPS) {
      await queryRunner.query(
        `UPDATE municipality SET kostra_group = $2 WHERE number = $1 AND kostra_group IS NULL`,
        [number, group],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE municipality DROP CONSTRAINT municipality_kostra_group_check`,
    );
    await queryRunner.query(`DROP TABLE kostra_figure`);
    await queryRunner.query(`DROP TABLE kostra_import`);
    await queryRunner.query(`DROP TABLE kostra_indicator`);
    await queryRunner.query(`DROP TABLE kostra_region`);
  }
}
