import 'reflect-metadata';
import { Type, plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Max,
  MaxLength,
  Min,
  MinLength,
  validate,
  ValidateNested,
} from 'class-validator';
import { addDays, todayInNorway } from '@kp/domain';
import { controlCharacterErrors, flattenValidationErrors } from './field-problems';
import { DateWithin, IsIsoDate } from './iso-date.decorator';
import { Label } from './label.decorator';

class Line {
  @Label('Tiltak')
  @MaxLength(10)
  description!: string;
}

class Form {
  @Label('Antall år')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  years?: number;

  @Label('Stillingsprosent')
  @IsOptional()
  @Max(100)
  fte?: number;

  @Label('Passord')
  @IsOptional()
  @MinLength(12)
  password?: string;

  @Label('Kompetanser')
  @IsOptional()
  @ArrayMaxSize(2)
  ids?: string[];

  @Label('Vurderingsdato')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('assessmentDate')
  assessedOn?: string;

  @Label('Avtalte tiltak')
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines?: Line[];
}

async function problems(plain: Record<string, unknown>) {
  const form = plainToInstance(Form, plain);
  const errors = await validate(form, { validationError: { target: true, value: true } });
  return flattenValidationErrors([...errors, ...controlCharacterErrors(form)]);
}

describe('field problems', () => {
  it('name both ends of a range', async () => {
    expect(await problems({ years: 100000 })).toEqual([
      { field: 'years', code: 'TOO_LARGE', message: 'Antall år må være mellom 1 og 20' },
    ]);
    expect(await problems({ years: -1 })).toEqual([
      { field: 'years', code: 'TOO_SMALL', message: 'Antall år må være mellom 1 og 20' },
    ]);
  });

  it('name the one end when there is only one', async () => {
    expect(await problems({ fte: 120 })).toEqual([
      { field: 'fte', code: 'TOO_LARGE', message: 'Stillingsprosent kan være høyst 100' },
    ]);
  });

  it('name the length and list limits', async () => {
    expect(await problems({ password: 'kort', ids: ['a', 'b', 'c'] })).toEqual([
      { field: 'password', code: 'TOO_SHORT', message: 'Passord må ha minst 12 tegn' },
      { field: 'ids', code: 'TOO_MANY', message: 'Kompetanser har for mange elementer (høyst 2)' },
    ]);
  });

  it('refuse dates outside their rule with the domain’s code and the limit', async () => {
    expect(await problems({ assessedOn: '1900-01-01' })).toEqual([
      {
        field: 'assessedOn',
        code: 'DATE_TOO_EARLY',
        message: 'Vurderingsdato kan ikke være før 01.01.1950',
      },
    ]);
    expect(await problems({ assessedOn: addDays(todayInNorway(), 1) })).toEqual([
      {
        field: 'assessedOn',
        code: 'IN_FUTURE',
        message: 'Vurderingsdato kan ikke være i fremtiden',
      },
    ]);
    expect(await problems({ assessedOn: '2024-02-30' })).toEqual([
      {
        field: 'assessedOn',
        code: 'INVALID_DATE',
        message: 'Vurderingsdato er ikke en gyldig dato',
      },
    ]);
    expect(await problems({ assessedOn: '2024-02-29' })).toEqual([]);
  });

  it('refuse control characters in any text, at any depth', async () => {
    const found = await problems({
      password: 'lang nok\u0000passord',
      lines: [{ description: 'ok' }, { description: 'a\u0007' }],
    });
    expect(found.map((p) => [p.field, p.code])).toEqual([
      ['password', 'CONTROL_CHARACTERS'],
      ['lines.1.description', 'CONTROL_CHARACTERS'],
    ]);
    expect(found[1].message).toBe(
      'Tiltak inneholder tegn som ikke kan brukes (kontrolltegn, for eksempel NUL). Fjern dem og prøv igjen.',
    );
  });

  it('let line breaks and tabs through', async () => {
    expect(await problems({ password: 'linje en\nlinje to\tmed tab' })).toEqual([]);
  });
});
