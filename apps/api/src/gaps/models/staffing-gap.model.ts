import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Horizon, Priority } from '../../requirements/requirement.enums';
import { Figure } from './figure.model';

@ObjectType({ description: "A staffing requirement's figures under one retirement age." })
export class StaffingGapFigures {
  @Field(() => Int)
  retirementAge: number;

  @Field(() => Figure, { description: 'People of the profession still there at the horizon.' })
  staffHeadcount: Figure;

  @Field(() => Figure, { description: 'Their årsverk.' })
  staffFte: Figure;

  @Field(() => Figure, { description: 'max(0, required − staff) in årsverk: to recruit.' })
  gap: Figure;

  @Field(() => Figure, { description: 'max(0, staff − required) in årsverk.' })
  surplus: Figure;

  @Field(() => Figure, { description: 'staff / required (1 = fully staffed).' })
  coverage: Figure;
}

@ObjectType({
  description:
    'One staffing requirement (årsverk of a profession in a unit and its sub-units) at one horizon.',
})
export class StaffingGap extends StaffingGapFigures {
  @Field(() => ID)
  staffingRequirementId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'STYRK-08 code, e.g. "2223" (sykepleiere).' })
  professionCode: string;

  @Field(() => String, { nullable: true, description: "SSB's name of the profession." })
  professionName: string | null;

  @Field(() => Float, { description: 'Årsverk required.' })
  requiredFte: number;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field()
  horizonDate: string;

  @Field(() => StaffingGapFigures, {
    nullable: true,
    description: 'The same figures under the earlier retirement age, when one was asked for.',
  })
  earlyRetirement: StaffingGapFigures | null;
}
