import type { SelectHTMLAttributes } from 'react';
import { SelectField, type ChoicesQuery } from './controls';

export interface UnitPickerGroup {
  /** The municipality. */
  id: string;
  name: string;
  units: ReadonlyArray<{ id: string; label: string }>;
}

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

interface UnitPickerProps extends NativeSelect {
  groups: readonly UnitPickerGroup[];
  value: string;
  onChange: (unitId: string) => void;
  /** Text of the empty choice ("Alle enheter", "Velg enhet"). */
  placeholder: string;
  required?: boolean;
}

/** The one way to choose a unit: the units a user may use, grouped by municipality. */
export function UnitPicker({
  groups,
  value,
  onChange,
  placeholder,
  required = false,
  ...select
}: UnitPickerProps) {
  return (
    <select
      {...select}
      value={value}
      aria-required={required || undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{placeholder}</option>
      {groups.map((group) => (
        <optgroup key={group.id} label={group.name}>
          {group.units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

interface UnitFieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  className?: string;
  name?: string;
  required?: boolean;
  groups: readonly UnitPickerGroup[];
  value: string;
  onChange: (unitId: string) => void;
  placeholder: string;
  /** Where the units come from, when they are loaded: shows its loading and error state. */
  choices?: ChoicesQuery;
}

/** The unit picker as a labelled field, with its hint, errors and the units' loading state. */
export function UnitField({ groups, placeholder, ...field }: UnitFieldProps) {
  return (
    <SelectField
      {...field}
      placeholder={placeholder}
      groups={groups.map((group) => ({
        label: group.name,
        options: group.units.map((unit) => ({ value: unit.id, label: unit.label })),
      }))}
    />
  );
}
