import type { FieldProblem } from '../common/validation/messages';

/**
 * graphql-js refuses a value of the wrong type before any resolver runs ("Int cannot represent
 * non 32-bit signed integer value"), in English and without naming the field the way the API's
 * own errors do. This words the common cases in Norwegian, with a `fields` entry, so a client
 * gets one kind of answer for every bad value.
 */
const REASONS: Array<[RegExp, (match: RegExpMatchArray) => { code: string; text: string }]> = [
  [
    /^Int cannot represent non 32-bit signed integer value/,
    () => ({
      code: 'TOO_LARGE',
      text: 'er utenfor det tillatte området for heltall (−2 147 483 648 til 2 147 483 647)',
    }),
  ],
  [/^Int cannot represent/, () => ({ code: 'NOT_AN_INTEGER', text: 'må være et heltall' })],
  [/^Float cannot represent/, () => ({ code: 'NOT_A_NUMBER', text: 'må være et tall' })],
  [/^String cannot represent/, () => ({ code: 'NOT_TEXT', text: 'må være tekst' })],
  [/^ID cannot represent/, () => ({ code: 'INVALID_ID', text: 'må være en ID' })],
  [
    /^Boolean cannot represent/,
    () => ({ code: 'NOT_A_BOOLEAN', text: 'må være true eller false' }),
  ],
  [
    /^(Value ".*" does not exist in|Enum ".*" cannot represent)/,
    () => ({ code: 'INVALID_CHOICE', text: 'har en ugyldig verdi' }),
  ],
  [
    /^Expected (non-nullable type|value of type) ".*!"(,)? (not to be null|found null)/,
    () => ({ code: 'REQUIRED', text: 'må fylles ut' }),
  ],
  [
    /^Expected type ".*" to be an object/,
    () => ({ code: 'NOT_AN_OBJECT', text: 'må være et objekt' }),
  ],
];

function describeReason(reason: string): { code: string; text: string } | null {
  for (const [pattern, describe] of REASONS) {
    const match = reason.match(pattern);
    if (match) return describe(match);
  }
  return null;
}

function problem(field: string, code: string, text: string): FieldProblem {
  return { field, code, message: `«${field}» ${text}` };
}

/** Field "x" of required type / is not defined by type, inside a value at `path`. */
function fieldReason(path: string | null, reason: string): FieldProblem | null {
  const join = (name: string) => (path ? `${path}.${name}` : name);
  const missing = reason.match(/^Field "([^"]+)" of required type "[^"]+" was not provided/);
  if (missing) return problem(join(missing[1]), 'REQUIRED', 'må fylles ut');
  const unknown = reason.match(/^Field "([^"]+)" is not defined by type "[^"]+"/);
  if (unknown) return problem(join(unknown[1]), 'UNKNOWN_FIELD', 'er ikke et kjent felt');
  return null;
}

/**
 * The Norwegian problem for a graphql-js coercion message, or null when it is not one. Paths
 * are given without the variable's name (`input.level` → `level`), as the API's field errors.
 */
export function translateCoercionError(message: string): FieldProblem | null {
  const variable = message.match(
    /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; ([^;]*)$/s,
  );
  if (variable) {
    const [, name, at, reason] = variable;
    const path = at ? at.split('.').slice(1).join('.') || name : null;
    const nested = fieldReason(path, reason);
    if (nested) return nested;
    const described = describeReason(reason);
    return described ? problem(path ?? name, described.code, described.text) : null;
  }
  const notProvided = message.match(/^Variable "\$([^"]+)" of (required|non-null) type/);
  if (notProvided) return problem(notProvided[1], 'REQUIRED', 'må fylles ut');
  // literal values in the document (validation): "Expected value of type …, found …; reason"
  const literal = message.match(/^Expected value of type "[^"]+", found .*?; (.*)$/s);
  if (literal) {
    const described = describeReason(literal[1]);
    return described ? problem('verdi', described.code, described.text) : null;
  }
  const field = fieldReason(null, message);
  if (field) return field;
  const direct = describeReason(message);
  return direct ? problem('verdi', direct.code, direct.text) : null;
}
