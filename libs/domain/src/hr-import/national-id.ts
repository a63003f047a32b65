// We never store national identity numbers (fødselsnummer, D-nummer): the birth year is all
// the planning needs. A file that carries them, in a column so named or in any column whose
// cells look like one, is refused, so the number never enters the database or the audit log.
// "Looks like" is deliberately broad (eleven digits, optionally split after the sixth), with
// no check-digit test: a made-up or mistyped number is just as sensitive to have sent.

import type { CellValue } from './cell-value';
import { foldKey } from './normalise-text';

const NATIONAL_ID_HEADERS = new Set(
  [
    'Fødselsnummer',
    'Fødselsnr',
    'Fnr',
    'Personnummer',
    'Personnr',
    'Personnummer (11 siffer)',
    'Fødsels- og personnummer',
    'D-nummer',
    'Dnr',
    'Identitetsnummer',
    'ID-nummer',
    'Nasjonalt identitetsnummer',
    'SSN',
  ].map(foldKey),
);

export function isNationalIdHeader(header: string): boolean {
  return NATIONAL_ID_HEADERS.has(foldKey(header));
}

const ELEVEN_DIGITS = /^\d{6}[ .-]?\d{5}$/;

export function looksLikeNationalId(value: CellValue | undefined): boolean {
  if (typeof value === 'number') {
    // a spreadsheet drops the leading zero of numbers born on the 1st–9th of a month
    return Number.isInteger(value) && value >= 1_000_000_000 && value < 100_000_000_000;
  }
  return typeof value === 'string' && ELEVEN_DIGITS.test(value.trim());
}
