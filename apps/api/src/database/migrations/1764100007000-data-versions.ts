import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the gap figures are computed from. */
const COUNTED_TABLES = ['unit', 'employee', 'competence', 'assessment', 'requirement'];

/**
 * A version number per region that goes up with every committed change to what the gap
 * figures are computed from, so results computed for one version can be reused until the
 * next change (docs/gap-analysis.md, "Speed"). Triggers keep it, so no write path can forget
 * it, whether it comes through the API, an import, the demo seed or a hand-written fix.
 *
 * The triggers are deferred to commit time: the version row is locked only for the last
 * moment of a transaction (a long import does not hold up other writers in its region), and
 * it is bumped once per region and transaction however many rows change.
 */
export class DataVersions1764100007000 implements MigrationInterface {
  name = 'DataVersions1764100007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region_data_version (
        region_id uuid PRIMARY KEY REFERENCES region(id) ON DELETE CASCADE,
        version bigint NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      INSERT INTO region_data_version (region_id, version) SELECT id, 1 FROM region`);
    await queryRunner.query(`
      CREATE FUNCTION note_region_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.region_id ELSE NEW.region_id END;
        marker text := 'kp.data_changed_' || replace(changed::text, '-', '');
      BEGIN
        -- once per region and transaction (the setting is local to the transaction)
        IF coalesce(current_setting(marker, true), '') = '' THEN
          PERFORM set_config(marker, 'yes', true);
          INSERT INTO region_data_version AS v (region_id, version) VALUES (changed, 1)
          ON CONFLICT (region_id)
            DO UPDATE SET version = v.version + 1, changed_at = now();
        END IF;
        RETURN NULL;
      END $$`);
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
    await queryRunner.query(`DROP FUNCTION note_region_data_change`);
    await queryRunner.query(`DROP TABLE region_data_version`);
  }
}
