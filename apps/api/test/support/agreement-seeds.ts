/**
 * Seeds for the agreement tests (a domain rule and its SQL twin on random data): the defaults,
 * or KP_AGREEMENT_SEEDS="1,2,3,…" (numbers or strings) for more.
 */
export function agreementSeeds(defaults: string): Array<number | string> {
  return (process.env.KP_AGREEMENT_SEEDS ?? defaults)
    .split(',')
    .map((seed) => seed.trim())
    .filter((seed) => seed !== '')
    .map((seed) => (/^\d+$/.test(seed) ? Number(seed) : seed));
}
