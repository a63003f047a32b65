import type { CatalogueEntry } from '@kp/domain';
import type { CompetenceRow } from './competence.rows';
import type { Competence } from './models/competence.model';

export function toCompetence(row: CompetenceRow): Competence {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    buildingBlock: row.buildingBlock,
    area: row.area,
    tags: row.tags,
    scale: row.scale.map((step) => ({
      level: step.level,
      name: step.name ?? null,
      description: step.description ?? '',
    })),
    validityMonths: row.validityMonths,
    active: row.active,
    version: row.version,
  };
}

/** What the appraisal rules need of a catalogue entry: its state and its scale's levels. */
export function toCatalogueEntry(row: CompetenceRow): CatalogueEntry {
  return {
    id: row.id,
    name: row.name,
    active: row.active,
    levels: row.scale.map((step) => step.level).sort((a, b) => a - b),
  };
}
