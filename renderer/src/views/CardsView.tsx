import './progress/views.css';
import './cards/cards.css';
import { useEffect, useState } from 'react';
import type { CardView } from '../../../electron/contract';
import { call } from '../api';
import { plural } from '../lib/format';
import { notifyChanged } from '../lib/navigation';
import { CardDetail } from './cards/CardDetail';
import { CardFilters } from './cards/CardFilters';
import { CardList } from './cards/CardList';
import { type CardFilter, EMPTY_FILTER, filterFromRequest, toListInput } from './cards/card-filter';
import { onCardsFilter, takePendingCardsFilter } from './cards/cards-link';
import { useLoad } from './progress/use-load';

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

/** The card browser: search and filter every card, inspect one, edit, suspend or reset it. */
export function CardsView() {
  const [filter, setFilter] = useState<CardFilter>(() => {
    const request = takePendingCardsFilter();
    return request ? filterFromRequest(request) : EMPTY_FILTER;
  });
  const settled = useSettledFilter(filter);
  const [version, setVersion] = useState(0);
  const [list] = useLoad(() => call('cards:list', toListInput(settled)), [settled, version]);
  const [articles] = useLoad(() => call('library:list'), []);
  const [selected, setSelected] = useState<CardView | null>(null);

  useEffect(() => onCardsFilter((request) => setFilter(filterFromRequest(request))), []);
  // After a reload, show the selected card as main now has it (if it still matches the filter).
  useEffect(() => {
    const fresh = list.value;
    if (fresh) setSelected((s) => (s ? (fresh.find((c) => c.id === s.id) ?? s) : s));
  }, [list.value]);

  const cards = list.value ?? [];
  const onSelect = (id: string) => setSelected(cards.find((c) => c.id === id) ?? null);
  const onChanged = (card: CardView) => {
    setSelected(card);
    setVersion((v) => v + 1);
    notifyChanged();
  };
  const isStale = list.status === 'loading' || filter !== settled;

  return (
    <section className="dv-page cb-page" aria-labelledby="cb-title" data-state={list.status}>
      <header className="dv-page-head">
        <h1 id="cb-title" className="dv-h1">
          Cards
        </h1>
        <p className="dv-muted" role="status" data-count={list.value?.length ?? ''}>
          {list.value ? plural(cards.length, 'card') : 'Loading…'}
          {isStale && list.value ? ' (updating…)' : ''}
        </p>
      </header>
      <CardFilters
        filter={filter}
        articles={(articles.value ?? []).map((a) => ({ id: a.id, title: a.title }))}
        onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      />
      {list.status === 'error' && (
        <div className="dv-alert" role="alert">
          The cards could not be listed: {list.message}
        </div>
      )}
      <div className={`cb-body${selected ? ' cb-has-detail' : ''}`}>
        {list.value && cards.length === 0 ? (
          <p className="cb-empty">No cards match these filters.</p>
        ) : (
          <CardList cards={cards} selectedId={selected?.id ?? null} onSelect={onSelect} />
        )}
        {selected && (
          <CardDetail key={selected.id} card={selected} onChanged={onChanged} onClose={() => setSelected(null)} />
        )}
      </div>
    </section>
  );
}
