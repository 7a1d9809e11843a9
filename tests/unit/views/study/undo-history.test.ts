import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../../../electron/contract';
import {
  describeAction,
  EMPTY_HISTORY,
  historyReducer,
  type SessionAction,
  shortPrompt,
} from '../../../../renderer/src/views/study/undo-history';

const item = (id: string, prompt = `Who said “the harbour will reopen to every ship” in ${id}?`) =>
  ({ card: { id, prompt, answer: 'Elena Marsh' }, previews: [] }) as unknown as QueueItem;
const answer = (id: string, rating: 1 | 2 | 3 | 4 = 3): SessionAction => ({
  kind: 'answer',
  item: item(id),
  rating,
  mode: 'self',
  durationMs: 900,
  recorded: true,
});

describe('the session history (undo, redo)', () => {
  it('undoes the last action first, suspend included, and redoes in reverse', () => {
    let h = historyReducer(EMPTY_HISTORY, { type: 'did', action: answer('a') });
    h = historyReducer(h, { type: 'did', action: { kind: 'suspend', item: item('b') } });
    h = historyReducer(h, { type: 'undid' });
    expect(h.undone.at(-1)?.kind).toBe('suspend');
    expect(h.done.map((a) => a.item.card.id)).toEqual(['a']);
    h = historyReducer(h, { type: 'redid' });
    expect(h.done.map((a) => a.kind)).toEqual(['answer', 'suspend']);
    expect(h.undone).toEqual([]);
  });

  it('a new action forgets what was undone; undo and redo on nothing change nothing', () => {
    let h = historyReducer(EMPTY_HISTORY, { type: 'undid' });
    expect(h).toBe(EMPTY_HISTORY);
    expect(historyReducer(h, { type: 'redid' })).toBe(EMPTY_HISTORY);
    h = historyReducer(h, { type: 'did', action: answer('a') });
    h = historyReducer(h, { type: 'undid' });
    h = historyReducer(h, { type: 'did', action: answer('b') });
    expect(h.undone).toEqual([]);
    expect(h.done.map((a) => a.item.card.id)).toEqual(['b']);
  });

  it('keeps at most 100 actions', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 130; i++) h = historyReducer(h, { type: 'did', action: answer(`c${i}`) });
    expect(h.done).toHaveLength(100);
    expect(h.done[0]?.item.card.id).toBe('c30');
  });

  it('says what an action was, with the card’s prompt cut short', () => {
    expect(describeAction(answer('x', 3))).toBe('Good on “Who said “the harbour will reopen to …”');
    expect(describeAction({ kind: 'suspend', item: item('y', 'Who is Elena Marsh?') })).toBe(
      'the suspension of “Who is Elena Marsh?”',
    );
    expect(
      describeAction({
        kind: 'edit',
        item: item('z', 'New prompt'),
        before: { prompt: 'Old prompt', answer: 'a' },
        after: { prompt: 'New prompt', answer: 'a' },
      }),
    ).toBe('your edit of “Old prompt”');
    expect(shortPrompt('short')).toBe('short');
  });
});
