/**
 * The opened data folder: start-up checks, then the persistence store
 * (store.ts), this session's undo answers, the backups and their periodic
 * timer, and the notices for `app:notices`. `handlers.ts` hands each
 * operation the part it needs; nothing here is an operation.
 */
import fs from 'node:fs';
import type { Notice } from '../../../contract';
import { UndoSession } from '../scheduling';
import { Backups } from './backups';
import { checkDataFolder } from './data-folder';
import { recoverSwap } from './replace-stores';
import { ProgressStore, type StoreDeps } from './store';
import { BackupTimer } from './timers';

export type ProgressDeps = StoreDeps & {
  /** Interval of the periodic backup (default 30 min). */
  backupIntervalMs?: number;
};

export class Progress {
  readonly notices: Notice[] = [];
  readonly backups: Backups;
  readonly store: ProgressStore;
  /** This session's answers, for undo; emptied whenever the store is reloaded (restore, import). */
  readonly undo = new UndoSession();
  private readonly backupTimer: BackupTimer;

  private constructor(deps: ProgressDeps) {
    fs.mkdirSync(deps.dataDir, { recursive: true });
    // Before anything is read: finish an interrupted swap, set aside what cannot be used.
    recoverSwap(deps.dataDir, this.notices, deps.clock());
    checkDataFolder(deps.dataDir, this.notices, deps.clock());
    this.backups = new Backups(deps.dataDir);
    this.store = new ProgressStore(deps, this.backups, this.notices, () => this.undo.clear());
    this.backupTimer = new BackupTimer(this.store, {
      dataDir: deps.dataDir,
      backups: this.backups,
      clock: deps.clock,
      notices: this.notices,
      intervalMs: deps.backupIntervalMs ?? 1_800_000,
    });
  }

  static open(deps: ProgressDeps): Progress {
    const progress = new Progress(deps);
    progress.store.reload();
    progress.backupTimer.start();
    return progress;
  }

  /** Writes pending checkpoints and closes the journal. `flush: false` stops as a crash would (tests). */
  async close({ flush = true }: { flush?: boolean } = {}): Promise<void> {
    this.backupTimer.stop();
    this.store.close({ flush });
  }
}
