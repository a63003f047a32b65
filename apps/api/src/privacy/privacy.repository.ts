import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { employeeScopeColumns } from '../employees/people.sql';
import { col, execute, maybeOne, rows } from '../database/sql';

const ScopedEmployee = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  employeeNumber: col.text,
  givenName: col.text,
  familyName: col.text,
  /** Read on purpose: an erased person is answered "already erased", not "unknown". */
  erasedAt: col.timestamp.nullable(),
});
export type ScopedEmployee = z.infer<typeof ScopedEmployee>;

/**
 * The export hands every row on as JSON, column for column: each is checked to be a row
 * (an object of named columns), and its columns are whatever the statement selects.
 */
const IdRow = z.object({ id: col.id });

const ExportRow = z.record(z.string(), z.unknown());

/** SQL for exporting and erasing one person's data. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The employee if it exists and lies in the caller's scope; otherwise null. */
  async findInScope(
    scope: Scope,
    employeeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ScopedEmployee | null> {
    const predicate = new SqlParams([employeeId]);
    return maybeOne(
      manager,
      ScopedEmployee,
      `SELECT e.id, e.region_id AS "regionId", e.municipality_id AS "municipalityId",
              e.employee_number AS "employeeNumber", e.given_name AS "givenName",
              e.family_name AS "familyName", e.erased_at AS "erasedAt"
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.id = $1 AND ${scope.where(predicate, employeeScopeColumns())}`,
      predicate.values,
    );
  }

  /**
   * Everything held about one person, as plain JSON-ready rows: one key per table that refers
   * to the employee (a test holds this to the database's foreign keys), appraisals with their
   * agreed actions and every amendment (note, who, when, the content before and after), and the
   * audit log's entries about them.
   */
  async collect(scope: Scope, employeeId: string): Promise<Record<string, unknown>> {
    const inScope = new SqlParams([employeeId]);
    const [employee] = await rows(
      this.db,
      ExportRow,
      `SELECT e.id, e.employee_number, e.given_name, e.family_name, e.position_title,
              e.profession_code, e.fte::float AS fte, e.employment_type, e.birth_year,
              to_char(e.start_date, 'YYYY-MM-DD') AS start_date, e.active,
              e.created_at, e.updated_at, e.erased_at, m.number AS municipality_number,
              m.name AS municipality, u.name AS unit
       FROM employee e JOIN municipality m ON m.id = e.municipality_id JOIN unit u ON u.id = e.unit_id
       WHERE e.id = $1 AND ${scope.where(inScope, employeeScopeColumns())}`,
      inScope.values,
    );
    // the rest is keyed by this person: nothing is read for one outside the scope
    if (!employee) throw new Error('Employee to export is not in the scope');
    const qualifications = await rows(
      this.db,
      ExportRow,
      `SELECT q.id, q.kind, q.title, q.issuer, to_char(q.obtained_on, 'YYYY-MM-DD') AS obtained_on,
              to_char(q.expires_on, 'YYYY-MM-DD') AS expires_on, q.source_ref,
              creator.name AS created_by, q.created_at
       FROM qualification q LEFT JOIN app_user creator ON creator.id = q.created_by
       WHERE q.employee_id = $1 ORDER BY q.obtained_on, q.created_at`,
      [employeeId],
    );
    const assessments = await rows(
      this.db,
      ExportRow,
      `SELECT a.id, c.name AS competence, a.level, a.source, a.evidence,
              to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on,
              to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, assessor.name AS assessed_by,
              a.confirmed_at, confirmer.name AS confirmed_by, a.created_at, a.qualification_id
       FROM assessment a JOIN competence c ON c.id = a.competence_id
       LEFT JOIN app_user assessor ON assessor.id = a.assessed_by
       LEFT JOIN app_user confirmer ON confirmer.id = a.confirmed_by
       WHERE a.employee_id = $1 ORDER BY a.assessed_on, a.created_at`,
      [employeeId],
    );
    const appraisals = await rows(
      this.db,
      ExportRow,
      `SELECT a.id, c.name AS cycle, a.status, to_char(a.held_on, 'YYYY-MM-DD') AS held_on,
              a.hr_registrations_checked, a.hr_registrations_comment, a.potential_used,
              a.potential_needs, a.teaching_consent, a.preferred_ways, a.career_plan,
              a.career_target_role, a.created_at, creator.name AS created_by, a.updated_at,
              updater.name AS updated_by, a.completed_at, completer.name AS completed_by,
              (SELECT coalesce(json_agg(json_build_object('competence', k.name, 'kind', ac.kind,
                        'level', ac.level, 'leaderConfirms', ac.leader_confirms)
                        ORDER BY ac.kind, ac.position), '[]')
               FROM appraisal_competence ac JOIN competence k ON k.id = ac.competence_id
               WHERE ac.appraisal_id = a.id) AS competences,
              (SELECT coalesce(json_agg(json_build_object('description', act.description,
                        'dueOn', to_char(act.due_on, 'YYYY-MM-DD'), 'competence', k.name)
                        ORDER BY act.position), '[]')
               FROM appraisal_action act LEFT JOIN competence k ON k.id = act.competence_id
               WHERE act.appraisal_id = a.id) AS agreed_actions,
              (SELECT coalesce(json_agg(json_build_object('note', am.note,
                        'amendedBy', amender.name, 'amendedAt', am.amended_at,
                        'before', am.before, 'after', am.after) ORDER BY am.amended_at, am.id), '[]')
               FROM appraisal_amendment am LEFT JOIN app_user amender ON amender.id = am.amended_by
               WHERE am.appraisal_id = a.id) AS amendments
       FROM appraisal a JOIN appraisal_cycle c ON c.id = a.cycle_id
       LEFT JOIN app_user creator ON creator.id = a.created_by
       LEFT JOIN app_user updater ON updater.id = a.updated_by
       LEFT JOIN app_user completer ON completer.id = a.completed_by
       WHERE a.employee_id = $1 ORDER BY c.opens_on`,
      [employeeId],
    );
    const developmentItems = await rows(
      this.db,
      ExportRow,
      `SELECT d.id, d.kind, k.name AS competence, d.target_level, d.description,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.status, d.appraisal_id,
              d.created_at, d.updated_at
       FROM development_item d LEFT JOIN competence k ON k.id = d.competence_id
       WHERE d.employee_id = $1 ORDER BY d.created_at`,
      [employeeId],
    );
    const teachingDirectory = await rows(
      this.db,
      ExportRow,
      `SELECT k.name AS topic, t.consent, t.listed_at, t.appraisal_id
       FROM teaching_directory_entry t JOIN competence k ON k.id = t.competence_id
       WHERE t.employee_id = $1 ORDER BY k.name`,
      [employeeId],
    );
    // Measures they were signed up for, and how it went (docs/participation.md).
    const measureParticipation = await rows(
      this.db,
      ExportRow,
      `SELECT m.title AS measure, to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(m.ends_on, 'YYYY-MM-DD') AS ends_on, p.status, p.signed_up_at,
              signer.name AS signed_up_by, to_char(p.outcome_on, 'YYYY-MM-DD') AS outcome_on,
              p.development_item_id
       FROM measure_participant p JOIN measure m ON m.id = p.measure_id
       LEFT JOIN app_user signer ON signer.id = p.signed_up_by
       WHERE p.employee_id = $1 ORDER BY p.signed_up_at`,
      [employeeId],
    );
    // Measures they teach or guide in (from the teaching directory).
    const measureTeaching = await rows(
      this.db,
      ExportRow,
      `SELECT m.title AS measure, to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(m.ends_on, 'YYYY-MM-DD') AS ends_on, k.name AS competence
       FROM measure_teacher t JOIN measure m ON m.id = t.measure_id
       JOIN competence k ON k.id = t.competence_id
       WHERE t.employee_id = $1 ORDER BY m.starts_on`,
      [employeeId],
    );
    // Import runs that created, changed or deactivated them, with the row as it was before
    // (kept for the 30-day undo window; erased with the person by a trigger).
    const importRuns = await rows(
      this.db,
      ExportRow,
      `SELECT r.kind, r.file_name, r.applied_at, applier.name AS applied_by, ire.action,
              ire.before, r.undone_at
       FROM import_run_employee ire JOIN import_run r ON r.id = ire.run_id
       LEFT JOIN app_user applier ON applier.id = r.applied_by
       WHERE ire.employee_id = $1 ORDER BY r.applied_at`,
      [employeeId],
    );
    // Who read or changed their data. Entries about them alone carry what was changed; a read
    // of a list shows only who read it and when (its filter may be about other people).
    const accessLog = await rows(
      this.db,
      ExportRow,
      `SELECT at, actor_email, action, entity_type,
              CASE WHEN employee_id = $1 THEN before END AS before,
              CASE WHEN employee_id = $1 THEN after END AS after,
              CASE WHEN employee_id = $1 THEN details END AS details
       FROM audit_log WHERE employee_id = $1 OR employee_ids @> ARRAY[$1]::uuid[]
       ORDER BY at, id`,
      [employeeId],
    );
    return {
      employee,
      qualifications,
      assessments,
      appraisals,
      developmentItems,
      teachingDirectory,
      measureParticipation,
      measureTeaching,
      importRuns,
      accessLog,
    };
  }

  /**
   * Removes what identifies the person and every free text that can name them; keeps what
   * aggregates are built on (profession, FTE, employment type, unit, competence levels and
   * their dates, qualification kinds and dates). Table by table: docs/identity-and-privacy.md.
   * The appraisal texts go in a trigger on employee.erased_at (appraisals migration).
   */
  async erase(scope: Scope, manager: EntityManager, employee: ScopedEmployee): Promise<void> {
    await execute(manager, `SELECT set_config('kp.erasing', 'on', true)`);
    const p = new SqlParams([employee.id]);
    const erased = await maybeOne(
      manager,
      IdRow,
      `UPDATE employee e SET
         given_name = 'Slettet', family_name = 'person',
         employee_number = 'slettet-' || substr(e.id::text, 1, 8),
         position_title = '', birth_year = NULL, start_date = NULL,
         erased_at = now(), updated_at = now(), version = version + 1
        FROM unit u
       WHERE e.id = $1 AND u.id = e.unit_id AND ${scope.where(p, employeeScopeColumns())}
       RETURNING e.id`,
      p.values,
    );
    // the rest is keyed by this person: nothing is changed for one outside the scope
    if (!erased) throw new Error('Employee to erase is not in the scope');
    await execute(
      manager,
      `UPDATE assessment SET evidence = '' WHERE employee_id = $1 AND evidence <> ''`,
      [employee.id],
    );
    // The title is free text ("Kursbevis for Kari Nordmann"); the kind and the dates are what
    // certificate expiry and the figures use.
    await execute(
      manager,
      `UPDATE qualification SET title = 'Slettet', issuer = NULL, source_ref = NULL
       WHERE employee_id = $1`,
      [employee.id],
    );
    await execute(
      manager,
      `UPDATE audit_log SET before = NULL, after = NULL, details = jsonb_build_object('redacted', true)
       WHERE employee_id = $1
         AND (before IS NOT NULL OR after IS NOT NULL OR details IS NOT NULL)`,
      [employee.id],
    );
    // A read of a list that named them keeps who read it and when; its filter goes if it could
    // name them (a search for their name or number).
    await execute(
      manager,
      `UPDATE audit_log SET details = jsonb_build_object('redacted', true)
       WHERE employee_ids @> ARRAY[$1]::uuid[] AND details IS NOT NULL
         AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS word
                     WHERE length(word) > 1 AND strpos(lower(details::text), lower(word)) > 0)`,
      [employee.id, [employee.givenName, employee.familyName, employee.employeeNumber]],
    );
    await execute(manager, `SELECT set_config('kp.erasing', 'off', true)`);
  }
}
