/**
 * The store's two clocks of its own: the debounced checkpoint (dirty decks
 * are written a moment after the journal has their changes) and the periodic
 * backup (a copy of the store files when something changed since the last).
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../../../shared/errors';
import type { Notice } from '../../../contract';
import type { Backups } from './backups';

/** Runs `write` once, `delayMs` after the first `schedule()` since the last run. */
export class CheckpointTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: () => void,
    private readonly delayMs: number,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.write();
    }, this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** What a backup reads of the store. */
export type BackupSource = {
  /** Grows with every change; equal counts mean nothing changed in between. */
  changeCount(): number;
  /** Writes every dirty deck; false when one could not be written. */
  flush(): boolean;
  /** The store files a backup copies, relative to the data folder. */
  storeFiles(): string[];
  lastSeq(): number;
};

export type BackupTimerDeps = {
  dataDir: string;
  backups: Backups;
  clock: () => Date;
  notices: Notice[];
  intervalMs: number;
};

/** A backup at start and then every `intervalMs` when the store changed. */
export class BackupTimer {
  private backedUpAt = -1;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly source: BackupSource,
    private readonly deps: BackupTimerDeps,
  ) {}

  start(): void {
    this.backupIfChanged(true);
    this.timer = setInterval(() => this.backupIfChanged(false), this.deps.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Copies the store files unless nothing changed (or they match the newest backup); returns its id. */
  backupIfChanged(atStart: boolean): string | null {
    const { source } = this;
    const { dataDir, backups, clock, notices } = this.deps;
    if (!atStart && source.changeCount() === this.backedUpAt) return null;
    if (!atStart) source.flush();
    const files = source.storeFiles();
    if (files.length === 0) return null;
    const fingerprint = files
      .map((rel) => {
        const st = fs.statSync(path.join(dataDir, rel));
        return `${rel}:${st.size}:${st.mtimeMs}`;
      })
      .join('|');
    this.backedUpAt = source.changeCount();
    if (backups.entries()[0]?.manifest.fingerprint === fingerprint) return null;
    try {
      return backups.create(dataDir, files, source.lastSeq(), fingerprint, clock());
    } catch (error) {
      notices.push({ level: 'warning', message: `A backup could not be written: ${messageOf(error)}.` });
      return null;
    }
  }
}
