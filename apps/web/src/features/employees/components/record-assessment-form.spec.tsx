import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { description, isInvalid } from '@web/testing/dom';
import { forbidNetwork } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { SCALED_COMPETENCES } from '../utils/competence.fixtures';
import { RecordAssessmentForm } from './record-assessment-form';

const COMPETENCES = SCALED_COMPETENCES;

function renderForm() {
  const network = forbidNetwork();
  renderWithProviders(
    <RecordAssessmentForm
      employeeId="e1"
      employeeName="Kari Nordmann"
      competences={COMPETENCES}
      today="2026-12-07"
    />,
  );
  return { network, user: userEvent.setup() };
}

const submit = () => screen.getByRole('button', { name: 'Registrer vurdering' });

describe('RecordAssessmentForm', () => {
  it('stops an empty form before sending: competence and level are asked for', async () => {
    const { network, user } = renderForm();
    await user.click(submit());

    const competence = screen.getByLabelText('Kompetanse');
    expect(isInvalid(competence)).toBe(true);
    expect(description(competence)).toBe('Velg hvilken kompetanse du vurderer.');
    expect(description(screen.getByRole('group', { name: 'Nivå' }))).toBe('Velg et nivå.');
    expect(document.activeElement).toBe(competence);
    expect(network).not.toHaveBeenCalled();
  });

  it('asks for the level once the competence is chosen, and focuses the first level', async () => {
    const { network, user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kompetanse'), 'c1');
    await user.click(submit());

    expect(isInvalid(screen.getByLabelText('Kompetanse'))).toBe(false);
    const levels = screen.getAllByRole('radio');
    expect(levels).toHaveLength(2);
    expect(levels.every(isInvalid)).toBe(true);
    expect(description(screen.getByRole('group', { name: 'Nivå' }))).toBe('Velg et nivå.');
    expect(document.activeElement).toBe(levels[0]);
    expect(network).not.toHaveBeenCalled();

    // Choosing a level clears its message.
    await user.click(screen.getByRole('radio', { name: /Kan utføre/ }));
    expect(description(screen.getByRole('group', { name: 'Nivå' }))).toBe('');
  });

  it('offers the recordable sources and dates with their hints', () => {
    renderForm();
    expect(screen.getByLabelText<HTMLSelectElement>('Kilde').value).toBe('LEADER_ASSESSED');
    expect(screen.getByLabelText<HTMLInputElement>('Vurdert dato').value).toBe('2026-12-07');
    expect(description(screen.getByLabelText('Gyldig til (valgfritt)'))).toBe(
      'La feltet stå tomt hvis vurderingen ikke utløper.',
    );
  });
});
