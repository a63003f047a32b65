import { useId } from 'react';
import type { Horizon } from '@web/gql/graphql';

/**
 * Colours and fills of the charts. Horizons differ by colour and by their fixed place in
 * each group (now, then one year, then three years); what is met and what is missing differ
 * by fill (solid against hatched), so nothing depends on telling colours apart.
 */
export const HORIZON_COLORS: Record<Horizon, string> = {
  NOW: '#1a5a96',
  ONE_YEAR: '#6a3d9a',
  THREE_YEARS: '#a34d00',
};
export const HIDDEN_COLOR = '#5f6b78';
export const BAR_COLOR = '#1a5a96';

/** An id usable inside `url(#…)`: React's ids may carry characters CSS does not accept there. */
export function svgId(reactId: string, suffix: string): string {
  return `${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`;
}

/** Hatching for a gap in a horizon's colour; dots for a hidden figure. */
export function ChartPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <>
      {(Object.keys(HORIZON_COLORS) as Horizon[]).map((horizon) => (
        <pattern
          key={horizon}
          id={`${idPrefix}-gap-${horizon}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill={HORIZON_COLORS[horizon]} />
        </pattern>
      ))}
      <pattern id={`${idPrefix}-hidden`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#e4e7eb" />
        <circle cx="2.5" cy="2.5" r="1.2" fill={HIDDEN_COLOR} />
      </pattern>
    </>
  );
}

export type SwatchKind = 'covered' | 'gap' | 'hidden' | 'solid';

/** A legend's sample of a fill, drawn like the chart draws it (with patterns of its own). */
export function Swatch({
  kind,
  color,
  horizon = 'NOW',
}: {
  kind: SwatchKind;
  color: string;
  horizon?: Horizon;
}) {
  const idPrefix = svgId(useId(), 'swatch');
  const fill =
    kind === 'gap'
      ? `url(#${idPrefix}-gap-${horizon})`
      : kind === 'hidden'
        ? `url(#${idPrefix}-hidden)`
        : color;
  return (
    <svg
      className="swatch"
      width="18"
      height="14"
      viewBox="0 0 18 14"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'gap' || kind === 'hidden' ? (
        <defs>
          <ChartPatterns idPrefix={idPrefix} />
        </defs>
      ) : null}
      <rect
        x="0.5"
        y="0.5"
        width="17"
        height="13"
        fill={fill}
        fillOpacity={kind === 'covered' ? 0.35 : 1}
        stroke={kind === 'hidden' ? HIDDEN_COLOR : color}
      />
    </svg>
  );
}

/** Long category names are cut in the chart; the table alternative has them whole. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
