import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { horizonDates, todayInNorway } from './horizons';
import type { Requirement } from './models/requirement.model';
import { toRequirement } from './requirement.mapper';
import { RequirementsRepository } from './requirements.repository';

export interface RequirementsLoaders {
  requirementById: DataLoader<string, Requirement | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** DataLoaders for requirements and the gap analysis, created fresh for every request. */
@Injectable()
export class RequirementsLoaderFactory {
  constructor(private readonly requirements: RequirementsRepository) {}

  create(): RequirementsLoaders {
    return {
      requirementById: new DataLoader(async (ids) => {
        const dates = horizonDates(todayInNorway());
        const rows = await this.requirements.findByIds(ids);
        return byId(
          ids,
          rows.map((row) => toRequirement(row, dates)),
        );
      }),
    };
  }
}
