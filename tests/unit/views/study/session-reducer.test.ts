import { describe, expect, it } from 'vitest';
import type { CardView, QueueItem } from '../../../../electron/contract';
import {
  cardsLeft,
  INITIAL_SESSION,
  PRACTICE_AGAIN_GAP,
  type SessionEvent,
  type SessionState,
  sessionReducer,
} from '../../../../renderer/src/views/study/session-reducer';

const card = (id: string, over: Partial<CardView> = {}) =>
  ({
    id,
    prompt: `Which port did the ferry company close in ${id}?`,
    answer: 'Northhaven',
    state: 'new',
    ...over,
  }) as CardView;
const item = (id: string, over: Partial<CardView> = {}): QueueItem => ({ card: card(id, over), previews: [] });
const ids = (s: SessionState) => s.items.map((i) => i.card.id);
const run = (events: SessionEvent[], from: SessionState = INITIAL_SESSION) => events.reduce(sessionReducer, from);
const start = (...names: string[]) => run([{ type: 'loaded', items: names.map((n) => item(n)), nextDue: null }]);
const answer = (rating: 1 | 2 | 3 | 4, over: Partial<Extract<SessionEvent, { type: 'answered' }>> = {}) =>
  ({ type: 'answered', rating, mode: 'self', durationMs: 1200, recorded: true, stay: false, ...over }) as SessionEvent;

describe('the session reducer', () => {
  it('start: shows the first card of the queue, or says why there is none', () => {
    const s = start('a', 'b');
    expect(s.status).toBe('card');
    expect(ids(s)).toEqual(['a', 'b']);
    expect(s.turn).toBe(1);
    expect(start().status).toBe('empty');
    const failed = sessionReducer(INITIAL_SESSION, { type: 'load-failed', message: 'The deck could not be read.' });
    expect(failed).toMatchObject({ status: 'error', error: 'The deck could not be read.' });
  });

  it('answer: counts the rating, remembers the action and moves to the next card on a new turn', () => {
    const s = run([answer(3)], start('a', 'b'));
    expect(ids(s)).toEqual(['b']);
    expect(s).toMatchObject({ done: 1, tally: { 1: 0, 2: 0, 3: 1, 4: 0 }, turn: 2, notice: null });
    expect(s.history.done).toHaveLength(1);
    expect(s.history.done[0]).toMatchObject({ kind: 'answer', rating: 3, recorded: true });
  });

  it('reveal: an answer that stays keeps the card on screen (same turn) until the session advances', () => {
    const s = run([answer(1, { stay: true })], start('a', 'b'));
    expect(ids(s)).toEqual(['a', 'b']);
    expect(s.turn).toBe(1);
    expect(s.done).toBe(1);
    expect(ids(sessionReducer(s, { type: 'advanced' }))).toEqual(['b']);
  });

  it('end: the last answer asks for the queue again; an empty queue after answers is the end screen', () => {
    const s = run([answer(4)], start('a'));
    expect(s.status).toBe('loading');
    expect(s.loads).toBe(INITIAL_SESSION.loads + 1);
    const end = sessionReducer(s, { type: 'loaded', items: [], nextDue: '2030-01-02T00:00:00.000Z' });
    expect(end.status).toBe('done');
    expect(end.nextDue).toBe('2030-01-02T00:00:00.000Z');
  });

  it('again-returns (practice off the schedule): an Again comes back after a few cards, and undo takes the copy out', () => {
    const s = run([answer(1, { recorded: false })], start('a', 'b', 'c', 'd', 'e', 'f'));
    // Put back after the card on screen and PRACTICE_AGAIN_GAP (3) others; then the session moved on.
    expect(PRACTICE_AGAIN_GAP).toBe(3);
    expect(ids(s)).toEqual(['b', 'c', 'd', 'a', 'e', 'f']);
    const action = s.history.done.at(-1)!;
    const undone = sessionReducer(s, { type: 'undone', action });
    expect(ids(undone)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(undone.done).toBe(0);
  });

  it('again-returns (learning): a learning card comes back after the card on screen, or at once on the end screen', () => {
    let s = run(
      [answer(1), { type: 'learning', cardId: 'a', due: Date.parse('2030-01-01T00:10:00Z') }],
      start('a', 'b'),
    );
    expect(cardsLeft(s)).toBe(2);
    const back = [item('a', { state: 'learning' })];
    expect(ids(sessionReducer(s, { type: 'learning-back', items: back }))).toEqual(['b', 'a']);
    s = run([answer(3), { type: 'loaded', items: [], nextDue: null }], s);
    expect(s.status).toBe('done');
    expect(s.nextDue).toBe('2030-01-01T00:10:00.000Z');
    s = sessionReducer(s, { type: 'learning-back', items: back });
    expect(s.status).toBe('card');
    expect(ids(s)).toEqual(['a']);
    expect(s.learning).toEqual({});
  });

  it('undo and redo an answer: the card comes back first with the count taken off, and redo answers it again', () => {
    const s = run([answer(2)], start('a', 'b'));
    const undone = sessionReducer(s, { type: 'undone', action: s.history.done.at(-1)! });
    expect(ids(undone)).toEqual(['a', 'b']);
    expect(undone).toMatchObject({ done: 0, tally: { 2: 0 }, notice: expect.stringMatching(/^Undid Hard on /) });
    expect(undone.history.undone).toHaveLength(1);
    const redone = sessionReducer(undone, { type: 'redone', action: undone.history.undone.at(-1)! });
    expect(ids(redone)).toEqual(['b']);
    expect(redone).toMatchObject({ done: 1, tally: { 2: 1 }, notice: expect.stringMatching(/^Redid Hard on /) });
    expect(redone.history).toMatchObject({ done: [{ kind: 'answer' }], undone: [] });
  });

  it('suspend: moves on with a notice; undo brings the card back, redo suspends it again', () => {
    const s = sessionReducer(start('a', 'b'), { type: 'suspended', item: item('a') });
    expect(ids(s)).toEqual(['b']);
    expect(s.notice).toMatch(/^Suspended “.*”\. Z undoes it\.$/);
    const undone = sessionReducer(s, { type: 'undone', action: s.history.done.at(-1)! });
    expect(ids(undone)).toEqual(['a', 'b']);
    expect(undone.notice).toMatch(/^Undid the suspension of /);
    expect(ids(sessionReducer(undone, { type: 'redone', action: undone.history.undone.at(-1)! }))).toEqual(['b']);
  });

  it('edit: replaces the card on screen without a new turn, remembers the change, and undo puts main’s card back', () => {
    const s0 = start('a', 'b');
    const edited = card('a', { prompt: 'Which port closed first?' });
    const s = sessionReducer(s0, { type: 'edited', card: edited });
    expect(s.items[0]?.card.prompt).toBe('Which port closed first?');
    expect(s.turn).toBe(s0.turn);
    expect(s.history.done.at(-1)).toMatchObject({ kind: 'edit', after: { prompt: 'Which port closed first?' } });
    // The same text again is no action; another card's edit does not touch the one on screen.
    expect(sessionReducer(s, { type: 'edited', card: edited }).history.done).toHaveLength(1);
    expect(sessionReducer(s, { type: 'edited', card: card('b') })).toBe(s);
    const undone = sessionReducer(s, { type: 'undone', action: s.history.done.at(-1)!, card: card('a') });
    expect(undone.items[0]?.card.prompt).toBe(s0.items[0]?.card.prompt);
    expect(undone.turn).toBe(s.turn + 1);
    expect(undone.notice).toMatch(/^Undid your edit of /);
  });

  it('an answer with no card on screen changes nothing', () => {
    expect(sessionReducer(INITIAL_SESSION, answer(3))).toBe(INITIAL_SESSION);
  });
});
