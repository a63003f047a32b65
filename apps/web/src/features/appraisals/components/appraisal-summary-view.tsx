import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@web/shared/format';
import type {
  AppraisalSummaryModel,
  SummaryLevelLine,
  SummarySection,
} from '../utils/appraisal-form-summary';

interface AppraisalSummaryViewProps {
  summary: AppraisalSummaryModel;
  /** Heading level of the sections (the view sits under an h1, h2 or h3). */
  headingLevel: 2 | 3 | 4;
  /** Sections to mark as different from the other version (after a conflict). */
  differing?: ReadonlySet<SummarySection>;
  /** Makes headings unique when two summaries are on the page. */
  idPrefix: string;
}

/** The record point by point, in the order of the ReKs guide, as the leader signs it. */
export function AppraisalSummaryView({
  summary,
  headingLevel,
  differing,
  idPrefix,
}: AppraisalSummaryViewProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const nothing = <p className="muted">{t('appraisals.summary.nothing')}</p>;

  const levelText = (line: SummaryLevelLine, key: 'level' | 'targetLevel') => {
    const name = line.name ?? t('appraisals.summary.unknownCompetence');
    const level = line.levelName
      ? t(`appraisals.summary.${key}Named`, { level: line.level, name: line.levelName })
      : t(`appraisals.summary.${key}`, { level: line.level });
    return `${name}: ${level}`;
  };

  const section = (id: SummarySection, body: ReactNode) => (
    // Plain blocks, not named regions: the form's own sections carry these names as landmarks.
    <div key={id} className="summary-section">
      <Heading id={`${idPrefix}-${id}`}>
        {t(`appraisals.summary.sections.${id}`)}
        {differing?.has(id) ? (
          <span className="tag tag--changed heading-tag">{t('appraisals.conflict.differs')}</span>
        ) : null}
      </Heading>
      {body}
    </div>
  );

  const list = (items: string[]) =>
    items.length === 0 ? (
      nothing
    ) : (
      <ul className="summary-list">
        {items.map((item, position) => (
          <li key={position}>{item}</li>
        ))}
      </ul>
    );

  return (
    <div className="appraisal-summary">
      {section(
        'talk',
        <p>
          {summary.heldOn
            ? t('appraisals.summary.heldOn', { date: formatDate(summary.heldOn) })
            : t('appraisals.summary.heldOnEmpty')}
        </p>,
      )}
      {section(
        'selfDeclarations',
        list(
          summary.selfDeclarations.map(
            (line) =>
              `${levelText(line, 'level')} – ${
                line.confirmed
                  ? t('appraisals.summary.confirmed')
                  : t('appraisals.summary.notConfirmed')
              }`,
          ),
        ),
      )}
      {section(
        'hrRegistrations',
        <>
          <p>
            {summary.hrRegistrationsChecked
              ? t('appraisals.summary.hrChecked')
              : t('appraisals.summary.hrNotChecked')}
          </p>
          {summary.hrRegistrationsComment ? (
            <p className="summary-text">{summary.hrRegistrationsComment}</p>
          ) : null}
        </>,
      )}
      {section(
        'potential',
        <dl className="summary-facts">
          <dt>{t('appraisals.summary.potentialUsed')}</dt>
          <dd className="summary-text">
            {summary.potentialUsed || t('appraisals.summary.notAnswered')}
          </dd>
          <dt>{t('appraisals.summary.potentialNeeds')}</dt>
          <dd className="summary-text">
            {summary.potentialNeeds || t('appraisals.summary.notAnswered')}
          </dd>
        </dl>,
      )}
      {section(
        'teaching',
        summary.teachingTopics.length === 0 ? (
          nothing
        ) : (
          <>
            {list(
              summary.teachingTopics.map(
                (topic) => topic.name ?? t('appraisals.summary.unknownCompetence'),
              ),
            )}
            <p>
              {summary.teachingConsent
                ? t('appraisals.summary.consentGiven')
                : t('appraisals.summary.consentNotGiven')}
            </p>
          </>
        ),
      )}
      {section(
        'developmentWishes',
        list(summary.developmentWishes.map((line) => levelText(line, 'targetLevel'))),
      )}
      {section(
        'preferredWays',
        summary.preferredWays.length === 0 ? (
          nothing
        ) : (
          <p>{summary.preferredWays.map((way) => t(`appraisals.ways.${way}`)).join(', ')}</p>
        ),
      )}
      {section(
        'career',
        !summary.careerPlan && !summary.careerTargetRole ? (
          nothing
        ) : (
          <>
            {summary.careerPlan ? <p className="summary-text">{summary.careerPlan}</p> : null}
            {summary.careerTargetRole ? (
              <p>{t('appraisals.summary.targetRole', { role: summary.careerTargetRole })}</p>
            ) : null}
          </>
        ),
      )}
      {section(
        'agreedActions',
        list(
          summary.agreedActions.map((action) =>
            [
              action.description,
              action.dueOn ? t('appraisals.summary.due', { date: formatDate(action.dueOn) }) : null,
              action.competenceName,
            ]
              .filter(Boolean)
              .join(' – '),
          ),
        ),
      )}
      {section(
        'leaderAssessments',
        list(summary.leaderAssessments.map((line) => levelText(line, 'level'))),
      )}
    </div>
  );
}
