import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { forbidNetwork } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { CycleForm } from './cycle-form';

function renderForm() {
  const network = forbidNetwork();
  const onSaved = jest.fn();
  renderWithProviders(
    <CycleForm
      municipalityId="m1"
      cycle={null}
      today="2026-12-07"
      onSaved={onSaved}
      onCancel={jest.fn()}
    />,
  );
  return { network, onSaved, user: userEvent.setup() };
}

/** Date inputs are set the way a date picker sets them: the whole value at once. */
function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('CycleForm', () => {
  it("proposes next year's round, named and dated", () => {
    renderForm();
    expect(screen.getByLabelText<HTMLInputElement>('Navn').value).toBe('Medarbeidersamtaler 2027');
    expect(screen.getByLabelText<HTMLInputElement>('Åpner').value).toBe('2027-09-01');
    expect(screen.getByLabelText<HTMLInputElement>('Frist').value).toBe('2027-12-15');
  });

  it('asks for a name and both dates before sending', async () => {
    const { network, onSaved, user } = renderForm();
    await user.clear(screen.getByLabelText('Navn'));
    setDate('Åpner', '');
    setDate('Frist', '');
    await user.click(screen.getByRole('button', { name: 'Opprett samtalerunde' }));

    const name = screen.getByLabelText('Navn');
    expect(description(name)).toBe('Gi samtalerunden et navn.');
    expect(description(screen.getByLabelText('Åpner'))).toBe('Velg datoen runden åpner.');
    expect(description(screen.getByLabelText('Frist'))).toBe(
      'Siste dag samtalene skal være holdt. Velg fristen for runden.',
    );
    expect(document.activeElement).toBe(name);
    expect(network).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a deadline before the round opens and focuses the deadline', async () => {
    const { network, user } = renderForm();
    setDate('Frist', '2027-08-31');
    await user.click(screen.getByRole('button', { name: 'Opprett samtalerunde' }));

    const closes = screen.getByLabelText('Frist');
    expect(isInvalid(closes)).toBe(true);
    expect(description(closes)).toContain('Fristen kan ikke være før runden åpner.');
    expect(isInvalid(screen.getByLabelText('Åpner'))).toBe(false);
    expect(isInvalid(screen.getByLabelText('Navn'))).toBe(false);
    expect(document.activeElement).toBe(closes);
    expect(network).not.toHaveBeenCalled();
  });
});
