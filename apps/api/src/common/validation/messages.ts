import {
  dateProblem,
  type DateRuleName,
  type FieldProblem,
  formatNorwegianNumber,
  isIsoDate,
  todayInNorway,
} from '@kp/domain';
import { getMetadataStorage } from 'class-validator';

/**
 * class-validator constraint → stable machine code and a Norwegian message (a `FieldProblem`,
 * the domain's type, so the domain's rules and the validation pipe answer alike).
 * Messages name the field by its label, and the limit where there is one ("mellom 1 og 20",
 * "høyst 200 tegn"), so a leader knows what to fix.
 */
export type { FieldProblem };

/** What a rule may look at besides its own message: the value and the object it sits in. */
export interface ConstraintContext {
  value?: unknown;
  target?: object;
  property?: string;
  context?: Record<string, unknown>;
}

type Describe = (
  label: string,
  constraints: Record<string, string>,
  found: ConstraintContext,
) => string;

function count(value: number): string {
  return formatNorwegianNumber(value, Number.isInteger(value) ? 0 : 2);
}

/** Every bound class-validator knows for a property: both ends, to name the whole range. */
function boundsOf(found: ConstraintContext): { min?: number; max?: number } {
  if (!found.target || !found.property) return {};
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    found.target.constructor,
    '',
    true,
    false,
  );
  const bounds: { min?: number; max?: number } = {};
  for (const metadata of metadatas) {
    if (metadata.propertyName !== found.property) continue;
    const limit: unknown = metadata.constraints?.[0];
    if (typeof limit !== 'number') continue;
    if (metadata.name === 'min') bounds.min = limit;
    if (metadata.name === 'max') bounds.max = limit;
  }
  return bounds;
}

function range(label: string, found: ConstraintContext, fallback: string): string {
  const { min, max } = boundsOf(found);
  if (min !== undefined && max !== undefined) {
    return `${label} må være mellom ${count(min)} og ${count(max)}`;
  }
  if (min !== undefined) return `${label} må være minst ${count(min)}`;
  if (max !== undefined) return `${label} kan være høyst ${count(max)}`;
  return fallback;
}

function numberIn(message: string | undefined): string | undefined {
  return message?.match(/\d+/)?.[0];
}

const RULES: Record<string, { code: string; describe: Describe }> = {
  isNotEmpty: { code: 'REQUIRED', describe: (label) => `${label} må fylles ut` },
  isDefined: { code: 'REQUIRED', describe: (label) => `${label} må fylles ut` },
  maxLength: {
    code: 'TOO_LONG',
    describe: (label, c) => {
      const limit = numberIn(c.maxLength);
      return `${label} er for lang (${limit ? `høyst ${count(Number(limit))} tegn` : 'for mange tegn'})`;
    },
  },
  minLength: {
    code: 'TOO_SHORT',
    describe: (label, c) => {
      const limit = numberIn(c.minLength);
      return limit ? `${label} må ha minst ${count(Number(limit))} tegn` : `${label} er for kort`;
    },
  },
  isUuid: { code: 'INVALID_ID', describe: (label) => `${label} har en ugyldig ID` },
  isEnum: { code: 'INVALID_CHOICE', describe: (label) => `${label} har en ugyldig verdi` },
  isIn: { code: 'INVALID_CHOICE', describe: (label) => `${label} har en ugyldig verdi` },
  isInt: { code: 'NOT_AN_INTEGER', describe: (label) => `${label} må være et heltall` },
  isNumber: { code: 'NOT_A_NUMBER', describe: (label) => `${label} må være et tall` },
  min: {
    code: 'TOO_SMALL',
    describe: (label, _c, found) => range(label, found, `${label} er for lav`),
  },
  max: {
    code: 'TOO_LARGE',
    describe: (label, _c, found) => range(label, found, `${label} er for høy`),
  },
  isEmail: {
    code: 'INVALID_EMAIL',
    describe: (label) => `${label} er ikke en gyldig e-postadresse`,
  },
  isDateString: { code: 'INVALID_DATE', describe: (label) => `${label} er ikke en gyldig dato` },
  isDate: { code: 'INVALID_DATE', describe: (label) => `${label} er ikke en gyldig dato` },
  matches: { code: 'INVALID_FORMAT', describe: (label) => `${label} har feil format` },
  arrayMaxSize: {
    code: 'TOO_MANY',
    describe: (label, c) => {
      const limit = numberIn(c.arrayMaxSize);
      return `${label} har for mange elementer${limit ? ` (høyst ${count(Number(limit))})` : ''}`;
    },
  },
  arrayMinSize: {
    code: 'TOO_FEW',
    describe: (label, c) => {
      const limit = numberIn(c.arrayMinSize);
      return `${label} har for få elementer${limit ? ` (minst ${count(Number(limit))})` : ''}`;
    },
  },
  whitelistValidation: {
    code: 'UNKNOWN_FIELD',
    describe: (label) => `${label} er ikke et kjent felt`,
  },
  noControlCharacters: {
    code: 'CONTROL_CHARACTERS',
    describe: (label) =>
      `${label} inneholder tegn som ikke kan brukes (kontrolltegn, for eksempel NUL). Fjern dem og prøv igjen.`,
  },
};

/** The date rules (IsIsoDate with a rule) answer with the domain's code and message. */
function describeDateRange(
  field: string,
  label: string,
  found: ConstraintContext,
): FieldProblem | null {
  const rule = found.context?.rule as DateRuleName | undefined;
  if (!rule || !isIsoDate(found.value)) return null;
  const problem = dateProblem(label, found.value, rule, todayInNorway());
  return problem ? { field, ...problem } : null;
}

export function describeConstraint(
  field: string,
  label: string,
  constraint: string,
  constraints: Record<string, string>,
  found: ConstraintContext = {},
): FieldProblem {
  if (constraint === 'dateWithin') {
    const problem = describeDateRange(field, label, found);
    if (problem) return problem;
  }
  const rule = RULES[constraint];
  if (rule) return { field, code: rule.code, message: rule.describe(label, constraints, found) };
  return { field, code: 'INVALID', message: `${label} er ugyldig` };
}
