import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataScope, type CurrentUser } from '@web/features/auth';
import { useEmployees } from '@web/features/employees';
import type { MeasureParticipantFieldsFragment, PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { formatDate, formatInteger, localIsoDate } from '@web/shared/format';
import {
  ErrorSummary,
  onSubmitUnlessPending,
  problemsFromError,
  SearchField,
  SelectField,
  TextField,
} from '@web/shared/forms';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import {
  useMeasureParticipants,
  useMeasureSignUps,
  useRecordOutcomes,
  useSignUpParticipants,
  useWithdrawParticipant,
} from '../hooks/use-participants';

/** Measures people may still be signed up for. */
const OPEN_STATUSES: ReadonlyArray<PlanMeasureFieldsFragment['status']> = [
  'PLANNED',
  'OPEN',
  'RUNNING',
];

interface ParticipantsSectionProps {
  measure: PlanMeasureFieldsFragment;
  user: CurrentUser | null | undefined;
}

/**
 * Who takes part: places and sign-ups per municipality for everyone (counts only, rounded
 * where the reader may not see people); for HR and unit leaders their own participants by
 * name, the people proposed from appraisals and expiring certificates (one click signs them
 * up), a search to sign up others, withdrawal, and recording who completed.
 */
export function ParticipantsSection({ measure, user }: ParticipantsSectionProps) {
  const { t } = useTranslation();
  const personal = personalDataScope(user);
  const seesPeople = personal.municipalityIds.length > 0 || personal.unitIds.length > 0;
  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('plans.participants.heading')}</h2>
      <SignUpCounts measure={measure} />
      {seesPeople ? (
        <OwnParticipants measure={measure} />
      ) : (
        <p>{t('plans.participants.noNames')}</p>
      )}
    </section>
  );
}

function Count({ count }: { count: { value: number; rounded: boolean } }) {
  const { t } = useTranslation();
  return count.rounded ? (
    <span className="figure-rounded">
      <span aria-hidden="true">≈ </span>
      {formatInteger(count.value)}
      <span className="visually-hidden"> ({t('gaps.rounded')})</span>
    </span>
  ) : (
    <>{formatInteger(count.value)}</>
  );
}

function SignUpCounts({ measure }: { measure: PlanMeasureFieldsFragment }) {
  const { t } = useTranslation();
  const signUps = useMeasureSignUps(measure.id);
  const data = signUps.data;
  if (!data) return <QueryPending query={signUps} loadingLabel={t('plans.loading')} />;
  const caption = t('plans.participants.countsCaption');
  const missing = '–';
  return (
    <>
      <p>
        {data.free === null || data.free === undefined
          ? t('plans.participants.placesOnly', { places: formatInteger(data.places) })
          : t('plans.participants.placesFree', {
              places: formatInteger(data.places),
              free: formatInteger(data.free),
            })}
      </p>
      {data.municipalities.length === 0 ? (
        <EmptyState>{t('plans.participants.none')}</EmptyState>
      ) : (
        <TableScroll label={caption}>
          <table className="data-table data-table--compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.participants.municipality')}</th>
                <th scope="col" className="data-table__numeric">
                  {t('plans.participants.share')}
                </th>
                <th scope="col" className="data-table__numeric">
                  {t('plans.participants.signedUp')}
                </th>
                <th scope="col" className="data-table__numeric">
                  {t('plans.participants.completed')}
                </th>
                <th scope="col" className="data-table__numeric">
                  {t('plans.participants.notCompleted')}
                </th>
                <th scope="col" className="data-table__numeric">
                  {t('plans.participants.free')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.municipalities.map((row) => (
                <tr key={row.municipalityId}>
                  <th scope="row">{row.municipalityName}</th>
                  <td className="data-table__numeric">
                    {row.share === null || row.share === undefined
                      ? missing
                      : formatInteger(row.share)}
                  </td>
                  <td className="data-table__numeric">
                    <Count count={row.signedUp} />
                  </td>
                  <td className="data-table__numeric">
                    <Count count={row.completed} />
                  </td>
                  <td className="data-table__numeric">
                    <Count count={row.notCompleted} />
                  </td>
                  <td className="data-table__numeric">
                    {row.free === null || row.free === undefined
                      ? missing
                      : formatInteger(row.free)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function OwnParticipants({ measure }: { measure: PlanMeasureFieldsFragment }) {
  const { t } = useTranslation();
  const people = useMeasureParticipants(measure.id, true);
  const signUp = useSignUpParticipants();
  const withdraw = useWithdrawParticipant();
  const [notice, setNotice] = useState('');
  const open = OPEN_STATUSES.includes(measure.status);
  const data = people.data;
  if (!data) return <QueryPending query={people} loadingLabel={t('plans.participants.loading')} />;
  const participants = data.measureParticipants;
  const taking = new Set(
    participants.filter((p) => p.status !== 'WITHDRAWN').map((p) => p.employeeId),
  );
  const proposals = data.proposedParticipants.filter((p) => !taking.has(p.employeeId));
  const busy = signUp.isPending || withdraw.isPending;

  const signUpOne = (employeeId: string, name: string, developmentItemId?: string | null) => {
    if (busy) return;
    setNotice('');
    signUp.mutate(
      {
        measureId: measure.id,
        employeeIds: [employeeId],
        developmentItemIds: developmentItemId ? [developmentItemId] : null,
      },
      { onSuccess: () => setNotice(t('plans.participants.signedUpNotice', { name })) },
    );
  };
  const error = signUp.error ?? withdraw.error;
  const caption = t('plans.participants.ownCaption');

  return (
    <>
      <h3>{t('plans.participants.ownHeading')}</h3>
      <ErrorSummary
        errors={
          (signUp.isError || withdraw.isError) && error ? problemsFromError(error, []).general : []
        }
      />
      <p role="status" className="form__status">
        {notice}
      </p>
      {participants.length === 0 ? (
        <p>{t('plans.participants.ownNone')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="data-table data-table--compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.participants.name')}</th>
                <th scope="col">{t('plans.participants.unit')}</th>
                <th scope="col">{t('plans.participants.status')}</th>
                <th scope="col">{t('plans.participants.action')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <tr key={participant.id}>
                  <th scope="row">{participant.fullName}</th>
                  <td>
                    {t('plans.participants.unitIn', {
                      unit: participant.unitName,
                      municipality: participant.municipalityName,
                    })}
                  </td>
                  <td>
                    {participant.outcomeOn
                      ? t('plans.participants.statusOn', {
                          status: t(`plans.participantStatus.${participant.status}`),
                          date: formatDate(participant.outcomeOn),
                        })
                      : t(`plans.participantStatus.${participant.status}`)}
                  </td>
                  <td>
                    {participant.status === 'SIGNED_UP' ? (
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        aria-disabled={busy || undefined}
                        onClick={() => {
                          if (busy) return;
                          setNotice('');
                          withdraw.mutate(
                            { participantId: participant.id, version: participant.version },
                            {
                              onSuccess: () =>
                                setNotice(
                                  t('plans.participants.withdrawnNotice', {
                                    name: participant.fullName,
                                  }),
                                ),
                            },
                          );
                        }}
                      >
                        {t('plans.participants.withdraw', { name: participant.fullName })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {measure.status !== 'CANCELLED' ? (
        <OutcomesForm measure={measure} participants={participants} onSaved={setNotice} />
      ) : null}

      {open ? (
        <>
          <h3>{t('plans.participants.proposedHeading')}</h3>
          <p>{t('plans.participants.proposedIntro')}</p>
          {proposals.length === 0 ? (
            <p>{t('plans.participants.proposedNone')}</p>
          ) : (
            <TableScroll label={t('plans.participants.proposedHeading')}>
              <table className="data-table data-table--compact">
                <caption className="visually-hidden">
                  {t('plans.participants.proposedHeading')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.participants.name')}</th>
                    <th scope="col">{t('plans.participants.unit')}</th>
                    <th scope="col">{t('plans.participants.why')}</th>
                    <th scope="col">{t('plans.participants.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {proposals.map((proposal) => (
                    <tr key={`${proposal.employeeId}-${proposal.developmentItemId ?? ''}`}>
                      <th scope="row">{proposal.fullName}</th>
                      <td>{proposal.unitName}</td>
                      <td>
                        {proposal.reason === 'CERTIFICATE_EXPIRING'
                          ? t('plans.participants.whyExpiring', {
                              competence: proposal.competenceName,
                              date: formatDate(proposal.expiresOn),
                            })
                          : proposal.targetLevel !== null && proposal.targetLevel !== undefined
                            ? t('plans.participants.whyWishLevel', {
                                competence: proposal.competenceName,
                                level: proposal.targetLevel,
                              })
                            : t('plans.participants.whyWish', {
                                competence: proposal.competenceName,
                              })}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-disabled={busy || undefined}
                          onClick={() =>
                            signUpOne(
                              proposal.employeeId,
                              proposal.fullName,
                              proposal.developmentItemId,
                            )
                          }
                        >
                          {t('plans.participants.signUpName', { name: proposal.fullName })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <EmployeeSearch
            taking={taking}
            busy={busy}
            onSignUp={(employeeId, name) => signUpOne(employeeId, name)}
          />
        </>
      ) : (
        <p>{t('plans.participants.closedForSignUp')}</p>
      )}
    </>
  );
}

/** Finds someone in the caller's scope by name or employee number and signs them up. */
function EmployeeSearch({
  taking,
  busy,
  onSignUp,
}: {
  taking: ReadonlySet<string>;
  busy: boolean;
  onSignUp: (employeeId: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  return (
    <>
      <h3>{t('plans.participants.searchHeading')}</h3>
      <form
        role="search"
        className="filters"
        aria-label={t('plans.participants.searchHeading')}
        onSubmit={onSubmitUnlessPending(false, () => setSearch(text.trim()))}
      >
        <div className="filters__grid">
          <SearchField
            id={`${id}-search`}
            label={t('plans.participants.searchLabel')}
            value={text}
            onChange={setText}
          />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            {t('plans.participants.search')}
          </button>
        </div>
      </form>
      {search ? (
        <SearchResults search={search} taking={taking} busy={busy} onSignUp={onSignUp} />
      ) : null}
    </>
  );
}

const SEARCH_ROWS = 20;

function SearchResults({
  search,
  taking,
  busy,
  onSignUp,
}: {
  search: string;
  taking: ReadonlySet<string>;
  busy: boolean;
  onSignUp: (employeeId: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const employees = useEmployees({ search });
  const found = employees.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node));
  if (!found)
    return <QueryPending query={employees} loadingLabel={t('plans.participants.searching')} />;
  const shown = found.filter((employee) => !taking.has(employee.id)).slice(0, SEARCH_ROWS);
  if (shown.length === 0) return <p role="status">{t('plans.participants.searchNone')}</p>;
  return (
    <ul className="measure-search-results" aria-label={t('plans.participants.searchResults')}>
      {shown.map((employee) => (
        <li key={employee.id}>
          {t('plans.participants.unitIn', {
            unit: `${employee.fullName}, ${employee.unit.name}`,
            municipality: employee.municipality.name,
          })}{' '}
          <button
            type="button"
            className="button button--small button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => onSignUp(employee.id, employee.fullName)}
          >
            {t('plans.participants.signUpName', { name: employee.fullName })}
          </button>
        </li>
      ))}
    </ul>
  );
}

type Outcome = '' | 'completed' | 'notCompleted';

/**
 * Who completed and who did not, recorded together on one date. Completing documents the
 * competence at once (the API does it in the same transaction); completing twice changes
 * nothing, and someone who did not complete may complete later.
 */
function OutcomesForm({
  measure,
  participants,
  onSaved,
}: {
  measure: PlanMeasureFieldsFragment;
  participants: readonly MeasureParticipantFieldsFragment[];
  /** Told what was saved (shown above the list: the form goes once everyone has an outcome). */
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordOutcomes();
  const today = localIsoDate();
  const [completedOn, setCompletedOn] = useState(
    today > measure.endsOn ? measure.endsOn : today < measure.startsOn ? measure.startsOn : today,
  );
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [status, setStatus] = useState('');
  const pending = participants.filter(
    (participant) => participant.status === 'SIGNED_UP' || participant.status === 'NOT_COMPLETED',
  );
  if (pending.length === 0) return null;
  const chosen = pending.filter((participant) => outcomes[participant.id]);

  return (
    <form
      className="form panel"
      aria-labelledby={`${id}-heading`}
      onSubmit={onSubmitUnlessPending(record.isPending, () => {
        setStatus('');
        if (chosen.length === 0) {
          setStatus(t('plans.participants.outcomesNoneChosen'));
          return;
        }
        record.mutate(
          {
            measureId: measure.id,
            completedOn,
            outcomes: chosen.map((participant) => ({
              participantId: participant.id,
              completed: outcomes[participant.id] === 'completed',
            })),
          },
          {
            onSuccess: (result) => {
              setOutcomes({});
              onSaved(
                t('plans.participants.outcomesSaved', {
                  completed: formatInteger(result.completed),
                  notCompleted: formatInteger(result.notCompleted),
                }),
              );
            },
          },
        );
      })}
    >
      <h3 id={`${id}-heading`}>{t('plans.participants.outcomesHeading')}</h3>
      <p>{t('plans.participants.outcomesIntro')}</p>
      <TextField
        id={`${id}-date`}
        label={t('plans.participants.completedOn')}
        type="date"
        inputClassName="input--short"
        value={completedOn}
        onChange={setCompletedOn}
      />
      <p>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() =>
            setOutcomes(
              Object.fromEntries(pending.map((participant) => [participant.id, 'completed'])),
            )
          }
        >
          {t('plans.participants.allCompleted')}
        </button>
      </p>
      <div className="field-row">
        {pending.map((participant) => (
          <SelectField
            key={participant.id}
            id={`${id}-${participant.id}`}
            label={t('plans.participants.outcomeFor', { name: participant.fullName })}
            value={outcomes[participant.id] ?? ''}
            onChange={(value) =>
              setOutcomes((current) => ({ ...current, [participant.id]: value as Outcome }))
            }
            options={[
              { value: '', label: t('plans.participants.outcomeNone') },
              { value: 'completed', label: t('plans.participants.outcomeCompleted') },
              { value: 'notCompleted', label: t('plans.participants.outcomeNotCompleted') },
            ]}
          />
        ))}
      </div>
      <ErrorSummary errors={record.isError ? problemsFromError(record.error, []).general : []} />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
          {record.isPending ? t('plans.measureForm.saving') : t('plans.participants.saveOutcomes')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
    </form>
  );
}
