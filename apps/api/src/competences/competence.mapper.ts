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
