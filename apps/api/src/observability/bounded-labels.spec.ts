import { BoundedLabels } from './bounded-labels';

describe('BoundedLabels', () => {
  it('keeps the first distinct names and counts the rest as other', () => {
    const labels = new BoundedLabels(2);
    expect(labels.label('Gaps')).toBe('Gaps');
    expect(labels.label('Employees')).toBe('Employees');
    expect(labels.label('Gaps')).toBe('Gaps');
    expect(labels.label('Third')).toBe('other');
    expect(labels.label('Employees')).toBe('Employees');
  });

  it.each([
    [undefined, 'anonymous'],
    ['', 'anonymous'],
    ['has space', 'other'],
    ['a'.repeat(65), 'other'],
    ['ÆØÅ', 'other'],
    ['name{label="x"}', 'other'],
  ])('reads %p as %p', (value, expected) => {
    expect(new BoundedLabels(10).label(value)).toBe(expected);
  });
});
