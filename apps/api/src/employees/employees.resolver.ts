import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { CreateEmployeeInput } from './dto/create-employee.input';
import { EmployeeFilter } from './dto/employee-filter.input';
import { UpdateEmployeeInput } from './dto/update-employee.input';
import { toAssessment } from './employee.mapper';
import { DEFAULT_PAGE_SIZE, EmployeesService } from './employees.service';
import { Assessment } from './models/assessment.model';
import { CompetenceStatus } from './models/competence-status.model';
import { EmployeeConnection } from './models/employee-connection.model';
import { Employee } from './models/employee.model';
import { Qualification } from './models/qualification.model';

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
}

@Resolver(() => Employee)
export class EmployeesResolver {
  constructor(private readonly service: EmployeesService) {}

  @Query(() => EmployeeConnection, {
    description: "Employees in the caller's scope, sorted by family name, given name.",
  })
  employees(
    // typed without `| null` so the validation pipe sees the class (a union erases to Object)
    @Args('filter', { type: () => EmployeeFilter, nullable: true }) filter: EmployeeFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
    first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() context: GraphQLContext,
  ): Promise<EmployeeConnection> {
    return this.service.list(requireActor(context), filter, first ?? DEFAULT_PAGE_SIZE, after);
  }

  @Query(() => Employee, {
    nullable: true,
    description: "Null when it does not exist or is outside the caller's scope.",
  })
  employee(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Employee | null> {
    return this.service.get(requireActor(context), id);
  }

  @Mutation(() => Employee)
  createEmployee(
    @Args('input') input: CreateEmployeeInput,
    @Context() context: GraphQLContext,
  ): Promise<Employee> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => Employee, { description: 'A stale version gives CONFLICT and changes nothing.' })
  updateEmployee(
    @Args('input') input: UpdateEmployeeInput,
    @Context() context: GraphQLContext,
  ): Promise<Employee> {
    return this.service.update(requireActor(context), input);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() employee: Employee, @Context() context: GraphQLContext): Promise<Unit> {
    return required(await context.loaders.organisation.unitById.load(employee.unitId), 'Unit');
  }

  @ResolveField(() => Municipality)
  async municipality(
    @Parent() employee: Employee,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    return required(
      await context.loaders.organisation.municipalityById.load(employee.municipalityId),
      'Municipality',
    );
  }

  @ResolveField(() => [CompetenceStatus], {
    description: 'Realkompetanse today, one per competence with any assessment.',
  })
  competences(
    @Parent() employee: Employee,
    @Context() context: GraphQLContext,
  ): Promise<CompetenceStatus[]> {
    return context.loaders.employees.competencesByEmployee.load(employee.id);
  }

  @ResolveField(() => [Qualification], { description: 'Newest first.' })
  qualifications(
    @Parent() employee: Employee,
    @Context() context: GraphQLContext,
  ): Promise<Qualification[]> {
    return context.loaders.employees.qualificationsByEmployee.load(employee.id);
  }

  @ResolveField(() => [Assessment], { description: 'Full history, newest first.' })
  async assessments(
    @Parent() employee: Employee,
    @Args('competenceId', { type: () => ID, nullable: true }) competenceId: string | null,
    @Context() context: GraphQLContext,
  ): Promise<Assessment[]> {
    const rows = await context.loaders.employees.assessmentsByEmployee.load(employee.id);
    return rows
      .filter((row) => !competenceId || row.competenceId === competenceId)
      .reverse()
      .map(toAssessment);
  }
}
