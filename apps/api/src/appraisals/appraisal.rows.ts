import { z } from 'zod';
import { col } from '../database/sql';
import { type AppraisalContentValues, DEVELOPMENT_WAYS } from '@kp/domain';
import { DevelopmentItemKind, DevelopmentItemStatus } from './models/development-item.model';
import { AppraisalStatus } from './models/appraisal.model';

/**
 * Rows as the repositories read them (no TypeORM entities: all SQL is hand-written), each a
 * zod schema every row is checked against (database/sql.ts), with its type derived from it.
 */

export const AppraisalCycleRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  name: col.text,
  /** ISO dates. */
  opensOn: col.isoDate,
  closesOn: col.isoDate,
  version: col.int,
});
export type AppraisalCycleRow = z.infer<typeof AppraisalCycleRow>;

/** The content as stored in an amendment's before/after (JSON written by the API). */
export const AppraisalContentJson = z.object({
  heldOn: col.isoDate.nullable(),
  selfDeclarations: z.array(
    z.object({ competenceId: col.id, level: col.int, leaderConfirms: col.boolean }),
  ),
  hrRegistrationsChecked: col.boolean,
  hrRegistrationsComment: col.text,
  potentialUsed: col.text,
  potentialNeeds: col.text,
  teachingTopicIds: z.array(col.id),
  teachingConsent: col.boolean,
  developmentWishes: z.array(z.object({ competenceId: col.id, targetLevel: col.int })),
  preferredWays: z.array(z.enum(DEVELOPMENT_WAYS)),
  careerPlan: col.text,
  careerTargetRole: col.text,
  agreedActions: z.array(
    z.object({
      description: col.text,
      dueOn: col.isoDate.nullable(),
      competenceId: col.id.nullable(),
    }),
  ),
  leaderAssessments: z.array(z.object({ competenceId: col.id, level: col.int })),
}) satisfies z.ZodType<AppraisalContentValues>;

/** The scalar columns of a record; its lines come from appraisal_competence/appraisal_action. */
export const AppraisalRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  cycleId: col.id,
  employeeId: col.id,
  status: z.enum(AppraisalStatus),
  heldOn: col.isoDate.nullable(),
  hrRegistrationsChecked: col.boolean,
  hrRegistrationsComment: col.text,
  potentialUsed: col.text,
  potentialNeeds: col.text,
  teachingConsent: col.boolean,
  preferredWays: z.array(z.enum(DEVELOPMENT_WAYS)),
  careerPlan: col.text,
  careerTargetRole: col.text,
  version: col.int,
  createdAt: col.timestamp,
  updatedAt: col.timestamp,
  updatedByName: col.text.nullable(),
  completedAt: col.timestamp.nullable(),
  completedByName: col.text.nullable(),
});
export type AppraisalRow = z.infer<typeof AppraisalRow>;

/** A record with its content assembled. */
export interface AppraisalRecord extends AppraisalRow {
  content: AppraisalContentValues;
}

export const CompetenceLineRow = z.object({
  appraisalId: col.id,
  kind: z.enum(['SELF_DECLARED', 'LEADER_ASSESSED', 'WISH', 'TEACHING']),
  competenceId: col.id,
  level: col.int.nullable(),
  leaderConfirms: col.boolean,
});
export type CompetenceLineRow = z.infer<typeof CompetenceLineRow>;

export const ActionLineRow = z.object({
  appraisalId: col.id,
  description: col.text,
  dueOn: col.isoDate.nullable(),
  competenceId: col.id.nullable(),
});
export type ActionLineRow = z.infer<typeof ActionLineRow>;

export const AmendmentRow = z.object({
  id: col.id,
  appraisalId: col.id,
  note: col.text,
  before: AppraisalContentJson,
  after: AppraisalContentJson,
  amendedAt: col.timestamp,
  amendedByName: col.text.nullable(),
});
export type AmendmentRow = z.infer<typeof AmendmentRow>;

export const DevelopmentItemRow = z.object({
  id: col.id,
  employeeId: col.id,
  appraisalId: col.id.nullable(),
  kind: z.enum(DevelopmentItemKind),
  competenceId: col.id.nullable(),
  targetLevel: col.int.nullable(),
  description: col.text,
  dueOn: col.isoDate.nullable(),
  status: z.enum(DevelopmentItemStatus),
  createdAt: col.timestamp,
});
export type DevelopmentItemRow = z.infer<typeof DevelopmentItemRow>;

/** An employee as appraisals need it: where they work, for scope, audit and the summary. */
export const AppraisalEmployeeRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  unitId: col.id,
  givenName: col.text,
  familyName: col.text,
  active: col.boolean,
  unitName: col.text,
  municipalityName: col.text,
});
export type AppraisalEmployeeRow = z.infer<typeof AppraisalEmployeeRow>;
