import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { birthYearProblem, findProfession, type IsoDate, todayInNorway } from '@kp/domain';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { isUniqueViolation } from '../database/postgres-errors';
import type { CreateEmployeeInput } from './dto/create-employee.input';
import type { EmployeeFilter } from './dto/employee-filter.input';
import type { UpdateEmployeeInput } from './dto/update-employee.input';
import { decodeCursor, encodeCursor } from './employee-cursor';
import type { EmployeeRow } from './employee.rows';
import { toEmployee } from './employee.mapper';
import { EmployeesRepository, EmployeeValues } from './employees.repository';
import type { EmployeeConnection } from './models/employee-connection.model';
import type { Employee } from './models/employee.model';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const EMPLOYEE_NUMBER_CONSTRAINT = 'employee_municipality_id_employee_number_key';

function duplicateNumber(employeeNumber: string): FieldProblem {
  return {
    field: 'employeeNumber',
    code: 'DUPLICATE_EMPLOYEE_NUMBER',
    message: `Ansattnummer ${employeeNumber} er allerede i bruk i kommunen`,
  };
}

const UNKNOWN_UNIT: FieldProblem = {
  field: 'unitId',
  code: 'UNKNOWN_UNIT',
  message: 'Enheten finnes ikke',
};

/** Checks the database cannot express: a known STYRK-08 code, a birth year not in the future. */
function recordProblems(
  values: Pick<EmployeeValues, 'professionCode' | 'birthYear'>,
  today: IsoDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.professionCode !== null && !findProfession(values.professionCode)) {
    problems.push({
      field: 'professionCode',
      code: 'UNKNOWN_PROFESSION',
      message: `Yrkeskode (STYRK-08) ${values.professionCode} er ukjent`,
    });
  }
  const birthYear =
    values.birthYear === null ? null : birthYearProblem('Fødselsår', values.birthYear, today);
  if (birthYear) problems.push({ field: 'birthYear', ...birthYear });
  return problems;
}

function valuesOf(row: EmployeeRow): EmployeeValues {
  return {
    municipalityId: row.municipalityId,
    unitId: row.unitId,
    employeeNumber: row.employeeNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    positionTitle: row.positionTitle,
    professionCode: row.professionCode,
    fte: row.fte,
    employmentType: row.employmentType,
    birthYear: row.birthYear,
    startDate: row.startDate,
    active: row.active,
  };
}

/** An empty code means "none"; codes are stored as their four digits. */
function professionCodeOf(code: string | null | undefined): string | null {
  return code ? code : null;
}

@Injectable()
export class EmployeesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationRepository,
  ) {}

  async list(
    actor: Actor,
    filter: EmployeeFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<EmployeeConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw UserError.field(
        'first',
        first < 1 ? 'TOO_SMALL' : 'TOO_LARGE',
        `Antall per side må være mellom 1 og ${MAX_PAGE_SIZE}`,
      );
    }
    if (filter?.minLevel != null && !filter.competenceId) {
      throw UserError.field(
        'minLevel',
        'COMPETENCE_REQUIRED',
        'Velg en kompetanse for å filtrere på minste nivå',
      );
    }
    const { rows, totalCount } = await this.employees.list(
      Scope.personalData(actor),
      filter ?? {},
      { first, after: after ? decodeCursor(after) : null },
      todayInNorway(),
    );
    const page = rows.slice(0, first);
    await this.audit.read(actor, {
      action: 'employee.list',
      entityType: 'employee',
      employeeIds: page.map((row) => row.id),
      details: { filter: filter ?? null, first, after: after ?? null },
    });
    const edges = page.map((row) => ({ cursor: encodeCursor(row), node: toEmployee(row) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Null when it does not exist, is erased or lies outside the caller's scope. */
  async get(actor: Actor, id: string): Promise<Employee | null> {
    if (!isUUID(id, 'all')) return null;
    const row = await this.employees.findInScope(Scope.personalData(actor), id);
    if (!row) {
      await this.audit.outOfScope(actor, { kind: 'employee', id }, 'employee');
      return null;
    }
    await this.audit.read(actor, {
      action: 'employee.read',
      entityType: 'employee',
      entityId: row.id,
      employeeId: row.id,
      municipalityId: row.municipalityId,
    });
    return toEmployee(row);
  }

  async create(actor: Actor, input: CreateEmployeeInput): Promise<Employee> {
    const scope = Scope.hr(actor);
    return this.guardEmployeeNumber(
      () => input.employeeNumber,
      () =>
        this.db.transaction(async (manager) => {
          const unit = await this.organisation.findUnitInScope(scope, input.unitId, manager);
          const values: EmployeeValues = {
            municipalityId: unit?.municipalityId ?? '',
            unitId: input.unitId,
            employeeNumber: input.employeeNumber,
            givenName: input.givenName,
            familyName: input.familyName,
            positionTitle: input.positionTitle ?? '',
            professionCode: professionCodeOf(input.professionCode),
            fte: input.fte,
            employmentType: input.employmentType,
            birthYear: input.birthYear ?? null,
            startDate: input.startDate ?? null,
            active: true,
          };
          const problems = unit ? await this.numberProblems(manager, values, null) : [UNKNOWN_UNIT];
          rejectIfAny([...problems, ...recordProblems(values, todayInNorway())]);

          const row = await this.employees.insert(scope, manager, values);
          await this.audit.change(manager, actor, [
            {
              action: 'employee.create',
              entityType: 'employee',
              entityId: row.id,
              employeeId: row.id,
              municipalityId: row.municipalityId,
              after: row,
            },
          ]);
          return toEmployee(row);
        }),
    );
  }

  /** An attempt on someone outside the caller's scope is audited (after the transaction). */
  update(actor: Actor, input: UpdateEmployeeInput): Promise<Employee> {
    return this.audit.watchScope(actor, { kind: 'employee', id: input.id }, 'updateEmployee', () =>
      this.updateInScope(actor, input),
    );
  }

  private async updateInScope(actor: Actor, input: UpdateEmployeeInput): Promise<Employee> {
    const scope = Scope.hr(actor);
    let attemptedNumber = input.employeeNumber ?? '';
    return this.guardEmployeeNumber(
      () => attemptedNumber,
      () =>
        this.db.transaction(async (manager) => {
          const current = await this.employees.findInScope(scope, input.id, manager, true);
          if (!current) throw UserError.notFound('den ansatte');
          if (current.version !== input.version) {
            throw new UserError(
              'CONFLICT',
              'Noen andre har endret den ansatte mens du arbeidet. Last inn på nytt og gjør endringen igjen.',
            );
          }
          const before = valuesOf(current);
          const next: EmployeeValues = {
            ...before,
            employeeNumber: input.employeeNumber ?? before.employeeNumber,
            givenName: input.givenName ?? before.givenName,
            familyName: input.familyName ?? before.familyName,
            positionTitle: input.positionTitle ?? before.positionTitle,
            professionCode:
              input.professionCode === undefined
                ? before.professionCode
                : professionCodeOf(input.professionCode),
            fte: input.fte ?? before.fte,
            employmentType: input.employmentType ?? before.employmentType,
            birthYear: input.birthYear === undefined ? before.birthYear : input.birthYear,
            startDate: input.startDate === undefined ? before.startDate : input.startDate,
            active: input.active ?? before.active,
          };
          attemptedNumber = next.employeeNumber;

          const problems: FieldProblem[] = [];
          if (input.unitId && input.unitId !== before.unitId) {
            const unit = await this.organisation.findUnitInScope(scope, input.unitId, manager);
            if (unit) {
              next.unitId = unit.id;
              next.municipalityId = unit.municipalityId;
            } else {
              problems.push(UNKNOWN_UNIT);
            }
          }
          if (
            problems.length === 0 &&
            (next.employeeNumber !== before.employeeNumber ||
              next.municipalityId !== before.municipalityId)
          ) {
            problems.push(...(await this.numberProblems(manager, next, current.id)));
          }
          rejectIfAny([...problems, ...recordProblems(next, todayInNorway())]);

          if (JSON.stringify(next) === JSON.stringify(before)) return toEmployee(current);
          const row = await this.employees.update(
            scope,
            manager,
            current.id,
            current.version,
            next,
          );
          if (!row) throw new Error('Locked employee changed version');
          await this.audit.change(manager, actor, [
            {
              action: 'employee.update',
              entityType: 'employee',
              entityId: row.id,
              employeeId: row.id,
              municipalityId: row.municipalityId,
              before: current,
              after: row,
            },
          ]);
          return toEmployee(row);
        }),
    );
  }

  private async numberProblems(
    manager: EntityManager,
    values: EmployeeValues,
    exceptId: string | null,
  ): Promise<FieldProblem[]> {
    const taken = await this.employees.employeeNumberTaken(
      manager,
      values.municipalityId,
      values.employeeNumber,
      exceptId,
    );
    return taken ? [duplicateNumber(values.employeeNumber)] : [];
  }

  /** Two saves racing for one number: the unique index decides, with the same message. */
  private async guardEmployeeNumber<T>(
    employeeNumber: () => string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, EMPLOYEE_NUMBER_CONSTRAINT)) {
        const problem = duplicateNumber(employeeNumber());
        throw UserError.field(problem.field, problem.code, problem.message);
      }
      throw error;
    }
  }
}
