import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { AnswerMode, CardView, QueueItem, Rating, SessionScope } from '../../../../electron/contract';
import { messageOf } from '../../../../shared/errors';
import { call, queries } from '../../api';
import {
  FIRST_QUEUE_LIMIT,
  LEARN_AHEAD_MS,
  sessionQueueInput,
  startQueueIfBack,
  takeStartQueue,
} from '../../lib/startup';
import {
  cardsLeft,
  INITIAL_SESSION,
  learningState,
  type SessionEvent,
  type SessionState,
  type SessionStatus,
  sessionReducer,
  soonestLearning,
} from './session-reducer';

export type { SessionStatus } from './session-reducer';

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

/**
 * The session's state before its first render: with its first cards when the app opened
 * on it and the queue asked for at start is back already (lib/startup.ts), so the first
 * render shows the first card; loading otherwise.
 */
function firstState(scope: SessionScope): SessionState {
  const start = startQueueIfBack(sessionQueueInput(scope, FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS));
  if (!start) return INITIAL_SESSION;
  const { queue, receivedAt } = start;
  const clocked = sessionReducer(INITIAL_SESSION, {
    type: 'clock',
    offset: new Date(queue.now).getTime() - receivedAt,
  });
  return sessionReducer(clocked, { type: 'loaded', items: queue.items, nextDue: queue.nextDue });
}

/**
 * A review session over a scope: the state is `sessionReducer`'s; this hook
 * talks to main. Answers are sent in order on a promise chain while the next
 * card is already on screen, so rating never waits for storage. Cards answered
 * into learning come back in the session when main says they are due; undo and
 * redo act on this session's own actions only.
 */
export function useSession(scope: SessionScope): Session {
  const [state, dispatch] = useReducer(sessionReducer, scope, firstState);
  /** The state with every event sent so far, for the callbacks (React applies the same events in the same order). */
  const stateRef = useRef<SessionState>(state);
  const send = useCallback((event: SessionEvent) => {
    stateRef.current = sessionReducer(stateRef.current, event);
    dispatch(event);
  }, []);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const scopeKey = JSON.stringify(scope);
  const practice = scope.practice;
  const records = !practice || practice.schedule;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scopeKey stands for scope
  const fetchQueue = useCallback(
    async (limit: number, learnAheadMs?: number) => {
      const input = sessionQueueInput(scope, limit, learnAheadMs);
      // The app opened on this session asked for its first queue at start (lib/startup.ts).
      const queue = await (takeStartQueue(input) ?? call('study:queue', input));
      send({ type: 'clock', offset: new Date(queue.now).getTime() - Date.now() });
      return queue;
    },
    [scopeKey],
  );

  const load = useCallback(async () => {
    await chain.current.catch(() => {});
    try {
      const queue = await fetchQueue(FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS);
      send({ type: 'loaded', items: queue.items, nextDue: queue.nextDue });
    } catch (e) {
      send({ type: 'load-failed', message: messageOf(e) });
    }
  }, [fetchQueue, send]);

  // On start, unless the first render had the start queue already; when the scope changes;
  // and whenever the session ran out of cards (`loads` counts up).
  const loadedAtStart = useRef(state.status === 'loading' ? null : state.loads);
  useEffect(() => {
    if (state.loads !== loadedAtStart.current) void load();
  }, [load, state.loads]);

  // With nothing to show, look again when cards change elsewhere (the first start's article, an import).
  useEffect(() => {
    if (state.status !== 'empty') return;
    return queries.onInvalidate((stale) => {
      if (stale.has('study:queue')) void load();
    });
  }, [state.status, load]);

  /** Brings back the learning cards main says are due now: after the current card, or at once on the end screen. */
  const pullLearning = useCallback(async () => {
    const waiting = Object.keys(stateRef.current.learning).length;
    if (waiting === 0) return;
    await chain.current.catch(() => {});
    try {
      const queue = await fetchQueue(waiting);
      const now = new Date(queue.now).getTime();
      const learning = stateRef.current.learning;
      const back = queue.items.filter(
        (i) => i.card.id in learning && learningState(i.card) && new Date(i.card.due).getTime() <= now,
      );
      send({ type: 'learning-back', items: back });
    } catch {
      // The next answer or the timer tries again.
    }
  }, [fetchQueue, send]);

  // A timer for the soonest learning card (main's clock, as far as this page can tell); the end screen also looks every 30 s.
  const learningLeft = Object.keys(state.learning).length;
  useEffect(() => {
    if (learningLeft === 0) return;
    const soonest = soonestLearning(stateRef.current);
    const wait = Math.max(0, soonest - (Date.now() + stateRef.current.clockOffset)) + 500;
    const timer = setTimeout(() => void pullLearning(), Math.min(wait, 2 ** 31 - 1));
    const poll = state.status === 'done' ? setInterval(() => void pullLearning(), 30_000) : null;
    return () => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
    };
  }, [learningLeft, state.status, pullLearning]);

  const advance = useCallback(() => send({ type: 'advanced' }), [send]);

  /** Sends an answer for `item` and keeps track of it coming back. */
  const record = useCallback(
    (item: QueueItem, rating: Rating, mode: AnswerMode, durationMs: number) => {
      chain.current = chain.current
        .then(() => call('study:answer', { cardId: item.card.id, rating, mode, durationMs: Math.round(durationMs) }))
        .then((result) => {
          if (learningState(result.card))
            send({ type: 'learning', cardId: result.card.id, due: new Date(result.card.due).getTime() });
          // Main's clock decides what is due: ask after each answer while cards are in learning.
          if (Object.keys(stateRef.current.learning).length > 0) void pullLearning();
        })
        .catch((e: Error) => send({ type: 'error', message: `Your last answer was not saved: ${e.message}` }));
    },
    [pullLearning, send],
  );

  const answer = useCallback(
    (rating: Rating, mode: AnswerMode, durationMs: number, stay = false) => {
      const current = stateRef.current.items[0];
      if (!current) return;
      // Recorded before the session moves on: a fetch of the next queue waits for this answer on the chain.
      if (records) record(current, rating, mode, durationMs);
      send({ type: 'answered', rating, mode, durationMs, recorded: records, stay });
    },
    [record, records, send],
  );

  /** Undoes the session's last action, or redoes the last undone one: main first, then the reducer. */
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const undoing = direction === 'undo';
      const { done, undone } = stateRef.current.history;
      const action = (undoing ? done : undone).at(-1);
      if (!action) {
        send({ type: 'notice', text: undoing ? 'Nothing to undo in this session.' : 'Nothing to redo.' });
        return;
      }
      await chain.current.catch(() => {});
      try {
        const id = action.item.card.id;
        let card: CardView | undefined;
        if (action.kind === 'edit')
          card = await call('cards:update', { id, ...(undoing ? action.before : action.after) });
        else if (action.kind === 'suspend') await call('cards:suspend', { ids: [id], suspended: !undoing });
        else if (undoing) {
          if (action.recorded) await call('study:undo', { cardId: id });
        } else {
          if (stateRef.current.items[0]?.card.id !== id)
            throw new Error('Redo works on the card on screen; this answer’s card has moved on.');
          if (action.recorded) record(action.item, action.rating, action.mode, action.durationMs);
        }
        send({ type: undoing ? 'undone' : 'redone', action, card });
      } catch (e) {
        send({ type: 'error', message: messageOf(e) });
      }
    },
    [record, send],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const suspend = useCallback(async () => {
    const current = stateRef.current.items[0];
    if (!current) return;
    try {
      await call('cards:suspend', { ids: [current.card.id], suspended: true });
      send({ type: 'suspended', item: current });
    } catch (e) {
      send({ type: 'error', message: messageOf(e) });
    }
  }, [send]);

  const replaceCard = useCallback((card: CardView) => send({ type: 'edited', card }), [send]);

  return {
    status: state.status,
    item: state.status === 'card' ? (state.items[0] ?? null) : null,
    done: state.done,
    left: cardsLeft(state),
    tally: state.tally,
    nextDue: state.nextDue,
    clockOffset: state.clockOffset,
    learningLeft,
    error: state.error,
    notice: state.notice,
    canUndo: state.history.done.length > 0,
    canRedo: state.history.undone.length > 0,
    turn: state.turn,
    answer,
    advance,
    undo,
    redo,
    suspend,
    replaceCard,
  };
}
