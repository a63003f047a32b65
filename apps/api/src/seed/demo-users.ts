import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, one } from '../database/sql';
import { Role } from '../auth/roles';

/** Demo-only password, documented in the README; never seeded in production unless asked. */
export const DEMO_PASSWORD = 'reks-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  municipality?: string;
  unit?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@reks.demo', name: 'Astrid Administrator', role: Role.REGION_ADMIN },
  { email: 'koordinator@reks.demo', name: 'Kari Koordinator', role: Role.REGIONAL_COORDINATOR },
  { email: 'styre@reks.demo', name: 'Sigurd Styremedlem', role: Role.BOARD_MEMBER },
  {
    email: 'hr.gjovik@reks.demo',
    name: 'Hanne HR Gjøvik',
    role: Role.MUNICIPALITY_HR,
    municipality: '3407',
  },
  // A second municipality's HR: regional measures are shared between municipalities.
  {
    email: 'hr.ostretoten@reks.demo',
    name: 'Hilde HR Østre Toten',
    role: Role.MUNICIPALITY_HR,
    municipality: '3442',
  },
  {
    email: 'leder.hjemmetjeneste.gjovik@reks.demo',
    name: 'Lars Leder',
    role: Role.UNIT_LEADER,
    municipality: '3407',
    unit: 'Hjemmetjenesten Gjøvik',
  },
  {
    email: 'leder.sykehjem.ostretoten@reks.demo',
    name: 'Liv Leder',
    role: Role.UNIT_LEADER,
    municipality: '3442',
    unit: 'Lena sykehjem',
  },
];

export async function seedDemoUsers(
  manager: EntityManager,
  regionId: string,
  passwordHash: string,
): Promise<void> {
  for (const user of DEMO_USERS) {
    const row = await one(
      manager,
      z.object({ id: col.id }),
      `INSERT INTO app_user (region_id, email, name, password_hash) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [regionId, user.email, user.name, passwordHash],
    );
    await execute(
      manager,
      `INSERT INTO role_assignment (region_id, user_id, role, municipality_id, unit_id)
       SELECT $1, $2, $3, m.id, u.id
       FROM (SELECT 1) AS one
       LEFT JOIN municipality m ON m.region_id = $1 AND m.number = $4
       LEFT JOIN unit u ON u.municipality_id = m.id AND u.name = $5`,
      [regionId, row.id, user.role, user.municipality ?? null, user.unit ?? null],
    );
  }
}
