import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';

/** A plan or measure: placed in a municipality and unit, or (null) in the region. */
interface Placed {
  municipalityId: string | null;
  unitId: string | null;
}

/**
 * The `municipality` and `unit` fields of plans and measures, written once: null for the
 * regional programme (and for municipality plans, the unit).
 */
export function PlacedFields<O extends Placed>(type: Type<O>) {
  @Resolver(() => type, { isAbstract: true })
  abstract class PlacedResolver {
    @ResolveField('municipality', () => Municipality, {
      nullable: true,
      description: 'Null for the regional programme.',
    })
    municipality(
      @Parent() parent: O,
      @Context() context: GraphQLContext,
    ): Promise<Municipality | null> | null {
      return parent.municipalityId
        ? context.loaders.organisation.municipalityById.load(parent.municipalityId)
        : null;
    }

    @ResolveField('unit', () => Unit, { nullable: true, description: 'Set for unit plans.' })
    unit(@Parent() parent: O, @Context() context: GraphQLContext): Promise<Unit | null> | null {
      return parent.unitId ? context.loaders.organisation.unitById.load(parent.unitId) : null;
    }
  }
  return PlacedResolver;
}

/** A municipality a row must have (a share's, a teacher's). */
export async function municipalityOf(context: GraphQLContext, id: string): Promise<Municipality> {
  const municipality = await context.loaders.organisation.municipalityById.load(id);
  if (!municipality) throw new Error(`No municipality ${id}`);
  return municipality;
}

/** A competence a row must have (a target's, a teacher's topic). */
export async function competenceOf(context: GraphQLContext, id: string): Promise<Competence> {
  const competence = await context.loaders.competences.competenceById.load(id);
  if (!competence) throw new Error(`No competence ${id}`);
  return competence;
}
