import { MigrationInterface, QueryRunner } from 'typeorm';

/** Region (the tenant) → municipality → unit tree. */
export class Organisation1764100000000 implements MigrationInterface {
  name = 'Organisation1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        min_group_size integer NOT NULL DEFAULT 5 CHECK (min_group_size >= 1),
        retirement_age integer NOT NULL DEFAULT 67 CHECK (retirement_age BETWEEN 55 AND 80),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        number char(4) NOT NULL CHECK (number ~ '^[0-9]{4}$'),
        name text NOT NULL,
        kostra_group text,
        UNIQUE (region_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        parent_id uuid REFERENCES unit(id),
        -- ids from the root down to and including this unit: a subtree is
        -- "path @> ARRAY[id]", answered by the GIN index below
        path uuid[] NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('SERVICE_AREA', 'UNIT', 'DEPARTMENT')),
        service_type text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX unit_municipality_idx ON unit (municipality_id)`);
    await queryRunner.query(`CREATE INDEX unit_parent_idx ON unit (parent_id)`);
    await queryRunner.query(`CREATE INDEX unit_path_idx ON unit USING gin (path)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX unit_sibling_name_idx ON unit (municipality_id, coalesce(parent_id, municipality_id), lower(name))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE unit`);
    await queryRunner.query(`DROP TABLE municipality`);
    await queryRunner.query(`DROP TABLE region`);
  }
}
