import { formatOsloTime, undoRefusal, type UndoFacts } from './undo-refusal';

const FREE: UndoFacts = {
  kind: 'employees',
  undoneAt: null,
  undoneByName: null,
  appliedAt: '2026-11-24T09:15:00.000Z',
  expired: false,
  windowDays: 30,
  recorded: 990,
  missing: 0,
  changedSince: 0,
  changedExamples: [],
  extendedSince: 0,
  createdInUse: 0,
};

describe('formatOsloTime', () => {
  it.each([
    ['2026-11-24T09:15:00.000Z', '24.11.2026 kl. 10.15'], // winter: UTC+1
    ['2026-06-30T22:05:00.000Z', '01.07.2026 kl. 00.05'], // summer: UTC+2, the next day
  ])('%s → %s', (iso, expected) => {
    expect(formatOsloTime(iso)).toBe(expected);
  });
});

describe('undoRefusal', () => {
  it('lets an untouched run within the window be undone', () => {
    expect(undoRefusal(FREE)).toBeNull();
  });

  it.each<[string, Partial<UndoFacts>, string, string]>([
    [
      'undone already (refused clearly the second time)',
      { undoneAt: '2026-11-24T10:00:00.000Z', undoneByName: 'HR Gjøvik', expired: true },
      'IMPORT_ALREADY_UNDONE',
      'Importen er allerede angret 24.11.2026 kl. 11.00 av HR Gjøvik. Den kan ikke angres to ganger.',
    ],
    [
      'past the window',
      { expired: true, changedSince: 3 },
      'IMPORT_UNDO_EXPIRED',
      'Importen kan bare angres i 30 dager etter at den ble kjørt. Denne ble kjørt 24.11.2026 kl. 10.15.',
    ],
    [
      'an employee erased since',
      { missing: 1 },
      'IMPORT_CHANGED_SINCE',
      'Importen kan ikke angres: 1 av de 990 ansatte den endret eller la inn, er slettet etterpå.',
    ],
    [
      'employees changed since',
      { changedSince: 3, changedExamples: ['1001', '1002', '1003'] },
      'IMPORT_CHANGED_SINCE',
      'Importen kan ikke angres: 3 av de 990 ansatte den endret, er endret etterpå (blant annet ansattnummer «1001», «1002», «1003»). Angre er bare mulig så lenge ingen har endret de samme ansatte senere – angre den senere importen først, eller rett de ansatte for hånd.',
    ],
    [
      'qualifications extended by a later run',
      { kind: 'qualifications', recorded: 12, extendedSince: 2 },
      'IMPORT_CHANGED_SINCE',
      'Importen kan ikke angres: en senere import har lagt til kompetanse på 2 av kvalifikasjonene den opprettet. Angre den senere importen først.',
    ],
    [
      'new employees with records of their own',
      { createdInUse: 2 },
      'IMPORT_UNDO_IN_USE',
      'Importen kan ikke angres: 2 av de nye ansatte den opprettet, har fått registrert kvalifikasjoner, vurderinger, samtaler eller annet etterpå, som ville gått tapt.',
    ],
  ])('refuses a run %s', (_case, facts, code, message) => {
    expect(undoRefusal({ ...FREE, ...facts })).toMatchObject({ code, message });
  });
});
