import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataScope, scopePredicate } from '../auth/scope';

export interface ScopedEmployee {
  id: string;
  regionId: string;
  municipalityId: string;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  erasedAt: Date | null;
}

/** SQL for exporting and erasing one person's data. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The employee if it exists and lies in the caller's scope; otherwise null. */
  async findInScope(
    employeeId: string,
    scope: PersonalDataScope,
    manager: EntityManager = this.db.manager,
  ): Promise<ScopedEmployee | null> {
    const predicate = scopePredicate(
      scope,
      { regionId: 'e.region_id', municipalityId: 'e.municipality_id', unitPath: 'u.path' },
      2,
    );
    const rows = await manager.query(
      `SELECT e.id, e.region_id AS "regionId", e.municipality_id AS "municipalityId",
              e.employee_number AS "employeeNumber", e.given_name AS "givenName",
              e.family_name AS "familyName", e.erased_at AS "erasedAt"
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.id = $1 AND ${predicate.sql}`,
      [employeeId, ...predicate.params],
    );
    return rows[0] ?? null;
  }

  /** Everything held about one person, as plain JSON-ready rows. */
  async collect(employeeId: string): Promise<Record<string, unknown>> {
    const [employee] = await this.db.query(
      `SELECT e.id, e.employee_number, e.given_name, e.family_name, e.position_title,
              e.profession_code, e.fte::float AS fte, e.employment_type, e.birth_year,
              to_char(e.start_date, 'YYYY-MM-DD') AS start_date, e.active,
              e.created_at, e.updated_at, m.number AS municipality_number, m.name AS municipality,
              u.name AS unit
       FROM employee e JOIN municipality m ON m.id = e.municipality_id JOIN unit u ON u.id = e.unit_id
       WHERE e.id = $1`,
      [employeeId],
    );
    const qualifications = await this.db.query(
      `SELECT id, kind, title, issuer, to_char(obtained_on, 'YYYY-MM-DD') AS obtained_on,
              to_char(expires_on, 'YYYY-MM-DD') AS expires_on, source_ref, created_at
       FROM qualification WHERE employee_id = $1 ORDER BY obtained_on`,
      [employeeId],
    );
    const assessments = await this.db.query(
      `SELECT a.id, c.name AS competence, a.level, a.source, a.evidence,
              to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on,
              to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, a.confirmed_at, a.created_at,
              a.qualification_id
       FROM assessment a JOIN competence c ON c.id = a.competence_id
       WHERE a.employee_id = $1 ORDER BY a.assessed_on, a.created_at`,
      [employeeId],
    );
    const appraisals = await this.db.query(
      `SELECT a.id, c.name AS cycle, a.status, to_char(a.held_on, 'YYYY-MM-DD') AS held_on,
              a.hr_registrations_checked, a.hr_registrations_comment, a.potential_used,
              a.potential_needs, a.teaching_consent, a.preferred_ways, a.career_plan,
              a.career_target_role, a.completed_at,
              (SELECT coalesce(json_agg(json_build_object('competence', k.name, 'kind', ac.kind,
                        'level', ac.level) ORDER BY k.name), '[]')
               FROM appraisal_competence ac JOIN competence k ON k.id = ac.competence_id
               WHERE ac.appraisal_id = a.id) AS competences
       FROM appraisal a JOIN appraisal_cycle c ON c.id = a.cycle_id
       WHERE a.employee_id = $1 ORDER BY c.opens_on`,
      [employeeId],
    );
    const developmentItems = await this.db.query(
      `SELECT d.kind, k.name AS competence, d.target_level, d.description,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.status, d.created_at
       FROM development_item d LEFT JOIN competence k ON k.id = d.competence_id
       WHERE d.employee_id = $1 ORDER BY d.created_at`,
      [employeeId],
    );
    const teachingDirectory = await this.db.query(
      `SELECT k.name AS topic, t.consent, t.listed_at
       FROM teaching_directory_entry t JOIN competence k ON k.id = t.competence_id
       WHERE t.employee_id = $1 ORDER BY k.name`,
      [employeeId],
    );
    const accessLog = await this.db.query(
      `SELECT at, actor_email, action, entity_type
       FROM audit_log WHERE employee_id = $1 OR employee_ids @> ARRAY[$1]::uuid[]
       ORDER BY at`,
      [employeeId],
    );
    return {
      employee,
      qualifications,
      assessments,
      appraisals,
      developmentItems,
      teachingDirectory,
      accessLog,
    };
  }

  /**
   * Removes what identifies the person; keeps profession, FTE, unit and
   * competence levels without free text, so aggregates stay as they were.
   */
  async erase(manager: EntityManager, employeeId: string): Promise<void> {
    await manager.query(`SELECT set_config('kp.erasing', 'on', true)`);
    await manager.query(
      `UPDATE employee SET
         given_name = 'Slettet', family_name = 'person',
         employee_number = 'slettet-' || substr(id::text, 1, 8),
         position_title = '', birth_year = NULL, start_date = NULL,
         erased_at = now(), updated_at = now(), version = version + 1
       WHERE id = $1`,
      [employeeId],
    );
    await manager.query(
      `UPDATE assessment SET evidence = '' WHERE employee_id = $1 AND evidence <> ''`,
      [employeeId],
    );
    await manager.query(
      `UPDATE qualification SET issuer = NULL, source_ref = NULL WHERE employee_id = $1`,
      [employeeId],
    );
    await manager.query(
      `UPDATE audit_log SET before = NULL, after = NULL, details = jsonb_build_object('redacted', true)
       WHERE employee_id = $1 AND (before IS NOT NULL OR after IS NOT NULL)`,
      [employeeId],
    );
    await manager.query(`SELECT set_config('kp.erasing', 'off', true)`);
  }
}
