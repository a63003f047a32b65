import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables new to the data version (the old ones keep their triggers). */
const NEW_COUNTED_TABLES = [
  'qualification',
  'appraisal',
  'teaching_directory_entry',
  'staffing_requirement',
];

/**
 * Random rounding of figures about people (docs/gap-analysis.md, "Privacy: rounded figures"):
 * - `region.protection_secret`: the key of the draws (an HMAC), 32 bytes from two v4 UUIDs'
 *   random bits, made by the database so it never passes through code or configuration. It
 *   is read by the protection repository only and never leaves the API.
 * - `region_data_version.people_version`: goes up with every change the data version follows
 *   except requirements and staffing requirements (the atoms are made of people, not of needs),
 *   so atoms are reused while only needs change.
 * - the data version now also follows qualifications (expiring certificates), appraisals and
 *   the teaching directory (appraisal statistics) and staffing requirements.
 */
export class Protection1764100009500 implements MigrationInterface {
  name = 'Protection1764100009500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE region ADD COLUMN protection_secret bytea NOT NULL
        DEFAULT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')`);
    await queryRunner.query(`
      ALTER TABLE region_data_version ADD COLUMN people_version bigint NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION note_region_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.region_id ELSE NEW.region_id END;
        people boolean := TG_TABLE_NAME NOT IN ('requirement', 'staffing_requirement');
        marker text := 'kp.data_changed_' || CASE WHEN people THEN 'p' ELSE 'r' END
                       || replace(changed::text, '-', '');
      BEGIN
        -- once per region, kind of change and transaction (the setting is local to it)
        IF coalesce(current_setting(marker, true), '') = '' THEN
          PERFORM set_config(marker, 'yes', true);
          INSERT INTO region_data_version AS v (region_id, version) VALUES (changed, 1)
          ON CONFLICT (region_id)
            DO UPDATE SET version = v.version + 1, changed_at = now(),
                          people_version = v.people_version + CASE WHEN people THEN 1 ELSE 0 END;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of NEW_COUNTED_TABLES) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_data_changed
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION note_region_data_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NEW_COUNTED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_data_changed ON ${table}`);
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION note_region_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.region_id ELSE NEW.region_id END;
        marker text := 'kp.data_changed_' || replace(changed::text, '-', '');
      BEGIN
        IF coalesce(current_setting(marker, true), '') = '' THEN
          PERFORM set_config(marker, 'yes', true);
          INSERT INTO region_data_version AS v (region_id, version) VALUES (changed, 1)
          ON CONFLICT (region_id)
            DO UPDATE SET version = v.version + 1, changed_at = now();
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`ALTER TABLE region_data_version DROP COLUMN people_version`);
    await queryRunner.query(`ALTER TABLE region DROP COLUMN protection_secret`);
  }
}
