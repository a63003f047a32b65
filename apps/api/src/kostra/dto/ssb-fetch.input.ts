import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';

/** A table, its indicators, regions and years to fetch from SSB (formats checked in the service). */
@InputType()
export class SsbFetchInput {
  @Field({ description: 'SSB’s table number, e.g. 12209.' })
  @Label('Tabellnummer')
  @Trim()
  @MaxLength(10)
  tableId: string;

  @Field(() => [String], { description: 'ContentsCode values, e.g. KOSandelmhelseut0000.' })
  @Label('Nøkkeltall')
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @MaxLength(60, { each: true })
  indicators: string[];

  @Field(() => [String], { description: 'Region codes, e.g. 3407, EKG10, EKA34, EAK.' })
  @Label('Regioner')
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @MaxLength(10, { each: true })
  regions: string[];

  @Field(() => [String], { description: 'Years, e.g. 2023, 2024.' })
  @Label('År')
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @MaxLength(4, { each: true })
  years: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The table’s region dimension; default KOKkommuneregion0000.',
  })
  @Label('Regiondimensjon')
  @IsOptional()
  @Trim()
  @MaxLength(40)
  regionDimension?: string | null;
}
