import { useMemo, useState } from 'react';
import type { Facet, Mastery, Summary } from '../../../../electron/contract';
import type { CardsFilter } from '../../lib/navigation';
import { useNavigate } from '../../lib/navigation';
import { FACETS } from '../cards/card-filter';
import { MasteryList } from './MasteryList';

const isFacet = (key: string): key is Facet => (FACETS as readonly string[]).includes(key);

type ActorOrder = 'weakest' | 'lapses';

function byLapses(a: Mastery, b: Mastery): number {
  return b.lapses - a.lapses || (a.mastery ?? 2) - (b.mastery ?? 2);
}

/** What is weak: mastery by facet, the actors most often forgotten, then each article. */
export function MasterySections({ summary }: { summary: Summary }) {
  const [order, setOrder] = useState<ActorOrder>('weakest');
  const navigate = useNavigate();
  const openCards = (filter: CardsFilter) => navigate({ name: 'cards', filter });
  // The summary already lists actors weakest first; "most lapses" re-sorts a copy.
  const actors = useMemo(
    () => (order === 'weakest' ? summary.masteryByActor : [...summary.masteryByActor].sort(byLapses)),
    [order, summary.masteryByActor],
  );
  return (
    <>
      <section className="pg-section" aria-labelledby="pg-facets">
        <h2 id="pg-facets" className="pg-h2">
          Mastery by facet
        </h2>
        <p className="pg-note">Mean chance of recalling each kind of card right now. Hover a row for details.</p>
        <MasteryList
          rows={summary.masteryByFacet}
          noun="facets"
          facetOf={(row) => (isFacet(row.key) ? row.key : undefined)}
          onOpen={(row) => openCards(isFacet(row.key) ? { facet: row.key } : { search: row.label })}
        />
      </section>
      <section className="pg-section" aria-labelledby="pg-actors">
        <div className="pg-section-head">
          <h2 id="pg-actors" className="pg-h2">
            Who do I keep forgetting?
          </h2>
          <fieldset className="dv-segmented">
            <legend className="pg-sr-only">Order actors by</legend>
            <button type="button" aria-pressed={order === 'weakest'} onClick={() => setOrder('weakest')}>
              Weakest first
            </button>
            <button type="button" aria-pressed={order === 'lapses'} onClick={() => setOrder('lapses')}>
              Most lapses
            </button>
          </fieldset>
        </div>
        <p className="pg-note">Actors in your cards; select a name to see their cards.</p>
        <MasteryList rows={actors} noun="actors" limit={8} onOpen={(row) => openCards({ search: row.label })} />
      </section>
      <section className="pg-section" aria-labelledby="pg-articles">
        <h2 id="pg-articles" className="pg-h2">
          By article
        </h2>
        <MasteryList
          rows={summary.masteryByArticle}
          noun="articles"
          limit={10}
          onOpen={(row) => openCards({ articleId: row.key })}
        />
      </section>
    </>
  );
}
