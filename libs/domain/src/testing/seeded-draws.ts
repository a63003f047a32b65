import { createRandom, hashSeed } from '../deterministic-random';
import type { Draws } from '../protection/rounding';

/**
 * Draws for tests and generated data: a fixed function of the seed and the message, like the
 * API's HMAC but without a secret (anyone who knows the seed can predict them).
 */
export function seededDraws(seed: string | number): Draws {
  return {
    uniform(message: string): number {
      return createRandom(
        hashSeed(`${seed}\u0000${message}`) ^ hashSeed(`${message}\u0000${seed}`),
      ).next();
    },
  };
}
