import { isNationalIdHeader, looksLikeNationalId } from './national-id';

describe('isNationalIdHeader', () => {
  it.each(['Fødselsnummer', 'FØDSELSNUMMER', 'fodselsnr', 'Personnummer', 'D-nummer', 'Fnr'])(
    '%j is a national identity number column',
    (header) => expect(isNationalIdHeader(header)).toBe(true),
  );

  it.each(['Fødselsår', 'Ansattnummer', 'Født'])('%j is not', (header) =>
    expect(isNationalIdHeader(header)).toBe(false),
  );
});

describe('looksLikeNationalId', () => {
  it.each(['01019012345', '010190 12345', ' 31129912345 ', 1019012345, 31129912345])(
    '%j looks like one',
    (value) => expect(looksLikeNationalId(value)).toBe(true),
  );

  it.each(['1001', 'A-1001', '0101901234', '010190123456', 1980, '1980', 80, null])(
    '%j does not',
    (value) => expect(looksLikeNationalId(value)).toBe(false),
  );
});
