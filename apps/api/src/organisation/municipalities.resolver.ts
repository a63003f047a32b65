import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from './models/municipality.model';
import { Unit } from './models/unit.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Query(() => [Municipality], { description: 'The municipalities of the region, by number.' })
  municipalities(@Context() context: GraphQLContext): Promise<Municipality[]> {
    return this.organisation.municipalities(context.auth.actor);
  }

  @ResolveField(() => [Unit])
  units(@Parent() municipality: Municipality, @Context() context: GraphQLContext): Promise<Unit[]> {
    return context.loaders.organisation.unitsByMunicipality.load(municipality.id);
  }

  @ResolveField(() => Int, { description: 'Number of units at every level.' })
  async unitCount(
    @Parent() municipality: Municipality,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    const units = await context.loaders.organisation.unitsByMunicipality.load(municipality.id);
    return units.length;
  }
}
