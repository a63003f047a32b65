export { firstInvalidField, mapFieldErrors, type MappedFieldErrors } from './field-errors';
export { ErrorSummary, Field, type ControlAttributes } from './field';
export {
  CheckboxField,
  FieldSet,
  FileField,
  RadioChoice,
  SelectField,
  SelectOptions,
  TextAreaField,
  TextField,
  useChoicesState,
  type ChoicesQuery,
  type SelectOption,
  type SelectOptionGroup,
} from './controls';
export {
  CompetenceField,
  CompetenceSelect,
  type CompetenceChoice,
  type CompetenceChoiceGroup,
} from './competence-select';
export { FiltersForm, PickerForm, SearchField, useFilterValues } from './filters-form';
export { FormFooter } from './form-footer';
export {
  hasProblems,
  noProblems,
  problemsFromError,
  problemsFromFields,
  translateFieldKeys,
  type FieldMessages,
  type FormProblems,
} from './form-problems';
export { UnitField, UnitPicker, type UnitPickerGroup } from './unit-picker';
export { useFormProblems } from './use-form-problems';
export { onSubmitUnlessPending, useFormValues } from './use-form-values';
export { useUrlFilters, type UrlFilterCodec } from './use-url-filters';
