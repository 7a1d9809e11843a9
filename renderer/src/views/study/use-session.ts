import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerMode, CardView, QueueItem, Rating } from '../../../../electron/contract';
import { call } from '../../api';
import { CHANGED_EVENT, notifyChanged } from '../../lib/navigation';

export type SessionScope = {
  articleId?: string;
  facet?: 'actors' | 'dates' | 'quotes' | 'arguments';
  kinds?: string[];
};

export type SessionStatus = 'loading' | 'card' | 'empty' | 'done' | 'error';

export type Session = {
  status: SessionStatus;
  item: QueueItem | null;
  done: number;
  left: number;
  tally: Record<Rating, number>;
  nextDue: string | null;
  error: string | null;
  undoDepth: number;
  /** Changes whenever a card is put on screen anew (keys the card panel). */
  turn: number;
  /** Records the answer (in the background) and, unless `stay`, shows the next card at once. */
  answer(rating: Rating, mode: AnswerMode, durationMs: number, stay?: boolean): void;
  advance(): void;
  undo(): Promise<void>;
  suspend(): Promise<void>;
  replaceCard(card: CardView): void;
};

const EMPTY_TALLY: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };

/**
 * A review session over a scope. Answers are sent in order on a promise chain
 * while the next card is already on screen, so rating never waits for storage.
 */
export function useSession(scope: SessionScope): Session {
  const [items, setItemsState] = useState<QueueItem[]>([]);
  const itemsRef = useRef<QueueItem[]>([]);
  const [turn, setTurn] = useState(0);
  const setItems = useCallback((list: QueueItem[], newTurn = true) => {
    itemsRef.current = list;
    setItemsState(list);
    if (newTurn) setTurn((t) => t + 1);
  }, []);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [done, setDone] = useState(0);
  const [tally, setTally] = useState(EMPTY_TALLY);
  const [nextDue, setNextDue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undoDepth, setUndoDepth] = useState(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const doneRef = useRef(0);
  const scopeKey = JSON.stringify(scope);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scopeKey stands for scope
  const load = useCallback(
    async (first?: string) => {
      await chain.current.catch(() => {});
      try {
        const queue = await call('study:queue', { ...scope, limit: 500 });
        let list = queue.items;
        if (first) {
          const index = list.findIndex((i) => i.card.id === first);
          if (index > 0) list = [list[index], ...list.slice(0, index), ...list.slice(index + 1)];
        }
        setItems(list);
        setNextDue(queue.nextDue);
        setStatus(list.length > 0 ? 'card' : doneRef.current > 0 ? 'done' : 'empty');
      } catch (e) {
        setError((e as Error).message);
        setStatus('error');
      }
    },
    [scopeKey, setItems],
  );

  useEffect(() => {
    void load();
  }, [load]);

  // With nothing to show, look again when cards change elsewhere (the first start's article, an import).
  useEffect(() => {
    if (status !== 'empty') return;
    const reload = () => void load();
    window.addEventListener(CHANGED_EVENT, reload);
    return () => window.removeEventListener(CHANGED_EVENT, reload);
  }, [status, load]);

  const advance = useCallback(() => {
    const rest = itemsRef.current.slice(1);
    setItems(rest);
    if (rest.length === 0) {
      setStatus('loading');
      void load();
    }
  }, [load, setItems]);

  const answer = useCallback(
    (rating: Rating, mode: AnswerMode, durationMs: number, stay = false) => {
      const current = itemsRef.current[0];
      if (!current) return;
      doneRef.current += 1;
      setDone(doneRef.current);
      setTally((t) => ({ ...t, [rating]: t[rating] + 1 }));
      chain.current = chain.current
        .then(() => call('study:answer', { cardId: current.card.id, rating, mode, durationMs: Math.round(durationMs) }))
        .then((result) => {
          setUndoDepth(result.undoDepth);
          notifyChanged();
        })
        .catch((e: Error) => setError(`Your last answer was not saved: ${e.message}`));
      if (!stay) advance();
    },
    [advance],
  );

  const undo = useCallback(async () => {
    await chain.current.catch(() => {});
    try {
      const result = await call('study:undo');
      doneRef.current = Math.max(0, doneRef.current - 1);
      setDone(doneRef.current);
      setUndoDepth(result.undoDepth);
      setStatus('loading');
      notifyChanged();
      await load(result.card.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [load]);

  const suspend = useCallback(async () => {
    const current = itemsRef.current[0];
    if (!current) return;
    try {
      await call('cards:suspend', { ids: [current.card.id], suspended: true });
      notifyChanged();
      advance();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [advance]);

  const replaceCard = useCallback(
    (card: CardView) => {
      const list = itemsRef.current;
      // The same card, edited: keep it on screen as it was (revealed or not).
      if (list[0]?.card.id === card.id) setItems([{ ...list[0], card }, ...list.slice(1)], false);
    },
    [setItems],
  );

  return {
    status,
    item: status === 'card' ? (items[0] ?? null) : null,
    done,
    left: items.length,
    tally,
    nextDue,
    error,
    undoDepth,
    turn,
    answer,
    advance,
    undo,
    suspend,
    replaceCard,
  };
}
