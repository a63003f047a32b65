import { z } from 'zod';
import { col } from '../database/sql';

/** Rows of the people tables as the repositories read them (typed SQL, no entities). */

/** fast, midlertidig, vikar */
export enum EmploymentType {
  PERMANENT = 'PERMANENT',
  TEMPORARY = 'TEMPORARY',
  SUBSTITUTE = 'SUBSTITUTE',
}

export enum QualificationKind {
  EDUCATION = 'EDUCATION',
  CERTIFICATE = 'CERTIFICATE',
  COURSE = 'COURSE',
}

export enum AssessmentSource {
  FORMAL = 'FORMAL',
  INFORMAL = 'INFORMAL',
  SELF_DECLARED = 'SELF_DECLARED',
  LEADER_ASSESSED = 'LEADER_ASSESSED',
}

/** An employee as read (erased rows are never read: see `notErased`). */
export const EmployeeRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  unitId: col.id,
  /** From the HR system; unique within the municipality. */
  employeeNumber: col.text,
  givenName: col.text,
  familyName: col.text,
  positionTitle: col.text,
  /** STYRK-08, four digits. */
  professionCode: col.text.nullable(),
  /** Stillingsprosent, 0–100 (numeric in the table, read as float8). */
  fte: col.number,
  employmentType: z.enum(EmploymentType),
  /** For retirement projections; never a national identity number. */
  birthYear: col.int.nullable(),
  startDate: col.isoDate.nullable(),
  active: col.boolean,
  /** Optimistic locking: bumped by every update. */
  version: col.int,
});
export type EmployeeRow = z.infer<typeof EmployeeRow>;
