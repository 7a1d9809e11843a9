import { describe, expect, it } from 'vitest';
import { UndoSession } from '../../../../electron/main/progress/scheduling';
import type { ReviewRecord } from '../../../../electron/main/progress/types';

const state = {
  due: 0,
  stability: 0,
  difficulty: 0,
  elapsed_days: 0,
  scheduled_days: 0,
  reps: 0,
  lapses: 0,
  state: 0,
  last_review: null,
  learning_steps: 0,
};
const answer = (seq: number, cardId = `c${seq}`, articleId = 'art'): ReviewRecord =>
  ({
    seq,
    cardId,
    articleId,
    at: seq,
    rating: 3,
    mode: 'self',
    durationMs: 1,
    before: state,
    after: state,
    retrievability: null,
  }) as ReviewRecord;

describe('the undo session', () => {
  it('keeps the newest answers up to its depth and gives them back newest first', () => {
    const undo = new UndoSession(3);
    for (let seq = 1; seq <= 5; seq++) undo.push(answer(seq));
    expect(undo.size).toBe(3);
    expect(undo.last()?.seq).toBe(5);
    undo.dropLast();
    expect(undo.last()?.seq).toBe(4);
    undo.dropLast();
    undo.dropLast();
    expect(undo.last()).toBeUndefined();
  });

  it('forgets the answers of reset cards or removed articles, and everything on clear', () => {
    const undo = new UndoSession();
    undo.push(answer(1, 'a', 'one'));
    undo.push(answer(2, 'b', 'two'));
    undo.push(answer(3, 'c', 'one'));
    undo.forget((r) => r.articleId === 'one');
    expect(undo.last()?.cardId).toBe('b');
    expect(undo.size).toBe(1);
    undo.clear();
    expect(undo.size).toBe(0);
  });
});
