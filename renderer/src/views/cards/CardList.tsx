import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { CardView } from '../../../../electron/contract';
import { formatDay, formatPercent } from '../../lib/format';
import { stateLabel } from './card-filter';

const ROW_HEIGHT = 60;

type Props = {
  cards: CardView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

const optionId = (i: number) => `cb-option-${i}`;

function Row({ card }: { card: CardView }) {
  const state = stateLabel(card);
  const isScheduled = card.state !== 'new' && !card.retired && card.review === 'accepted';
  return (
    <>
      <span className="cb-row-main">
        <span className="cb-row-prompt">
          <span className={`dv-facet dv-facet-${card.facet}`}>{card.facet}</span> {card.prompt}
        </span>
        <span className="cb-row-answer">
          {card.answer} <span className="cb-row-article">· {card.articleTitle}</span>
        </span>
      </span>
      <span className={`cb-state cb-state-${state}`}>{state}</span>
      <span className="cb-num" title="When the card is due next">
        {isScheduled ? formatDay(card.due) : '—'}
      </span>
      <span className="cb-num" title="Chance of recalling it now">
        {formatPercent(card.retrievability)}
      </span>
      <span className="cb-num" title="Times forgotten after being learned">
        {card.lapses}
      </span>
    </>
  );
}

/**
 * A virtualised single-select listbox: only the rows in view (plus a few) are in the DOM,
 * so 20,000 cards scroll as smoothly as 20. Arrow keys, Page Up/Down, Home and End move the selection.
 */
export function CardList({ cards, selectedId, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const active = selectedId === null ? -1 : cards.findIndex((c) => c.id === selectedId);

  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next: number | null = null;
    if (e.key in moves) next = Math.max(0, Math.min(cards.length - 1, (active < 0 ? -1 : active) + moves[e.key]!));
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = cards.length - 1;
    if (next === null || cards.length === 0) return;
    e.preventDefault();
    onSelect(cards[next]!.id);
  };

  return (
    <div className="cb-list-wrap">
      <div className="cb-list-head" aria-hidden="true">
        <span>Card</span>
        <span>State</span>
        <span className="cb-num">Due</span>
        <span className="cb-num">Recall</span>
        <span className="cb-num">Lapses</span>
      </div>
      <div
        ref={scroller}
        className="cb-list"
        role="listbox"
        tabIndex={0}
        aria-label="Cards"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="cb-list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const card = cards[item.index]!;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard for its options
              <div
                key={card.id}
                id={optionId(item.index)}
                role="option"
                tabIndex={-1}
                aria-selected={card.id === selectedId}
                aria-posinset={item.index + 1}
                aria-setsize={cards.length}
                className="cb-row"
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(card.id)}
                data-card-id={card.id}
              >
                <Row card={card} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
