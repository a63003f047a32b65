import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseNorwegianDecimal } from '@kp/domain';
import { groupCompetencesByArea, useCompetences } from '@web/features/competences';
import type { ScopeMunicipality } from '@web/features/gaps';
import type { PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { formatInteger, formatKroner } from '@web/shared/format';
import {
  CheckboxField,
  CompetenceField,
  FieldSet,
  FormFooter,
  onSubmitUnlessPending,
  RadioChoice,
  SelectField,
  TextAreaField,
  TextField,
  useFormValues,
} from '@web/shared/forms';
import { ApiError, isApiError } from '@web/shared/graphql';
import {
  fundingField,
  fundingLines,
  formFieldOf,
  MEASURE_FORM_FIELDS,
  ruleProblems,
  storedMeasureValues,
  unreadableValues,
  wholeNumber,
  type MeasureField,
  type MeasureFormValues,
  type TargetLine,
} from '../utils/measure-form-values';
import { FUNDING_SOURCES, MEASURE_KINDS, PROVIDERS, STRATEGIES } from '../utils/plan-vocabulary';
import { MeasureConflict } from './measure-conflict';
import { TeacherRows } from './teacher-rows';

export interface MeasureFormProps {
  initial: MeasureFormValues;
  /** A regional measure: places are shared out between the municipalities. */
  regional: boolean;
  /** The region's municipalities (names of shares, teachers and the lending unit). */
  municipalities: readonly ScopeMunicipality[];
  submitLabel: string;
  cancelTo: string;
  /** Sends the values (with the version to overwrite after a conflict); rejects with the API's error. */
  save: (values: MeasureFormValues, version?: number) => Promise<unknown>;
  /** Editing a stored measure: loads the saved version when a save meets a newer one. */
  stored?: { load: () => Promise<PlanMeasureFieldsFragment | null | undefined> };
  /** Starts the form again from the saved version (after a conflict). */
  onReload?: () => void;
}

/**
 * The measure editor: what, who, when, money, the competences it develops, the places per
 * municipality for a regional measure, and its teachers. The form's own checks and the
 * domain's rules run before sending; the API checks the same and more (scope, the region's
 * competences) and its Norwegian messages land on the same fields. A save that meets
 * someone else's newer version keeps what was typed and shows both versions side by side.
 */
export function MeasureForm({
  initial,
  regional,
  municipalities,
  submitLabel,
  cancelTo,
  save,
  stored,
  onReload,
}: MeasureFormProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<{
    error: unknown;
    theirs: PlanMeasureFieldsFragment | null | undefined;
    loadError: unknown;
  } | null>(null);
  const { values, setValues, set, bind, fieldId, form } = useFormValues<
    MeasureFormValues,
    MeasureField
  >({ initial, fields: MEASURE_FORM_FIELDS });
  const municipalityName = useMemo(() => {
    const names = new Map(municipalities.map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? id;
  }, [municipalities]);

  const send = (version?: number) => {
    setPending(true);
    const funding = fundingLines(values);
    save(values, version)
      .catch((error: unknown) => {
        if (isApiError(error) && error.code === 'CONFLICT' && stored) {
          setConflict({ error, theirs: undefined, loadError: null });
          stored.load().then(
            (theirs) => setConflict({ error, theirs, loadError: null }),
            (loadError: unknown) => setConflict({ error, theirs: undefined, loadError }),
          );
          form.reset();
          return;
        }
        form.showError(onFormFields(error, funding));
      })
      .finally(() => setPending(false));
  };

  const onSubmit = onSubmitUnlessPending(pending, () => {
    setConflict(null);
    const unreadable = unreadableValues(values, municipalityName);
    if (Object.keys(unreadable).length > 0) {
      const messages: Partial<Record<MeasureField, string[]>> = {};
      for (const [field, problem] of Object.entries(unreadable) as Array<
        [MeasureField, (typeof unreadable)[MeasureField]]
      >) {
        if (problem) {
          messages[field] = [t(problem.key as never, problem.params as never) as unknown as string];
        }
      }
      form.showFieldErrors(messages);
      return;
    }
    const rules = ruleProblems(values);
    if (Object.keys(rules).length > 0) {
      form.showFieldErrors(rules);
      return;
    }
    form.reset();
    send();
  });

  const competences = useCompetences();
  const groups = useMemo(() => groupCompetencesByArea(competences.data ?? []), [competences.data]);
  const scaleOf = (competenceId: string) =>
    competences.data?.find((entry) => entry.id === competenceId)?.scale ?? [];

  const setTarget = (index: number, change: Partial<TargetLine>) => {
    setValues((current) => ({
      ...current,
      targets: current.targets.map((target, i) =>
        i === index ? { ...target, ...change } : target,
      ),
    }));
    form.clearField('targets');
  };

  const places = wholeNumber(values.places);
  const shared = values.shares.reduce((sum, share) => sum + (wholeNumber(share.places) ?? 0), 0);
  const cost = FUNDING_SOURCES.reduce(
    (sum, source) => sum + (parseNorwegianDecimal(values.funding[source]) ?? 0),
    0,
  );
  const lendingUnit = values.lendingUnitId
    ? municipalities
        .flatMap((m) => m.units.map((unit) => ({ unit, municipality: m.name })))
        .find((entry) => entry.unit.id === values.lendingUnitId)
    : undefined;

  return (
    <form
      className="form panel measure-form"
      aria-labelledby="measure-form-heading"
      noValidate
      onSubmit={onSubmit}
    >
      <h2 id="measure-form-heading" className="visually-hidden">
        {t('plans.measureForm.heading')}
      </h2>

      <FormPart legend={t('plans.measureForm.about')}>
        <TextField {...bind('title')} label={t('plans.measureForm.title')} required />
        <FieldSet
          id={fieldId('strategy')}
          legend={t('plans.measureForm.strategy')}
          hint={t('plans.measureForm.strategyHint')}
          errors={form.errorsFor('strategy')}
        >
          {STRATEGIES.map((strategy) => (
            <RadioChoice
              key={strategy}
              id={`${fieldId('strategy')}-${strategy}`}
              name="strategy"
              value={strategy}
              checked={values.strategy === strategy}
              onChange={() => set('strategy', strategy)}
              title={t(`plans.strategy.${strategy}`)}
              description={t(`plans.strategyHint.${strategy}`)}
            />
          ))}
        </FieldSet>
        <div className="field-row">
          <SelectField
            {...bind('kind')}
            label={t('plans.measureForm.kind')}
            options={MEASURE_KINDS.map((kind) => ({ value: kind, label: t(`plans.kind.${kind}`) }))}
          />
          <SelectField
            {...bind('provider')}
            label={t('plans.measureForm.provider')}
            options={PROVIDERS.map((provider) => ({
              value: provider,
              label: t(`plans.provider.${provider}`),
            }))}
          />
        </div>
        <TextField
          {...bind('providerName')}
          label={t('plans.measureForm.providerName')}
          hint={t('plans.measureForm.providerNameHint')}
        />
        <TextAreaField
          {...bind('description')}
          label={t('plans.measureForm.description')}
          rows={3}
        />
      </FormPart>

      <FormPart legend={t('plans.measureForm.who')}>
        <TextField
          {...bind('targetGroup')}
          label={t('plans.measureForm.targetGroup')}
          hint={t('plans.measureForm.targetGroupHint')}
        />
        <TextField
          {...bind('owner')}
          label={t('plans.measureForm.owner')}
          hint={t('plans.measureForm.ownerHint')}
          required
        />
        {lendingUnit ? (
          <div className="field">
            <p>
              {t('plans.measureForm.lendingUnit', {
                unit: lendingUnit.unit.name,
                municipality: lendingUnit.municipality,
              })}
            </p>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => set('lendingUnitId', '')}
            >
              {t('plans.measureForm.removeLendingUnit')}
            </button>
          </div>
        ) : null}
      </FormPart>

      <FormPart legend={t('plans.measureForm.when')}>
        <div className="field-row">
          <TextField
            {...bind('startsOn')}
            type="date"
            label={t('plans.measureForm.startsOn')}
            inputClassName="input--short"
            required
          />
          <TextField
            {...bind('endsOn')}
            type="date"
            label={t('plans.measureForm.endsOn')}
            hint={t('plans.measureForm.endsOnHint')}
            inputClassName="input--short"
            required
          />
        </div>
        <div className="field-row">
          <TextField
            {...bind('places')}
            label={t('plans.measureForm.places')}
            hint={t('plans.measureForm.placesHint')}
            inputMode="numeric"
            inputClassName="input--short"
            required
          />
          <TextField
            {...bind('hours')}
            label={t('plans.measureForm.hours')}
            hint={t('plans.measureForm.hoursHint')}
            inputMode="decimal"
            inputClassName="input--short"
          />
        </div>
        <CheckboxField
          id={`${fieldId('kind')}-certificate`}
          label={t('plans.measureForm.awardsCertificate')}
          hint={t('plans.measureForm.awardsCertificateHint')}
          checked={values.awardsCertificate}
          onChange={(checked) => set('awardsCertificate', checked)}
        />
      </FormPart>

      <FieldSet
        id={fieldId('funding')}
        legend={t('plans.measureForm.funding')}
        hint={t('plans.measureForm.fundingHint')}
        errors={form.errorsFor('funding')}
      >
        <div className="field-row">
          {FUNDING_SOURCES.map((source) => (
            <TextField
              key={source}
              id={fieldId(fundingField(source))}
              name={fundingField(source)}
              label={t('plans.measureForm.amountFor', { source: t(`plans.funding.${source}`) })}
              errors={form.errorsFor(fundingField(source))}
              inputMode="decimal"
              value={values.funding[source]}
              onChange={(amount) => {
                set('funding', { ...values.funding, [source]: amount });
                form.clearField(fundingField(source));
              }}
            />
          ))}
        </div>
        <p role="status">{t('plans.measureForm.costTotal', { cost: formatKroner(cost) })}</p>
      </FieldSet>

      <FieldSet
        id={fieldId('targets')}
        legend={t('plans.measureForm.targets')}
        hint={t('plans.measureForm.targetsHint')}
        errors={form.errorsFor('targets')}
      >
        <div className="measure-rows">
          {values.targets.map((target, index) => {
            const row = index + 1;
            const scale = scaleOf(target.competenceId);
            return (
              <div key={index} className="measure-row">
                <CompetenceField
                  id={`${fieldId('targets')}-${index}-competence`}
                  label={t('plans.measureForm.targetCompetence', { row })}
                  groups={groups}
                  value={target.competenceId}
                  onChange={(competenceId) =>
                    setTarget(index, { competenceId, level: '', requirementId: null })
                  }
                  placeholder={t('plans.measureForm.chooseCompetence')}
                  choices={competences}
                />
                <SelectField
                  id={`${fieldId('targets')}-${index}-level`}
                  label={t('plans.measureForm.targetLevel', { row })}
                  value={target.level}
                  onChange={(level) => setTarget(index, { level })}
                  placeholder={
                    target.competenceId
                      ? t('plans.measureForm.chooseLevel')
                      : t('plans.measureForm.chooseCompetenceFirst')
                  }
                  options={withStoredLevel(
                    scale.map((step) => ({
                      value: String(step.level),
                      label: t('plans.measureForm.levelOption', {
                        level: step.level,
                        description: step.description,
                      }),
                    })),
                    target.level,
                  )}
                />
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() =>
                    setValues((current) => ({
                      ...current,
                      targets: current.targets.filter((_, i) => i !== index),
                    }))
                  }
                >
                  {t('plans.measureForm.removeTarget', { row })}
                </button>
              </div>
            );
          })}
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setValues((current) => ({
              ...current,
              targets: [...current.targets, { competenceId: '', level: '', requirementId: null }],
            }))
          }
        >
          {t('plans.measureForm.addTarget')}
        </button>
      </FieldSet>

      {regional ? (
        <FieldSet
          id={fieldId('shares')}
          legend={t('plans.measureForm.shares')}
          hint={t('plans.measureForm.sharesHint')}
          errors={form.errorsFor('shares')}
        >
          <div className="field-row">
            {values.shares.map((share, index) => (
              <TextField
                key={share.municipalityId}
                id={`${fieldId('shares')}-${share.municipalityId}`}
                label={t('plans.measureForm.shareFor', {
                  municipality: municipalityName(share.municipalityId),
                })}
                inputMode="numeric"
                inputClassName="input--short"
                value={share.places}
                onChange={(text) => {
                  setValues((current) => ({
                    ...current,
                    shares: current.shares.map((s, i) =>
                      i === index ? { ...s, places: text } : s,
                    ),
                  }));
                  form.clearField('shares');
                }}
              />
            ))}
          </div>
          <p role="status">
            {t('plans.measureForm.sharedOf', {
              shared: formatInteger(shared),
              places: places === null ? '–' : formatInteger(places),
            })}
          </p>
        </FieldSet>
      ) : null}

      <TeacherRows
        id={fieldId('teachers')}
        teachers={values.teachers}
        errors={form.errorsFor('teachers')}
        onChange={(teachers) => set('teachers', teachers)}
      />

      {conflict ? (
        <MeasureConflict
          error={conflict.error}
          mine={values}
          theirs={conflict.theirs}
          loadError={conflict.loadError}
          regional={regional}
          municipalityName={municipalityName}
          competenceName={(id) => competences.data?.find((entry) => entry.id === id)?.name ?? id}
          onRetryLoad={() => {
            if (!stored) return;
            stored.load().then(
              (theirs) => setConflict({ ...conflict, theirs, loadError: null }),
              (loadError: unknown) => setConflict({ ...conflict, loadError }),
            );
          }}
          onKeepMine={(version) => {
            setConflict(null);
            send(version);
          }}
          onUseSaved={(theirs) => {
            setConflict(null);
            if (onReload) onReload();
            else
              setValues(
                storedMeasureValues(
                  theirs,
                  values.shares.map((s) => s.municipalityId),
                ),
              );
          }}
        />
      ) : null}

      <FormFooter
        errors={form.problems.general}
        pending={pending}
        submitLabel={submitLabel}
        pendingLabel={t('plans.measureForm.saving')}
        actionsClassName="form__actions button-row"
      >
        <Link to={cancelTo}>{t('plans.measureForm.cancel')}</Link>
      </FormFooter>
    </form>
  );
}

/** A part of the form under its own legend. */
function FormPart({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="measure-form__part">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A stored level the scale no longer has stays choosable; the API will say why. */
function withStoredLevel(options: Array<{ value: string; label: string }>, level: string) {
  return level !== '' && !options.some((option) => option.value === level)
    ? [...options, { value: level, label: level }]
    : options;
}

/** The API names list rows by index (`funding.1.amount`); the form has a field per source and list. */
function onFormFields(
  error: unknown,
  funding: ReadonlyArray<{ source: (typeof FUNDING_SOURCES)[number] }>,
) {
  if (!isApiError(error)) return error;
  return new ApiError({
    code: error.code,
    message: error.message,
    userFacing: error.userFacing,
    status: error.status,
    fields: error.fields.map((field) => ({
      ...field,
      field: formFieldOf(field.field, funding) ?? field.field,
    })),
  });
}
