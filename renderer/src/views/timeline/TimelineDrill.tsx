import { useEffect, useMemo, useRef, useState } from 'react';
import type { OrderedItem } from '../../../../electron/contract';
import { type DrillItem, drillItems, moveItem, orderScore } from '../../lib/timeline-drill';

type Props = {
  cardId: string;
  items: OrderedItem[];
  checked: boolean;
  /** Called with each new order (ranks, 0 = earliest), so the page can check it from its own button. */
  onOrder(ranks: number[]): void;
  onCheck(score: number): void;
};

/**
 * Put the events in order: drag them, use the up/down buttons, or with the
 * keyboard focus an event and press Alt+Up / Alt+Down to move it; Enter checks.
 */
export function TimelineDrill({ cardId, items, checked, onOrder, onCheck }: Props) {
  const initial = useMemo(() => drillItems(cardId, items), [cardId, items]);
  const [order, setOrder] = useState<DrillItem[]>(initial);
  const [announce, setAnnounce] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: report the starting order once
  useEffect(() => onOrder(initial.map((item) => item.tier)), [initial]);
  /** The tier each position should hold, earliest first. */
  const tiers = useMemo(() => initial.map((item) => item.tier).sort((a, b) => a - b), [initial]);

  const move = (from: number, to: number) => {
    if (checked || to < 0 || to >= order.length) return;
    const next = moveItem(order, from, to);
    setOrder(next);
    onOrder(next.map((item) => item.tier));
    setAnnounce(`Moved to position ${to + 1} of ${order.length}.`);
    requestAnimationFrame(() => refs.current[to]?.focus());
  };

  const onKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (event.altKey || event.shiftKey) move(index, index + step);
      else refs.current[index + step]?.focus();
    } else if (event.key === 'Enter' && !checked) {
      event.preventDefault();
      onCheck(orderScore(order.map((item) => item.tier)));
    }
  };

  return (
    <div className="timeline-drill" data-state={checked ? 'checked' : 'ordering'}>
      <p className="small muted" id="timeline-help">
        Drag, use the arrows, or focus an event and press Alt+↑ / Alt+↓. Enter checks.
      </p>
      <ol className="timeline-list" aria-describedby="timeline-help">
        {order.map((item, index) => {
          // Events of one date are in place in either order.
          const right = checked && item.tier === tiers[index];
          return (
            <li
              key={item.rank}
              ref={(el) => {
                refs.current[index] = el;
              }}
              className="timeline-item"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: each event is focused to be moved with Alt+arrows
              tabIndex={0}
              draggable={!checked}
              data-rank={item.rank}
              data-state={checked ? (right ? 'right' : 'wrong') : 'open'}
              aria-label={`${index + 1}. ${checked ? item.text : hideDate(item)}${checked ? (right ? ', in place' : `, belongs at ${item.tier + 1}`) : ''}`}
              onKeyDown={(event) => onKey(event, index)}
              onDragStart={() => setDragFrom(index)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                event.stopPropagation();
                if (dragFrom !== null) move(dragFrom, index);
                setDragFrom(null);
              }}
            >
              <span className="timeline-pos">{index + 1}</span>
              <span className="timeline-text">
                {checked ? item.text : hideDate(item)}
                {checked && item.when && <span className="timeline-when"> — {item.when}</span>}
                {checked && !right && <span className="timeline-should"> (belongs at {item.tier + 1})</span>}
              </span>
              {!checked && (
                <span className="timeline-buttons">
                  <button
                    type="button"
                    className="btn-icon"
                    aria-label={`Move event ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn-icon"
                    aria-label={`Move event ${index + 1} down`}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

/** The event without its date, so the order has to be recalled, not read. */
function hideDate(item: OrderedItem): string {
  return item.when ? item.text.split(item.when).join('___') : item.text;
}
