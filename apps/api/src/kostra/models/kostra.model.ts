import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum KostraSeriesKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  KOSTRA_GROUP = 'KOSTRA_GROUP',
  COUNTY = 'COUNTY',
  COUNTRY = 'COUNTRY',
}
registerEnumType(KostraSeriesKind, {
  name: 'KostraSeriesKind',
  description: 'What a comparison series stands for.',
});

export enum KostraImportSource {
  FILE = 'FILE',
  CLI = 'CLI',
  SSB = 'SSB',
}
registerEnumType(KostraImportSource, {
  name: 'KostraImportSource',
  description: 'Where an import came from: an upload, the command line or SSB’s API.',
});

@ObjectType({ description: 'A KOSTRA indicator as the last import described it.' })
export class KostraIndicator {
  @Field({ description: 'SSB’s code (ContentsCode), e.g. KOSandelmhelseut0000.' })
  code: string;

  @Field()
  label: string;

  @Field({ description: 'e.g. prosent, årsverk; empty when the file gave none.' })
  unit: string;

  @Field(() => Int, { nullable: true, description: 'Decimals to show.' })
  decimals: number | null;

  @Field(() => String, { nullable: true, description: 'SSB’s table number, e.g. 12209.' })
  tableId: string | null;

  @Field(() => [String], { description: 'Notes from the file.' })
  notes: string[];
}

@ObjectType({ description: 'One year of a series.' })
export class KostraPoint {
  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: 'Null when missing (see status).' })
  value: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'SSB’s symbol: .. data missing, . not possible, : confidential.',
  })
  status: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For the computed region figure: how many municipalities it rests on.',
  })
  basis: number | null;
}

@ObjectType({ description: 'A municipality, the region, a KOSTRA group, a county or the country.' })
export class KostraSeries {
  @Field(() => KostraSeriesKind)
  kind: KostraSeriesKind;

  @Field(() => String, { nullable: true, description: 'SSB’s code; null for the region.' })
  code: string | null;

  @Field()
  label: string;

  @Field({ description: 'Computed by the service (the region), not published by SSB.' })
  computed: boolean;

  @Field(() => [KostraPoint])
  points: KostraPoint[];
}

@ObjectType({ description: 'One indicator over the years for a municipality and its comparisons.' })
export class KostraIndicatorComparison {
  @Field(() => KostraIndicator)
  indicator: KostraIndicator;

  @Field(() => [Int])
  years: number[];

  @Field(() => [KostraSeries])
  series: KostraSeries[];
}

@ObjectType({
  description: 'A municipality against the region, its KOSTRA group, county and country.',
})
export class KostraComparison {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityNumber: string;

  @Field()
  municipalityName: string;

  @Field(() => String, { nullable: true })
  kostraGroup: string | null;

  @Field({ description: 'How the region figure is computed, in Norwegian.' })
  regionNote: string;

  @Field(() => [KostraIndicatorComparison])
  indicators: KostraIndicatorComparison[];
}

@ObjectType({
  description:
    'The service’s own figure for a KOSTRA indicator beside SSB’s, with why they differ.',
})
export class KostraOwnFigure {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  indicatorCode: string;

  @Field({ description: 'The date the own figure is computed for (YYYY-MM-DD).' })
  asOf: string;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed or nothing counted.' })
  ownValue: number | null;

  @Field({ description: 'Hidden: too few employees behind it.' })
  suppressed: boolean;

  @Field(() => Float, { nullable: true, description: 'Counted årsverk; null when suppressed.' })
  ownFte: number | null;

  @Field(() => Int, { nullable: true })
  ssbYear: number | null;

  @Field(() => Float, { nullable: true })
  ssbValue: number | null;

  @Field(() => String, { nullable: true })
  ssbStatus: string | null;

  @Field(() => Int, { nullable: true })
  decimals: number | null;

  @Field(() => [String], { description: 'Why the figures differ, in Norwegian sentences.' })
  explanation: string[];
}

@ObjectType({ description: 'A region code an import left out, and why.' })
export class KostraSkippedRegion {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  reason: string;

  @Field(() => Int)
  figures: number;
}

/** What every import run records: where it came from and its counts. */
@ObjectType({ isAbstract: true })
abstract class KostraImportCounts {
  @Field(() => KostraImportSource)
  source: KostraImportSource;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  tableId: string | null;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  corrected: number;

  @Field(() => Int, { description: 'Figures left out with unknown regions.' })
  skipped: number;
}

@ObjectType({ description: 'What an import did.' })
export class KostraImportReport extends KostraImportCounts {
  @Field(() => ID)
  importId: string;

  @Field(() => [String])
  indicators: string[];

  @Field(() => [Int])
  years: number[];

  @Field(() => [KostraSkippedRegion])
  skippedRegions: KostraSkippedRegion[];

  @Field(() => [String], { description: 'Municipalities whose KOSTRA group changed.' })
  groupsUpdated: string[];
}

@ObjectType({ description: 'A fetch from SSB: the report, or why it could not be made.' })
export class KostraFetchOutcome {
  @Field(() => KostraImportReport, { nullable: true })
  report: KostraImportReport | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why SSB could not be asked (no internet access, an error from SSB), in Norwegian.',
  })
  problem: string | null;
}

@ObjectType({ description: 'An earlier import run.' })
export class KostraImportRun extends KostraImportCounts {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  groupsUpdated: number;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who imported (null on the command line).' })
  createdBy: string | null;
}
