import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '@web/gql/graphql';
import { firstInvalidField, mapFieldErrors } from '@web/shared/forms';
import { errorMessage, isApiError, type ErrorMessage } from '@web/shared/graphql';
import { useAddUnit } from '../hooks/use-add-unit';
import {
  ADD_UNIT_FIELDS,
  toAddUnitInput,
  type AddUnitField,
  type AddUnitFormValues,
} from '../utils/add-unit-input';
import type { MunicipalityWithUnits } from '../utils/municipality-rows';
import {
  defaultParentId,
  parentChoices,
  reconcileParentId,
  validParentId,
} from '../utils/parent-choices';
import { UNIT_KINDS, buildUnitTree } from '../utils/unit-tree';

interface AddUnitFormProps {
  municipality: MunicipalityWithUnits;
  /** Called with the new unit's id once the tree shows it. */
  onAdded?: (unitId: string) => void;
}

type FieldMessages = Partial<Record<AddUnitField, string[]>>;

interface FormProblems {
  fields: FieldMessages;
  /** Shown above the button: errors that belong to no field of this form. */
  general: ErrorMessage[];
}

const NO_PROBLEMS: FormProblems = { fields: {}, general: [] };

export function AddUnitForm({ municipality, onAdded }: AddUnitFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const addUnit = useAddUnit();
  const tree = useMemo(() => buildUnitTree(municipality.units), [municipality.units]);

  const [values, setValues] = useState<AddUnitFormValues>(() => ({
    name: '',
    kind: 'UNIT',
    parentId: defaultParentId(parentChoices(tree, 'UNIT'), 'UNIT'),
  }));
  const choices = useMemo(() => parentChoices(tree, values.kind), [tree, values.kind]);
  // The tree can change under the form (a refetch); the choice must still be one of the options.
  const parentId = validParentId(values.parentId, choices, values.kind);

  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [addedName, setAddedName] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ field: AddUnitField } | null>(null);

  const nameRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const parentRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const refs = { name: nameRef, kind: kindRef, parentId: parentRef };
    refs[focusRequest.field].current?.focus();
  }, [focusRequest]);

  const fieldIds: Record<AddUnitField, string> = {
    name: `${id}-name`,
    kind: `${id}-kind`,
    parentId: `${id}-parent`,
  };
  const errorId = (field: AddUnitField) => `${fieldIds[field]}-error`;
  const invalid = (field: AddUnitField) => (problems.fields[field]?.length ?? 0) > 0;
  const fieldProps = (field: AddUnitField) => ({
    id: fieldIds[field],
    'aria-invalid': invalid(field) || undefined,
    'aria-describedby': invalid(field) ? errorId(field) : undefined,
  });

  const clearFieldProblem = (field: AddUnitField) => {
    if (!invalid(field)) return;
    setProblems((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  const onKindChange = (kind: UnitKind) => {
    const nextChoices = parentChoices(tree, kind);
    setValues((current) => ({
      ...current,
      kind,
      parentId: reconcileParentId(current.parentId, nextChoices, kind),
    }));
    clearFieldProblem('kind');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (addUnit.isPending) return;
    setAddedName(null);
    setProblems(NO_PROBLEMS);
    const input = toAddUnitInput({ ...values, parentId }, municipality.id, municipality.units);
    addUnit.mutate(input, {
      onSuccess: (unit) => {
        setValues((current) => ({ ...current, name: '' }));
        setAddedName(unit.name);
        onAdded?.(unit.id);
      },
      onError: (error) => {
        const mapped = mapFieldErrors(isApiError(error) ? error.fields : [], ADD_UNIT_FIELDS);
        const hasFieldErrors = Object.keys(mapped.byField).length > 0;
        const general: ErrorMessage[] = mapped.unmatched.map((problem) => ({
          text: problem.message,
        }));
        if (!hasFieldErrors && general.length === 0) general.push(errorMessage(error));
        setProblems({ fields: mapped.byField, general });
        const first = firstInvalidField(mapped.byField, ADD_UNIT_FIELDS);
        if (first) setFocusRequest({ field: first });
      },
    });
  };

  const renderError = (field: AddUnitField) =>
    invalid(field) ? (
      <p id={errorId(field)} className="field__error">
        {problems.fields[field]?.join(' ')}
      </p>
    ) : null;

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`}>{t('addUnit.heading')}</h2>
      <p className="form__intro">{t('addUnit.intro')}</p>

      <div className={invalid('name') ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldIds.name}>{t('addUnit.name')}</label>
        {renderError('name')}
        <input
          {...fieldProps('name')}
          ref={nameRef}
          type="text"
          name="name"
          autoComplete="off"
          aria-required="true"
          maxLength={200}
          value={values.name}
          onChange={(event) => {
            const name = event.target.value;
            setValues((current) => ({ ...current, name }));
            clearFieldProblem('name');
          }}
        />
      </div>

      <div className={invalid('kind') ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldIds.kind}>{t('addUnit.kind')}</label>
        {renderError('kind')}
        <select
          {...fieldProps('kind')}
          ref={kindRef}
          name="kind"
          value={values.kind}
          onChange={(event) => onKindChange(event.target.value as UnitKind)}
        >
          {UNIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organisation.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>

      <div className={invalid('parentId') ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldIds.parentId}>{t('addUnit.parent')}</label>
        {renderError('parentId')}
        <select
          {...fieldProps('parentId')}
          ref={parentRef}
          name="parentId"
          value={parentId}
          onChange={(event) => {
            const chosen = event.target.value;
            setValues((current) => ({ ...current, parentId: chosen }));
            clearFieldProblem('parentId');
          }}
        >
          {choices.allowTopLevel ? <option value="">{t('addUnit.parentNone')}</option> : null}
          {choices.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>

      {problems.general.length > 0 ? (
        <div role="alert" className="form__error">
          {problems.general.map((problem, index) => (
            <p key={index}>{'text' in problem ? problem.text : t(problem.key)}</p>
          ))}
        </div>
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={addUnit.isPending || undefined}>
          {addUnit.isPending ? t('addUnit.submitting') : t('addUnit.submit')}
        </button>
      </div>

      <p role="status" className="form__status">
        {addedName ? t('addUnit.added', { name: addedName }) : ''}
      </p>
    </form>
  );
}
