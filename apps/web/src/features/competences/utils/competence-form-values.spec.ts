import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import {
  competenceValues,
  missingCompetenceFields,
  newCompetenceValues,
  parseTags,
  toCreateCompetenceInput,
  toUpdateCompetenceInput,
} from './competence-form-values';

const HLR: CompetenceFieldsFragment = {
  id: 'c1',
  name: 'HLR',
  description: 'Hjerte-lunge-redning',
  buildingBlock: 'SKILLS',
  area: 'Akuttmedisin',
  tags: ['Kompetanseløft 2025', 'Akutt'],
  scale: [
    { level: 2, description: 'Utfører med veiledning' },
    { level: 1, description: 'Kjennskap' },
  ],
  validityMonths: 12,
  active: true,
  version: 4,
};

describe('competence form values', () => {
  it('starts a new entry on the default 0–4 scale', () => {
    const values = newCompetenceValues();
    expect(values.firstLevel).toBe(0);
    expect(values.scale).toHaveLength(5);
    expect(values.scale[0].description).toBe('Ingen: Har ikke denne kompetansen.');
  });

  it('reads an entry back with its scale in level order', () => {
    const values = competenceValues(HLR);
    expect(values).toMatchObject({
      tags: 'Kompetanseløft 2025, Akutt',
      validityMonths: '12',
      firstLevel: 1,
      scale: [
        { key: 0, description: 'Kjennskap' },
        { key: 1, description: 'Utfører med veiledning' },
      ],
    });
  });

  it('round-trips an entry into the update input with its version', () => {
    expect(toUpdateCompetenceInput('c1', 4, competenceValues(HLR))).toEqual({
      id: 'c1',
      version: 4,
      name: 'HLR',
      description: 'Hjerte-lunge-redning',
      buildingBlock: 'SKILLS',
      area: 'Akuttmedisin',
      tags: ['Kompetanseløft 2025', 'Akutt'],
      scale: [
        { level: 1, description: 'Kjennskap' },
        { level: 2, description: 'Utfører med veiledning' },
      ],
      validityMonths: 12,
      active: true,
    });
  });

  it('leaves an untouched default scale to the API and sends an empty validity as null', () => {
    const values = { ...newCompetenceValues(), name: ' Demens ', area: 'Eldreomsorg', tags: 'A' };
    expect(toCreateCompetenceInput(values)).toEqual({
      name: 'Demens',
      description: '',
      buildingBlock: 'KNOWLEDGE',
      area: 'Eldreomsorg',
      tags: ['A'],
      validityMonths: null,
    });
  });

  it('sends a changed scale on create', () => {
    const defaults = newCompetenceValues();
    const values = {
      ...defaults,
      name: 'Demens',
      area: 'Eldreomsorg',
      scale: defaults.scale.slice(0, 3),
    };
    expect(toCreateCompetenceInput(values).scale).toHaveLength(3);
  });
});

describe('missingCompetenceFields', () => {
  it('asks for name and area', () => {
    expect(missingCompetenceFields(newCompetenceValues())).toEqual({
      name: 'competenceForm.nameRequired',
      area: 'competenceForm.areaRequired',
    });
  });

  it.each(['0', '-1', '1.5', 'tolv', '601'])('refuses %p months of validity', (months) => {
    const values = { ...competenceValues(HLR), validityMonths: months };
    expect(missingCompetenceFields(values)).toEqual({
      validityMonths: 'competenceForm.validityInvalid',
    });
  });

  it('wants at least two described levels', () => {
    const one = { ...competenceValues(HLR), scale: [{ key: 0, description: 'Kan' }] };
    expect(missingCompetenceFields(one)).toEqual({ scale: 'competenceForm.scaleTooShort' });
    const blank = {
      ...competenceValues(HLR),
      scale: [
        { key: 0, description: 'Kan' },
        { key: 1, description: ' ' },
      ],
    };
    expect(missingCompetenceFields(blank)).toEqual({ scale: 'competenceForm.scaleIncomplete' });
  });
});

describe('parseTags', () => {
  it('splits on commas, trims and drops repeats and blanks', () => {
    expect(parseTags(' Demensplan, velferdsteknologi,, demensplan ,Leve hele livet ')).toEqual([
      'Demensplan',
      'velferdsteknologi',
      'Leve hele livet',
    ]);
    expect(parseTags('')).toEqual([]);
  });
});
