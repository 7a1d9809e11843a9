/**
 * What a session did, for undo and redo: answers, suspends and edits of this
 * session only (leaving the screen forgets them, so Z never reaches an answer
 * given elsewhere). Pure: the session hook applies the actions.
 */
import type { AnswerMode, QueueItem, Rating } from '../../../../electron/contract';

export type CardText = { prompt: string; answer: string };

export type SessionAction =
  | {
      kind: 'answer';
      item: QueueItem;
      rating: Rating;
      mode: AnswerMode;
      durationMs: number;
      /** False in practice that leaves the schedule alone: nothing was sent to main. */
      recorded: boolean;
    }
  | { kind: 'suspend'; item: QueueItem }
  | { kind: 'edit'; item: QueueItem; before: CardText; after: CardText };

export type History = { done: SessionAction[]; undone: SessionAction[] };

export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** At most this many actions are kept, as in the main process's undo stack. */
const DEPTH = 100;

export type HistoryEvent = { type: 'did'; action: SessionAction } | { type: 'undid' } | { type: 'redid' };

export function historyReducer(history: History, event: HistoryEvent): History {
  switch (event.type) {
    case 'did':
      // A new action forgets what was undone, as in any editor.
      return { done: [...history.done, event.action].slice(-DEPTH), undone: [] };
    case 'undid': {
      const last = history.done.at(-1);
      return last ? { done: history.done.slice(0, -1), undone: [...history.undone, last] } : history;
    }
    case 'redid': {
      const next = history.undone.at(-1);
      return next ? { done: [...history.done, next], undone: history.undone.slice(0, -1) } : history;
    }
  }
}

const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The card's prompt, cut to a phrase: “Who said …”. */
export function shortPrompt(prompt: string, max = 40): string {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …`;
}

/** "Good on “Who said …”", "the suspension of “…”", "your edit of “…”". */
export function describeAction(action: SessionAction): string {
  const card = `“${shortPrompt(action.kind === 'edit' ? action.before.prompt : action.item.card.prompt)}”`;
  if (action.kind === 'answer') return `${RATING_NAMES[action.rating]} on ${card}`;
  if (action.kind === 'suspend') return `the suspension of ${card}`;
  return `your edit of ${card}`;
}
