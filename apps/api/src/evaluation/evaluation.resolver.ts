import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import {
  CreateIndicatorInput,
  EvaluationScopeInput,
  ImportMeasurementsInput,
  LinkIndicatorMeasureInput,
  RecordMeasurementInput,
  SeptemberViewInput,
  SetBaselineInput,
} from './dto/evaluation.inputs';
import { EvaluationService } from './evaluation.service';
import { MeasurementFileService } from './measurement-file.service';
import {
  HistoryRebuildResult,
  Indicator,
  IndicatorSeries,
  MeasurementImportResult,
  SeptemberView,
} from './models/evaluation.models';

@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly files: MeasurementFileService,
  ) {}

  @Query(() => [Indicator], { description: "The region's indicators, with their linked measures." })
  indicators(@Context() context: GraphQLContext): Promise<Indicator[]> {
    return this.evaluation.indicators(requireActor(context));
  }

  @Query(() => IndicatorSeries, {
    description:
      'One indicator in one place as a run chart: the monthly values, the centre line of the baseline and the signals of non-random variation.',
  })
  indicatorSeries(
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('scope', { type: () => EvaluationScopeInput }) scope: EvaluationScopeInput,
    @Context() context: GraphQLContext,
  ): Promise<IndicatorSeries> {
    return this.evaluation.series(requireActor(context), indicatorId, scope);
  }

  @Query(() => SeptemberView, {
    description:
      'The September meeting: baseline against now for the chosen indicators, for the region and each municipality, with the signals.',
  })
  septemberView(
    @Args('input', { type: () => SeptemberViewInput }) input: SeptemberViewInput,
    @Context() context: GraphQLContext,
  ): Promise<SeptemberView> {
    return this.evaluation.septemberView(requireActor(context), input);
  }

  @Mutation(() => Indicator, { description: 'A new indicator (a computed one gets its history).' })
  createIndicator(
    @Args('input', { type: () => CreateIndicatorInput }) input: CreateIndicatorInput,
    @Context() context: GraphQLContext,
  ): Promise<Indicator> {
    return this.evaluation.createIndicator(requireActor(context), input);
  }

  @Mutation(() => IndicatorSeries, { description: 'Sets the baseline of an indicator in a place.' })
  setIndicatorBaseline(
    @Args('input', { type: () => SetBaselineInput }) input: SetBaselineInput,
    @Context() context: GraphQLContext,
  ): Promise<IndicatorSeries> {
    return this.evaluation.setBaseline(requireActor(context), input);
  }

  @Mutation(() => IndicatorSeries, {
    description: "An entered value for a month (the month's earlier value is kept as history).",
  })
  recordMeasurement(
    @Args('input', { type: () => RecordMeasurementInput }) input: RecordMeasurementInput,
    @Context() context: GraphQLContext,
  ): Promise<IndicatorSeries> {
    return this.evaluation.recordMeasurement(requireActor(context), input);
  }

  @Mutation(() => MeasurementImportResult, {
    description: 'Entered values from a CSV or XLSX file; one bad row refuses the whole file.',
  })
  async importMeasurements(
    @Args('input', { type: () => ImportMeasurementsInput }) input: ImportMeasurementsInput,
    @Context() context: GraphQLContext,
  ): Promise<MeasurementImportResult> {
    return { recorded: await this.files.importFile(requireActor(context), input) };
  }

  @Mutation(() => Indicator, {
    description: 'Links a measure (tiltak) to an indicator, or unlinks it.',
  })
  linkIndicatorMeasure(
    @Args('input', { type: () => LinkIndicatorMeasureInput }) input: LinkIndicatorMeasureInput,
    @Context() context: GraphQLContext,
  ): Promise<Indicator> {
    return this.evaluation.linkMeasure(requireActor(context), input);
  }

  @Mutation(() => HistoryRebuildResult, {
    description:
      'Measures the computed indicators for past months not yet measured (up to 36), from the data kept with dates.',
  })
  async rebuildIndicatorHistory(@Context() context: GraphQLContext): Promise<HistoryRebuildResult> {
    return { periods: await this.evaluation.rebuildHistory(requireActor(context)) };
  }
}
