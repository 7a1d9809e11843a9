/**
 * The state of a review session and every way it changes, as one pure reducer.
 * `use-session.ts` does the talking to main (queue, answers, undo) and turns
 * each outcome into one of these events; everything the screen shows follows
 * from the state this returns.
 */
import type { AnswerMode, CardView, QueueItem, Rating } from '../../../../electron/contract';
import {
  type CardText,
  describeAction,
  EMPTY_HISTORY,
  type History,
  historyReducer,
  type SessionAction,
  shortPrompt,
} from './undo-history';

export type SessionStatus = 'loading' | 'card' | 'empty' | 'done' | 'error';

export type SessionState = {
  status: SessionStatus;
  /** The cards still to show; the first is on screen while `status` is 'card'. */
  items: QueueItem[];
  /** Changes whenever a card is put on screen anew (keys the card panel). */
  turn: number;
  /** Counts up each time the queue must be fetched again (the hook fetches on every change). */
  loads: number;
  done: number;
  tally: Record<Rating, number>;
  nextDue: string | null;
  /** Main's clock minus this page's, to count down to `nextDue`. */
  clockOffset: number;
  /** Learning cards of this session not back yet: id -> due (main's clock, ms). */
  learning: Readonly<Record<string, number>>;
  error: string | null;
  /** What the last undo, redo or suspend did, in words. */
  notice: string | null;
  history: History;
};

export type SessionEvent =
  /** The queue came back from main (on start, and whenever the session ran out of cards). */
  | { type: 'loaded'; items: QueueItem[]; nextDue: string | null }
  | { type: 'load-failed'; message: string }
  /** Main's clock minus this page's, measured with each queue. */
  | { type: 'clock'; offset: number }
  /** The card on screen was answered; `stay` keeps it there (an Again shows its answer first). */
  | { type: 'answered'; rating: Rating; mode: AnswerMode; durationMs: number; recorded: boolean; stay: boolean }
  /** Moves on from the card on screen. */
  | { type: 'advanced' }
  /** Main put an answered card into learning, due at `due` (main's clock, ms). */
  | { type: 'learning'; cardId: string; due: number }
  /** Learning cards main says are due again: after the card on screen, or at once on the end screen. */
  | { type: 'learning-back'; items: QueueItem[] }
  /** The card on screen was suspended in main. */
  | { type: 'suspended'; item: QueueItem }
  /** The card on screen was edited (same id, new text). */
  | { type: 'edited'; card: CardView }
  /** `action` was undone in main; `card` is the card as main has it after an edit's undo. */
  | { type: 'undone'; action: SessionAction; card?: CardView }
  | { type: 'redone'; action: SessionAction; card?: CardView }
  | { type: 'notice'; text: string }
  | { type: 'error'; message: string };

const EMPTY_TALLY: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };

/** In practice without the schedule, a card answered Again comes back after this many others. */
export const PRACTICE_AGAIN_GAP = 3;

export const INITIAL_SESSION: SessionState = {
  status: 'loading',
  items: [],
  turn: 0,
  loads: 0,
  done: 0,
  tally: EMPTY_TALLY,
  nextDue: null,
  clockOffset: 0,
  learning: {},
  error: null,
  notice: null,
  history: EMPTY_HISTORY,
};

export const learningState = (card: CardView) => card.state === 'learning' || card.state === 'relearning';

/** How many cards are left: the queue plus the learning cards still to come back. */
export const cardsLeft = (state: SessionState) => state.items.length + Object.keys(state.learning).length;

/** The soonest due of this session's learning cards (main's clock, ms), or Infinity. */
export const soonestLearning = (state: SessionState) => Math.min(...Object.values(state.learning));

const withItems = (state: SessionState, items: QueueItem[], newTurn = true): SessionState => ({
  ...state,
  items,
  turn: newTurn ? state.turn + 1 : state.turn,
});

function forget(learning: Readonly<Record<string, number>>, ids: Iterable<string>) {
  const next = { ...learning };
  for (const id of ids) delete next[id];
  return next;
}

function count(state: SessionState, rating: Rating, by: 1 | -1): SessionState {
  return {
    ...state,
    done: Math.max(0, state.done + by),
    tally: { ...state.tally, [rating]: Math.max(0, state.tally[rating] + by) },
  };
}

/** Next card; with none left, back to loading, and the hook fetches the queue again. */
function advance(state: SessionState): SessionState {
  const rest = withItems(state, state.items.slice(1));
  return rest.items.length > 0 ? rest : { ...rest, status: 'loading', loads: state.loads + 1 };
}

/** Puts `item` back on screen, first. */
function showFirst(state: SessionState, item: QueueItem): SessionState {
  const rest = state.items.filter((i) => i.card.id !== item.card.id);
  return { ...withItems(state, [item, ...rest]), status: 'card' };
}

/** The card as main has it after an edit (or its undo): replaced where it stands, anew if on screen. */
function replaceEdited(state: SessionState, card: CardView | undefined): SessionState {
  if (!card) return state;
  const at = state.items.findIndex((i) => i.card.id === card.id);
  if (at < 0) return state;
  return withItems(
    state,
    state.items.map((i, n) => (n === at ? { ...i, card } : i)),
    at === 0,
  );
}

const textOf = (card: CardView): CardText => ({ prompt: card.prompt, answer: card.answer });

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'loaded': {
      const learning = forget(
        state.learning,
        event.items.map((i) => i.card.id),
      );
      const soonest = Math.min(...Object.values(learning));
      return {
        ...withItems(state, event.items),
        learning,
        nextDue: Number.isFinite(soonest) ? new Date(soonest).toISOString() : event.nextDue,
        status: event.items.length > 0 ? 'card' : state.done > 0 ? 'done' : 'empty',
      };
    }
    case 'load-failed':
      return { ...state, error: event.message, status: 'error' };
    case 'clock':
      return { ...state, clockOffset: event.offset };
    case 'answered': {
      const current = state.items[0];
      if (!current) return state;
      const { rating, mode, durationMs, recorded } = event;
      let next: SessionState = {
        ...count(state, rating, 1),
        notice: null,
        history: historyReducer(state.history, {
          type: 'did',
          action: { kind: 'answer', item: current, rating, mode, durationMs, recorded },
        }),
      };
      if (!recorded && rating === 1) {
        // Practice that leaves the schedule alone: an Again comes back a few cards later.
        const list = next.items;
        const at = Math.min(list.length, PRACTICE_AGAIN_GAP + 1);
        next = withItems(next, [...list.slice(0, at), current, ...list.slice(at)], false);
      }
      return event.stay ? next : advance(next);
    }
    case 'advanced':
      return advance(state);
    case 'learning':
      return { ...state, learning: { ...state.learning, [event.cardId]: event.due } };
    case 'learning-back': {
      if (event.items.length === 0) return state;
      const ids = new Set(event.items.map((i) => i.card.id));
      const next = { ...state, learning: forget(state.learning, ids) };
      const rest = state.items.filter((i) => !ids.has(i.card.id));
      if (state.status === 'card' && rest.length > 0)
        return withItems(next, [rest[0]!, ...event.items, ...rest.slice(1)], false);
      return { ...withItems(next, event.items), status: 'card' };
    }
    case 'suspended': {
      const action: SessionAction = { kind: 'suspend', item: event.item };
      const next = {
        ...state,
        history: historyReducer(state.history, { type: 'did', action }),
        notice: `Suspended “${shortPrompt(event.item.card.prompt)}”. Z undoes it.`,
      };
      return advance(next);
    }
    case 'edited': {
      const current = state.items[0];
      // The same card, edited: keep it on screen as it was (revealed or not).
      if (current?.card.id !== event.card.id) return state;
      const before = textOf(current.card);
      const after = textOf(event.card);
      const history =
        before.prompt !== after.prompt || before.answer !== after.answer
          ? historyReducer(state.history, { type: 'did', action: { kind: 'edit', item: current, before, after } })
          : state.history;
      return withItems({ ...state, history }, [{ ...current, card: event.card }, ...state.items.slice(1)], false);
    }
    case 'undone': {
      const { action } = event;
      let next = state;
      if (action.kind === 'answer') {
        if (action.recorded) next = { ...next, learning: forget(next.learning, [action.item.card.id]) };
        else {
          // Practice Again put a copy further on: take it out.
          const list = next.items;
          const copy = list.findIndex((i, n) => n > 0 && i === action.item);
          if (copy > 0) next = withItems(next, [...list.slice(0, copy), ...list.slice(copy + 1)], false);
        }
        next = showFirst(count(next, action.rating, -1), action.item);
      } else if (action.kind === 'suspend') next = showFirst(next, action.item);
      else next = replaceEdited(next, event.card);
      return {
        ...next,
        history: historyReducer(next.history, { type: 'undid' }),
        notice: `Undid ${describeAction(action)}.`,
      };
    }
    case 'redone': {
      const { action } = event;
      const onScreen = state.items[0]?.card.id === action.item.card.id;
      let next = state;
      if (action.kind === 'answer') next = advance(count(next, action.rating, 1));
      else if (action.kind === 'suspend') next = onScreen ? advance(next) : next;
      else next = replaceEdited(next, event.card);
      return {
        ...next,
        history: historyReducer(next.history, { type: 'redid' }),
        notice: `Redid ${describeAction(action)}.`,
      };
    }
    case 'notice':
      return { ...state, notice: event.text };
    case 'error':
      return { ...state, error: event.message };
  }
}
