export { firstInvalidField, mapFieldErrors, type MappedFieldErrors } from './field-errors';
export { ErrorSummary, Field, type ControlAttributes } from './field';
export {
  CheckboxField,
  FieldSet,
  SelectField,
  SelectOptions,
  TextAreaField,
  TextField,
  type SelectOption,
  type SelectOptionGroup,
} from './controls';
export {
  CompetenceSelect,
  type CompetenceChoice,
  type CompetenceChoiceGroup,
} from './competence-select';
export { FiltersForm, useFilterValues } from './filters-form';
export {
  hasProblems,
  noProblems,
  problemsFromError,
  problemsFromFields,
  translateFieldKeys,
  type FieldMessages,
  type FormProblems,
} from './form-problems';
export { UnitPicker, type UnitPickerGroup } from './unit-picker';
export { useFormProblems } from './use-form-problems';
export { useUrlFilters, type UrlFilterCodec } from './use-url-filters';
