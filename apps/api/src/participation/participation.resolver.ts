import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import {
  RecordParticipantOutcomesInput,
  SignUpParticipantsInput,
  WithdrawParticipantInput,
} from './dto/participation.input';
import {
  MeasureParticipant,
  MeasureSignUps,
  ParticipantOutcomesResult,
  ProposedParticipant,
} from './models/participation.model';
import { ParticipantOutcomesService } from './participant-outcomes.service';
import { ParticipationService } from './participation.service';

@Resolver(() => MeasureParticipant)
export class ParticipationResolver {
  constructor(
    private readonly participation: ParticipationService,
    private readonly outcomes: ParticipantOutcomesService,
  ) {}

  @Query(() => [MeasureParticipant], {
    description:
      "The measure's participants the caller may see by name: HR their municipality's, a unit leader their units'. Audited.",
  })
  measureParticipants(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Context() context: GraphQLContext,
  ): Promise<MeasureParticipant[]> {
    return this.participation.participants(requireActor(context), measureId);
  }

  @Query(() => MeasureSignUps, {
    description:
      'Places and participants per municipality, no names: exact for HR, unit leaders and the coordinator, rounded for others.',
  })
  measureSignUps(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Context() context: GraphQLContext,
  ): Promise<MeasureSignUps> {
    return this.participation.signUps(requireActor(context), measureId);
  }

  @Query(() => [ProposedParticipant], {
    description:
      'People in scope worth signing up: open development wishes for a target competence, and for a certificate renewal the people whose certificate runs out. Audited.',
  })
  proposedParticipants(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Context() context: GraphQLContext,
  ): Promise<ProposedParticipant[]> {
    return this.participation.proposals(requireActor(context), measureId);
  }

  @Mutation(() => [MeasureParticipant], {
    description:
      "Signs people up within the measure's places (a regional measure: the municipality's share); all or none.",
  })
  signUpParticipants(
    @Args('input') input: SignUpParticipantsInput,
    @Context() context: GraphQLContext,
  ): Promise<MeasureParticipant[]> {
    return this.participation.signUp(requireActor(context), input);
  }

  @Mutation(() => MeasureParticipant, {
    description: 'Withdraws a signed-up participant; a stale version gives CONFLICT.',
  })
  withdrawParticipant(
    @Args('input') input: WithdrawParticipantInput,
    @Context() context: GraphQLContext,
  ): Promise<MeasureParticipant> {
    return this.participation.withdraw(requireActor(context), input);
  }

  @Mutation(() => ParticipantOutcomesResult, {
    description:
      'Records who completed (the competence is documented in the same transaction) and who did not. Completing twice changes nothing.',
  })
  recordParticipantOutcomes(
    @Args('input') input: RecordParticipantOutcomesInput,
    @Context() context: GraphQLContext,
  ): Promise<ParticipantOutcomesResult> {
    return this.outcomes.record(requireActor(context), input);
  }
}
