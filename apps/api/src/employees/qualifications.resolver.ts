import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { AddQualificationInput } from './dto/add-qualification.input';
import { Qualification } from './models/qualification.model';
import { QualificationsService } from './qualifications.service';

@Resolver(() => Qualification)
export class QualificationsResolver {
  constructor(private readonly qualifications: QualificationsService) {}

  @Mutation(() => Qualification, {
    description: 'Records formal competence: the qualification and a FORMAL level per competence.',
  })
  addQualification(
    @Args('input') input: AddQualificationInput,
    @Context() context: GraphQLContext,
  ): Promise<Qualification> {
    return this.qualifications.add(requireActor(context), input);
  }
}
