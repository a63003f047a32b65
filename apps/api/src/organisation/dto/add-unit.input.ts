import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { UnitKind } from '../organisation.rows';

@InputType()
export class AddUnitInput {
  @Field(() => ID)
  @Label('Kommune')
  @IsUUID('all')
  municipalityId: string;

  @Field(() => ID, { nullable: true, description: 'Parent unit; omitted for a top-level unit.' })
  @Label('Overordnet enhet')
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field()
  @Label('Navn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => UnitKind, { defaultValue: UnitKind.UNIT })
  @Label('Nivå')
  @IsEnum(UnitKind)
  kind: UnitKind = UnitKind.UNIT;

  @Field(() => String, { nullable: true })
  @Label('Tjenestetype')
  @IsOptional()
  @MaxLength(100)
  serviceType?: string | null;
}
