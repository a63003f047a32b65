import { DEMO_CATALOGUE, demoCompetence, FOCUS_AREAS } from './demo-catalogue';
import { QUALIFICATIONS } from './demo-training';

describe('the demo competence catalogue', () => {
  it('has about 60 competences with unique keys and names (names compared as the index does)', () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(55);
    expect(DEMO_CATALOGUE.length).toBeLessThanOrEqual(65);
    expect(new Set(DEMO_CATALOGUE.map((c) => c.key)).size).toBe(DEMO_CATALOGUE.length);
    expect(new Set(DEMO_CATALOGUE.map((c) => c.name.toLowerCase())).size).toBe(
      DEMO_CATALOGUE.length,
    );
  });

  it('describes every competence in one Norwegian sentence', () => {
    for (const competence of DEMO_CATALOGUE) {
      expect(competence.description).toMatch(/^[A-ZÆØÅ].*\.$/);
      expect(competence.description).not.toMatch(/[.!?] /);
      expect(competence.description.length).toBeLessThan(160);
    }
  });

  it('uses all four of Lai’s building blocks and only the known focus-area tags', () => {
    expect(new Set(DEMO_CATALOGUE.map((c) => c.buildingBlock))).toEqual(
      new Set(['KNOWLEDGE', 'SKILLS', 'ABILITIES', 'ATTITUDES']),
    );
    const known = new Set<string>(Object.values(FOCUS_AREAS));
    for (const competence of DEMO_CATALOGUE) {
      for (const tag of competence.tags) expect(known).toContain(tag);
    }
  });

  it('covers the areas of municipal health and care', () => {
    const areas = new Set(DEMO_CATALOGUE.map((c) => c.area));
    for (const area of [
      'Demens og alderspsykiatri',
      'Legemiddelhåndtering',
      'Palliasjon',
      'Velferdsteknologi',
      'Kvalitet og forbedring',
      'Akuttmedisin',
      'Ernæring',
      'Psykisk helse og rus',
      'Utviklingshemming',
      'Samhandling',
      'Veiledning og læring',
      'Forflytning og ergonomi',
      'Smittevern',
      'Ledelse',
    ]) {
      expect(areas).toContain(area);
    }
  });

  it('includes formal education', () => {
    const names = DEMO_CATALOGUE.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Bachelor i sykepleie',
        'Fagbrev helsearbeider',
        'Videreutdanning i demensomsorg',
        'Videreutdanning i psykisk helsearbeid',
        'Videreutdanning i palliasjon',
        'Master i avansert klinisk allmennsykepleie',
        'Vernepleierutdanning',
      ]),
    );
  });

  it('gives certificates the validity municipalities use', () => {
    expect(demoCompetence('hlr').validityMonths).toBe(12);
    expect(demoCompetence('legemiddelhandtering-kurs').validityMonths).toBe(24);
    expect(demoCompetence('medikamentregning').validityMonths).toBe(36);
    expect(demoCompetence('basale-smittevernrutiner').validityMonths).toBe(24);
    expect(demoCompetence('forflytning').validityMonths).toBe(36);
    expect(demoCompetence('bachelor-sykepleie').validityMonths).toBeNull();
  });

  it('has a qualification template only for catalogue entries, documenting known ones', () => {
    for (const [key, template] of QUALIFICATIONS) {
      expect(demoCompetence(key).key).toBe(key);
      const [first] = template.documents;
      expect(first).toEqual({ key, level: first.level });
      expect(typeof first.level).toBe('number');
      for (const documented of template.documents) {
        expect(demoCompetence(documented.key).key).toBe(documented.key);
        expect(documented.level).toBeGreaterThanOrEqual(0);
        expect(documented.level).toBeLessThanOrEqual(4);
      }
    }
  });

  it('throws for an unknown key instead of inventing a competence', () => {
    expect(() => demoCompetence('nope')).toThrow("Unknown demo competence key 'nope'");
  });
});
