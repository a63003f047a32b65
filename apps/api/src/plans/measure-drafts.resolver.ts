import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import { IntBetween } from '../common/validation/argument.pipes';
import type { GraphQLContext } from '../graphql/context';
import { ExpiringCertificatesDraftInput, MobilisationDraftInput } from './dto/measure-draft.input';
import { MAX_PLACES } from './dto/measure.input';
import { MeasureDraftsService } from './measure-drafts.service';
import { MeasureDraft } from './models/measure-draft.model';

const PLACES = new IntBetween('Plasser', 1, MAX_PLACES);

@Resolver(() => MeasureDraft)
export class MeasureDraftsResolver {
  constructor(private readonly drafts: MeasureDraftsService) {}

  @Query(() => MeasureDraft, {
    nullable: true,
    description:
      "A measure filled in from a gap row (nothing saved): the requirement's competence and minimum level as target, strategy DEVELOP, the suggested plan for the current half-year. Null for a requirement not in the region.",
  })
  measureDraftFromGap(
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @Args(
      'places',
      { type: () => Int, nullable: true, description: 'E.g. the gap; default 1.' },
      PLACES,
    )
    places: number | null,
    @Context() context: GraphQLContext,
  ): Promise<MeasureDraft | null> {
    return this.drafts.fromGap(requireActor(context), requirementId, places);
  }

  @Query(() => MeasureDraft, {
    nullable: true,
    description:
      'A loan or rotation filled in from a mobilisation pair (nothing saved): strategy MOBILISE, the unit with surplus as lending unit, the gap as target. Null for requirements not in the region.',
  })
  measureDraftFromMobilisation(
    @Args('input') input: MobilisationDraftInput,
    @Args(
      'places',
      { type: () => Int, nullable: true, description: 'E.g. the transferable figure; default 1.' },
      PLACES,
    )
    places: number | null,
    @Context() context: GraphQLContext,
  ): Promise<MeasureDraft | null> {
    return this.drafts.fromMobilisation(requireActor(context), input, places);
  }

  @Query(() => MeasureDraft, {
    nullable: true,
    description:
      'A renewal course filled in from expiring certificates (nothing saved): kind CERTIFICATE_RENEWAL, a certificate, the competence at the level the certificates give. Null for a unit or municipality not in the region.',
  })
  measureDraftFromExpiringCertificates(
    @Args('input') input: ExpiringCertificatesDraftInput,
    @Context() context: GraphQLContext,
  ): Promise<MeasureDraft | null> {
    return this.drafts.fromExpiringCertificates(requireActor(context), input);
  }
}
