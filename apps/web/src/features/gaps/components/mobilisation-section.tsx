import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapFilter, Horizon, MobilisationOptionsQuery } from '@web/gql/graphql';
import { formatInteger } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useMobilisationOptions } from '../hooks/use-gap-queries';
import { formatAmount } from '../utils/amount';
import { exportTable, figureCell, type ExportColumn } from '../utils/export-table';
import { hiddenReasons } from '../utils/figure';
import type { ScopeMunicipality } from '../utils/gap-scope';
import { ExportButtons } from './export-buttons';
import { FigureText, HiddenNote } from './figure-text';
import { GapSection } from './gap-section';
import { useMeasureAction } from './measure-action';

type Option = MobilisationOptionsQuery['mobilisationOptions'][number];

/** Pairs shown before "Vis alle". */
export const MOBILISATION_ROWS = 20;

interface MobilisationSectionProps {
  /** The gap filter narrowed to the chosen horizon. */
  filter: GapFilter;
  horizon: Horizon;
  municipalities: readonly ScopeMunicipality[];
  fileParts: readonly string[];
}

/** Where spare competence in one unit could cover a gap in another ("mobilisere"). */
export function MobilisationSection({
  filter,
  horizon,
  municipalities,
  fileParts,
}: MobilisationSectionProps) {
  const { t } = useTranslation();
  const options = useMobilisationOptions(filter);
  const [all, setAll] = useState(false);
  const makeMeasure = useMeasureAction();
  const municipalityName = useMemo(() => {
    const names = new Map(municipalities.map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? '';
  }, [municipalities]);
  const place = (end: Option['from']) =>
    t('gaps.mobilisation.place', {
      unit: end.unit.name,
      municipality: municipalityName(end.municipalityId),
    });

  const columns = useMemo<ExportColumn<Option>[]>(() => {
    const hidden = t('gaps.hidden');
    return [
      { header: t('gaps.table.competence'), value: (row) => row.competence.name },
      { header: t('gaps.table.measure'), value: (row) => t(`gaps.measure.${row.measure}`) },
      { header: t('gaps.mobilisation.from'), value: (row) => row.from.unit.name },
      {
        header: t('gaps.mobilisation.fromMunicipality'),
        value: (row) => municipalityName(row.from.municipalityId),
      },
      {
        header: t('gaps.mobilisation.surplus'),
        value: (row) => figureCell(row.from.amount, hidden),
      },
      { header: t('gaps.mobilisation.to'), value: (row) => row.to.unit.name },
      {
        header: t('gaps.mobilisation.toMunicipality'),
        value: (row) => municipalityName(row.to.municipalityId),
      },
      { header: t('gaps.mobilisation.gap'), value: (row) => figureCell(row.to.amount, hidden) },
      {
        header: t('gaps.mobilisation.transferable'),
        value: (row) => figureCell(row.transferable, hidden),
      },
    ];
  }, [t, municipalityName]);

  let content;
  let tools = null;
  if (options.data) {
    const rows = options.data;
    const shown = all ? rows : rows.slice(0, MOBILISATION_ROWS);
    tools =
      rows.length > 0 ? (
        <ExportButtons
          table={exportTable(t('gaps.mobilisation.title'), columns, rows)}
          fileParts={[t('gaps.mobilisation.file'), ...fileParts, t(`gaps.horizon.${horizon}`)]}
        />
      ) : null;
    content =
      rows.length === 0 ? (
        <EmptyState>{t('gaps.mobilisation.empty')}</EmptyState>
      ) : (
        <>
          <TableScroll label={t('gaps.mobilisation.title')}>
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t('gaps.mobilisation.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gaps.table.competence')}</th>
                  <th scope="col">{t('gaps.mobilisation.from')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.mobilisation.surplus')}
                  </th>
                  <th scope="col">{t('gaps.mobilisation.to')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.mobilisation.gap')}
                  </th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.mobilisation.transferable')}
                  </th>
                  {makeMeasure ? <th scope="col">{t('gaps.table.action')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const amount = (value: number) => formatAmount(value, row.measure);
                  return (
                    <tr key={`${row.from.requirementId}|${row.to.requirementId}|${row.horizon}`}>
                      <th scope="row">
                        {row.competence.name}
                        {row.measure === 'FTE' ? (
                          <span className="muted"> ({t('gaps.measure.FTE')})</span>
                        ) : null}
                      </th>
                      <td>{place(row.from)}</td>
                      <td className="data-table__numeric">
                        <FigureText figure={row.from.amount} format={amount} />
                      </td>
                      <td>{place(row.to)}</td>
                      <td className="data-table__numeric">
                        <FigureText figure={row.to.amount} format={amount} />
                      </td>
                      <td className="data-table__numeric">
                        <FigureText figure={row.transferable} format={amount} />
                      </td>
                      {makeMeasure ? (
                        <td>
                          {makeMeasure(
                            {
                              kind: 'mobilisation',
                              fromRequirementId: row.from.requirementId,
                              toRequirementId: row.to.requirementId,
                              horizon: row.horizon,
                            },
                            t('gaps.mobilisation.makeMeasureLabel', {
                              competence: row.competence.name,
                              from: place(row.from),
                              to: place(row.to),
                            }),
                          )}
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <HiddenNote
            reasons={hiddenReasons(shown.flatMap((row) => [row.from.amount, row.to.amount]))}
          />
          <div className="list-footer">
            <p className="list-footer__count">
              {t('gaps.showing', {
                shown: formatInteger(shown.length),
                total: formatInteger(rows.length),
              })}
            </p>
            {shown.length < rows.length ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setAll(true)}
              >
                {t('gaps.showAll', { total: formatInteger(rows.length) })}
              </button>
            ) : null}
          </div>
        </>
      );
  } else {
    content = <QueryPending query={options} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-mobilisation"
      title={t('gaps.mobilisation.title')}
      intro={t('gaps.mobilisation.intro', { horizon: t(`gaps.horizon.${horizon}`) })}
      busy={options.isFetching}
      tools={tools}
    >
      {content}
    </GapSection>
  );
}
