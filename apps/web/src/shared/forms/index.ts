export { firstInvalidField, mapFieldErrors, type MappedFieldErrors } from './field-errors';
