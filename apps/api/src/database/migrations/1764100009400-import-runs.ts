import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applied import runs, and what is needed to undo them (docs/imports.md, "Undo"):
 * - `import_run`: one row per applied run (who, where, which file, counts, until when it can be
 *   undone, and whether it was);
 * - `import_run_employee`: each employee a run created, updated or deactivated, with the row as
 *   it was before (null for created ones) and the version the run left it at, so an undo can
 *   tell whether anybody has changed the employee since;
 * - `import_run_qualification` / `import_run_assessment`: the qualifications and formal
 *   assessments a qualification run added.
 *
 * Assessment history is append-only; an undo removes the assessments its run added, so the
 * delete guard now lets a transaction that has set `kp.undoing_import` delete (the undo sets it
 * locally and deletes only the rows it recorded). Updates stay refused as before.
 *
 * The before-images are personal data: they go when the employee is erased (a trigger, so no
 * erasure path can forget it), and the undo window (30 days) bounds how long they are kept.
 */
export class ImportRuns1764100009400 implements MigrationInterface {
  name = 'ImportRuns1764100009400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_run (
        id uuid PRIMARY KEY,
        region_id uuid NOT NULL REFERENCES region(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        unit_id uuid REFERENCES unit(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('employees', 'qualifications')),
        file_name text,
        via text NOT NULL CHECK (via IN ('http', 'cli')),
        applied_by uuid REFERENCES app_user(id),
        applied_at timestamptz NOT NULL DEFAULT now(),
        counts jsonb NOT NULL,
        -- rows recorded in the tables below, so an undo can tell that none has gone missing
        recorded integer NOT NULL CHECK (recorded >= 0),
        undo_until timestamptz NOT NULL,
        undone_at timestamptz,
        undone_by uuid REFERENCES app_user(id),
        undone_via text CHECK (undone_via IN ('http', 'cli')),
        CHECK ((undone_at IS NULL) = (undone_via IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX import_run_municipality_idx ON import_run (municipality_id, applied_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE import_run_employee (
        run_id uuid NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        action text NOT NULL CHECK (action IN ('created', 'updated', 'deactivated')),
        before jsonb,
        after_version integer NOT NULL,
        PRIMARY KEY (run_id, employee_id),
        CHECK ((action = 'created') = (before IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX import_run_employee_employee_idx ON import_run_employee (employee_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE import_run_qualification (
        run_id uuid NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
        qualification_id uuid NOT NULL REFERENCES qualification(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        PRIMARY KEY (run_id, qualification_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE import_run_assessment (
        run_id uuid NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        PRIMARY KEY (run_id, assessment_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX import_run_assessment_assessment_idx ON import_run_assessment (assessment_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX import_run_qualification_qualification_idx ON import_run_qualification (qualification_id)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION forget_import_images_of_erased() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM import_run_employee WHERE employee_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER employee_erased_forget_import_images
        AFTER UPDATE OF erased_at ON employee
        FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL)
        EXECUTE FUNCTION forget_import_images_of_erased()`);

    await queryRunner.query(`DROP TRIGGER assessment_no_rewrite ON assessment`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_no_rewrite BEFORE UPDATE ON assessment
        FOR EACH ROW EXECUTE FUNCTION assessment_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
        FOR EACH ROW WHEN (current_setting('kp.undoing_import', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION assessment_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER assessment_no_delete ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_no_rewrite ON assessment`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_no_rewrite BEFORE UPDATE OR DELETE ON assessment
        FOR EACH ROW EXECUTE FUNCTION assessment_append_only()`);
    await queryRunner.query(`DROP TRIGGER employee_erased_forget_import_images ON employee`);
    await queryRunner.query(`DROP FUNCTION forget_import_images_of_erased`);
    await queryRunner.query(`DROP TABLE import_run_assessment`);
    await queryRunner.query(`DROP TABLE import_run_qualification`);
    await queryRunner.query(`DROP TABLE import_run_employee`);
    await queryRunner.query(`DROP TABLE import_run`);
  }
}
