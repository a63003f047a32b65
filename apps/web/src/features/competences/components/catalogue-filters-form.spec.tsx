import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { useUrlFilters } from '@web/shared/forms';
import { renderWithProviders } from '@web/testing/render';
import {
  catalogueFiltersToParams,
  EMPTY_CATALOGUE_FILTERS,
  parseCatalogueFilters,
} from '../utils/catalogue-filters';
import { CatalogueFiltersForm } from './catalogue-filters-form';

const IN_ADDRESS = { parse: parseCatalogueFilters, toParams: catalogueFiltersToParams };

/** The catalogue page's wiring: filters read from and written to the address. */
function FiltersInAddress() {
  const { filters, apply, formKey } = useUrlFilters(IN_ADDRESS);
  return (
    <>
      <CatalogueFiltersForm
        key={formKey}
        initial={filters}
        areas={['Eldre', 'Sykepleie']}
        tags={['Demensplan 2025']}
        onApply={apply}
      />
      <output data-testid="filters">{JSON.stringify(filters)}</output>
    </>
  );
}

function renderAt(route: string) {
  renderWithProviders(
    <Routes>
      <Route path="/katalog" element={<FiltersInAddress />} />
    </Routes>,
    { route },
  );
  return userEvent.setup();
}

const applied = (): unknown => JSON.parse(screen.getByTestId('filters').textContent ?? '{}');

describe('CatalogueFiltersForm with the filters in the address', () => {
  it('starts from the address', () => {
    renderAt('/katalog?sok=s%C3%A5r&omrade=Sykepleie&inaktive=ja');
    expect(screen.getByLabelText<HTMLInputElement>('Søk i navn og beskrivelse').value).toBe('sår');
    expect(screen.getByLabelText<HTMLSelectElement>('Område').value).toBe('Sykepleie');
    expect(screen.getByLabelText<HTMLInputElement>('Ta med inaktive kompetanser').checked).toBe(
      true,
    );
    expect(applied()).toEqual({
      ...EMPTY_CATALOGUE_FILTERS,
      search: 'sår',
      area: 'Sykepleie',
      includeInactive: true,
    });
  });

  it('writes the chosen filters to the address when sent, not before', async () => {
    const user = renderAt('/katalog');
    await user.type(screen.getByLabelText('Søk i navn og beskrivelse'), 'demens');
    await user.selectOptions(screen.getByLabelText('Byggestein'), 'SKILLS');
    await user.click(screen.getByLabelText('Ta med inaktive kompetanser'));
    expect(applied()).toEqual(EMPTY_CATALOGUE_FILTERS);

    fireEvent.submit(screen.getByRole('search', { name: 'Søk og filtrer katalogen' }));
    expect(applied()).toEqual({
      ...EMPTY_CATALOGUE_FILTERS,
      search: 'demens',
      buildingBlock: 'SKILLS',
      includeInactive: true,
    });
  });

  it('resets the form and the address together', async () => {
    const user = renderAt('/katalog?omrade=Eldre&merke=Demensplan+2025');
    await user.click(screen.getByRole('button', { name: 'Nullstill' }));
    expect(applied()).toEqual(EMPTY_CATALOGUE_FILTERS);
    expect(screen.getByLabelText<HTMLSelectElement>('Satsingsområde').value).toBe('');
  });
});
