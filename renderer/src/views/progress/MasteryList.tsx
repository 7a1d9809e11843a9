import { useState } from 'react';
import type { Mastery } from '../../../../electron/contract';
import { formatPercent, MASTERY_MIN_STUDIED, plural } from '../../lib/format';

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

/** "2 of 56 studied": how much of the group a mastery figure stands for. */
export function coverage(row: Pick<Mastery, 'studied' | 'cards'>): string {
  return `${row.studied} of ${row.cards} studied`;
}

/** The figure to show: a percentage only over enough studied cards. */
export function masteryText(row: Mastery): string {
  if (row.mastery === null) return 'not studied';
  if (row.studied < MASTERY_MIN_STUDIED) return 'too few to say';
  return formatPercent(row.mastery);
}

function explain(row: Mastery): string {
  const recall =
    row.mastery === null
      ? 'None of these cards has been studied yet.'
      : row.studied < MASTERY_MIN_STUDIED
        ? `Only ${coverage(row)}: too few for a mastery figure yet.`
        : `On average you would recall ${formatPercent(row.mastery)} of the ${plural(row.studied, 'studied card')} right now (FSRS retrievability); ${coverage(row)}.`;
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
          const pct = row.mastery === null || row.studied < MASTERY_MIN_STUDIED ? 0 : Math.round(row.mastery * 100);
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
              <span className="pg-mrow-pct">{masteryText(row)}</span>
              <span className="pg-mrow-meta">
                {coverage(row)} · {plural(row.lapses, 'lapse')}
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
