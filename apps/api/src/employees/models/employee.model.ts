import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Profession } from '../../competences/models/profession.model';
import { EmploymentType } from '../employee.rows';

registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'fast (PERMANENT), midlertidig (TEMPORARY), vikar (SUBSTITUTE)',
});

@ObjectType({ description: 'A person employed in a unit. Personal data: scoped and audited.' })
export class Employee {
  @Field(() => ID)
  id: string;

  @Field({ description: 'From the HR system; unique within the municipality.' })
  employeeNumber: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field()
  fullName: string;

  @Field()
  positionTitle: string;

  @Field(() => String, { nullable: true, description: 'STYRK-08 code as stored.' })
  professionCode: string | null;

  @Field(() => Profession, { nullable: true, description: 'Null when no or an unknown code.' })
  profession: Profession | null;

  @Field(() => Float, { description: 'Stillingsprosent, 0–100.' })
  fte: number;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  startDate: string | null;

  @Field()
  active: boolean;

  @Field(() => Int, { description: 'Send back with updates (optimistic locking).' })
  version: number;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;
}
