import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QualificationKind } from '../employee.rows';

registerEnumType(QualificationKind, {
  name: 'QualificationKind',
  description: 'utdanning, sertifikat/sertifisering, kurs',
});

@ObjectType({ description: 'A competence and level that a qualification documents.' })
export class QualificationCompetence {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  level: number;
}

@ObjectType({ description: 'Formal competence: an education, certificate or course.' })
export class Qualification {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => QualificationKind)
  kind: QualificationKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  issuer: string | null;

  @Field({ description: 'ISO date.' })
  obtainedOn: string;

  @Field(() => String, { nullable: true, description: 'ISO date, last day it counts.' })
  expiresOn: string | null;

  @Field(() => [QualificationCompetence])
  competences: QualificationCompetence[];
}
