import { Scope } from '../auth/scope';
import { Injectable } from '@nestjs/common';
import { Actor, hasRole, Role } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { EmployeeImportService } from './employee-import.service';
import type { ImportRequest, ImportTarget } from './import-request';
import { ImportsRepository, type MunicipalityRow } from './imports.repository';
import { type ImportKind, type ImportReport, unitMatcher } from '@kp/domain';
import { QualificationImportService } from './qualification-import.service';
import { ImportRunner } from './run-import';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same answer for a municipality that does not exist and one outside the caller's scope. */
export function unknownMunicipality(): UserError {
  return UserError.notFound('kommunen.');
}

function unknownUnit(): UserError {
  return UserError.notFound('enheten i denne kommunen.');
}

/** Entry point for both the HTTP routes and the command line. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly organisation: OrganisationRepository,
    private readonly runner: ImportRunner,
    private readonly employees: EmployeeImportService,
    private readonly qualifications: QualificationImportService,
  ) {}

  /**
   * Imports are for HR, in their own municipality. The municipality is named by its number,
   * within the caller's region; another municipality reads exactly like an unknown one.
   */
  async targetForActor(
    actor: Actor,
    municipalityNumber: string,
    unitId: string | null,
  ): Promise<ImportTarget> {
    if (!hasRole(actor, Role.MUNICIPALITY_HR)) throw UserError.forbidden();
    const [municipality] = await this.imports.findMunicipalities(
      municipalityNumber,
      actor.regionId,
    );
    const allowed =
      municipality &&
      municipality.regionId === actor.regionId &&
      Scope.hr(actor).coversMunicipality(municipality.id);
    if (!allowed) throw unknownMunicipality();
    return this.target(municipality, unitId);
  }

  /** On the command line the operator may import anywhere; a number used in two regions needs --region. */
  async targetForOperator(
    municipalityNumber: string,
    regionId: string | null,
    unit: string | null,
  ): Promise<ImportTarget> {
    const found = await this.imports.findMunicipalities(municipalityNumber, regionId);
    if (found.length === 0) throw unknownMunicipality();
    if (found.length > 1) {
      throw new UserError(
        'AMBIGUOUS_MUNICIPALITY',
        `Kommunenummer ${municipalityNumber} finnes i flere regioner. Velg region med --region <id>.`,
      );
    }
    return this.target(found[0], unit);
  }

  run(kind: ImportKind, request: ImportRequest): Promise<ImportReport> {
    return kind === 'employees'
      ? this.runner.runImport(this.employees, request)
      : this.runner.runImport(this.qualifications, request);
  }

  private async target(municipality: MunicipalityRow, unit: string | null): Promise<ImportTarget> {
    let scopeUnit: ImportTarget['scopeUnit'] = null;
    if (unit !== null && unit.trim() !== '') {
      scopeUnit = await this.findScopeUnit(municipality, unit.trim());
      if (!scopeUnit) throw unknownUnit();
    }
    return {
      regionId: municipality.regionId,
      municipalityId: municipality.id,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      scopeUnit,
    };
  }

  private async findScopeUnit(
    municipality: MunicipalityRow,
    unit: string,
  ): Promise<{ id: string; name: string } | null> {
    if (UUID.test(unit)) {
      const found = await this.organisation.findUnitInRegion(
        municipality.regionId,
        unit.toLowerCase(),
      );
      return found?.municipalityId === municipality.id ? { id: found.id, name: found.name } : null;
    }
    // the command line also takes the unit's name
    const units = await this.organisation.findUnitsByMunicipalityIds([municipality.id]);
    const match = unitMatcher(units, null)(unit);
    if (!('id' in match)) return null;
    const found = units.find((candidate) => candidate.id === match.id);
    return found ? { id: found.id, name: found.name } : null;
  }
}
