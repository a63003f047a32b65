import { useTranslation } from 'react-i18next';
import { TableScroll } from '@web/shared/ui';

interface LevelScaleTableProps {
  scale: ReadonlyArray<{ level: number; description: string }>;
  name: string;
}

/** The competence's level scale: what a person at each level can do. */
export function LevelScaleTable({ scale, name }: LevelScaleTableProps) {
  const { t } = useTranslation();
  const sorted = [...scale].sort((a, b) => a.level - b.level);
  return (
    <TableScroll label={t('competence.scaleCaption', { name })}>
      <table className="data-table">
        <caption className="visually-hidden">{t('competence.scaleCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col" className="data-table__numeric">
              {t('competence.level')}
            </th>
            <th scope="col">{t('competence.levelDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((step) => (
            <tr key={step.level}>
              <th scope="row" className="data-table__numeric">
                {step.level}
              </th>
              <td>{step.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
