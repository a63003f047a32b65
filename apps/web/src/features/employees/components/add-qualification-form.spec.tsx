import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { forbidNetwork } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { SCALED_COMPETENCES } from '../utils/competence.fixtures';
import { AddQualificationForm } from './add-qualification-form';

const COMPETENCES = SCALED_COMPETENCES;

function renderForm() {
  const network = forbidNetwork();
  renderWithProviders(
    <AddQualificationForm employeeId="e1" competences={COMPETENCES} today="2026-12-07" />,
  );
  return { network, user: userEvent.setup() };
}

describe('AddQualificationForm', () => {
  it('stops an empty form before sending and puts each message on its field', async () => {
    const { network, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Legg til kvalifikasjon' }));

    const title = screen.getByLabelText('Navn på utdanning, sertifikat eller kurs');
    expect(isInvalid(title)).toBe(true);
    expect(description(title)).toBe('Skriv inn navnet på kvalifikasjonen.');
    expect(description(screen.getByLabelText('Oppnådd dato'))).toBe(
      'Velg datoen kvalifikasjonen ble oppnådd.',
    );
    const group = screen.getByRole('group', { name: 'Kompetanser kvalifikasjonen dokumenterer' });
    expect(description(group)).toBe('Velg minst én kompetanse som kvalifikasjonen dokumenterer.');
    // Focus goes to the first field to fix, and nothing was sent.
    expect(document.activeElement).toBe(title);
    expect(network).not.toHaveBeenCalled();
  });

  it('asks for the level when a row has a competence but no level', async () => {
    const { network, user } = renderForm();
    await user.type(screen.getByLabelText('Navn på utdanning, sertifikat eller kurs'), 'Kurs');
    await user.type(screen.getByLabelText('Oppnådd dato'), '2026-01-05');
    await user.selectOptions(screen.getByLabelText('Kompetanse 1'), 'c1');
    await user.click(screen.getByRole('button', { name: 'Legg til kvalifikasjon' }));

    const group = screen.getByRole('group', { name: 'Kompetanser kvalifikasjonen dokumenterer' });
    expect(description(group)).toBe('Velg både kompetanse og nivå på hver rad, eller fjern raden.');
    expect(isInvalid(screen.getByLabelText('Navn på utdanning, sertifikat eller kurs'))).toBe(
      false,
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Kompetanse 1'));
    expect(network).not.toHaveBeenCalled();
  });

  it('offers the levels of the chosen competence, grouped competences by area', async () => {
    const { user } = renderForm();
    const competence = screen.getByLabelText('Kompetanse 1');
    expect(within(competence).getByRole('group', { name: 'Legemidler' }).tagName).toBe('OPTGROUP');
    expect(
      within(screen.getByLabelText('Nivå for kompetanse 1')).getAllByRole('option'),
    ).toHaveLength(1);
    await user.selectOptions(competence, 'c1');
    expect(
      within(screen.getByLabelText('Nivå for kompetanse 1'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Velg nivå', '1 – Kjenner til', '2 – Kan utføre']);
  });
});
