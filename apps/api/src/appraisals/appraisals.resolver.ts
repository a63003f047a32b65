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
import { Employee } from '../employees/models/employee.model';
import type { GraphQLContext } from '../graphql/context';
import { AppraisalSignOffService } from './appraisal-sign-off.service';
import { AppraisalsService } from './appraisals.service';
import { AppraisalFilter } from './dto/appraisal-filter.input';
import {
  AmendAppraisalInput,
  CompleteAppraisalInput,
  SaveAppraisalDraftInput,
} from './dto/appraisal-write.input';
import { AppraisalCycle } from './models/appraisal-cycle.model';
import { AppraisalDraft } from './models/appraisal-draft.model';
import { AppraisalSummary } from './models/appraisal-summary.model';
import { Appraisal, AppraisalAmendment } from './models/appraisal.model';
import { DevelopmentItem } from './models/development-item.model';
import { IntBetween, MAX_VERSION } from '../common/validation/argument.pipes';

export async function employeeOf(context: GraphQLContext, id: string): Promise<Employee> {
  const employee = await context.loaders.appraisals.employeeById.load(id);
  if (!employee) throw new Error(`Employee ${id} is missing`);
  return employee;
}

@Resolver(() => Appraisal)
export class AppraisalsResolver {
  constructor(
    private readonly records: AppraisalsService,
    private readonly signOff: AppraisalSignOffService,
  ) {}

  @Query(() => Appraisal, {
    nullable: true,
    description: "Null when it does not exist or the employee is outside the caller's scope.",
  })
  appraisal(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Appraisal | null> {
    return this.records.get(requireActor(context), id);
  }

  @Query(() => [Appraisal], {
    description: "Records in the caller's scope: newest cycle first, then by name (at most 2000).",
  })
  appraisals(
    @Args('filter', { type: () => AppraisalFilter, nullable: true }) filter: AppraisalFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<Appraisal[]> {
    return this.records.list(requireActor(context), filter);
  }

  @Query(() => AppraisalDraft, {
    nullable: true,
    description:
      "Opens the form for an employee: this cycle's record or a pre-filled proposal. Null when the employee does not exist or is outside the caller's scope.",
  })
  appraisalDraft(
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Args('cycleId', {
      type: () => ID,
      nullable: true,
      description: "Default: the current cycle of the employee's municipality.",
    })
    cycleId: string | null,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalDraft | null> {
    return this.records.draft(requireActor(context), employeeId, cycleId);
  }

  @Query(() => AppraisalSummary, {
    nullable: true,
    description: 'A printable summary for the employee; null as for `appraisal`.',
  })
  appraisalSummary(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalSummary | null> {
    return this.records.summary(requireActor(context), id);
  }

  @Mutation(() => Appraisal, {
    description:
      'Creates or updates a draft (autosave). A stale version gives CONFLICT with the saved version in extensions.current.',
  })
  saveAppraisalDraft(
    @Args('input') input: SaveAppraisalDraftInput,
    @Context() context: GraphQLContext,
  ): Promise<Appraisal> {
    return this.records.saveDraft(requireActor(context), input);
  }

  @Mutation(() => Appraisal, {
    description:
      'The leader signs off: in one transaction the levels become assessments, wishes and actions development items, and teaching topics enter the directory.',
  })
  completeAppraisal(
    @Args('input') input: CompleteAppraisalInput,
    @Context() context: GraphQLContext,
  ): Promise<Appraisal> {
    return this.signOff.complete(requireActor(context), input);
  }

  @Mutation(() => Appraisal, {
    description: 'Changes a signed-off record; the reason and before/after are kept.',
  })
  amendAppraisal(
    @Args('input') input: AmendAppraisalInput,
    @Context() context: GraphQLContext,
  ): Promise<Appraisal> {
    return this.signOff.amend(requireActor(context), input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft; signed-off records stay.' })
  discardAppraisalDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))
    version: number,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.records.discardDraft(requireActor(context), id, version);
  }

  @ResolveField(() => Employee)
  employee(@Parent() appraisal: Appraisal, @Context() context: GraphQLContext): Promise<Employee> {
    return employeeOf(context, appraisal.employeeId);
  }

  @ResolveField(() => AppraisalCycle)
  async cycle(
    @Parent() appraisal: Appraisal,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalCycle> {
    const cycle = await context.loaders.appraisals.cycleById.load(appraisal.cycleId);
    if (!cycle) throw new Error(`Cycle ${appraisal.cycleId} is missing`);
    return cycle;
  }

  @ResolveField(() => [AppraisalAmendment], { description: 'Oldest first.' })
  amendments(
    @Parent() appraisal: Appraisal,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalAmendment[]> {
    return context.loaders.appraisals.amendmentsByAppraisal.load(appraisal.id);
  }

  @ResolveField(() => [DevelopmentItem], {
    description: 'Development items the sign-off created (wishes first, then actions).',
  })
  developmentItems(
    @Parent() appraisal: Appraisal,
    @Context() context: GraphQLContext,
  ): Promise<DevelopmentItem[]> {
    return context.loaders.appraisals.developmentItemsByAppraisal.load(appraisal.id);
  }
}
