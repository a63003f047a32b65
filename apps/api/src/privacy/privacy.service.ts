import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { PrivacyRepository, ScopedEmployee } from './privacy.repository';

/** GDPR: a person's right of access (export) and to erasure. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly privacy: PrivacyRepository,
    private readonly audit: AuditService,
  ) {}

  async exportEmployeeData(actor: Actor, employeeId: string): Promise<string> {
    const employee = await this.employeeInScope(actor, employeeId, 'exportEmployeeData');
    const data = await this.privacy.collect(Scope.personalData(actor), employee.id);
    await this.audit.read(actor, {
      action: 'employee.export',
      entityType: 'employee',
      entityId: employee.id,
      employeeId: employee.id,
      municipalityId: employee.municipalityId,
    });
    return JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
  }

  async eraseEmployee(
    actor: Actor,
    employeeId: string,
    confirmEmployeeNumber: string,
  ): Promise<boolean> {
    const employee = await this.employeeInScope(actor, employeeId, 'eraseEmployee');
    if (employee.erasedAt) {
      throw new UserError('ALREADY_ERASED', 'Personopplysningene er allerede slettet.');
    }
    if (confirmEmployeeNumber.trim() !== employee.employeeNumber) {
      throw UserError.field(
        'confirmEmployeeNumber',
        'CONFIRMATION_MISMATCH',
        'Skriv inn ansattnummeret til personen for å bekrefte slettingen',
      );
    }
    await this.db.transaction(async (manager) => {
      await this.privacy.erase(Scope.personalData(actor), manager, employee);
      await this.audit.change(manager, actor, [
        {
          action: 'employee.erase',
          entityType: 'employee',
          entityId: employee.id,
          employeeId: employee.id,
          municipalityId: employee.municipalityId,
          details: { reason: 'GDPR erasure on request' },
        },
      ]);
    });
    return true;
  }

  private async employeeInScope(
    actor: Actor,
    employeeId: string,
    operation: string,
  ): Promise<ScopedEmployee> {
    const employee = await this.privacy.findInScope(Scope.personalData(actor), employeeId);
    if (!employee) {
      await this.audit.outOfScope(actor, { kind: 'employee', id: employeeId }, operation);
      throw UserError.notFound('den ansatte');
    }
    return employee;
  }
}
