/**
 * class-validator constraint → stable machine code and a Norwegian message.
 * Messages name the field by its label so a leader knows what to fix.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

type Describe = (label: string, constraints: Record<string, string>) => string;

const RULES: Record<string, { code: string; describe: Describe }> = {
  isNotEmpty: { code: 'REQUIRED', describe: (label) => `${label} må fylles ut` },
  isDefined: { code: 'REQUIRED', describe: (label) => `${label} må fylles ut` },
  maxLength: {
    code: 'TOO_LONG',
    describe: (label, c) => `${label} er for lang (${lengthLimit(c.maxLength)})`,
  },
  minLength: { code: 'TOO_SHORT', describe: (label) => `${label} er for kort` },
  isUuid: { code: 'INVALID_ID', describe: (label) => `${label} har en ugyldig ID` },
  isEnum: { code: 'INVALID_CHOICE', describe: (label) => `${label} har en ugyldig verdi` },
  isIn: { code: 'INVALID_CHOICE', describe: (label) => `${label} har en ugyldig verdi` },
  isInt: { code: 'NOT_AN_INTEGER', describe: (label) => `${label} må være et heltall` },
  isNumber: { code: 'NOT_A_NUMBER', describe: (label) => `${label} må være et tall` },
  min: { code: 'TOO_SMALL', describe: (label) => `${label} er for lav` },
  max: { code: 'TOO_LARGE', describe: (label) => `${label} er for høy` },
  isEmail: {
    code: 'INVALID_EMAIL',
    describe: (label) => `${label} er ikke en gyldig e-postadresse`,
  },
  isDateString: { code: 'INVALID_DATE', describe: (label) => `${label} er ikke en gyldig dato` },
  isDate: { code: 'INVALID_DATE', describe: (label) => `${label} er ikke en gyldig dato` },
  matches: { code: 'INVALID_FORMAT', describe: (label) => `${label} har feil format` },
  arrayMaxSize: { code: 'TOO_MANY', describe: (label) => `${label} har for mange elementer` },
  arrayMinSize: { code: 'TOO_FEW', describe: (label) => `${label} har for få elementer` },
  whitelistValidation: {
    code: 'UNKNOWN_FIELD',
    describe: (label) => `${label} er ikke et kjent felt`,
  },
};

function lengthLimit(message: string | undefined): string {
  const limit = message?.match(/\d+/)?.[0];
  return limit ? `høyst ${limit} tegn` : 'for mange tegn';
}

export function describeConstraint(
  field: string,
  label: string,
  constraint: string,
  constraints: Record<string, string>,
): FieldProblem {
  const rule = RULES[constraint];
  if (rule) return { field, code: rule.code, message: rule.describe(label, constraints) };
  return { field, code: 'INVALID', message: `${label} er ugyldig` };
}
