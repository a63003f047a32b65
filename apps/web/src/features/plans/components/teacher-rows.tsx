import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeachingDirectory } from '@web/features/appraisals';
import { FieldSet, SelectField } from '@web/shared/forms';
import type { TeacherLine } from '../utils/measure-form-values';

interface TeacherRowsProps {
  id: string;
  teachers: readonly TeacherLine[];
  errors: readonly string[];
  onChange: (teachers: TeacherLine[]) => void;
}

const NO_FILTER = { competenceId: null, municipalityId: null };

/**
 * Who teaches: people from the region's teaching directory (named with their consent), so a
 * nurse from Østre Toten can teach in Gjøvik. Chosen by topic, then person.
 */
export function TeacherRows({ id, teachers, errors, onChange }: TeacherRowsProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const directory = useTeachingDirectory(NO_FILTER);
  const [topicId, setTopicId] = useState('');
  const [personId, setPersonId] = useState('');
  const topics = directory.data ?? [];
  const topic = topics.find((entry) => entry.competenceId === topicId);
  const people = (topic?.people ?? []).filter(
    (person) => !teachers.some((teacher) => teacher.employeeId === person.employeeId),
  );
  const person = people.find((entry) => entry.employeeId === personId);

  return (
    <FieldSet
      id={id}
      legend={t('plans.measureForm.teachers')}
      hint={t('plans.measureForm.teachersHint')}
      errors={errors}
    >
      {teachers.length > 0 ? (
        <ul className="measure-teachers">
          {teachers.map((teacher) => (
            <li key={teacher.employeeId}>
              {t('plans.measureForm.teacherLine', {
                name: teacher.name,
                municipality: teacher.municipalityName,
                topic: teacher.topic,
              })}{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onChange(teachers.filter((other) => other !== teacher))}
              >
                {t('plans.measureForm.removeTeacher', { name: teacher.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('plans.measureForm.noTeachers')}</p>
      )}
      <div className="measure-row">
        <SelectField
          id={`${ownId}-topic`}
          label={t('plans.measureForm.teacherTopic')}
          value={topicId}
          onChange={(value) => {
            setTopicId(value);
            setPersonId('');
          }}
          placeholder={t('plans.measureForm.chooseTopic')}
          options={topics
            .filter((entry) => entry.people.length > 0)
            .map((entry) => ({ value: entry.competenceId, label: entry.competence.name }))}
          choices={directory}
        />
        <SelectField
          id={`${ownId}-person`}
          label={t('plans.measureForm.teacherPerson')}
          value={personId}
          onChange={setPersonId}
          placeholder={
            topic ? t('plans.measureForm.choosePerson') : t('plans.measureForm.chooseTopicFirst')
          }
          options={people.map((entry) => ({
            value: entry.employeeId,
            label: t('plans.measureForm.personOption', {
              name: entry.name,
              unit: entry.unitName,
              municipality: entry.municipalityName,
            }),
          }))}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!person || !topic || undefined}
          onClick={() => {
            if (!person || !topic) return;
            onChange([
              ...teachers,
              {
                employeeId: person.employeeId,
                competenceId: topic.competenceId,
                name: person.name,
                municipalityName: person.municipalityName,
                topic: topic.competence.name,
              },
            ]);
            setPersonId('');
          }}
        >
          {t('plans.measureForm.addTeacher')}
        </button>
      </div>
    </FieldSet>
  );
}
