import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import {
  byEmployee,
  type IsoDate,
  levelsOn,
  neutraliseSpreadsheetCell,
  type OverviewCell,
  type OverviewCompetence,
  overviewHeader,
  overviewRow,
} from '@kp/domain';
import { AuditService } from '../audit/audit.service';
import { Scope } from '../auth/scope';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { CSV_BOM, csvLine, writeChunk, endOutput } from './csv-writer';
import type { ExportFormat } from './export-format';
import { ExportsRepository } from './exports.repository';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { CompetencesRepository } from '../competences/competences.repository';
import type { MunicipalityRow, UnitRow } from '../organisation/organisation.rows';

export type { ExportFormat } from './export-format';

/** Employees per round trip: the export holds one page, not the whole municipality. */
const PAGE_SIZE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OverviewPlan {
  /** Whose personal data the export may read: every statement is held to it. */
  scope: Scope;
  municipality: MunicipalityRow;
  unit: UnitRow | null;
  employeeIds: string[];
  today: IsoDate;
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly organisation: OrganisationRepository,
    private readonly catalogue: CompetencesRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Who is in the export. HR sees their municipality, a unit leader their units; a
   * municipality or unit outside that reads exactly like one that does not exist. The read
   * is audited before anything is sent.
   */
  async plan(
    actor: Actor,
    municipalityNumber: string,
    unitId: string | null,
    format: ExportFormat,
    today: IsoDate,
  ): Promise<OverviewPlan> {
    const scope = Scope.personalData(actor);
    const municipality = await this.organisation.findMunicipalityByNumber(
      actor.regionId,
      municipalityNumber,
    );
    if (!municipality || !scope.reachesMunicipality(municipality.id)) {
      throw UserError.notFound('kommunen.');
    }

    let unit: UnitRow | null = null;
    if (unitId) {
      unit = UUID.test(unitId)
        ? await this.organisation.findUnitInRegion(actor.regionId, unitId)
        : null;
      if (!unit || unit.municipalityId !== municipality.id || !scope.covers(unit)) {
        throw UserError.notFound('enheten.');
      }
    }

    const employeeIds = await this.exports.employeeIds(scope, municipality.id, unit?.id ?? null);
    await this.audit.read(actor, {
      action: 'employee.export',
      entityType: 'competence-overview',
      entityId: unit?.id ?? municipality.id,
      municipalityId: municipality.id,
      employeeIds,
      details: { format, unitId: unit?.id ?? null, rows: employeeIds.length },
    });
    return { scope, municipality, unit, employeeIds, today };
  }

  /** Writes the overview to `out` (an HTTP response), a page of employees at a time. */
  async write(plan: OverviewPlan, format: ExportFormat, out: Writable): Promise<void> {
    const levels = await this.levels(plan);
    const competences = await this.columns(levels);
    const header = overviewHeader(competences);
    if (format === 'csv') {
      await writeChunk(out, CSV_BOM + csvLine(header));
      await this.eachRow(plan, levels, competences, (row) => writeChunk(out, csvLine(row)));
      await endOutput(out);
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Kompetanseoversikt', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(header.map(neutraliseSpreadsheetCell)).commit();
    await this.eachRow(plan, levels, competences, async (row) => {
      sheet
        .addRow(
          row.map((cell) => (typeof cell === 'string' ? neutraliseSpreadsheetCell(cell) : cell)),
        )
        .commit();
    });
    sheet.commit();
    await workbook.commit();
  }

  /**
   * Each employee's realkompetanse today, read a page of histories at a time; only the
   * levels are kept (a few numbers per person), so the histories are read once.
   */
  private async levels(plan: OverviewPlan): Promise<EmployeeLevels> {
    const levels: EmployeeLevels = new Map();
    for (const ids of pages(plan.employeeIds)) {
      for (const [employeeId, history] of byEmployee(
        await this.exports.assessments(plan.scope, ids),
      )) {
        levels.set(employeeId, levelsOn(history, plan.today));
      }
    }
    return levels;
  }

  /** The competences anyone in the export holds a level in today, in catalogue order. */
  private async columns(levels: EmployeeLevels): Promise<OverviewCompetence[]> {
    const held = new Set<string>();
    for (const employeeLevels of levels.values()) {
      for (const competenceId of employeeLevels.keys()) held.add(competenceId);
    }
    return (await this.catalogue.findByIds([...held])).map(({ id, name }) => ({ id, name }));
  }

  private async eachRow(
    plan: OverviewPlan,
    levels: EmployeeLevels,
    competences: OverviewCompetence[],
    emit: (row: OverviewCell[]) => Promise<void>,
  ): Promise<void> {
    for (const ids of pages(plan.employeeIds)) {
      const employees = await this.exports.employees(plan.scope, ids);
      const order = new Map(ids.map((id, index) => [id, index]));
      employees.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      for (const employee of employees) {
        await emit(overviewRow(employee, levels.get(employee.id) ?? new Map(), competences));
      }
    }
  }
}

/** Competence id → level, per employee id. */
type EmployeeLevels = Map<string, Map<string, number>>;

function* pages(ids: readonly string[]): Generator<string[]> {
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    yield ids.slice(start, start + PAGE_SIZE);
  }
}
