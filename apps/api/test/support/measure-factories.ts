import { randomUUID } from 'node:crypto';
import { db } from './database';

/**
 * A small SQL factory for measures (the plans capability owns their API; participation tests
 * only need rows to sign people up to). Measures hang on a plan of year 2099 per scope, so
 * they never take a real half-year's plan from the plans tests.
 */
export interface MeasureSeed {
  regionId?: string;
  /** null: a regional measure (in the region's programme). */
  municipalityId: string | null;
  title?: string;
  kind?: string;
  status?: 'PLANNED' | 'OPEN' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';
  places?: number;
  hours?: number;
  startsOn?: string;
  endsOn?: string;
  awardsCertificate?: boolean;
  providerName?: string;
  targets?: Array<{ competenceId: string; level: number; requirementId?: string | null }>;
  shares?: Array<{ municipalityId: string; places: number }>;
  funding?: Array<{ source: 'OWN_BUDGET' | 'COMPETENCE_GRANT' | 'OTHER'; amount: number }>;
}

export interface MeasureRef {
  id: string;
  title: string;
}

async function regionOf(seed: MeasureSeed): Promise<string> {
  if (seed.regionId) return seed.regionId;
  const { rows } = await db().query(
    seed.municipalityId
      ? `SELECT region_id FROM municipality WHERE id = $1`
      : `SELECT id AS region_id FROM region WHERE slug = 'gjovikregionen'`,
    seed.municipalityId ? [seed.municipalityId] : [],
  );
  if (!rows[0]) throw new Error('No region for the measure');
  return rows[0].region_id;
}

export async function makeMeasure(seed: MeasureSeed): Promise<MeasureRef> {
  const regionId = await regionOf(seed);
  const level = seed.municipalityId ? 'MUNICIPALITY' : 'REGION';
  const plan = await db().query(
    `INSERT INTO action_plan (region_id, level, municipality_id, year, half, title)
     VALUES ($1, $2, $3, 2099, 2, 'Testplan')
     ON CONFLICT (region_id, municipality_id, unit_id, year, half)
       DO UPDATE SET title = excluded.title
     RETURNING id`,
    [regionId, level, seed.municipalityId],
  );
  const title = seed.title ?? `Testtiltak ${randomUUID().slice(0, 8)}`;
  const { rows } = await db().query(
    `INSERT INTO measure (region_id, plan_id, municipality_id, title, strategy, kind, provider,
       provider_name, owner, places, hours, starts_on, ends_on, awards_certificate, status)
     VALUES ($1, $2, $3, $4, 'DEVELOP', $5, 'UNIVERSITY_COLLEGE', $6, 'Testeier', $7, $8, $9, $10,
       $11, $12) RETURNING id`,
    [
      regionId,
      plan.rows[0].id,
      seed.municipalityId,
      title,
      seed.kind ?? 'COURSE',
      seed.providerName ?? 'NTNU Gjøvik',
      seed.places ?? 10,
      seed.hours ?? 0,
      seed.startsOn ?? '2026-01-05',
      seed.endsOn ?? '2027-06-30',
      seed.awardsCertificate ?? false,
      seed.status ?? 'OPEN',
    ],
  );
  const id: string = rows[0].id;
  for (const [position, target] of (seed.targets ?? []).entries()) {
    await db().query(
      `INSERT INTO measure_target (measure_id, region_id, competence_id, level, requirement_id, position)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, regionId, target.competenceId, target.level, target.requirementId ?? null, position],
    );
  }
  for (const share of seed.shares ?? []) {
    await db().query(
      `INSERT INTO measure_share (measure_id, region_id, municipality_id, places) VALUES ($1, $2, $3, $4)`,
      [id, regionId, share.municipalityId, share.places],
    );
  }
  for (const funding of seed.funding ?? []) {
    await db().query(
      `INSERT INTO measure_funding (measure_id, region_id, source, amount) VALUES ($1, $2, $3, $4)`,
      [id, regionId, funding.source, funding.amount],
    );
  }
  return { id, title };
}

/** A participant straight into the table (for probes and set-ups; tests of sign-up use the API). */
export async function addParticipant(
  measureId: string,
  employeeId: string,
  status: 'SIGNED_UP' | 'COMPLETED' | 'NOT_COMPLETED' | 'WITHDRAWN' = 'SIGNED_UP',
): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO measure_participant (measure_id, region_id, municipality_id, employee_id, status,
       outcome_on)
     SELECT $1, e.region_id, e.municipality_id, e.id, $3,
            CASE WHEN $3 IN ('COMPLETED', 'NOT_COMPLETED') THEN current_date END
     FROM employee e WHERE e.id = $2 RETURNING id`,
    [measureId, employeeId, status],
  );
  return rows[0].id;
}

/** An open development wish (as a signed-off appraisal leaves it). */
export async function addWish(
  employeeId: string,
  competenceId: string,
  targetLevel: number,
): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO development_item (region_id, municipality_id, employee_id, kind, competence_id,
       target_level, description)
     SELECT e.region_id, e.municipality_id, e.id, 'WISH', $2, $3, 'Ønsker kurs'
     FROM employee e WHERE e.id = $1 RETURNING id`,
    [employeeId, competenceId, targetLevel],
  );
  return rows[0].id;
}
