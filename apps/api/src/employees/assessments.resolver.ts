import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { AssessmentsService } from './assessments.service';
import { RecordAssessmentInput } from './dto/record-assessment.input';
import { Assessment } from './models/assessment.model';

@Resolver(() => Assessment)
export class AssessmentsResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @Mutation(() => Assessment, { description: 'Appends an assessment to the history.' })
  recordAssessment(
    @Args('input') input: RecordAssessmentInput,
    @Context() context: GraphQLContext,
  ): Promise<Assessment> {
    return this.assessments.record(requireActor(context), input);
  }

  @Mutation(() => Assessment, {
    description: 'A leader confirms a SELF_DECLARED level so it counts.',
  })
  confirmAssessment(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Assessment> {
    return this.assessments.confirm(requireActor(context), id);
  }
}
