import { toAddUnitInput } from './add-unit-input';
import { GJOVIK_UNITS } from './unit.fixtures';

describe('toAddUnitInput', () => {
  it('builds the input for a department and inherits the parent unit’s service type', () => {
    expect(
      toAddUnitInput(
        { name: 'Rehabilitering', kind: 'DEPARTMENT', parentId: 'u2' },
        'm1',
        GJOVIK_UNITS,
      ),
    ).toEqual({
      municipalityId: 'm1',
      name: 'Rehabilitering',
      kind: 'DEPARTMENT',
      parentId: 'u2',
      serviceType: 'sykehjem',
    });
  });

  it('sends no parent and no service type for a top-level unit', () => {
    expect(
      toAddUnitInput({ name: 'Oppvekst', kind: 'SERVICE_AREA', parentId: '' }, 'm1', GJOVIK_UNITS),
    ).toEqual({
      municipalityId: 'm1',
      name: 'Oppvekst',
      kind: 'SERVICE_AREA',
      parentId: null,
      serviceType: null,
    });
  });

  it('leaves the service type empty under a service area', () => {
    expect(
      toAddUnitInput({ name: 'Ny enhet', kind: 'UNIT', parentId: 'sa' }, 'm1', GJOVIK_UNITS)
        .serviceType,
    ).toBeNull();
  });

  it('passes an unknown parent on, for the API to refuse with its own message', () => {
    expect(
      toAddUnitInput({ name: 'X', kind: 'UNIT', parentId: 'gone' }, 'm1', GJOVIK_UNITS),
    ).toMatchObject({ parentId: 'gone', serviceType: null });
  });
});
