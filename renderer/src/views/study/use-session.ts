import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { AnswerMode, CardView, QueueItem, Rating } from '../../../../electron/contract';
import { call } from '../../api';
import { CHANGED_EVENT, notifyChanged } from '../../lib/navigation';
import { FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS, sessionQueueInput, takeStartQueue } from '../../lib/startup';
import { describeAction, EMPTY_HISTORY, historyReducer, type SessionAction, shortPrompt } from './undo-history';

export type SessionScope = {
  articleId?: string;
  facet?: 'actors' | 'dates' | 'quotes' | 'arguments';
  kinds?: string[];
  actor?: string;
  /** Practice beyond the schedule: every card of the scope; `schedule` says whether answers count for FSRS. */
  practice?: { schedule: boolean };
};

export type SessionStatus = 'loading' | 'card' | 'empty' | 'done' | 'error';

export type Session = {
  status: SessionStatus;
  item: QueueItem | null;
  done: number;
  left: number;
  tally: Record<Rating, number>;
  nextDue: string | null;
  /** Main's clock minus this page's, to count down to `nextDue`. */
  clockOffset: number;
  /** Cards in learning that come back later in this session. */
  learningLeft: number;
  error: string | null;
  /** What the last undo, redo or suspend did, in words ("Undid Good on “Who said …”"). */
  notice: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Changes whenever a card is put on screen anew (keys the card panel). */
  turn: number;
  /** Records the answer (in the background) and, unless `stay`, shows the next card at once. */
  answer(rating: Rating, mode: AnswerMode, durationMs: number, stay?: boolean): void;
  advance(): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  suspend(): Promise<void>;
  replaceCard(card: CardView): void;
};

const EMPTY_TALLY: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
/** In practice without the schedule, a card answered Again comes back after this many others. */
const PRACTICE_AGAIN_GAP = 3;

const learningState = (card: CardView) => card.state === 'learning' || card.state === 'relearning';

/**
 * A review session over a scope. Answers are sent in order on a promise chain
 * while the next card is already on screen, so rating never waits for storage.
 * Cards answered into learning come back in the session when main says they
 * are due; undo and redo act on this session's own actions only.
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
  const [status, setStatusState] = useState<SessionStatus>('loading');
  const statusRef = useRef<SessionStatus>('loading');
  const setStatus = useCallback((s: SessionStatus) => {
    statusRef.current = s;
    setStatusState(s);
  }, []);
  const [done, setDone] = useState(0);
  const [tally, setTally] = useState(EMPTY_TALLY);
  const [nextDue, setNextDue] = useState<string | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [history, dispatchHistory] = useReducer(historyReducer, EMPTY_HISTORY);
  const historyRef = useRef(history);
  historyRef.current = history;
  /** Learning cards of this session not back yet: id -> due (main's clock). */
  const learning = useRef(new Map<string, number>());
  const [learningLeft, setLearningLeft] = useState(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const doneRef = useRef(0);
  const offsetRef = useRef(0);
  const scopeKey = JSON.stringify(scope);
  const practice = scope.practice;
  const records = !practice || practice.schedule;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scopeKey stands for scope
  const fetchQueue = useCallback(
    async (limit: number, learnAheadMs?: number) => {
      const input = sessionQueueInput(scope, limit, learnAheadMs);
      // The app opened on this session asked for its first queue at start (lib/startup.ts).
      const queue = await (takeStartQueue(input) ?? call('study:queue', input));
      offsetRef.current = new Date(queue.now).getTime() - Date.now();
      setClockOffset(offsetRef.current);
      return queue;
    },
    [scopeKey],
  );

  const forgetLearning = useCallback((ids: Iterable<string>) => {
    for (const id of ids) learning.current.delete(id);
    setLearningLeft(learning.current.size);
  }, []);

  const load = useCallback(async () => {
    await chain.current.catch(() => {});
    try {
      const queue = await fetchQueue(FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS);
      const list = queue.items;
      forgetLearning(list.map((i) => i.card.id));
      setItems(list);
      const soonest = Math.min(...learning.current.values());
      setNextDue(Number.isFinite(soonest) ? new Date(soonest).toISOString() : queue.nextDue);
      setStatus(list.length > 0 ? 'card' : doneRef.current > 0 ? 'done' : 'empty');
    } catch (e) {
      setError((e as Error).message);
      setStatus('error');
    }
  }, [fetchQueue, forgetLearning, setItems, setStatus]);

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

  /** Brings back the learning cards main says are due now: after the current card, or at once on the end screen. */
  const pullLearning = useCallback(async () => {
    if (learning.current.size === 0) return;
    await chain.current.catch(() => {});
    try {
      const queue = await fetchQueue(learning.current.size);
      const now = new Date(queue.now).getTime();
      const back = queue.items.filter(
        (i) => learning.current.has(i.card.id) && learningState(i.card) && new Date(i.card.due).getTime() <= now,
      );
      if (back.length === 0) return;
      forgetLearning(back.map((i) => i.card.id));
      const ids = new Set(back.map((i) => i.card.id));
      const rest = itemsRef.current.filter((i) => !ids.has(i.card.id));
      if (statusRef.current === 'card' && rest.length > 0) setItems([rest[0]!, ...back, ...rest.slice(1)], false);
      else {
        setItems(back);
        setStatus('card');
      }
    } catch {
      // The next answer or the timer tries again.
    }
  }, [fetchQueue, forgetLearning, setItems, setStatus]);

  // A timer for the soonest learning card (main's clock, as far as this page can tell); the end screen also looks every 30 s.
  useEffect(() => {
    if (learningLeft === 0) return;
    const soonest = Math.min(...learning.current.values());
    const wait = Math.max(0, soonest - (Date.now() + offsetRef.current)) + 500;
    const timer = setTimeout(() => void pullLearning(), Math.min(wait, 2 ** 31 - 1));
    const poll = status === 'done' ? setInterval(() => void pullLearning(), 30_000) : null;
    return () => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
    };
  }, [learningLeft, status, pullLearning]);

  const advance = useCallback(() => {
    const rest = itemsRef.current.slice(1);
    setItems(rest);
    if (rest.length === 0) {
      setStatus('loading');
      void load();
    }
  }, [load, setItems, setStatus]);

  const count = useCallback((rating: Rating, by: 1 | -1) => {
    doneRef.current = Math.max(0, doneRef.current + by);
    setDone(doneRef.current);
    setTally((t) => ({ ...t, [rating]: Math.max(0, t[rating] + by) }));
  }, []);

  /** Sends an answer for `item` and keeps track of it coming back. */
  const record = useCallback(
    (item: QueueItem, rating: Rating, mode: AnswerMode, durationMs: number) => {
      chain.current = chain.current
        .then(() => call('study:answer', { cardId: item.card.id, rating, mode, durationMs: Math.round(durationMs) }))
        .then((result) => {
          if (learningState(result.card)) {
            learning.current.set(result.card.id, new Date(result.card.due).getTime());
            setLearningLeft(learning.current.size);
          }
          notifyChanged();
          // Main's clock decides what is due: ask after each answer while cards are in learning.
          if (learning.current.size > 0) void pullLearning();
        })
        .catch((e: Error) => setError(`Your last answer was not saved: ${e.message}`));
    },
    [pullLearning],
  );

  const answer = useCallback(
    (rating: Rating, mode: AnswerMode, durationMs: number, stay = false) => {
      const current = itemsRef.current[0];
      if (!current) return;
      count(rating, 1);
      setNotice(null);
      dispatchHistory({
        type: 'did',
        action: { kind: 'answer', item: current, rating, mode, durationMs, recorded: records },
      });
      if (records) record(current, rating, mode, durationMs);
      else if (rating === 1) {
        // Practice that leaves the schedule alone: an Again comes back a few cards later.
        const list = itemsRef.current;
        const at = Math.min(list.length, PRACTICE_AGAIN_GAP + 1);
        setItems([...list.slice(0, at), current, ...list.slice(at)], false);
      }
      if (!stay) advance();
    },
    [advance, count, record, records, setItems],
  );

  /** Puts `item` back on screen, first. */
  const showFirst = useCallback(
    (item: QueueItem) => {
      const rest = itemsRef.current.filter((i) => i.card.id !== item.card.id);
      setItems([item, ...rest]);
      setStatus('card');
    },
    [setItems, setStatus],
  );

  const undo = useCallback(async () => {
    const action = historyRef.current.done.at(-1);
    if (!action) {
      setNotice('Nothing to undo in this session.');
      return;
    }
    await chain.current.catch(() => {});
    try {
      if (action.kind === 'answer') {
        if (action.recorded) {
          await call('study:undo', { cardId: action.item.card.id });
          forgetLearning([action.item.card.id]);
        } else {
          // Practice Again put a copy further on: take it out.
          const list = itemsRef.current;
          const copy = list.findIndex((i, n) => n > 0 && i === action.item);
          if (copy > 0) setItems([...list.slice(0, copy), ...list.slice(copy + 1)], false);
        }
        count(action.rating, -1);
        showFirst(action.item);
      } else if (action.kind === 'suspend') {
        await call('cards:suspend', { ids: [action.item.card.id], suspended: false });
        showFirst(action.item);
      } else {
        const card = await call('cards:update', { id: action.item.card.id, ...action.before });
        const list = itemsRef.current;
        const at = list.findIndex((i) => i.card.id === card.id);
        if (at >= 0)
          setItems(
            list.map((i, n) => (n === at ? { ...i, card } : i)),
            at === 0,
          );
      }
      dispatchHistory({ type: 'undid' });
      setNotice(`Undid ${describeAction(action)}.`);
      notifyChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [count, forgetLearning, setItems, showFirst]);

  const redo = useCallback(async () => {
    const action = historyRef.current.undone.at(-1);
    if (!action) {
      setNotice('Nothing to redo.');
      return;
    }
    await chain.current.catch(() => {});
    try {
      const onScreen = itemsRef.current[0]?.card.id === action.item.card.id;
      if (action.kind === 'answer') {
        if (!onScreen) throw new Error('Redo works on the card on screen; this answer’s card has moved on.');
        count(action.rating, 1);
        if (action.recorded) record(action.item, action.rating, action.mode, action.durationMs);
        advance();
      } else if (action.kind === 'suspend') {
        await call('cards:suspend', { ids: [action.item.card.id], suspended: true });
        if (onScreen) advance();
      } else {
        const card = await call('cards:update', { id: action.item.card.id, ...action.after });
        const list = itemsRef.current;
        const at = list.findIndex((i) => i.card.id === card.id);
        if (at >= 0)
          setItems(
            list.map((i, n) => (n === at ? { ...i, card } : i)),
            at === 0,
          );
      }
      dispatchHistory({ type: 'redid' });
      setNotice(`Redid ${describeAction(action)}.`);
      notifyChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [advance, count, record, setItems]);

  const suspend = useCallback(async () => {
    const current = itemsRef.current[0];
    if (!current) return;
    try {
      await call('cards:suspend', { ids: [current.card.id], suspended: true });
      const action: SessionAction = { kind: 'suspend', item: current };
      dispatchHistory({ type: 'did', action });
      setNotice(`Suspended “${shortPrompt(current.card.prompt)}”. Z undoes it.`);
      notifyChanged();
      advance();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [advance]);

  const replaceCard = useCallback(
    (card: CardView) => {
      const list = itemsRef.current;
      const current = list[0];
      // The same card, edited: keep it on screen as it was (revealed or not).
      if (current?.card.id !== card.id) return;
      const before = { prompt: current.card.prompt, answer: current.card.answer };
      const after = { prompt: card.prompt, answer: card.answer };
      if (before.prompt !== after.prompt || before.answer !== after.answer)
        dispatchHistory({ type: 'did', action: { kind: 'edit', item: current, before, after } });
      setItems([{ ...current, card }, ...list.slice(1)], false);
    },
    [setItems],
  );

  return {
    status,
    item: status === 'card' ? (items[0] ?? null) : null,
    done,
    left: items.length + learningLeft,
    tally,
    nextDue,
    clockOffset,
    learningLeft,
    error,
    notice,
    canUndo: history.done.length > 0,
    canRedo: history.undone.length > 0,
    turn,
    answer,
    advance,
    undo,
    redo,
    suspend,
    replaceCard,
  };
}
