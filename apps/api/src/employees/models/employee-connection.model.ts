import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Employee } from './employee.model';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ObjectType()
export class EmployeeEdge {
  @Field({ description: 'Opaque; pass as `after` to continue after this employee.' })
  cursor: string;

  @Field(() => Employee)
  node: Employee;
}

@ObjectType({ description: 'A page of employees, sorted by family name, given name.' })
export class EmployeeConnection {
  @Field(() => [EmployeeEdge])
  edges: EmployeeEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Employees matching the filter, on all pages.' })
  totalCount: number;
}
