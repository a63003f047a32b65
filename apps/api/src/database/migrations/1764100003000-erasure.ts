import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure on request (GDPR art. 17): history stays append-only for everyone,
 * except that an erasure, inside its own transaction with kp.erasing = 'on',
 * may blank free text in assessments and redact audit entries about the person.
 */
export class Erasure1764100003000 implements MigrationInterface {
  name = 'Erasure1764100003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.confirmed_at IS NULL
           AND (to_jsonb(NEW) - 'confirmed_at' - 'confirmed_by')
             = (to_jsonb(OLD) - 'confirmed_at' - 'confirmed_by') THEN
          RETURN NEW;
        END IF;
        IF current_setting('kp.erasing', true) = 'on' THEN
          IF TG_OP = 'DELETE' THEN
            RETURN OLD;
          END IF;
          IF (to_jsonb(NEW) - 'evidence') = (to_jsonb(OLD) - 'evidence') THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'assessment history is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('kp.erasing', true) = 'on'
           AND (to_jsonb(NEW) - 'before' - 'after' - 'details')
             = (to_jsonb(OLD) - 'before' - 'after' - 'details') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
