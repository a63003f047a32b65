import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { toCompetence } from './competence.mapper';
import { CompetencesRepository } from './competences.repository';
import type { Competence } from './models/competence.model';

export interface CompetencesLoaders {
  /** By id, for competences referenced from rows that are already scoped. */
  competenceById: DataLoader<string, Competence | null>;
}

/** DataLoaders for this feature, created fresh for every request. */
@Injectable()
export class CompetencesLoaderFactory {
  constructor(private readonly competences: CompetencesRepository) {}

  create(): CompetencesLoaders {
    return {
      competenceById: new DataLoader(async (ids) => {
        const byId = new Map(
          (await this.competences.findByIds(ids)).map((row) => [row.id, toCompetence(row)]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
