import { z } from 'zod';
import { col } from '../database/sql';

/** Rows of the organisation tables as the repositories read them (typed SQL, no entities). */

export enum UnitKind {
  SERVICE_AREA = 'SERVICE_AREA',
  UNIT = 'UNIT',
  DEPARTMENT = 'DEPARTMENT',
}

export const MunicipalityRow = z.object({
  id: col.id,
  regionId: col.id,
  /** Kommunenummer, e.g. 3407. */
  number: col.text,
  name: col.text,
  kostraGroup: col.text.nullable(),
});
export type MunicipalityRow = z.infer<typeof MunicipalityRow>;

export const UnitRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  parentId: col.id.nullable(),
  /** Ids from the root down to and including this unit. */
  path: z.array(col.id),
  name: col.text,
  kind: z.enum(UnitKind),
  /** sykehjem, hjemmetjeneste … (free text, used by templates and demo data). */
  serviceType: col.text.nullable(),
  createdAt: col.timestamp,
});
export type UnitRow = z.infer<typeof UnitRow>;

export const MUNICIPALITY_COLUMNS = `m.id, m.region_id AS "regionId", m.number, m.name,
  m.kostra_group AS "kostraGroup"`;

export const UNIT_COLUMNS = `u.id, u.region_id AS "regionId", u.municipality_id AS "municipalityId",
  u.parent_id AS "parentId", u.path::text[] AS path, u.name, u.kind,
  u.service_type AS "serviceType", u.created_at AS "createdAt"`;

/** The scope columns of unit `u`, for `Scope.where` (a unit is covered by its own path). */
export const UNIT_SCOPE_COLUMNS = {
  regionId: 'u.region_id',
  municipalityId: 'u.municipality_id',
  unitPath: 'u.path',
};
