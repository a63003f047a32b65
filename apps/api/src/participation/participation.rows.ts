import { z } from 'zod';
import { col } from '../database/sql';

/** Rows of the participation tables as the repository reads them (typed SQL, no entities). */

export enum ParticipantStatus {
  SIGNED_UP = 'SIGNED_UP',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

/** What participation needs of a measure (the plans capability owns the row). */
export const MeasureForParticipation = z.object({
  id: col.id,
  regionId: col.id,
  /** null: a regional measure, open to every municipality within its share. */
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  title: col.text,
  kind: col.text,
  providerName: col.text,
  places: col.int,
  hours: col.number,
  startsOn: col.isoDate,
  endsOn: col.isoDate,
  awardsCertificate: col.boolean,
  status: z.enum(['PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED']),
});
export type MeasureForParticipation = z.infer<typeof MeasureForParticipation>;

export const MeasureTargetRow = z.object({
  competenceId: col.id,
  competenceName: col.text,
  level: col.int,
  validityMonths: col.int.nullable(),
  requirementId: col.id.nullable(),
});
export type MeasureTargetRow = z.infer<typeof MeasureTargetRow>;

/** A participant with the names the screens show (personal data: read in scope only). */
export const ParticipantRow = z.object({
  id: col.id,
  measureId: col.id,
  employeeId: col.id,
  fullName: col.text,
  unitId: col.id,
  unitName: col.text,
  municipalityId: col.id,
  municipalityName: col.text,
  status: z.enum(ParticipantStatus),
  developmentItemId: col.id.nullable(),
  signedUpAt: col.timestamp,
  outcomeOn: col.isoDate.nullable(),
  version: col.int,
});
export type ParticipantRow = z.infer<typeof ParticipantRow>;

/** A person a sign-up names, as found in the caller's scope. */
export const CandidateRow = z.object({
  employeeId: col.id,
  fullName: col.text,
  municipalityId: col.id,
  municipalityName: col.text,
  active: col.boolean,
  existing: z.enum(ParticipantStatus).nullable(),
});
export type CandidateRow = z.infer<typeof CandidateRow>;

/** An open development wish from an appraisal. */
export const OpenWishRow = z.object({
  employeeId: col.id,
  developmentItemId: col.id,
  competenceId: col.id,
  targetLevel: col.int,
});
export type OpenWishRow = z.infer<typeof OpenWishRow>;

export const CertifiedUntilRow = z.object({
  employeeId: col.id,
  competenceId: col.id,
  validUntil: col.isoDate,
});

/** A person proposals name (in scope, active). */
export const PersonRow = z.object({
  employeeId: col.id,
  fullName: col.text,
  unitId: col.id,
  unitName: col.text,
  municipalityId: col.id,
});
export type PersonRow = z.infer<typeof PersonRow>;

/** Places held per municipality (everyone but those who withdrew). */
export const TakenRow = z.object({ municipalityId: col.id, taken: col.int });

/** Participants per municipality and status, with the municipality's share. */
export const SignUpCountRow = z.object({
  municipalityId: col.id,
  municipalityName: col.text,
  share: col.int.nullable(),
  signedUp: col.int,
  completed: col.int,
  notCompleted: col.int,
  withdrawn: col.int,
});
export type SignUpCountRow = z.infer<typeof SignUpCountRow>;
