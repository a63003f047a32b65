import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { Role } from '../auth/roles';
import { col, execute, maybeOne, one, rows } from '../database/sql';
import type { AdminUser, RegionSettings, UserRole } from './admin.models';

const USER_COLUMNS = `u.id, u.email, u.name, u.active, u.version,
  (u.password_hash IS NOT NULL) AS "hasPassword"`;

const SETTINGS_COLUMNS = `id, name, min_group_size AS "minGroupSize", retirement_age AS "retirementAge",
  session_idle_minutes AS "sessionIdleMinutes", session_absolute_hours AS "sessionAbsoluteHours"`;

const UserRow = z.object({
  id: col.id,
  email: col.text,
  name: col.text,
  active: col.boolean,
  version: col.int,
  hasPassword: col.boolean,
});

const RoleRow = z.object({
  id: col.id,
  role: z.enum(Role),
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  scopeName: col.text.nullable(),
});

const IdRow = z.object({ id: col.id });

const RemovedRole = z.object({
  userId: col.id,
  role: z.enum(Role),
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
});

const SettingsRow = z.object({
  id: col.id,
  name: col.text,
  minGroupSize: col.int,
  retirementAge: col.int,
  sessionIdleMinutes: col.int,
  sessionAbsoluteHours: col.int,
});

/** Users, role assignments and region settings; every query bound to one region. */
@Injectable()
export class AdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listUsers(regionId: string): Promise<AdminUser[]> {
    const users = await rows(
      this.db,
      UserRow,
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.region_id = $1 ORDER BY u.name, u.email`,
      [regionId],
    );
    const roles = await this.rolesOf(users.map((user) => user.id));
    return users.map((user) => ({ ...user, roles: roles.get(user.id) ?? [] }));
  }

  async findUser(
    regionId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AdminUser | null> {
    const user = await maybeOne(
      manager,
      UserRow,
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.region_id = $1 AND u.id = $2`,
      [regionId, id],
    );
    if (!user) return null;
    return { ...user, roles: (await this.rolesOf([id], manager)).get(id) ?? [] };
  }

  /** Batch: the roles of many users, with their scope in words. */
  async rolesOf(
    userIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, UserRole[]>> {
    const found = await rows(
      manager,
      RoleRow.extend({ userId: col.id }),
      `SELECT r.id, r.user_id AS "userId", r.role, r.municipality_id AS "municipalityId",
              r.unit_id AS "unitId", coalesce(un.name || ', ' || m.name, m.name) AS "scopeName"
       FROM role_assignment r
       LEFT JOIN municipality m ON m.id = r.municipality_id
       LEFT JOIN unit un ON un.id = r.unit_id
       WHERE r.user_id = ANY($1) ORDER BY r.role, "scopeName"`,
      [userIds],
    );
    const byUser = new Map<string, UserRole[]>();
    for (const { userId, ...role } of found) {
      byUser.set(userId, [...(byUser.get(userId) ?? []), role]);
    }
    return byUser;
  }

  async insertUser(
    manager: EntityManager,
    user: { regionId: string; email: string; name: string; passwordHash: string | null },
  ): Promise<string> {
    const { id } = await one(
      manager,
      IdRow,
      `INSERT INTO app_user (region_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.regionId, user.email, user.name, user.passwordHash],
    );
    return id;
  }

  /** Optimistic update: false when the version no longer matches. */
  async updateUser(
    manager: EntityManager,
    user: {
      regionId: string;
      id: string;
      version: number;
      name?: string;
      active?: boolean;
      passwordHash?: string;
    },
  ): Promise<boolean> {
    const updated = await rows(
      manager,
      IdRow,
      `UPDATE app_user SET name = coalesce($4, name), active = coalesce($5, active),
         password_hash = coalesce($6, password_hash), version = version + 1
       WHERE region_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        user.regionId,
        user.id,
        user.version,
        user.name ?? null,
        user.active ?? null,
        user.passwordHash ?? null,
      ],
    );
    return updated.length > 0;
  }

  async endSessions(manager: EntityManager, userId: string): Promise<void> {
    await execute(manager, 'DELETE FROM user_session WHERE user_id = $1', [userId]);
  }

  async insertRole(
    manager: EntityManager,
    role: {
      regionId: string;
      userId: string;
      role: Role;
      municipalityId: string | null;
      unitId: string | null;
    },
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO role_assignment (region_id, user_id, role, municipality_id, unit_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [role.regionId, role.userId, role.role, role.municipalityId, role.unitId],
    );
  }

  async deleteRole(
    manager: EntityManager,
    regionId: string,
    id: string,
  ): Promise<{ userId: string } | null> {
    return maybeOne(
      manager,
      RemovedRole,
      `DELETE FROM role_assignment WHERE region_id = $1 AND id = $2 RETURNING user_id AS "userId", role,
         municipality_id AS "municipalityId", unit_id AS "unitId"`,
      [regionId, id],
    );
  }

  async settings(
    regionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<RegionSettings> {
    return one(manager, SettingsRow, `SELECT ${SETTINGS_COLUMNS} FROM region WHERE id = $1`, [
      regionId,
    ]);
  }

  async updateSettings(
    manager: EntityManager,
    regionId: string,
    changes: Partial<Omit<RegionSettings, 'id' | 'name'>>,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE region SET
         min_group_size = coalesce($2, min_group_size),
         retirement_age = coalesce($3, retirement_age),
         session_idle_minutes = coalesce($4, session_idle_minutes),
         session_absolute_hours = coalesce($5, session_absolute_hours)
       WHERE id = $1`,
      [
        regionId,
        changes.minGroupSize ?? null,
        changes.retirementAge ?? null,
        changes.sessionIdleMinutes ?? null,
        changes.sessionAbsoluteHours ?? null,
      ],
    );
  }
}
