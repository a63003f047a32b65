// Matching what people type against what we know: header names, unit names, choices such as
// "Fast" or "VIKAR". HR exports differ in case, accents, spacing and punctuation
// ("Fødselsår", "FODSELSAR", "Ansatt nr."), so comparisons use a folded key.

/**
 * Folds text to a comparison key: lower case, Norwegian letters spelt out (æ → ae, ø → o,
 * å → a), other accents dropped, and everything but letters and digits removed.
 * 'Fødselsår' → 'fodselsar', 'Ansatt nr.' → 'ansattnr'. A percent sign is read as the word
 * ('Stilling %' → 'stillingprosent'), so it does not fold onto 'Stilling'.
 */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/%/g, 'prosent')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Trims and collapses runs of white space (including no-break spaces) to one space. */
export function tidyText(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/**
 * Text from the file as a message repeats it: cut to `max` characters with an ellipsis, so a
 * cell of a megabyte does not become a message of a megabyte.
 */
export function shorten(text: string, max = 60): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
