import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { AddUnitInput } from './dto/add-unit.input';
import { Unit } from './models/unit.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Mutation(() => Unit, {
    description: 'Adds a unit to a municipality, under a parent unit or at the top.',
  })
  addUnit(@Args('input') input: AddUnitInput, @Context() context: GraphQLContext): Promise<Unit> {
    return this.organisation.addUnit(requireActor(context), input);
  }
}
