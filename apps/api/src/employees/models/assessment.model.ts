import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentSource } from '../employee.rows';

registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'formell, uformell, egenerklært, vurdert av leder',
});

@ObjectType({ description: 'One entry of the append-only assessment history.' })
export class Assessment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  level: number;

  @Field(() => AssessmentSource)
  source: AssessmentSource;

  @Field()
  evidence: string;

  @Field(() => ID, { nullable: true, description: 'For FORMAL: the qualification behind it.' })
  qualificationId: string | null;

  @Field({ description: 'ISO date.' })
  assessedOn: string;

  @Field(() => String, { nullable: true, description: 'ISO date, last day it counts.' })
  validUntil: string | null;

  @Field(() => String, { nullable: true })
  assessedByName: string | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp (SELF_DECLARED only).' })
  confirmedAt: string | null;

  @Field(() => String, { nullable: true })
  confirmedByName: string | null;

  @Field({ description: 'ISO timestamp.' })
  createdAt: string;
}
