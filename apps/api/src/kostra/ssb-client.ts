// Fetching a table from SSB's open statistics API (PxWebApi v0): POST a JSON query for a
// table, its indicators (ContentsCode), regions and years, answered in JSON-stat 2.0. The
// server often runs without internet access; then the user gets a message saying so and how
// to import the same figures as a file instead (docs/kostra.md, "Sources").

import { UserError } from '../common/errors/user-error';

export const DEFAULT_SSB_API_URL = 'https://data.ssb.no/api/v0/no/table';
const TIMEOUT_MS = 20_000;

export interface SsbTableQuery {
  tableId: string;
  /** ContentsCode values, e.g. KOSandelmhelseut0000. */
  indicators: string[];
  /** Region codes, e.g. 3407, EKG10, EKA34, EAK. */
  regions: string[];
  years: string[];
  /** The table's region dimension (KOKkommuneregion0000 in the KOSTRA tables). */
  regionDimension: string;
}

/** The query body PxWebApi v0 expects. */
export function ssbQueryBody(query: SsbTableQuery): unknown {
  const item = (code: string, values: string[]) => ({
    code,
    selection: { filter: 'item', values },
  });
  return {
    query: [
      item(query.regionDimension, query.regions),
      item('ContentsCode', query.indicators),
      item('Tid', query.years),
    ],
    response: { format: 'json-stat2' },
  };
}

function unreachable(base: string, detail: string): UserError {
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return base;
    }
  })();
  return new UserError(
    'SSB_UNREACHABLE',
    `Fikk ikke kontakt med SSB (${host}): ${detail}. Serveren har trolig ikke tilgang til internett. ` +
      'Last ned tabellen som JSON-stat 2.0 fra SSBs statistikkbank på en maskin med internett, og last opp filen her i stedet.',
  );
}

/** The parsed JSON answer, or a UserError in Norwegian. */
export async function fetchSsbTable(base: string, query: SsbTableQuery): Promise<unknown> {
  const url = `${base.replace(/\/+$/, '')}/${encodeURIComponent(query.tableId)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(ssbQueryBody(query)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw unreachable(
      base,
      timedOut
        ? `ingen svar innen ${TIMEOUT_MS / 1000} sekunder`
        : `tilkoblingen feilet${cause ? ` (${cause})` : ''}`,
    );
  }
  const text = await response.text();
  if (!response.ok) {
    const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new UserError(
      'SSB_REFUSED',
      `SSB svarte med feil ${response.status} for tabell ${query.tableId}${detail ? `: ${detail}` : ''}. ` +
        'Sjekk tabellnummeret, nøkkeltallskodene, regionkodene og årene.',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError(
      'SSB_REFUSED',
      `SSB svarte, men ikke med JSON for tabell ${query.tableId}. Prøv igjen senere, eller last opp en fil.`,
    );
  }
}
