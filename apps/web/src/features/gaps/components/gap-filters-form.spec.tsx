import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { competenceKeys } from '@web/features/competences/hooks/competence-keys';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql, forbidNetwork, type GraphqlAnswer } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { EMPTY_GAP_FILTERS, type GapViewFilters } from '../utils/gap-filters';
import type { ScopeOptions } from '../utils/gap-scope';
import { GapFiltersForm } from './gap-filters-form';

const OPTIONS: ScopeOptions = {
  region: true,
  municipalities: [
    {
      id: 'm1',
      name: 'Gjøvik',
      whole: true,
      units: [
        { id: 'u1', label: 'Hjemmetjenesten' } as ScopeOptions['municipalities'][0]['units'][0],
      ],
    },
    {
      id: 'm2',
      name: 'Vestre Toten',
      // A leader's municipality: only their units, not the whole.
      whole: false,
      units: [
        { id: 'u7', label: 'Sykehjemmet' } as ScopeOptions['municipalities'][0]['units'][0],
        {
          id: 'u8',
          label: 'Sykehjemmet › Avd. 2',
        } as ScopeOptions['municipalities'][0]['units'][0],
      ],
    },
  ],
};

const CATALOGUE = [
  { id: 'c1', name: 'Demens', area: 'Eldre', tags: ['Demensplan 2025'], scale: [] },
  { id: 'c2', name: 'Sår', area: 'Sykepleie', tags: [], scale: [] },
];

function renderForm(initial: GapViewFilters = EMPTY_GAP_FILTERS) {
  forbidNetwork();
  const onApply = jest.fn();
  renderWithProviders(<GapFiltersForm initial={initial} options={OPTIONS} onApply={onApply} />, {
    queryData: [[competenceKeys.list({}), CATALOGUE]],
  });
  return { onApply, user: userEvent.setup() };
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('GapFiltersForm', () => {
  it('applies nothing until the form is sent, then everything chosen at once', async () => {
    const { onApply, user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kommune'), 'm1');
    await user.selectOptions(screen.getByLabelText('Enhet'), 'u1');
    await user.selectOptions(screen.getByLabelText('Tidshorisont'), 'THREE_YEARS');
    await user.selectOptions(screen.getByLabelText('Kompetanseområde'), 'Eldre');
    await user.click(screen.getByLabelText('Viktig'));
    await user.click(screen.getByLabelText('Kritisk'));
    expect(onApply).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(onApply).toHaveBeenCalledWith({
      municipalityId: 'm1',
      unitId: 'u1',
      horizon: 'THREE_YEARS',
      area: 'Eldre',
      tag: '',
      // In the order the API sorts, not the order clicked.
      priorities: ['CRITICAL', 'IMPORTANT'],
    });
  });

  it("starts a leader's municipality at their first unit, with no whole-municipality choice", async () => {
    const { onApply, user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kommune'), 'm2');
    expect(optionTexts(screen.getByLabelText('Enhet'))).toEqual([
      'Sykehjemmet',
      'Sykehjemmet › Avd. 2',
    ]);
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({ municipalityId: 'm2', unitId: 'u7' }),
    );
  });

  it('offers the areas and tags of the catalogue, and keeps one from the address it lacks', () => {
    renderForm({ ...EMPTY_GAP_FILTERS, tag: 'Gammel plan' });
    expect(optionTexts(screen.getByLabelText('Kompetanseområde'))).toEqual([
      'Alle områder',
      'Eldre',
      'Sykepleie',
    ]);
    const tag = screen.getByLabelText<HTMLSelectElement>('Fokusområde');
    expect(optionTexts(tag)).toEqual(['Alle fokusområder', 'Gammel plan', 'Demensplan 2025']);
    expect(tag.value).toBe('Gammel plan');
  });

  it('resets to the widest scope and applies that at once', async () => {
    const { onApply, user } = renderForm({
      ...EMPTY_GAP_FILTERS,
      municipalityId: 'm1',
      priorities: ['DESIRABLE'],
    });
    await user.click(screen.getByRole('button', { name: 'Nullstill' }));
    expect(onApply).toHaveBeenCalledWith(EMPTY_GAP_FILTERS);
    expect(screen.getByLabelText<HTMLSelectElement>('Kommune').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Ønskelig').checked).toBe(false);
  });
});

describe('GapFiltersForm while the catalogue loads or fails', () => {
  function renderLoadingCatalogue(answer: () => GraphqlAnswer | 'never') {
    const network = answerGraphql(answer);
    renderWithProviders(
      <GapFiltersForm initial={EMPTY_GAP_FILTERS} options={OPTIONS} onApply={jest.fn()} />,
    );
    return { network, user: userEvent.setup() };
  }

  it('says the areas and tags are loading instead of showing an empty list', () => {
    renderLoadingCatalogue(() => 'never');
    for (const label of ['Kompetanseområde', 'Fokusområde']) {
      const select = screen.getByLabelText(label);
      expect(select.getAttribute('aria-busy')).toBe('true');
      expect(description(select)).toBe('Henter valgene …');
      expect(isInvalid(select)).toBe(false);
    }
  });

  it('says the choices failed and offers to try again, which loads them', async () => {
    let fail = true;
    const { network, user } = renderLoadingCatalogue(() =>
      fail
        ? { status: 503, body: { errors: [{ message: 'Tjenesten er utilgjengelig' }] } }
        : { body: { data: { competences: CATALOGUE } } },
    );
    const area = () => screen.getByLabelText('Kompetanseområde');
    await waitFor(() => expect(isInvalid(area())).toBe(true));
    expect(description(area())).toMatch(/^Valgene kunne ikke hentes\. .+/);
    expect(area().getAttribute('aria-busy')).toBeNull();
    expect(optionTexts(area())).toEqual(['Alle områder']);

    fail = false;
    const retries = screen.getAllByRole('button', { name: 'Prøv igjen' });
    expect(retries).toHaveLength(2);
    await user.click(retries[0]);
    await waitFor(() =>
      expect(optionTexts(area())).toEqual(['Alle områder', 'Eldre', 'Sykepleie']),
    );
    expect(isInvalid(area())).toBe(false);
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
    expect(network).toHaveBeenCalledTimes(2);
  });
});
