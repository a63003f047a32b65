import { addDays, compareIsoDates } from '@kp/domain';
import { EXPIRING_WITHIN_DAYS } from './employee-filters';

/**
 * - `expired`: the expiry date has passed (a certificate still counts on its expiry date)
 * - `expiring`: it expires today or within the warning window (90 days)
 * - `valid`: it expires later
 * - `none`: it never expires
 */
export type ExpiryState = 'expired' | 'expiring' | 'valid' | 'none';

export function expiryState(
  expiresOn: string | null | undefined,
  today: string,
  withinDays = EXPIRING_WITHIN_DAYS,
): ExpiryState {
  if (!expiresOn) return 'none';
  if (compareIsoDates(expiresOn, today) < 0) return 'expired';
  if (compareIsoDates(expiresOn, addDays(today, withinDays)) <= 0) return 'expiring';
  return 'valid';
}

export interface ExpiringItem {
  id: string;
  title: string;
  expiresOn: string;
  state: 'expired' | 'expiring';
}

interface ExpiringQualification {
  id: string;
  title: string;
  obtainedOn: string;
  expiresOn?: string | null;
}

/**
 * Certificates to draw attention to on a profile: expired or expiring soon,
 * soonest first. An expired certificate that has been renewed (a newer one
 * with the same title) is left out: the renewal is what matters now.
 */
export function certificatesNeedingAttention(
  qualifications: readonly ExpiringQualification[],
  today: string,
): ExpiringItem[] {
  const newestByTitle = new Map<string, ExpiringQualification>();
  for (const qualification of qualifications) {
    const key = titleKey(qualification.title);
    const known = newestByTitle.get(key);
    if (!known || compareIsoDates(qualification.obtainedOn, known.obtainedOn) > 0) {
      newestByTitle.set(key, qualification);
    }
  }
  const items: ExpiringItem[] = [];
  for (const qualification of newestByTitle.values()) {
    const state = expiryState(qualification.expiresOn, today);
    if ((state === 'expired' || state === 'expiring') && qualification.expiresOn) {
      items.push({
        id: qualification.id,
        title: qualification.title,
        expiresOn: qualification.expiresOn,
        state,
      });
    }
  }
  return items.sort(
    (a, b) => compareIsoDates(a.expiresOn, b.expiresOn) || a.title.localeCompare(b.title, 'nb'),
  );
}

function titleKey(title: string): string {
  return title.trim().toLocaleLowerCase('nb');
}
