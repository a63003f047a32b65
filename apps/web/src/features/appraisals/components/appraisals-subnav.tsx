import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '@web/features/auth';
import { appraisalSections } from '../utils/appraisal-access';
import {
  appraisalsPath,
  appraisalStatisticsPath,
  teachingDirectoryPath,
} from '../utils/appraisal-paths';

const TARGETS = {
  progress: appraisalsPath(),
  statistics: appraisalStatisticsPath(),
  directory: teachingDirectoryPath(),
} as const;

/** The feature's own pages, for the roles that may open more than one of them. */
export function AppraisalsSubnav() {
  const { t } = useTranslation();
  const sections = appraisalSections(useMe().data);
  if (sections.length < 2) return null;
  return (
    <nav aria-label={t('appraisals.subnav.label')} className="subnav">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={TARGETS[section]} end>
              {t(`appraisals.subnav.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
