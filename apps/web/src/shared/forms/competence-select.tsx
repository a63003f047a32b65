import type { SelectHTMLAttributes } from 'react';
import { SelectField, type ChoicesQuery } from './controls';

export interface CompetenceChoice {
  id: string;
  name: string;
  /** False for a retired competence that stays choosable where it is already chosen. */
  active?: boolean;
}

export interface CompetenceChoiceGroup {
  area: string;
  competences: readonly CompetenceChoice[];
}

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

interface CompetenceSelectProps extends NativeSelect {
  /** The catalogue per area, in the order to show. */
  groups: readonly CompetenceChoiceGroup[];
  value: string;
  onChange: (competenceId: string) => void;
  /** Text of the empty choice: "Velg kompetanse", "Alle", "Ingen". */
  placeholder: string;
  required?: boolean;
  /** How a retired competence reads ("X (utgått)"); its name when not given. */
  retiredLabel?: (name: string) => string;
}

/** The one way to choose a competence: the catalogue grouped by area. */
export function CompetenceSelect({
  groups,
  value,
  onChange,
  placeholder,
  required = false,
  retiredLabel,
  ...select
}: CompetenceSelectProps) {
  return (
    <select
      {...select}
      value={value}
      aria-required={required || undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{placeholder}</option>
      {groups.map((group) => (
        <optgroup key={group.area} label={group.area}>
          {group.competences.map((competence) => (
            <option key={competence.id} value={competence.id}>
              {competence.active === false && retiredLabel
                ? retiredLabel(competence.name)
                : competence.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

interface CompetenceFieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  name?: string;
  required?: boolean;
  groups: readonly CompetenceChoiceGroup[];
  value: string;
  onChange: (competenceId: string) => void;
  placeholder: string;
  retiredLabel?: (name: string) => string;
  /** Where the catalogue comes from, when it is loaded: shows its loading and error state. */
  choices?: ChoicesQuery;
}

/** The competence select as a labelled field, with its errors and the catalogue's loading state. */
export function CompetenceField({ groups, retiredLabel, ...field }: CompetenceFieldProps) {
  return (
    <SelectField
      {...field}
      groups={groups.map((group) => ({
        label: group.area,
        options: group.competences.map((competence) => ({
          value: competence.id,
          label:
            competence.active === false && retiredLabel
              ? retiredLabel(competence.name)
              : competence.name,
        })),
      }))}
    />
  );
}
