import type { Facet } from '../../../electron/contract';

export const FACET_LABELS: Record<Facet, string> = {
  actors: 'Actors',
  dates: 'Dates',
  quotes: 'Quotes',
  arguments: 'Arguments',
};

/** A small pill in the facet's colour (tokens `--facet-*`), used wherever a facet is named. */
export function FacetBadge({ facet }: { facet: Facet }) {
  return (
    <span className={`facet-badge facet-${facet}`} data-facet={facet}>
      {FACET_LABELS[facet]}
    </span>
  );
}
