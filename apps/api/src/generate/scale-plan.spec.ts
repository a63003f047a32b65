import { municipalitiesOf, planScale, SCALE_TARGETS } from './scale-plan';

const DEMO = [
  { number: '3407', employees: 1000 },
  { number: '3442', employees: 550 },
  { number: '3443', employees: 480 },
  { number: '3447', employees: 220 },
  { number: '3448', employees: 250 },
];

const employees = (plan: ReturnType<typeof planScale>) =>
  plan.reduce((sum, m) => sum + DEMO.find((t) => t.number === m.template)!.employees * m.copies, 0);

describe('planScale', () => {
  it.each([
    ['demo', 5, 2_500],
    ['county', 40, 41_000],
    ['national', 356, 400_000],
  ] as const)('%s: %i municipalities and about %i employees', (scale, count, total) => {
    const plan = planScale(scale, DEMO);
    expect(plan).toHaveLength(count);
    expect(SCALE_TARGETS[scale]).toEqual({ municipalities: count, employees: total });
    // whole copies of 220–1000 people: within 2 % of the target
    expect(Math.abs(employees(plan) / total - 1)).toBeLessThan(0.02);
  });

  it('keeps the demo municipalities as they are and makes every number unique', () => {
    const plan = planScale('national', DEMO);
    for (const t of DEMO) {
      expect(plan.find((m) => m.number === t.number)).toMatchObject({
        template: t.number,
        copies: 1,
      });
    }
    expect(new Set(plan.map((m) => m.number)).size).toBe(356);
    expect(plan.every((m) => /^[0-9]{4}$/.test(m.number))).toBe(true);
  });

  it('gives larger municipalities more staff (Oslo the most, the smallest one copy)', () => {
    const plan = planScale('national', DEMO);
    const size = (m: (typeof plan)[number]) =>
      DEMO.find((t) => t.number === m.template)!.employees * m.copies;
    const oslo = plan.find((m) => m.name === 'Oslo')!;
    expect(Math.max(...plan.map(size))).toBe(size(oslo));
    const smallest = [...plan].sort((a, b) => a.inhabitants - b.inhabitants)[0];
    expect(smallest.copies).toBe(1);
    expect(smallest.template).toBe('3447');
  });

  it('is the same plan every time', () => {
    expect(planScale('county', DEMO)).toEqual(planScale('county', DEMO));
    expect(municipalitiesOf('national').reduce((s, m) => s + m.inhabitants, 0)).toBeGreaterThan(
      5_000_000,
    );
  });
});
