import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql, forbidNetwork, refusedInput } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { CreateUserForm } from './create-user-form';

const submit = () => screen.getByRole('button', { name: 'Opprett bruker' });

describe('CreateUserForm', () => {
  it('asks for e-mail and name before sending and focuses the e-mail', async () => {
    const network = forbidNetwork();
    renderWithProviders(<CreateUserForm onCreated={jest.fn()} />);
    const user = userEvent.setup();
    await user.click(submit());

    const email = screen.getByLabelText('E-postadresse');
    expect(description(email)).toBe('Skriv inn e-postadressen.');
    expect(description(screen.getByLabelText('Navn'))).toBe('Skriv inn navnet.');
    expect(isInvalid(screen.getByLabelText('Passord (valgfritt)'))).toBe(false);
    expect(document.activeElement).toBe(email);
    expect(network).not.toHaveBeenCalled();

    // Typing in a field takes its message away.
    await user.type(email, 'kari@example.no');
    expect(isInvalid(email)).toBe(false);
    expect(isInvalid(screen.getByLabelText('Navn'))).toBe(true);
  });

  it('refuses a password shorter than 12 characters, naming the limit', async () => {
    const network = forbidNetwork();
    renderWithProviders(<CreateUserForm onCreated={jest.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-postadresse'), 'kari@example.no');
    await user.type(screen.getByLabelText('Navn'), 'Kari Nordmann');
    await user.type(screen.getByLabelText('Passord (valgfritt)'), 'elleve-tegn');
    await user.click(submit());

    const password = screen.getByLabelText('Passord (valgfritt)');
    expect(isInvalid(password)).toBe(true);
    expect(description(password)).toContain('Passordet må ha minst 12 tegn.');
    expect(document.activeElement).toBe(password);
    expect(network).not.toHaveBeenCalled();
  });

  it("puts the API's field error on its field (an address already in use)", async () => {
    const network = answerGraphql(() =>
      refusedInput([{ field: 'email', message: 'E-postadressen er allerede i bruk.' }]),
    );
    const onCreated = jest.fn();
    renderWithProviders(<CreateUserForm onCreated={onCreated} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-postadresse'), 'kari@example.no');
    await user.type(screen.getByLabelText('Navn'), 'Kari Nordmann');
    await user.click(submit());

    const email = screen.getByLabelText('E-postadresse');
    expect(await screen.findByText('E-postadressen er allerede i bruk.')).toBeTruthy();
    expect(isInvalid(email)).toBe(true);
    expect(document.activeElement).toBe(email);
    expect(network).toHaveBeenCalledTimes(1);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
