export { firstInvalidField, mapFieldErrors, type MappedFieldErrors } from './field-errors';
export { Field, FormErrors, type ControlAttributes } from './field';
export {
  hasProblems,
  noProblems,
  problemsFromError,
  problemsFromFields,
  translateFieldKeys,
  type FieldMessages,
  type FormProblems,
} from './form-problems';
export { useFormProblems } from './use-form-problems';
