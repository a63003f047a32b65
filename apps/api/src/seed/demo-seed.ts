import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuthService } from '../auth/auth.service';
import { col, execute, one, rows } from '../database/sql';
import { UnitKind } from '../organisation/organisation.rows';
import {
  DEMO_MUNICIPALITIES,
  DEMO_REGION,
  DemoUnit,
  HEALTH_AND_CARE_AREA,
} from './demo-organisation';
import { todayInNorway } from '@kp/domain';
import { seedDemoAppraisals } from './demo-appraisals';
import { seedDemoEvaluation } from './demo-evaluation';
import { seedDemoPlans } from './demo-plans';
import { seedDemoRequirements } from './demo-requirements';
import { DEMO_PASSWORD, seedDemoUsers } from './demo-users';
import { seedDemoPeople } from './seed-people';

/** An advisory lock so two instances starting at once do not both seed. */
const SEED_LOCK = 4_207_001;

const IdRow = z.object({ id: col.id });
const CreatedUnit = z.object({ id: col.id, path: z.array(col.id) });

async function insertUnit(
  manager: EntityManager,
  ids: { regionId: string; municipalityId: string },
  parent: { id: string; path: string[] } | null,
  name: string,
  kind: UnitKind,
  serviceType: string | null,
): Promise<{ id: string; path: string[] }> {
  return one(
    manager,
    CreatedUnit,
    `WITH new_id AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind, service_type)
     SELECT new_id.id, $1, $2, $3, $4::uuid[] || new_id.id, $5, $6, $7 FROM new_id
     RETURNING id, path::text[] AS path`,
    [
      ids.regionId,
      ids.municipalityId,
      parent?.id ?? null,
      parent?.path ?? [],
      name,
      kind,
      serviceType,
    ],
  );
}

async function seedUnits(
  manager: EntityManager,
  ids: { regionId: string; municipalityId: string },
  units: DemoUnit[],
): Promise<void> {
  const area = await insertUnit(
    manager,
    ids,
    null,
    HEALTH_AND_CARE_AREA,
    UnitKind.SERVICE_AREA,
    null,
  );
  for (const unit of units) {
    const created = await insertUnit(
      manager,
      ids,
      area,
      unit.name,
      UnitKind.UNIT,
      unit.serviceType,
    );
    for (const department of unit.departments ?? []) {
      await insertUnit(manager, ids, created, department, UnitKind.DEPARTMENT, unit.serviceType);
    }
  }
}

/** Seeds the demo region on first start; later starts find it and do nothing. */
export async function seedDemoRegion(db: DataSource, log: (line: string) => void): Promise<void> {
  await db.transaction(async (manager) => {
    // a start-up step, not a request: the per-statement limit does not apply
    await execute(manager, 'SET LOCAL statement_timeout = 0');
    await execute(manager, 'SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await rows(manager, IdRow, 'SELECT id FROM region WHERE slug = $1', [
      DEMO_REGION.slug,
    ]);
    if (existing.length > 0) return;

    const region = await one(
      manager,
      IdRow,
      'INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id',
      [DEMO_REGION.name, DEMO_REGION.slug],
    );
    for (const municipality of DEMO_MUNICIPALITIES) {
      const row = await one(
        manager,
        IdRow,
        'INSERT INTO municipality (region_id, number, name, kostra_group) VALUES ($1, $2, $3, $4) RETURNING id',
        [region.id, municipality.number, municipality.name, municipality.kostraGroup],
      );
      await seedUnits(manager, { regionId: region.id, municipalityId: row.id }, municipality.units);
    }
    await seedDemoUsers(manager, region.id, await AuthService.hashPassword(DEMO_PASSWORD));
    await seedDemoPeople(manager, region.id);
    // last: appraisals are built on whatever employees and competences the seeds above made
    await seedDemoAppraisals(manager, region.id);
    await seedDemoRequirements(manager, region.id);
    // after the requirements: completed measures close some of the gaps they were made for
    await seedDemoPlans(manager, region.id);
    // last: indicators measured from everything above, with history rebuilt from its dates
    await seedDemoEvaluation(db, manager, region.id, todayInNorway());
    log(`Demoregionen «${DEMO_REGION.name}» er opprettet`);
  });
}
