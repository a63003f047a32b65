import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SIZE_BOUNDS } from '../../graphql/query-cost';
import { Label } from '../../common/validation/label.decorator';
import { MeasureKind } from '../plan.enums';

@InputType({ description: 'A mobilisation pair: the surplus (from) and the gap (to).' })
export class MobilisationDraftInput {
  @Field(() => ID, { description: "The lending unit's requirement (MobilisationEnd `from`)." })
  @Label('Krav med overskudd')
  @IsUUID('all')
  fromRequirementId: string;

  @Field(() => ID, { description: "The borrowing unit's requirement (MobilisationEnd `to`)." })
  @Label('Krav med gap')
  @IsUUID('all')
  toRequirementId: string;

  @Field(() => MeasureKind, {
    nullable: true,
    description: 'JOB_ROTATION (default) or HOSPITATION.',
  })
  @Label('Type tiltak')
  @IsOptional()
  @IsEnum(MeasureKind)
  kind?: MeasureKind | null;
}

@InputType({
  description:
    'Expiring certificates in a unit subtree, a municipality or (neither) the region; the competence with most certificates running out unless one is given.',
})
export class ExpiringCertificatesDraftInput {
  @Field(() => ID, { nullable: true })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: SIZE_BOUNDS.expiringMonths.default })
  @Label('Antall måneder')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SIZE_BOUNDS.expiringMonths.max)
  months?: number | null = SIZE_BOUNDS.expiringMonths.default;
}
