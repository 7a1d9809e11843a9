import './progress/views.css';
import './cards/cards.css';
import { useEffect, useState } from 'react';
import type { CardView } from '../../../electron/contract';
import { LoadError } from '../components/LoadError';
import { plural } from '../lib/format';
import type { CardsFilter } from '../lib/navigation';
import { useQuery } from '../lib/query';
import { CardDetail } from './cards/CardDetail';
import { CardFilters } from './cards/CardFilters';
import { CardList } from './cards/CardList';
import { type CardFilter, EMPTY_FILTER, filterFromRequest, toListInput } from './cards/card-filter';

/** The filter the list is loaded with: typing in the search box waits for a pause, other changes apply at once. */
function useSettledFilter(filter: CardFilter): CardFilter {
  const [settled, setSettled] = useState(filter);
  useEffect(() => {
    if (filter === settled) return;
    const timer = setTimeout(() => setSettled(filter), filter.search !== settled.search ? 200 : 0);
    return () => clearTimeout(timer);
  }, [filter, settled]);
  return settled;
}

/**
 * The card browser: search and filter every card, inspect one, edit, suspend or reset it.
 * `filter` comes from the route (`#/cards?facet=dates`, a link from the progress view).
 */
export function CardsView({ filter: asked }: { filter?: CardsFilter }) {
  const [filter, setFilter] = useState<CardFilter>(() => (asked ? filterFromRequest(asked) : EMPTY_FILTER));
  const settled = useSettledFilter(filter);
  // An edit, suspension or reset refetches the list (the query cache knows what they change).
  const list = useQuery('cards:list', toListInput(settled));
  const articles = useQuery('library:list');
  const [selected, setSelected] = useState<CardView | null>(null);

  // After a reload, show the selected card as main now has it (if it still matches the filter).
  useEffect(() => {
    const fresh = list.data;
    if (fresh) setSelected((s) => (s ? (fresh.find((c) => c.id === s.id) ?? s) : s));
  }, [list.data]);

  const cards = list.data ?? [];
  const onSelect = (id: string) => setSelected(cards.find((c) => c.id === id) ?? null);
  const isStale = list.loading || filter !== settled;
  // "ready" once the list shows the filter as typed (a search waiting for its pause is not ready yet).
  const status = list.error ? 'error' : isStale ? 'loading' : 'ready';

  return (
    <section className="dv-page cb-page" aria-labelledby="cb-title" data-state={status}>
      <header className="dv-page-head">
        <h1 id="cb-title" className="dv-h1">
          Cards
        </h1>
        <p className="dv-muted" role="status" data-count={list.data?.length ?? ''}>
          {list.data ? plural(cards.length, 'card') : list.error ? 'Not loaded' : 'Loading…'}
          {isStale && list.data ? ' (updating…)' : ''}
        </p>
      </header>
      <CardFilters
        filter={filter}
        articles={(articles.data ?? []).map((a) => ({ id: a.id, title: a.title }))}
        onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      />
      <LoadError what="The cards" query={list} />
      <LoadError what="The articles of the filter" query={articles} />
      <div className={`cb-body${selected ? ' cb-has-detail' : ''}`}>
        {list.data && cards.length === 0 ? (
          <p className="cb-empty">No cards match these filters.</p>
        ) : (
          <CardList cards={cards} selectedId={selected?.id ?? null} onSelect={onSelect} />
        )}
        {selected && (
          <CardDetail key={selected.id} card={selected} onChanged={setSelected} onClose={() => setSelected(null)} />
        )}
      </div>
    </section>
  );
}
