import type { Type } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import { IntBetween, MAX_VERSION } from '../common/validation/argument.pipes';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { RequirementFilter } from './dto/requirement-filter.input';
import type { RequirementKindSpec } from './requirement-kinds';
import type { CommonRow, CommonValues } from './requirements.repository';
import { RequirementsService } from './requirements.service';

/** What every kind's GraphQL type has, for the shared field resolvers. */
interface Placed {
  id: string;
  unitId: string;
  municipalityId: string;
}

/** The GraphQL names and descriptions of one kind's shared operations (the schema is kept). */
export interface RequirementOperations<O> {
  type: Type<O>;
  /** For errors: "Requirement", "Staffing requirement". */
  label: string;
  list: { name: string; description: string };
  delete: { name: string; description?: string };
}

/**
 * The operations every kind of requirement has, written once: the list, delete, and the
 * `unit` and `municipality` fields. A kind's resolver extends this and adds what takes its own
 * input types (create, update: the validation pipe reads their classes from the method
 * signature, so they stay in the concrete class) and what only it has.
 */
export function RequirementResolverBase<
  R extends CommonRow,
  V extends CommonValues,
  O extends Placed,
  C extends { unitId: string },
  U extends { id: string; version: number },
>(kind: RequirementKindSpec<R, V, O, C, U>, operations: RequirementOperations<O>) {
  @Resolver(() => operations.type, { isAbstract: true })
  abstract class RequirementResolver {
    constructor(protected readonly service: RequirementsService) {}

    @Query(() => [operations.type], operations.list)
    list(
      @Args('filter', { type: () => RequirementFilter, nullable: true })
      filter: RequirementFilter | null,
      @Context() context: GraphQLContext,
    ): Promise<O[]> {
      return this.service.of(kind).list(requireActor(context), filter);
    }

    @Mutation(() => ID, operations.delete)
    delete(
      @Args('id', { type: () => ID }) id: string,
      @Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))
      version: number,
      @Context() context: GraphQLContext,
    ): Promise<string> {
      return this.service.of(kind).delete(requireActor(context), id, version);
    }

    @ResolveField('unit', () => Unit)
    async unit(@Parent() requirement: O, @Context() context: GraphQLContext): Promise<Unit> {
      const unit = await context.loaders.organisation.unitById.load(requirement.unitId);
      if (!unit) throw new Error(`${operations.label} ${requirement.id} has no unit`);
      return unit;
    }

    @ResolveField('municipality', () => Municipality)
    async municipality(
      @Parent() requirement: O,
      @Context() context: GraphQLContext,
    ): Promise<Municipality> {
      const municipality = await context.loaders.organisation.municipalityById.load(
        requirement.municipalityId,
      );
      if (!municipality) {
        throw new Error(`${operations.label} ${requirement.id} has no municipality`);
      }
      return municipality;
    }
  }
  return RequirementResolver;
}
