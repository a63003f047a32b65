import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { formatNorwegianNumber } from '@kp/domain';
import { UserError } from '../errors/user-error';

/**
 * Bounds for plain arguments (not input types, which class-validator checks):
 * `@Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))`.
 * Messages and codes are those of the input types ("Versjon må være mellom 1 og …").
 */
export class IntBetween implements PipeTransform<unknown, unknown> {
  constructor(
    private readonly label: string,
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === null || value === undefined) return value;
    const field = metadata.data ?? 'value';
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw UserError.field(field, 'NOT_AN_INTEGER', `${this.label} må være et heltall`);
    }
    if (value < this.min || value > this.max) {
      throw UserError.field(
        field,
        value < this.min ? 'TOO_SMALL' : 'TOO_LARGE',
        `${this.label} må være mellom ${formatNorwegianNumber(this.min)} og ${formatNorwegianNumber(this.max)}`,
      );
    }
    return value;
  }
}

/** Optimistic-locking versions count saves; a billion is more than any record will see. */
export const MAX_VERSION = 1_000_000_000;
