import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { ApiError } from '@web/shared/graphql';
import { description, isInvalid } from '@web/testing/dom';
import { answerGraphql } from '@web/testing/fake-fetch';
import { renderWithProviders } from '@web/testing/render';
import { blankMeasureValues, type MeasureFormValues } from '../utils/measure-form-values';
import { MeasureForm, type MeasureFormProps } from './measure-form';

// The editor is a big form: on a busy two-core machine its first render and the typing take
// longer than Jest's default of 5 s.
jest.setTimeout(30_000);

const MUNICIPALITIES = [
  { id: 'gjovik', name: 'Gjøvik', units: [] },
  { id: 'ostre', name: 'Østre Toten', units: [] },
];

const HLR = {
  id: 'c-hlr',
  name: 'Hjerte-lungeredning (HLR)',
  description: '',
  buildingBlock: 'SKILLS',
  area: 'Akuttmedisin',
  tags: [],
  scale: [
    { level: 1, description: 'Kjenner til' },
    { level: 2, description: 'Utfører' },
  ],
  validityMonths: 12,
  active: true,
};

function initial(overrides: Partial<MeasureFormValues> = {}): MeasureFormValues {
  return {
    ...blankMeasureValues({
      startsOn: '2027-01-10',
      endsOn: '2027-03-01',
      municipalityIds: ['gjovik', 'ostre'],
    }),
    title: 'HLR-kurs for hjemmetjenesten',
    owner: 'Kari Koordinator',
    places: '4',
    ...overrides,
  };
}

/**
 * The editor with the catalogue and an empty teaching directory at the network edge; every
 * save goes to `save`, which the validation must keep from being called.
 */
function renderForm(props: Partial<MeasureFormProps> = {}) {
  answerGraphql(({ query }) => ({
    body: {
      data: query.includes('teachingDirectory')
        ? { teachingDirectory: [] }
        : { competences: [HLR] },
    },
  }));
  const save = jest.fn<Promise<unknown>, [MeasureFormValues, number | undefined]>(() =>
    Promise.resolve({}),
  );
  renderWithProviders(
    <MeasureForm
      initial={initial()}
      regional
      municipalities={MUNICIPALITIES}
      submitLabel="Opprett tiltak"
      cancelTo="/planer"
      save={save}
      {...props}
    />,
  );
  return { save, user: userEvent.setup() };
}

/** Date inputs are set the way a date picker sets them: the whole value at once. */
function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const submit = (user: ReturnType<typeof userEvent.setup>, name = 'Opprett tiltak') =>
  user.click(screen.getByRole('button', { name }));

describe('MeasureForm', () => {
  it('refuses an end before the start, at the end date, and sends nothing', async () => {
    const { save, user } = renderForm();
    setDate('Sluttdato', '2027-01-09');
    await submit(user);

    const ends = screen.getByLabelText('Sluttdato');
    expect(isInvalid(ends)).toBe(true);
    expect(description(ends)).toContain(
      'Sluttdato (09.01.2027) kan ikke være før startdato (10.01.2027)',
    );
    expect(isInvalid(screen.getByLabelText('Startdato'))).toBe(false);
    expect(document.activeElement).toBe(ends);
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a negative amount on its own funding source', async () => {
    const { save, user } = renderForm();
    await user.type(screen.getByLabelText('Kompetanse- og innovasjonstilskuddet (kr)'), '-500');
    await submit(user);

    const grant = screen.getByLabelText('Kompetanse- og innovasjonstilskuddet (kr)');
    expect(description(grant)).toContain('Beløpet kan ikke være negativt (minst 0 kr)');
    expect(isInvalid(screen.getByLabelText('Eget budsjett (kr)'))).toBe(false);
    expect(document.activeElement).toBe(grant);
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses shares that add up to more than the places, naming both numbers', async () => {
    const { save, user } = renderForm();
    const shares = screen.getByRole('group', { name: 'Plasser per kommune' });
    await user.type(within(shares).getByLabelText('Gjøvik'), '3');
    await user.type(within(shares).getByLabelText('Østre Toten'), '2');
    expect(within(shares).getByText('Fordelt: 5 av 4 plasser.')).toBeTruthy();
    await submit(user);

    expect(description(shares)).toBe(
      'Kommunenes andeler er til sammen 5 plasser, men tiltaket har bare 4',
    );
    expect(save).not.toHaveBeenCalled();

    // One place fewer for Østre Toten fits, and is sent.
    await user.clear(within(shares).getByLabelText('Østre Toten'));
    await user.type(within(shares).getByLabelText('Østre Toten'), '1');
    await submit(user);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][0].shares).toEqual([
      { municipalityId: 'gjovik', places: '3' },
      { municipalityId: 'ostre', places: '1' },
    ]);
  });

  it('asks for what is missing, the title first, and for whole places', async () => {
    const { save, user } = renderForm();
    await user.clear(screen.getByLabelText('Tittel'));
    await user.clear(screen.getByLabelText('Plasser'));
    await user.type(screen.getByLabelText('Plasser'), '2,5');
    await submit(user);

    expect(description(screen.getByLabelText('Tittel'))).toBe('Skriv en tittel for tiltaket.');
    expect(description(screen.getByLabelText('Plasser'))).toContain(
      'Plasser må være et helt tall, 0 eller flere.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Tittel'));
    expect(save).not.toHaveBeenCalled();
  });

  it('shows the API’s message for a funding line at its source', async () => {
    const { save, user } = renderForm({
      save: jest.fn(() =>
        Promise.reject(
          new ApiError({
            code: 'BAD_USER_INPUT',
            message: 'Ugyldige opplysninger',
            userFacing: true,
            fields: [
              { field: 'funding.1.amount', code: 'TOO_LARGE', message: 'Beløpet er for stort.' },
            ],
          }),
        ),
      ),
    });
    await user.type(screen.getByLabelText('Eget budsjett (kr)'), '100');
    await user.type(screen.getByLabelText('Annen finansiering (kr)'), '200');
    await submit(user);

    const other = screen.getByLabelText('Annen finansiering (kr)');
    await waitFor(() => expect(description(other)).toContain('Beløpet er for stort.'));
    expect(isInvalid(screen.getByLabelText('Eget budsjett (kr)'))).toBe(false);
    expect(save).not.toHaveBeenCalled();
  });

  it('after a conflict shows both versions and keeps what was typed until the user chooses', async () => {
    const theirs = {
      title: 'HLR-kurs (flyttet)',
      description: '',
      strategy: 'DEVELOP',
      kind: 'COURSE',
      provider: 'OWN_STAFF',
      providerName: '',
      targetGroup: '',
      owner: 'Kari Koordinator',
      places: 4,
      hours: 0,
      startsOn: '2027-02-01',
      endsOn: '2027-03-01',
      awardsCertificate: false,
      lendingUnitId: null,
      funding: [],
      targets: [],
      shares: [],
      teachers: [],
      version: 7,
      updatedAt: '2026-12-07T18:30:00.000Z',
    } as unknown as PlanMeasureFieldsFragment;
    const save = jest
      .fn<Promise<unknown>, [MeasureFormValues, number | undefined]>()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'CONFLICT',
          message: 'Tiltaket er endret av noen andre etter at du åpnet det.',
          userFacing: true,
        }),
      )
      .mockResolvedValueOnce({});
    const { user } = renderForm({
      save,
      submitLabel: 'Lagre endringer',
      stored: { load: () => Promise.resolve(theirs) },
    });
    await user.clear(screen.getByLabelText('Tittel'));
    await user.type(screen.getByLabelText('Tittel'), 'HLR-kurs, min tittel');
    await submit(user, 'Lagre endringer');

    const panel = await screen.findByRole('region', { name: 'Noen andre har endret tiltaket' });
    expect(within(panel).getByRole('alert').textContent).toBe(
      'Tiltaket er endret av noen andre etter at du åpnet det.',
    );
    const table = await within(panel).findByRole('table', {
      name: 'Din versjon og den lagrede versjonen',
    });
    const titleRow = within(table).getByRole('row', { name: /^Tittel/ });
    expect(
      within(titleRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['HLR-kurs, min tittel', 'HLR-kurs (flyttet)']);
    expect(within(panel).getByText('2 felt er ulike', { exact: false })).toBeTruthy();
    // Nothing typed is lost meanwhile.
    expect(screen.getByLabelText<HTMLInputElement>('Tittel').value).toBe('HLR-kurs, min tittel');

    await user.click(
      within(panel).getByRole('button', { name: 'Lagre min versjon over den lagrede' }),
    );
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].title).toBe('HLR-kurs, min tittel');
    expect(save.mock.calls[1][1]).toBe(7);
  });
});
