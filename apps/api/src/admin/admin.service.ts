import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { Actor, Role } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { isUniqueViolation } from '../database/postgres-errors';
import type {
  AdminUser,
  AssignRoleInput,
  CreateUserInput,
  RegionSettings,
  UpdateRegionSettingsInput,
  UpdateUserInput,
} from './admin.models';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { AdminRepository } from './admin.repository';

/** The region admin's work: users, their roles in scopes, and region settings. */
@Injectable()
export class AdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly admin: AdminRepository,
    private readonly organisation: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  users(actor: Actor): Promise<AdminUser[]> {
    return this.admin.listUsers(actor.regionId);
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<AdminUser> {
    const passwordHash = input.password ? await AuthService.hashPassword(input.password) : null;
    try {
      return await this.db.transaction(async (manager) => {
        const id = await this.admin.insertUser(manager, {
          regionId: actor.regionId,
          email: input.email.toLowerCase(),
          name: input.name,
          passwordHash,
        });
        await this.audit.change(manager, actor, [
          {
            action: 'user.create',
            entityType: 'user',
            entityId: id,
            after: { email: input.email, name: input.name },
          },
        ]);
        return this.mustFindUser(actor, id, manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_idx')) {
        throw UserError.field(
          'email',
          'DUPLICATE_EMAIL',
          'Det finnes allerede en bruker med denne e-postadressen',
        );
      }
      throw error;
    }
  }

  async updateUser(actor: Actor, input: UpdateUserInput): Promise<AdminUser> {
    const before = await this.mustFindUser(actor, input.id);
    const passwordHash = input.password
      ? await AuthService.hashPassword(input.password)
      : undefined;
    return this.db.transaction(async (manager) => {
      const updated = await this.admin.updateUser(manager, {
        regionId: actor.regionId,
        id: input.id,
        version: input.version,
        name: input.name,
        active: input.active,
        passwordHash,
      });
      if (!updated) throw UserError.conflict('brukeren');
      // a deactivated user or a new password ends every open session
      if (input.active === false || passwordHash) await this.admin.endSessions(manager, input.id);
      const after = await this.mustFindUser(actor, input.id, manager);
      await this.audit.change(manager, actor, [
        {
          action: 'user.update',
          entityType: 'user',
          entityId: input.id,
          before: { name: before.name, active: before.active },
          after: { name: after.name, active: after.active, passwordChanged: Boolean(passwordHash) },
        },
      ]);
      return after;
    });
  }

  async assignRole(actor: Actor, input: AssignRoleInput): Promise<AdminUser> {
    await this.mustFindUser(actor, input.userId);
    const scope = await this.validScope(actor, input);
    try {
      return await this.db.transaction(async (manager) => {
        await this.admin.insertRole(manager, {
          regionId: actor.regionId,
          userId: input.userId,
          role: input.role,
          ...scope,
        });
        await this.audit.change(manager, actor, [
          {
            action: 'role.assign',
            entityType: 'user',
            entityId: input.userId,
            after: { role: input.role, ...scope },
          },
        ]);
        return this.mustFindUser(actor, input.userId, manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'role_assignment_unique_idx')) {
        throw UserError.field(
          'role',
          'DUPLICATE_ROLE',
          'Brukeren har allerede denne rollen i dette området',
        );
      }
      throw error;
    }
  }

  async removeRole(actor: Actor, roleId: string): Promise<AdminUser> {
    return this.db.transaction(async (manager) => {
      const removed = await this.admin.deleteRole(manager, actor.regionId, roleId);
      if (!removed) throw UserError.notFound('rollen');
      await this.audit.change(manager, actor, [
        { action: 'role.remove', entityType: 'user', entityId: removed.userId, before: removed },
      ]);
      return this.mustFindUser(actor, removed.userId, manager);
    });
  }

  settings(actor: Actor): Promise<RegionSettings> {
    return this.admin.settings(actor.regionId);
  }

  async updateSettings(actor: Actor, input: UpdateRegionSettingsInput): Promise<RegionSettings> {
    return this.db.transaction(async (manager) => {
      const before = await this.admin.settings(actor.regionId, manager);
      await this.admin.updateSettings(manager, actor.regionId, input);
      const after = await this.admin.settings(actor.regionId, manager);
      await this.audit.change(manager, actor, [
        {
          action: 'region.settings',
          entityType: 'region',
          entityId: actor.regionId,
          before,
          after,
        },
      ]);
      return after;
    });
  }

  /** The scope a role is held in must fit the role and lie in the admin's region. */
  private async validScope(
    actor: Actor,
    input: AssignRoleInput,
  ): Promise<{ municipalityId: string | null; unitId: string | null }> {
    if (input.role === Role.UNIT_LEADER) {
      const municipalityId = input.unitId
        ? ((await this.organisation.findUnitInRegion(actor.regionId, input.unitId))
            ?.municipalityId ?? null)
        : null;
      if (!input.unitId || !municipalityId) {
        throw UserError.field('unitId', 'SCOPE_REQUIRED', 'Velg enheten lederen har ansvar for');
      }
      return { municipalityId, unitId: input.unitId };
    }
    if (input.role === Role.MUNICIPALITY_HR) {
      if (
        !input.municipalityId ||
        !(await this.organisation.findMunicipalityInRegion(actor.regionId, input.municipalityId))
      ) {
        throw UserError.field('municipalityId', 'SCOPE_REQUIRED', 'Velg kommunen rollen gjelder');
      }
      return { municipalityId: input.municipalityId, unitId: null };
    }
    return { municipalityId: null, unitId: null };
  }

  private async mustFindUser(
    actor: Actor,
    id: string,
    manager = this.db.manager,
  ): Promise<AdminUser> {
    const user = await this.admin.findUser(actor.regionId, id, manager);
    if (!user) throw UserError.notFound('brukeren');
    return user;
  }
}
