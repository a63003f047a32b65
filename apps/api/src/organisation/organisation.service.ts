import { Scope } from '../auth/scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, hasRole, Role } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { isUniqueViolation } from '../database/postgres-errors';
import type { AddUnitInput } from './dto/add-unit.input';
import type { Municipality } from './models/municipality.model';
import type { Unit } from './models/unit.model';
import { OrganisationRepository } from './organisation.repository';

/** Region admins shape the whole region's tree, HR their own municipality's. */
function mayManageOrganisation(
  actor: Actor,
  municipality: { id: string; regionId: string },
): boolean {
  if (actor.regionId !== municipality.regionId) return false;
  return hasRole(actor, Role.REGION_ADMIN) || Scope.hr(actor).coversMunicipality(municipality.id);
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisation: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The organisation chart is public: anonymous callers see the service's
   * first region (one deployment usually serves one region), others their own.
   */
  municipalities(actor: Actor | null): Promise<Municipality[]> {
    return this.organisation.listMunicipalities(actor?.regionId ?? null);
  }

  async addUnit(actor: Actor, input: AddUnitInput): Promise<Unit> {
    const municipality = await this.organisation.findMunicipality(input.municipalityId);
    if (!municipality || !mayManageOrganisation(actor, municipality)) {
      throw UserError.field('municipalityId', 'UNKNOWN_MUNICIPALITY', 'Kommunen finnes ikke');
    }
    try {
      return await this.db.transaction(async (manager) => {
        const parent = input.parentId
          ? await this.organisation.findUnit(input.parentId, manager)
          : null;
        if (input.parentId && (!parent || parent.municipalityId !== municipality.id)) {
          throw UserError.field(
            'parentId',
            'UNKNOWN_PARENT_UNIT',
            'Overordnet enhet finnes ikke i denne kommunen',
          );
        }
        const unit = await this.organisation.insertUnit(manager, {
          regionId: municipality.regionId,
          municipalityId: municipality.id,
          parentId: parent?.id ?? null,
          parentPath: parent?.path ?? [],
          name: input.name,
          kind: input.kind,
          serviceType: input.serviceType ?? null,
        });
        await this.audit.change(manager, actor, [
          {
            action: 'unit.create',
            entityType: 'unit',
            entityId: unit.id,
            municipalityId: municipality.id,
            unitId: unit.id,
            after: unit,
          },
        ]);
        return unit;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'unit_sibling_name_idx')) {
        throw UserError.field(
          'name',
          'DUPLICATE_NAME',
          `Det finnes allerede en enhet med navnet «${input.name}» på dette nivået`,
        );
      }
      throw error;
    }
  }
}
