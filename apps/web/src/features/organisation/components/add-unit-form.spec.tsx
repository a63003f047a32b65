import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql, refusedInput } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import type { MunicipalityWithUnits } from '../utils/municipality-rows';
import { AddUnitForm } from './add-unit-form';

const MUNICIPALITY = {
  id: 'm1',
  number: '3407',
  name: 'Gjøvik',
  kostraGroup: null,
  unitCount: 2,
  units: [
    {
      id: 'u1',
      name: 'Helse og omsorg',
      kind: 'SERVICE_AREA',
      parentId: null,
      municipalityId: 'm1',
      serviceType: null,
    },
    {
      id: 'u2',
      name: 'Hjemmetjenesten',
      kind: 'UNIT',
      parentId: 'u1',
      municipalityId: 'm1',
      serviceType: 'HOME_CARE',
    },
  ],
} as unknown as MunicipalityWithUnits;

const refuseWith = (fields: Array<{ field: string; message: string }>) =>
  answerGraphql(() => refusedInput(fields));

describe('AddUnitForm', () => {
  it("puts the API's refusal on the name and focuses it; nothing is reported as added", async () => {
    const network = refuseWith([{ field: 'name', message: 'Navn må fylles ut' }]);
    renderWithProviders(<AddUnitForm municipality={MUNICIPALITY} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Legg til enhet' }));

    const name = screen.getByLabelText('Navn');
    expect(await screen.findByText('Navn må fylles ut')).toBeTruthy();
    expect(isInvalid(name)).toBe(true);
    expect(description(name)).toBe('Navn må fylles ut');
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(network).toHaveBeenCalledTimes(1);
    const [, init] = network.mock.calls[0] as [unknown, { body: string }];
    const sent = JSON.parse(init.body) as { variables: { input: unknown } };
    expect(sent.variables.input).toMatchObject({ municipalityId: 'm1', name: '', kind: 'UNIT' });

    // Typing clears the message.
    await user.type(name, 'Avdeling 1');
    expect(isInvalid(name)).toBe(false);
  });

  it('shows an error for a field the form does not have as a general message', async () => {
    refuseWith([
      { field: 'parentId', message: 'Overordnet enhet må være en tjeneste' },
      { field: 'municipalityId', message: 'Kommunen finnes ikke' },
    ]);
    renderWithProviders(<AddUnitForm municipality={MUNICIPALITY} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Navn'), 'Avdeling 1');
    await user.click(screen.getByRole('button', { name: 'Legg til enhet' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Kommunen finnes ikke');
    const parent = screen.getByLabelText('Overordnet enhet');
    expect(description(parent)).toBe('Overordnet enhet må være en tjeneste');
    expect(document.activeElement).toBe(parent);
    expect(isInvalid(screen.getByLabelText('Navn'))).toBe(false);
  });
});
