import { Injectable } from '@nestjs/common';
import type { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { employeeInScope } from '../employees/people.sql';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, rows } from '../database/sql';
import type { ActionLine, CompetenceLevelLine, WishLine } from '@kp/domain';

const CreatedAssessmentRow = z.object({
  id: col.id,
  competenceId: col.id,
  level: col.int,
  source: z.enum(['LEADER_ASSESSED', 'SELF_DECLARED']),
});
const CreatedItemRow = z.object({ id: col.id, kind: col.text });
const IdRow = z.object({ id: col.id });
const One = z.object({ found: col.int });
const DirectoryEntryRow = z.object({ competenceId: col.id, consent: col.boolean });

export interface EffectContext {
  regionId: string;
  municipalityId: string;
  employeeId: string;
  appraisalId: string;
  actorUserId: string;
}

export type CreatedAssessment = z.infer<typeof CreatedAssessmentRow>;

export type DirectoryEntry = z.infer<typeof DirectoryEntryRow>;

/**
 * What a signed-off appraisal writes outside its own record: assessments (append-only rows),
 * development items and the directory of people who can teach. Always inside the sign-off's
 * transaction.
 */
@Injectable()
export class AppraisalEffectsRepository {
  async insertAssessments(
    scope: Scope,
    manager: EntityManager,
    context: EffectContext,
    values: {
      assessedOn: string;
      evidence: string;
      leaderAssessed: readonly CompetenceLevelLine[];
      confirmedSelfDeclared: readonly CompetenceLevelLine[];
    },
  ): Promise<CreatedAssessment[]> {
    const lines = [
      ...values.leaderAssessed.map((line) => ({ ...line, source: 'LEADER_ASSESSED' as const })),
      ...values.confirmedSelfDeclared.map((line) => ({
        ...line,
        source: 'SELF_DECLARED' as const,
      })),
    ];
    if (lines.length === 0) return [];
    const p = new SqlParams([
      context.regionId,
      context.employeeId,
      values.evidence,
      values.assessedOn,
      context.actorUserId,
      lines.map((line) => line.competenceId),
      lines.map((line) => line.level),
      lines.map((line) => line.source),
    ]);
    // confirmed_at/confirmed_by only on the self-declared rows: that is what makes them count
    return rows(
      manager,
      CreatedAssessmentRow,
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
                               assessed_on, assessed_by, confirmed_at, confirmed_by)
       SELECT $1, $2, line.competence_id, line.level, line.source, $3, $4, $5,
              CASE WHEN line.source = 'SELF_DECLARED' THEN now() END,
              CASE WHEN line.source = 'SELF_DECLARED' THEN $5::uuid END
       FROM unnest($6::uuid[], $7::int[], $8::text[]) AS line(competence_id, level, source)
       WHERE ${employeeInScope(scope, p, '$2::uuid')}
       RETURNING id, competence_id AS "competenceId", level, source`,
      p.values,
    );
  }

  async insertDevelopmentItems(
    scope: Scope,
    manager: EntityManager,
    context: EffectContext,
    wishes: readonly WishLine[],
    actions: readonly ActionLine[],
  ): Promise<Array<{ id: string; kind: string }>> {
    interface Item {
      kind: 'WISH' | 'ACTION';
      competenceId: string | null;
      targetLevel: number | null;
      description: string;
      dueOn: string | null;
    }
    const items: Item[] = [
      ...wishes.map((wish): Item => ({
        kind: 'WISH',
        competenceId: wish.competenceId,
        targetLevel: wish.targetLevel,
        description: '',
        dueOn: null,
      })),
      ...actions.map((action): Item => ({
        kind: 'ACTION',
        competenceId: action.competenceId,
        targetLevel: null,
        description: action.description,
        dueOn: action.dueOn,
      })),
    ];
    if (items.length === 0) return [];
    const p = new SqlParams([
      context.regionId,
      context.municipalityId,
      context.employeeId,
      context.appraisalId,
      items.map((item) => item.kind),
      items.map((item) => item.competenceId),
      items.map((item) => item.targetLevel),
      items.map((item) => item.description),
      items.map((item) => item.dueOn),
    ]);
    return rows(
      manager,
      CreatedItemRow,
      `INSERT INTO development_item (region_id, municipality_id, employee_id, appraisal_id, kind,
                                     competence_id, target_level, description, due_on)
       SELECT $1, $2, $3, $4, item.* FROM unnest($5::text[], $6::uuid[], $7::int[], $8::text[], $9::date[])
         AS item(kind, competence_id, target_level, description, due_on)
       WHERE ${employeeInScope(scope, p, '$3::uuid')}
       RETURNING id, kind`,
      p.values,
    );
  }

  /**
   * Withdraws the still open items this record created for lines an amendment removed; items
   * already being worked on are left to the action plan.
   */
  async withdrawDevelopmentItems(
    scope: Scope,
    manager: EntityManager,
    appraisalId: string,
    wishes: readonly WishLine[],
    actions: readonly ActionLine[],
  ): Promise<string[]> {
    if (wishes.length === 0 && actions.length === 0) return [];
    const p = new SqlParams([
      appraisalId,
      wishes.map((wish) => wish.competenceId),
      wishes.map((wish) => wish.targetLevel),
      actions.map((action) => action.description),
      actions.map((action) => action.dueOn),
      actions.map((action) => action.competenceId),
    ]);
    const withdrawn = await rows(
      manager,
      IdRow,
      `UPDATE development_item d SET status = 'CANCELLED', updated_at = now()
       WHERE d.appraisal_id = $1 AND d.status = 'OPEN' AND (
         (d.kind = 'WISH' AND (d.competence_id, d.target_level) IN
            (SELECT * FROM unnest($2::uuid[], $3::int[])))
         OR (d.kind = 'ACTION' AND EXISTS (
            SELECT 1 FROM unnest($4::text[], $5::date[], $6::uuid[]) AS a(description, due_on, competence_id)
            WHERE a.description = d.description AND a.due_on IS NOT DISTINCT FROM d.due_on
              AND a.competence_id IS NOT DISTINCT FROM d.competence_id)))
         AND ${employeeInScope(scope, p, 'd.employee_id')}
       RETURNING d.id`,
      p.values,
    );
    return withdrawn.map((row) => row.id);
  }

  /**
   * True when no other signed-off record of the employee belongs to a later cycle: the
   * directory follows the latest talk, so amending an old one does not override a newer one.
   */
  async isLatestCompleted(
    scope: Scope,
    manager: EntityManager,
    employeeId: string,
    appraisalId: string,
  ): Promise<boolean> {
    const p = new SqlParams([employeeId, appraisalId]);
    const later = await rows(
      manager,
      One,
      `SELECT 1 AS found FROM appraisal other
         JOIN appraisal_cycle oc ON oc.id = other.cycle_id
         JOIN appraisal self ON self.id = $2
         JOIN appraisal_cycle sc ON sc.id = self.cycle_id
       WHERE other.employee_id = $1 AND other.id <> $2 AND other.status = 'COMPLETED'
         AND oc.opens_on > sc.opens_on AND ${employeeInScope(scope, p, 'other.employee_id')}
       LIMIT 1`,
      p.values,
    );
    return later.length === 0;
  }

  /** The employee's directory entries become exactly `entries`; returns what was there. */
  async replaceDirectoryEntries(
    scope: Scope,
    manager: EntityManager,
    context: EffectContext,
    entries: readonly DirectoryEntry[],
  ): Promise<DirectoryEntry[]> {
    const inScope = new SqlParams([context.employeeId]);
    const before = await rows(
      manager,
      DirectoryEntryRow,
      `DELETE FROM teaching_directory_entry
        WHERE employee_id = $1 AND ${employeeInScope(scope, inScope, '$1::uuid')}
       RETURNING competence_id AS "competenceId", consent`,
      inScope.values,
    );
    if (entries.length > 0) {
      const p = new SqlParams([
        context.regionId,
        context.municipalityId,
        context.employeeId,
        context.appraisalId,
        entries.map((entry) => entry.competenceId),
        entries.map((entry) => entry.consent),
      ]);
      await execute(
        manager,
        `INSERT INTO teaching_directory_entry
           (region_id, municipality_id, employee_id, competence_id, appraisal_id, consent)
         SELECT $1, $2, $3, entry.competence_id, $4, entry.consent
         FROM unnest($5::uuid[], $6::boolean[]) AS entry(competence_id, consent)
         WHERE ${employeeInScope(scope, p, '$3::uuid')}`,
        p.values,
      );
    }
    return before;
  }
}
