/**
 * The review history in memory: the journal's recent entries (today's counts),
 * and every answer not undone (statistics, card history), read on first use.
 * Past months are read in the background after opening so the first summary
 * does not wait for the whole journal.
 */
import { dayStart } from '../scheduling';
import type { JournalEntry, ReviewRecord, TodayCounts } from '../types';
import type { Journal } from './journal';

export class ReviewLog {
  private all: ReviewRecord[] | null = null;
  private prefetched = new Map<string, JournalEntry[]>();
  private timer: NodeJS.Timeout | null = null;

  /** @param recent journal entries since the start of yesterday */
  constructor(
    private readonly journal: Journal,
    private readonly recent: JournalEntry[],
  ) {}

  /** Today's answers (not undone) that count against the daily limits. */
  todayCounts(now: Date, dayStartHour: number): TodayCounts {
    const start = dayStart(now, dayStartHour);
    const undone = new Set<number>();
    for (const e of this.recent) if (e.kind === 'undo') undone.add(e.undoes);
    let newStudied = 0;
    let reviewsDone = 0;
    for (const e of this.recent) {
      if (e.kind !== 'answer' || e.at < start || undone.has(e.seq)) continue;
      if (e.before.state === 0) newStudied++;
      else if (e.before.state === 2) reviewsDone++;
    }
    return { newStudied, reviewsDone };
  }

  /** The cards answered today (answers not undone), for burying their siblings. */
  todayCardIds(now: Date, dayStartHour: number): Set<string> {
    const start = dayStart(now, dayStartHour);
    const undone = new Set<number>();
    for (const e of this.recent) if (e.kind === 'undo') undone.add(e.undoes);
    const ids = new Set<string>();
    for (const e of this.recent) if (e.kind === 'answer' && e.at >= start && !undone.has(e.seq)) ids.add(e.cardId);
    return ids;
  }

  /** Every answer not undone, oldest first. */
  reviews(): ReviewRecord[] {
    if (!this.all) {
      this.stop();
      const entries = this.journal.months().flatMap((m) => this.prefetched.get(m) ?? this.journal.readMonthEntries(m));
      this.prefetched = new Map();
      const undone = new Set<number>();
      for (const e of entries) if (e.kind === 'undo') undone.add(e.undoes);
      this.all = entries.filter((e): e is JournalEntry & ReviewRecord => e.kind === 'answer' && !undone.has(e.seq));
    }
    return this.all;
  }

  /** An entry just appended to the journal. */
  add(entry: JournalEntry): void {
    this.recent.push(entry);
    if (!this.all) return;
    if (entry.kind === 'answer') this.all.push(entry);
    else if (entry.kind === 'undo') {
      const i = this.all.findLastIndex((r) => r.seq === entry.undoes);
      if (i >= 0) this.all.splice(i, 1);
    }
  }

  /**
   * Reads one past month per tick. The newest month is left for `reviews()`,
   * since answers are still appended to it; older ones no longer change.
   */
  prefetch(): void {
    this.stop();
    const tick = () => {
      this.timer = null;
      if (this.all) return;
      const next = this.journal
        .months()
        .slice(0, -1)
        .find((m) => !this.prefetched.has(m));
      if (next === undefined) return;
      this.prefetched.set(next, this.journal.readMonthEntries(next));
      this.timer = setTimeout(tick, 0);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, 50);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
