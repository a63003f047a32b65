import type { TeachingDirectoryTopic } from './appraisal-types';
import { directoryEntries, entriesByArea } from './directory-entries';

function topic(
  id: string,
  area: string,
  people: string[],
  anonymous: TeachingDirectoryTopic['anonymous'],
): TeachingDirectoryTopic {
  return {
    competenceId: id,
    competence: { id, name: `Tema ${id}`, area },
    people: people.map((name) => ({
      employeeId: `e-${name}`,
      name,
      unitId: 'u1',
      unitName: 'Lena sykehjem',
      municipalityName: 'Østre Toten',
    })),
    anonymous,
  };
}

const count = (value: number, rounded = false) => ({
  value,
  suppressed: false,
  reasonCode: null,
  reason: null,
  rounded,
});

describe('directoryEntries', () => {
  it('keeps named people and counts the others, rounded or (from an older API) hidden', () => {
    const entries = directoryEntries([
      topic('a', 'Demens', ['Kari Nordmann'], count(3)),
      topic('b', 'Demens', [], count(0)),
      topic('c', 'Sår', [], {
        value: null,
        suppressed: true,
        reasonCode: 'FEWER_THAN_K',
        reason: 'Skjult: færre enn 5 personer',
        rounded: false,
      }),
      topic('d', 'Sår', [], count(5, true)),
    ]);
    expect(
      entries.map((entry) => [entry.competenceId, entry.people.length, entry.anonymous]),
    ).toEqual([
      ['a', 1, { kind: 'count', count: 3, rounded: false }],
      ['b', 0, { kind: 'none' }],
      [
        'c',
        0,
        { kind: 'hidden', reasonCode: 'FEWER_THAN_K', reason: 'Skjult: færre enn 5 personer' },
      ],
      ['d', 0, { kind: 'count', count: 5, rounded: true }],
    ]);
  });

  it('groups consecutive topics by area in the order the API sorts them', () => {
    const entries = directoryEntries([
      topic('a', 'Demens', [], count(1)),
      topic('b', 'Demens', [], count(1)),
      topic('c', 'Sår', [], count(1)),
    ]);
    expect(entriesByArea(entries).map((group) => [group.area, group.entries.length])).toEqual([
      ['Demens', 2],
      ['Sår', 1],
    ]);
  });
});
