import { DEFAULT_LEVEL_SCALE } from '@kp/domain';
import type {
  BuildingBlock,
  CompetenceFieldsFragment,
  CreateCompetenceInput,
  UpdateCompetenceInput,
} from '@web/gql/graphql';

export const COMPETENCE_FORM_FIELDS = [
  'name',
  'description',
  'buildingBlock',
  'area',
  'tags',
  'validityMonths',
  'scale',
  'active',
] as const;
export type CompetenceFormField = (typeof COMPETENCE_FORM_FIELDS)[number];

export interface ScaleRow {
  /** Stable React key. */
  key: number;
  description: string;
}

export interface CompetenceFormValues {
  name: string;
  description: string;
  buildingBlock: BuildingBlock;
  area: string;
  /** Comma-separated, as typed. */
  tags: string;
  /** Whole months as typed; '' for "does not expire". */
  validityMonths: string;
  /** The lowest level; the rows are numbered from it, one apart. */
  firstLevel: number;
  scale: ScaleRow[];
  active: boolean;
}

export type CompetenceFormProblemKey =
  | 'competenceForm.nameRequired'
  | 'competenceForm.areaRequired'
  | 'competenceForm.validityInvalid'
  | 'competenceForm.scaleIncomplete'
  | 'competenceForm.scaleTooShort';

/** A new entry starts from the default 0–4 scale, each level described as the domain describes it. */
export function newCompetenceValues(): CompetenceFormValues {
  return {
    name: '',
    description: '',
    buildingBlock: 'KNOWLEDGE',
    area: '',
    tags: '',
    validityMonths: '',
    firstLevel: DEFAULT_LEVEL_SCALE.levels[0]?.level ?? 0,
    scale: DEFAULT_LEVEL_SCALE.levels.map((step, key) => ({
      key,
      description: `${step.name}: ${step.description}`,
    })),
    active: true,
  };
}

export function competenceValues(competence: CompetenceFieldsFragment): CompetenceFormValues {
  const scale = [...competence.scale].sort((a, b) => a.level - b.level);
  return {
    name: competence.name,
    description: competence.description,
    buildingBlock: competence.buildingBlock,
    area: competence.area,
    tags: competence.tags.join(', '),
    validityMonths:
      competence.validityMonths === null || competence.validityMonths === undefined
        ? ''
        : String(competence.validityMonths),
    firstLevel: scale[0]?.level ?? 0,
    scale: scale.map((step, key) => ({ key, description: step.description })),
    active: competence.active,
  };
}

/** Tags from the comma-separated text: trimmed, empty ones dropped, each once (case-insensitive). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    const key = tag.toLocaleLowerCase('nb');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

function parseValidity(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const months = Number(trimmed);
  return months >= 1 && months <= 600 ? months : 'invalid';
}

export function missingCompetenceFields(
  values: CompetenceFormValues,
): Partial<Record<CompetenceFormField, CompetenceFormProblemKey>> {
  const missing: Partial<Record<CompetenceFormField, CompetenceFormProblemKey>> = {};
  if (!values.name.trim()) missing.name = 'competenceForm.nameRequired';
  if (!values.area.trim()) missing.area = 'competenceForm.areaRequired';
  if (parseValidity(values.validityMonths) === 'invalid') {
    missing.validityMonths = 'competenceForm.validityInvalid';
  }
  if (values.scale.length < 2) missing.scale = 'competenceForm.scaleTooShort';
  else if (values.scale.some((row) => !row.description.trim())) {
    missing.scale = 'competenceForm.scaleIncomplete';
  }
  return missing;
}

function scaleInput(values: CompetenceFormValues) {
  return values.scale.map((row, index) => ({
    level: values.firstLevel + index,
    description: row.description.trim(),
  }));
}

function validity(values: CompetenceFormValues): number | null {
  const months = parseValidity(values.validityMonths);
  return months === 'invalid' ? null : months;
}

function commonInput(values: CompetenceFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    buildingBlock: values.buildingBlock,
    area: values.area.trim(),
    tags: parseTags(values.tags),
    scale: scaleInput(values),
    validityMonths: validity(values),
  };
}

function isDefaultScale(values: CompetenceFormValues): boolean {
  const defaults = newCompetenceValues();
  return (
    values.firstLevel === defaults.firstLevel &&
    values.scale.length === defaults.scale.length &&
    values.scale.every((row, index) => row.description.trim() === defaults.scale[index].description)
  );
}

/** An untouched default scale is left out, so the API applies the region's standard scale itself. */
export function toCreateCompetenceInput(values: CompetenceFormValues): CreateCompetenceInput {
  const { scale, ...rest } = commonInput(values);
  return isDefaultScale(values) ? rest : { ...rest, scale };
}

/** Everything is sent with the version read, so a change made meanwhile gives CONFLICT, not a silent overwrite. */
export function toUpdateCompetenceInput(
  id: string,
  version: number,
  values: CompetenceFormValues,
): UpdateCompetenceInput {
  return { id, version, ...commonInput(values), active: values.active };
}
