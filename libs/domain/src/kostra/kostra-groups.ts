// Which KOSTRA group a municipality belongs to, read from SSB's classification service (KLASS):
// a correspondence table between municipalities and KOSTRA groups answers as JSON with
// `correspondenceMaps: [{ sourceCode, sourceName, targetCode, targetName }]`. The group code
// is written `EKG08` in the statistics bank and `08`/`8` in KLASS; both become `EKG08`.

export interface KostraGroupAssignment {
  municipality: string;
  group: string;
}

export type KostraGroupsResult =
  { ok: true; assignments: KostraGroupAssignment[] } | { ok: false; problem: string };

/** `EKG08`, `08`, `8` or `KOSTRA-gruppe 8` → `EKG08`; null for anything else (1–17 only). */
export function normaliseKostraGroup(code: string): string | null {
  const match = /^(?:EKG|KOSTRA-gruppe\s*)?0?(\d{1,2})$/i.exec(code.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= 17 ? `EKG${String(n).padStart(2, '0')}` : null;
}

/** True when the document looks like a KLASS correspondence (and not JSON-stat). */
export function isKostraGroupDocument(document: unknown): boolean {
  return (
    typeof document === 'object' &&
    document !== null &&
    Array.isArray((document as { correspondenceMaps?: unknown }).correspondenceMaps)
  );
}

export function readKostraGroups(document: unknown): KostraGroupsResult {
  if (!isKostraGroupDocument(document)) {
    return { ok: false, problem: 'Filen er ikke en korrespondansetabell fra SSBs KLASS' };
  }
  const maps = (document as { correspondenceMaps: unknown[] }).correspondenceMaps;
  const assignments: KostraGroupAssignment[] = [];
  const seen = new Map<string, string>();
  for (const [i, entry] of maps.entries()) {
    const row = `correspondenceMaps rad ${i + 1}`;
    const source = (entry as { sourceCode?: unknown }).sourceCode;
    const target = (entry as { targetCode?: unknown }).targetCode;
    if (typeof source !== 'string' || !/^\d{4}$/.test(source.trim())) {
      return {
        ok: false,
        problem: `${row}: sourceCode må være et kommunenummer med fire sifre, ikke ${JSON.stringify(source)}`,
      };
    }
    const group = typeof target === 'string' ? normaliseKostraGroup(target) : null;
    if (!group) {
      return {
        ok: false,
        problem: `${row}: targetCode må være en KOSTRA-gruppe 1–17 (f.eks. EKG08), ikke ${JSON.stringify(target)}`,
      };
    }
    const municipality = source.trim();
    const before = seen.get(municipality);
    if (before && before !== group) {
      return {
        ok: false,
        problem: `${row}: kommune ${municipality} står i både ${before} og ${group}`,
      };
    }
    if (!before) assignments.push({ municipality, group });
    seen.set(municipality, group);
  }
  if (assignments.length === 0) {
    return { ok: false, problem: 'Korrespondansetabellen har ingen rader (minst 1 kommune)' };
  }
  return { ok: true, assignments };
}
