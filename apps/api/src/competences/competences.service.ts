import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { isUniqueViolation } from '../database/postgres-errors';
import type { CompetenceRow } from './competence.rows';
import { toCompetence } from './competence.mapper';
import { CompetencesRepository, CompetenceValues } from './competences.repository';
import type { CompetenceFilter } from './dto/competence-filter.input';
import type { CreateCompetenceInput } from './dto/create-competence.input';
import type { UpdateCompetenceInput } from './dto/update-competence.input';
import {
  DEFAULT_SCALE_STEPS,
  describeScale,
  isOnScale,
  scaleProblems,
  storedScale,
} from '@kp/domain';
import type { Competence } from './models/competence.model';

/** Trimmed, without empties and without case-insensitive repeats, in the order given. */
function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (tag === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function valuesOf(row: CompetenceRow): CompetenceValues {
  return {
    name: row.name,
    description: row.description,
    buildingBlock: row.buildingBlock,
    area: row.area,
    tags: row.tags,
    scale: row.scale,
    validityMonths: row.validityMonths,
    active: row.active,
  };
}

function duplicateNameProblem(name: string): FieldProblem {
  return {
    field: 'name',
    code: 'DUPLICATE_NAME',
    message: `Det finnes allerede en kompetanse med navnet «${name}» i katalogen`,
  };
}

function duplicateName(name: string): UserError {
  const problem = duplicateNameProblem(name);
  return UserError.field(problem.field, problem.code, problem.message);
}

/** The region's catalogue: everyone reads it, regional roles change it. */
@Injectable()
export class CompetencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly competences: CompetencesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: CompetenceFilter | null | undefined): Promise<Competence[]> {
    const rows = await this.competences.list(actor.regionId, filter ?? {});
    return rows.map(toCompetence);
  }

  /** Null when it does not exist or belongs to another region. */
  async get(actor: Actor, id: string): Promise<Competence | null> {
    if (!isUUID(id, 'all')) return null;
    const [row] = await this.competences.findInRegion(actor.regionId, [id]);
    return row ? toCompetence(row) : null;
  }

  areas(actor: Actor): Promise<string[]> {
    return this.competences.areas(actor.regionId);
  }

  async create(actor: Actor, input: CreateCompetenceInput): Promise<Competence> {
    const values: CompetenceValues = {
      name: input.name,
      description: input.description ?? '',
      buildingBlock: input.buildingBlock,
      area: input.area,
      tags: cleanTags(input.tags ?? []),
      scale: input.scale ? storedScale(input.scale) : [...DEFAULT_SCALE_STEPS],
      validityMonths: input.validityMonths ?? null,
      active: true,
    };
    rejectIfAny(scaleProblems(values.scale));
    try {
      return await this.db.transaction(async (manager) => {
        if (await this.competences.nameTaken(manager, actor.regionId, values.name, null)) {
          throw duplicateName(values.name);
        }
        const row = await this.competences.insert(manager, actor.regionId, values);
        await this.audit.change(manager, actor, [
          { action: 'competence.create', entityType: 'competence', entityId: row.id, after: row },
        ]);
        return toCompetence(row);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'competence_region_name_idx')) throw duplicateName(input.name);
      throw error;
    }
  }

  async update(actor: Actor, input: UpdateCompetenceInput): Promise<Competence> {
    try {
      return await this.db.transaction(async (manager) => {
        const [current] = await this.competences.findInRegion(
          actor.regionId,
          [input.id],
          manager,
          true,
        );
        if (!current) throw UserError.notFound('kompetansen');
        if (current.version !== input.version) {
          throw new UserError(
            'CONFLICT',
            'Noen andre har endret kompetansen mens du arbeidet. Last inn på nytt og gjør endringen igjen.',
          );
        }

        const before = valuesOf(current);
        const next: CompetenceValues = {
          name: input.name ?? before.name,
          description: input.description ?? before.description,
          buildingBlock: input.buildingBlock ?? before.buildingBlock,
          area: input.area ?? before.area,
          tags: input.tags ? cleanTags(input.tags) : before.tags,
          scale: input.scale ? storedScale(input.scale) : before.scale,
          validityMonths:
            input.validityMonths === undefined ? before.validityMonths : input.validityMonths,
          active: input.active ?? before.active,
        };

        const problems: FieldProblem[] = [];
        if (
          next.name !== before.name &&
          (await this.competences.nameTaken(manager, actor.regionId, next.name, current.id))
        ) {
          problems.push(duplicateNameProblem(next.name));
        }
        problems.push(...scaleProblems(next.scale));
        if (input.scale && problems.length === 0) {
          const missing = (await this.competences.levelsInUse(manager, current.id)).filter(
            (level) => !isOnScale(level, next.scale),
          );
          if (missing.length > 0) {
            problems.push({
              field: 'scale',
              code: 'LEVEL_IN_USE',
              message: `Nivåskala ${describeScale(next.scale)} mangler ${missing.length === 1 ? 'nivå' : 'nivåene'} ${missing.join(', ')}, som er brukt i registrerte vurderinger`,
            });
          }
        }
        rejectIfAny(problems);

        if (JSON.stringify(next) === JSON.stringify(before)) return toCompetence(current);
        const row = await this.competences.update(manager, current.id, current.version, next);
        if (!row) throw new Error('Locked competence changed version');
        await this.audit.change(manager, actor, [
          {
            action: 'competence.update',
            entityType: 'competence',
            entityId: row.id,
            before: current,
            after: row,
          },
        ]);
        return toCompetence(row);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'competence_region_name_idx')) {
        throw duplicateName(input.name ?? '');
      }
      throw error;
    }
  }
}
