import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import { hasRole, Role } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { GraphQLContext } from '../graphql/context';
import { AuditLogEntry, AuditLogFilter } from './audit-log.model';
import { AuditLogRepository } from './audit-log.repository';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogRepository) {}

  @Query(() => [AuditLogEntry], {
    description:
      'The audit log, newest first: the whole region for REGION_ADMIN, own municipality for MUNICIPALITY_HR.',
  })
  auditLog(
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<AuditLogEntry[]> {
    const actor = requireActor(context);
    const municipalityIds = hasRole(actor, Role.REGION_ADMIN)
      ? null
      : actor.grants
          .filter((grant) => grant.role === Role.MUNICIPALITY_HR && grant.municipalityId)
          .map((grant) => grant.municipalityId as string);
    const before = filter?.before ?? undefined;
    if (before !== undefined && !/^\d+$/.test(before)) {
      throw UserError.field('before', 'INVALID_ID', 'Fra har en ugyldig ID');
    }
    return this.entries.list({
      regionId: actor.regionId,
      municipalityIds,
      employeeId: filter?.employeeId,
      municipalityId: filter?.municipalityId,
      beforeId: before,
      limit: filter?.first ?? 100,
    });
  }
}
