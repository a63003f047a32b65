import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFieldKeys } from './form-problems';
import { useFormProblems } from './use-form-problems';

interface FormValuesOptions<V, F extends string> {
  initial: V | (() => V);
  /** The fields that can carry an error, in the form's order (focus goes to the first). */
  fields: readonly F[];
  /** The element id of a field, from the form's id prefix; `<prefix>-<field>` unless given. */
  fieldId?: (field: F, prefix: string) => string;
  /** Called on every change (a form clears its "Lagret." status). */
  onChange?: () => void;
}

/** The fields of V that hold text (inputs, selects): those `bind` can wire up. */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

/**
 * A form's values and problems together, the way every form of the app keeps them: `set`
 * changes one value and clears that field's error; `stopIf` shows the client-side check's
 * message keys on their fields (and focuses the first) instead of sending.
 */
export function useFormValues<V extends object, F extends string>({
  initial,
  fields,
  fieldId,
  onChange,
}: FormValuesOptions<V, F>) {
  const { t } = useTranslation();
  const prefix = useId();
  const [values, setValues] = useState<V>(initial);
  const idOf = (field: F) => (fieldId ? fieldId(field, prefix) : `${prefix}-${field}`);
  const form = useFormProblems(fields, idOf);

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if ((fields as readonly unknown[]).includes(key)) form.clearField(key as unknown as F);
    onChange?.();
  };

  /** What a text field or select of the kit needs for one field: id, name, value, errors. */
  const bind = <K extends TextKeys<V> & F>(field: K) => ({
    id: idOf(field),
    name: field,
    errors: form.errorsFor(field),
    value: values[field] as string,
    onChange: (value: string) => set(field, value as V[K]),
  });

  /** True, and the messages shown, when the client-side check found something (message keys). */
  const stopIf = (problemKeys: Partial<Record<F, string>>): boolean => {
    const messages = translateFieldKeys(problemKeys, (key) => t(key as never) as string);
    if (Object.keys(messages).length === 0) return false;
    form.showFieldErrors(messages);
    return true;
  };

  return { id: prefix, values, setValues, set, bind, fieldId: idOf, form, stopIf };
}

/**
 * The submit handler of a form: the browser's own sending is stopped, and a second press
 * while the first is on its way does nothing.
 */
export function onSubmitUnlessPending(pending: boolean, submit: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    submit();
  };
}
