import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql, forbidNetwork } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { authKeys } from '../hooks/auth-keys';
import { SSO_OFF } from '../utils/sso';
import { SignInPage } from './sign-in-page';

/** Signed out, single sign-on off: the page shows the password form. */
const SIGNED_OUT = [
  [authKeys.me(), null],
  [authKeys.oidcConfig(), SSO_OFF],
] as const;

describe('SignInPage', () => {
  it('asks for the address and the password before sending', async () => {
    const network = forbidNetwork();
    renderWithProviders(<SignInPage />, { route: '/logg-inn', queryData: SIGNED_OUT });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    const email = screen.getByLabelText('E-postadresse');
    expect(isInvalid(email)).toBe(true);
    expect(description(email)).toBe('Skriv inn e-postadressen din.');
    expect(description(screen.getByLabelText('Passord'))).toBe('Skriv inn passordet ditt.');
    expect(document.activeElement).toBe(email);
    expect(network).not.toHaveBeenCalled();
  });

  it('asks only for the password when the address is there', async () => {
    const network = forbidNetwork();
    renderWithProviders(<SignInPage />, { route: '/logg-inn', queryData: SIGNED_OUT });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-postadresse'), 'kari@example.no');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(isInvalid(screen.getByLabelText('E-postadresse'))).toBe(false);
    const password = screen.getByLabelText('Passord');
    expect(isInvalid(password)).toBe(true);
    expect(document.activeElement).toBe(password);
    expect(network).not.toHaveBeenCalled();
  });

  it('shows a refused sign-in as a general message and empties the password only', async () => {
    answerGraphql(() => ({
      body: {
        data: null,
        errors: [
          {
            message: 'Feil e-postadresse eller passord.',
            extensions: { code: 'UNAUTHENTICATED', fields: [] },
          },
        ],
      },
    }));
    renderWithProviders(<SignInPage />, { route: '/logg-inn', queryData: SIGNED_OUT });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-postadresse'), 'kari@example.no');
    await user.type(screen.getByLabelText('Passord'), 'feil-passord');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Feil e-postadresse eller passord.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('E-postadresse').value).toBe('kari@example.no');
    expect(screen.getByLabelText<HTMLInputElement>('Passord').value).toBe('');
  });
});
