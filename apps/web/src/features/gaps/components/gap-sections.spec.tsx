import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { answerGraphql, type GraphqlAnswer } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { ExpiringCertificatesSection } from './expiring-certificates-section';
import { GapBarsSection } from './gap-bars-section';
import { RetirementWaveSection } from './retirement-wave-section';
import { StaffingSection } from './staffing-section';

const FILTER = { municipalityId: 'm1' };

interface SectionCase {
  name: string;
  element: ReactElement;
  /** The section's heading. */
  title: string;
  /** The query's root field and an empty answer for it. */
  field: string;
  empty: unknown;
  emptyText: string;
}

const SECTIONS: SectionCase[] = [
  {
    name: 'staffing',
    element: <StaffingSection filter={FILTER} showMunicipality={false} fileParts={[]} />,
    title: 'Bemanning: årsverk per yrke',
    field: 'staffingGaps',
    empty: [],
    emptyText: 'Ingen bemanningskrav i utvalget. Legg dem inn under Kompetansekrav.',
  },
  {
    name: 'expiring certificates',
    element: (
      <ExpiringCertificatesSection filter={FILTER} municipalityNames={null} fileParts={[]} />
    ),
    title: 'Sertifikater som utløper',
    field: 'expiringCertificates',
    empty: {
      months: [],
      rows: [],
      monthTotals: [],
      total: { value: 0, hidden: false, reason: null },
    },
    emptyText: 'Ingen sertifikater utløper de neste 12 månedene.',
  },
  {
    name: 'retirement wave',
    element: <RetirementWaveSection filter={FILTER} fileParts={[]} />,
    title: 'Avgangsbølgen',
    field: 'retirementWave',
    empty: { years: [], competences: [], professions: [] },
    emptyText: 'Ingen kritiske kompetanser eller yrker i utvalget.',
  },
  {
    name: 'gap bars',
    element: <GapBarsSection filter={FILTER} fileParts={[]} />,
    title: 'Gap per kompetanse',
    field: 'gapAnalysis',
    empty: { totals: [], rows: [], requirementGaps: [] },
    emptyText: 'Ingen krav passer utvalget og filtrene.',
  },
];

function section(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

describe.each(SECTIONS)('the $name section', ({ element, title, field, empty, emptyText }) => {
  it('says it is loading while the answer is on its way, and is marked busy', () => {
    answerGraphql(() => 'never');
    renderWithProviders(element);
    const region = section(title);
    expect(within(region).getByRole('status').textContent).toBe('Laster kompetansegap …');
    expect(region.getAttribute('aria-busy')).toBe('true');
  });

  it('shows the error in Norwegian with "Prøv igjen", which loads again', async () => {
    let answer: GraphqlAnswer = {
      body: {
        errors: [
          {
            message: 'Tjenesten svarte ikke som forventet.',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    };
    const network = answerGraphql(() => answer);
    renderWithProviders(element);
    const alert = await within(section(title)).findByRole('alert');
    expect(within(alert).getByText('Noe gikk galt')).toBeTruthy();
    expect(within(alert).getByText('Tjenesten svarte ikke som forventet.')).toBeTruthy();

    answer = { body: { data: { [field]: empty } } };
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await within(section(title)).findByText(emptyText)).toBeTruthy();
    expect(network).toHaveBeenCalledTimes(2);
  });

  it('says so when there is nothing to show', async () => {
    answerGraphql(() => ({ body: { data: { [field]: empty } } }));
    renderWithProviders(element);
    expect(await within(section(title)).findByText(emptyText)).toBeTruthy();
    await waitFor(() => expect(section(title).getAttribute('aria-busy')).toBeNull());
    expect(within(section(title)).queryByRole('table')).toBeNull();
  });
});
