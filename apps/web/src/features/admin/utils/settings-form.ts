import type { RegionSettingsFieldsFragment, UpdateRegionSettingsInput } from '@web/gql/graphql';

/** The fields in the order the form shows them (and the API names them). */
export const SETTINGS_FIELDS = [
  'minGroupSize',
  'retirementAge',
  'sessionIdleMinutes',
  'sessionAbsoluteHours',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** Typed as text so a half-typed value can be shown and explained, not silently dropped. */
export type SettingsValues = Record<SettingsField, string>;

export type SettingsMessageKey = 'admin.settings.wholeNumber';

export function settingsValues(settings: RegionSettingsFieldsFragment): SettingsValues {
  return {
    minGroupSize: String(settings.minGroupSize),
    retirementAge: String(settings.retirementAge),
    sessionIdleMinutes: String(settings.sessionIdleMinutes),
    sessionAbsoluteHours: String(settings.sessionAbsoluteHours),
  };
}

function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Each field must be a whole number; the allowed ranges are the API's to check. */
export function settingsProblems(
  values: SettingsValues,
): Partial<Record<SettingsField, SettingsMessageKey>> {
  const problems: Partial<Record<SettingsField, SettingsMessageKey>> = {};
  for (const field of SETTINGS_FIELDS) {
    if (wholeNumber(values[field]) === null) problems[field] = 'admin.settings.wholeNumber';
  }
  return problems;
}

export function toUpdateSettingsInput(values: SettingsValues): UpdateRegionSettingsInput {
  const input: UpdateRegionSettingsInput = {};
  for (const field of SETTINGS_FIELDS) {
    const value = wholeNumber(values[field]);
    if (value === null) throw new Error(`${field} is not a whole number`);
    input[field] = value;
  }
  return input;
}
