import { useState } from 'react';
import type { Mastery } from '../../../../electron/contract';
import { formatPercent, plural } from './format';

type Props = {
  rows: Mastery[];
  /** A facet name gives the bars that facet's colour; otherwise rows use the accent. */
  facetOf?: (row: Mastery) => string | undefined;
  /** Opens the card browser on this row's cards. */
  onOpen: (row: Mastery) => void;
  /** How many rows show before "Show all". */
  limit?: number;
  noun: string;
};

function explain(row: Mastery): string {
  const recall =
    row.mastery === null
      ? 'None of these cards has been studied yet.'
      : `On average you would recall ${formatPercent(row.mastery)} of these cards right now (FSRS retrievability).`;
  return `${row.label}: ${plural(row.cards, 'card')}. ${recall} Forgotten ${plural(row.lapses, 'time')} after being learned.`;
}

/** Mastery bars: mean recall probability per group, with cards and lapses, each row linking to its cards. */
export function MasteryList({ rows, facetOf, onOpen, limit = rows.length, noun }: Props) {
  const [isExpanded, setExpanded] = useState(false);
  const shown = isExpanded ? rows : rows.slice(0, limit);
  if (rows.length === 0) return <p className="pg-empty">No {noun} yet.</p>;
  return (
    <>
      <ul className="pg-mastery">
        {shown.map((row) => {
          const facet = facetOf?.(row);
          const pct = row.mastery === null ? 0 : Math.round(row.mastery * 100);
          return (
            <li key={row.key} className="pg-mrow" title={explain(row)} data-key={row.key}>
              <button
                type="button"
                className={`pg-mrow-name${facet ? ` pg-facet-${facet}` : ''}`}
                onClick={() => onOpen(row)}
                aria-label={`${row.label}: show its ${plural(row.cards, 'card')} in the card browser`}
              >
                {row.label}
              </button>
              <span className={`pg-bar${facet ? ` pg-facet-${facet}` : ''}`} aria-hidden="true">
                <span className="pg-bar-fill" style={{ width: `${pct}%` }} />
              </span>
              <span className="pg-mrow-pct">{row.mastery === null ? 'not studied' : formatPercent(row.mastery)}</span>
              <span className="pg-mrow-meta">
                {plural(row.cards, 'card')} · {plural(row.lapses, 'lapse')}
              </span>
              <span className="pg-sr-only">{explain(row)}</span>
            </li>
          );
        })}
      </ul>
      {rows.length > limit && (
        <button type="button" className="dv-link" aria-expanded={isExpanded} onClick={() => setExpanded(!isExpanded)}>
          {isExpanded ? 'Show fewer' : `Show all ${rows.length} ${noun}`}
        </button>
      )}
    </>
  );
}
