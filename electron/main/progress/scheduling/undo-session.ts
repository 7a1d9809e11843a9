/**
 * This session's answers that can still be undone, newest last, at most
 * `depth` of them. Emptied when the data folder is reloaded (restore, import);
 * a reset or a removed article takes its answers out.
 */
import type { ReviewRecord } from '../types';

export const UNDO_DEPTH = 100;

export class UndoSession {
  private answers: ReviewRecord[] = [];

  constructor(private readonly depth = UNDO_DEPTH) {}

  get size(): number {
    return this.answers.length;
  }

  push(answer: ReviewRecord): void {
    this.answers.push(answer);
    if (this.answers.length > this.depth) this.answers.shift();
  }

  /** The answer an undo would take back. */
  last(): ReviewRecord | undefined {
    return this.answers.at(-1);
  }

  /** Forgets the last answer (undone, or its card is gone). */
  dropLast(): void {
    this.answers.pop();
  }

  /** Forgets the answers `drop` picks (their card was reset or its article removed). */
  forget(drop: (answer: ReviewRecord) => boolean): void {
    this.answers = this.answers.filter((a) => !drop(a));
  }

  clear(): void {
    this.answers = [];
  }
}
