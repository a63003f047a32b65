import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { AuditLogEntry, AuditLogFilter } from './audit-log.model';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => [AuditLogEntry], {
    description:
      'The audit log, newest first (by time, then id): the whole region for REGION_ADMIN, own municipality for MUNICIPALITY_HR. Page with `before` = the id of the last entry shown.',
  })
  auditLog(
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<AuditLogEntry[]> {
    return this.log.page(requireActor(context), filter ?? {});
  }
}
