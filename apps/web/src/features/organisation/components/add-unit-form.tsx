import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '@web/gql/graphql';
import {
  FormFooter,
  onSubmitUnlessPending,
  SelectField,
  TextField,
  useFormValues,
} from '@web/shared/forms';
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

export function AddUnitForm({ municipality, onAdded }: AddUnitFormProps) {
  const { t } = useTranslation();
  const addUnit = useAddUnit();
  const tree = useMemo(() => buildUnitTree(municipality.units), [municipality.units]);

  const { id, values, setValues, bind, form } = useFormValues<AddUnitFormValues, AddUnitField>({
    initial: () => ({
      name: '',
      kind: 'UNIT',
      parentId: defaultParentId(parentChoices(tree, 'UNIT'), 'UNIT'),
    }),
    fields: ADD_UNIT_FIELDS,
    fieldId: (field, prefix) => `${prefix}-${field === 'parentId' ? 'parent' : field}`,
  });
  const choices = useMemo(() => parentChoices(tree, values.kind), [tree, values.kind]);
  // The tree can change under the form (a refetch); the choice must still be one of the options.
  const parentId = validParentId(values.parentId, choices, values.kind);
  const [addedName, setAddedName] = useState<string | null>(null);

  const onKindChange = (kind: UnitKind) => {
    const nextChoices = parentChoices(tree, kind);
    setValues((current) => ({
      ...current,
      kind,
      parentId: reconcileParentId(current.parentId, nextChoices, kind),
    }));
    form.clearField('kind');
  };

  // The API checks the name (required, length, unique among siblings) and the parent.
  const onSubmit = onSubmitUnlessPending(addUnit.isPending, () => {
    setAddedName(null);
    form.reset();
    const input = toAddUnitInput({ ...values, parentId }, municipality.id, municipality.units);
    addUnit.mutate(input, {
      onSuccess: (unit) => {
        setValues((current) => ({ ...current, name: '' }));
        setAddedName(unit.name);
        onAdded?.(unit.id);
      },
      onError: (error) => form.showError(error),
    });
  });

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-heading`}>{t('addUnit.heading')}</h2>
      <p className="form__intro">{t('addUnit.intro')}</p>

      <TextField
        {...bind('name')}
        label={t('addUnit.name')}
        autoComplete="off"
        required
        maxLength={200}
      />

      <SelectField
        {...bind('kind')}
        label={t('addUnit.kind')}
        onChange={(kind) => onKindChange(kind as UnitKind)}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`organisation.kind.${kind}`) }))}
      />

      <SelectField
        {...bind('parentId')}
        label={t('addUnit.parent')}
        value={parentId}
        placeholder={choices.allowTopLevel ? t('addUnit.parentNone') : undefined}
        options={choices.options.map((option) => ({ value: option.id, label: option.label }))}
      />

      <FormFooter
        errors={form.problems.general}
        pending={addUnit.isPending}
        submitLabel={t('addUnit.submit')}
        pendingLabel={t('addUnit.submitting')}
        status={addedName ? t('addUnit.added', { name: addedName }) : ''}
      />
    </form>
  );
}
