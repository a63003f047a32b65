/**
 * The download's name: `personopplysninger-<employee number>-<date>.json`,
 * with anything but letters, digits, `-` and `_` left out of the number so the
 * name is valid on every system.
 */
export function exportFileName(employeeNumber: string, isoDate: string): string {
  const safeNumber = employeeNumber.replace(/[^A-Za-z0-9_-]/g, '') || 'ansatt';
  return `personopplysninger-${safeNumber}-${isoDate}.json`;
}

/** The typed confirmation matches as the API compares it: surrounding spaces do not count. */
export function confirmsErasure(typed: string, employeeNumber: string): boolean {
  return typed.trim() === employeeNumber;
}
