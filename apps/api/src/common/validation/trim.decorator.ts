import { Transform } from 'class-transformer';

/** Trims surrounding white space so "  " counts as empty. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() : value,
  );
}
