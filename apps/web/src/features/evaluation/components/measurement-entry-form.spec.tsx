import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql, forbidNetwork, refusedInput } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { MeasurementEntryForm } from './measurement-entry-form';

function renderForm(decimals = 1) {
  renderWithProviders(
    <MeasurementEntryForm
      indicatorId="i1"
      scope={{ level: 'MUNICIPALITY', id: 'm1' }}
      decimals={decimals}
      unit="%"
      today="2026-12-07"
    />,
  );
  return userEvent.setup();
}

function setDate(value: string) {
  fireEvent.change(screen.getByLabelText('Dato'), { target: { value } });
}

describe('MeasurementEntryForm', () => {
  it('asks for the value before sending and focuses it', async () => {
    const network = forbidNetwork();
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: 'Lagre måling' }));
    const value = screen.getByLabelText('Verdi (%)');
    expect(isInvalid(value)).toBe(true);
    expect(description(value)).toBe('Med høyst 1 desimal, for eksempel 4,3. Fyll inn verdien.');
    expect(document.activeElement).toBe(value);
    expect(network).not.toHaveBeenCalled();
  });

  it('refuses a date after today and too many decimals, naming the limits', async () => {
    const network = forbidNetwork();
    const user = renderForm();
    await user.type(screen.getByLabelText('Verdi (%)'), '4,35');
    setDate('2026-12-08');
    await user.click(screen.getByRole('button', { name: 'Lagre måling' }));
    expect(description(screen.getByLabelText('Verdi (%)'))).toBe(
      'Med høyst 1 desimal, for eksempel 4,3. Verdien kan ha høyst 1 desimal.',
    );
    expect(description(screen.getByLabelText('Dato'))).toBe(
      'Dagen målingen gjelder; måneden blir målingens periode. Datoen kan ikke være etter i dag.',
    );
    expect(network).not.toHaveBeenCalled();
  });

  it('wants a whole number when the indicator has no decimals', async () => {
    forbidNetwork();
    const user = renderForm(0);
    await user.type(screen.getByLabelText('Verdi (%)'), '4,5');
    await user.click(screen.getByRole('button', { name: 'Lagre måling' }));
    expect(description(screen.getByLabelText('Verdi (%)'))).toContain(
      'Verdien må være et helt tall.',
    );
  });

  it("shows the API's field error at its field", async () => {
    const network = answerGraphql(() =>
      refusedInput([
        { field: 'measuredOn', message: 'Målingen kan ikke være datert etter i dag.' },
      ]),
    );
    const user = renderForm();
    await user.type(screen.getByLabelText('Verdi (%)'), '4,3');
    await user.click(screen.getByRole('button', { name: 'Lagre måling' }));
    await waitFor(() => expect(isInvalid(screen.getByLabelText('Dato'))).toBe(true));
    expect(description(screen.getByLabelText('Dato'))).toContain(
      'Målingen kan ikke være datert etter i dag.',
    );
    expect(network).toHaveBeenCalledTimes(1);
    const [, init] = network.mock.calls[0] as [unknown, { body: string }];
    const body = JSON.parse(init.body) as {
      variables: { input: { value: number; measuredOn: string } };
    };
    expect(body.variables.input).toEqual({
      indicatorId: 'i1',
      scope: { level: 'MUNICIPALITY', id: 'm1' },
      value: 4.3,
      measuredOn: '2026-12-07',
    });
  });
});
