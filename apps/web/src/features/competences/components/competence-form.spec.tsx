import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { forbidNetwork } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { newCompetenceValues } from '../utils/competence-form-values';
import { CompetenceForm } from './competence-form';

function renderForm() {
  const network = forbidNetwork();
  const onSaved = jest.fn();
  renderWithProviders(
    <CompetenceForm
      initial={newCompetenceValues()}
      areas={['Eldre', 'Sykepleie']}
      cancelTo="/katalog"
      onSaved={onSaved}
    />,
  );
  return { network, onSaved, user: userEvent.setup() };
}

describe('CompetenceForm', () => {
  it('stops a form without name and area, and focuses the name', async () => {
    const { network, onSaved, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    const name = screen.getByLabelText('Navn');
    expect(isInvalid(name)).toBe(true);
    expect(description(name)).toBe('Skriv inn et navn.');
    const area = screen.getByLabelText('Område');
    expect(isInvalid(area)).toBe(true);
    expect(description(area)).toBe(
      'Velg et eksisterende område eller skriv et nytt. Velg eller skriv inn et område.',
    );
    expect(document.activeElement).toBe(name);
    expect(network).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a validity that is not a whole number of months', async () => {
    const { network, user } = renderForm();
    await user.type(screen.getByLabelText('Navn'), 'HLR');
    await user.type(screen.getByLabelText('Område'), 'Akutt');
    await user.type(screen.getByLabelText('Gyldighet i måneder'), 'ett år');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    const validity = screen.getByLabelText('Gyldighet i måneder');
    expect(isInvalid(validity)).toBe(true);
    expect(description(validity)).toContain(
      'Gyldigheten må være et helt antall måneder fra 1 til 600, eller stå tom.',
    );
    expect(isInvalid(screen.getByLabelText('Navn'))).toBe(false);
    expect(document.activeElement).toBe(validity);
    expect(network).not.toHaveBeenCalled();
  });

  it('asks for a description of every level and marks the empty one', async () => {
    const { network, user } = renderForm();
    await user.type(screen.getByLabelText('Navn'), 'HLR');
    await user.type(screen.getByLabelText('Område'), 'Akutt');
    const second = screen.getAllByRole('textbox', { name: /^Nivå \d$/ })[1];
    await user.clear(second);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    const scale = screen.getByRole('group', { name: 'Nivåskala' });
    expect(description(scale)).toBe('Beskriv hvert nivå.');
    expect(isInvalid(second)).toBe(true);
    expect(isInvalid(screen.getAllByRole('textbox', { name: /^Nivå \d$/ })[0])).toBe(false);
    expect(network).not.toHaveBeenCalled();
  });

  it('suggests the areas already in the catalogue', () => {
    renderForm();
    const area = screen.getByLabelText<HTMLInputElement>('Område');
    const options = [...(area.list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(options).toEqual(['Eldre', 'Sykepleie']);
  });
});
