/**
 * Replacing every store at once (backup restore, progress import) as a
 * recoverable swap. A marker file (`swap.json`) is written before anything
 * else and names every folder the swap makes; the new files are staged beside
 * the live ones, the marker moves to `swapping`, then the folders are renamed
 * in. Start-up (`recoverSwap`) rolls back a swap still staging and completes
 * one already swapping, and never deletes a folder the marker does not name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../../../shared/errors';
import type { Notice } from '../../../contract';
import { UserError } from '../errors';
import type { DeckData, JournalEntry, SettingsData } from '../types';
import type { Backups } from './backups';
import { writeDeck } from './collection';
import { fileStamp, moveAside, readIfExists, syncDir, writeFileAtomic } from './files';
import { writeJournalFolder } from './journal';
import type { JournalFs, StoreFactory } from './store-port';

export type Replacement = { settings: SettingsData | null; decks: DeckData[]; journal?: JournalEntry[] };

export const SWAP_MARKER = 'swap.json';

type SwapPlan = {
  what: 'restore' | 'import';
  tag: string;
  phase: 'staging' | 'swapping';
  /** Folders replaced, in order (`decks`, then `journal` for an import). */
  dirs: string[];
  settings: boolean;
  /** The backup taken before, which also receives the replaced journal. */
  safety: string;
  /** When the swap began (`fileStamp`): decks it drops are kept as `<id>.json.removed-<stamp>`. */
  stamp: string;
};

const staged = (name: string, tag: string) => `${name}.swap-new-${tag}`;
const old = (name: string, tag: string) => `${name}.swap-old-${tag}`;
/** The staged settings store: `settings.swap-new-<tag>`, a store file like `settings` (`.json`). */
const stagedSettings = (tag: string) => `settings.swap-new-${tag}`;
/** Swaps begun by this process, so two in the same millisecond (a fixed test clock) get two tags. */
let swapsBegun = 0;

/** Called after each step of a swap; tests stop the process there. */
export type SwapHook = (step: string) => void;

/** What a swap needs of the open store: its folder and ports, and the few steps it takes on it. */
export type SwapTarget = {
  dataDir: string;
  storeFactory: StoreFactory;
  journalFs: JournalFs;
  clock: () => Date;
  swapHook?: SwapHook;
  backups: Backups;
  /** Writes every dirty deck; false when one could not be written. */
  flush(): boolean;
  /** Journals a barrier (a restore); throws when it could not be written. */
  recordBarrier(): void;
  lastSeq(): number;
  /** The store files the safety backup copies. */
  storeFiles(): string[];
  /** Closes the journal before its folder may be renamed. */
  closeJournal(): void;
  /** Reads the data folder again, as it is after the swap. */
  reload(): void;
};

export function replaceStores(target: SwapTarget, next: Replacement, what: SwapPlan['what']): void {
  if (!target.flush()) throw new UserError('Your current progress could not be saved first, so nothing was replaced.');
  if (what === 'restore') {
    // Journal entries before this never recreate a deck the restored state does not have.
    try {
      target.recordBarrier();
    } catch (error) {
      throw new UserError(`Nothing was replaced: the journal could not be written (${messageOf(error)}).`);
    }
  }
  const { dataDir, storeFactory, backups } = target;
  const hook: SwapHook = target.swapHook ?? (() => {});
  const now = target.clock();
  const safety = backups.create(dataDir, target.storeFiles(), target.lastSeq(), `before-replace-${now.getTime()}`, now);
  const plan: SwapPlan = {
    what,
    tag: `${process.pid}-${now.getTime().toString(16)}-${(swapsBegun++).toString(16)}`,
    phase: 'staging',
    dirs: next.journal ? ['decks', 'journal'] : ['decks'],
    settings: next.settings !== null,
    safety,
    stamp: fileStamp(now),
  };
  const at = (name: string) => path.join(dataDir, name);
  try {
    writeFileAtomic(at(SWAP_MARKER), JSON.stringify(plan));
    hook('marker');
    const decksDir = at(staged('decks', plan.tag));
    fs.mkdirSync(decksDir);
    for (const deck of next.decks) writeDeck(storeFactory({ cwd: decksDir, name: deck.article.id }), deck);
    syncDir(decksDir);
    hook('staged decks');
    if (next.journal) {
      const journalDir = at(staged('journal', plan.tag));
      fs.mkdirSync(journalDir);
      writeJournalFolder(journalDir, next.journal, target.journalFs);
      hook('staged journal');
    }
    if (next.settings) {
      const store = storeFactory({ cwd: dataDir, name: stagedSettings(plan.tag) });
      store.store = next.settings as unknown as Record<string, unknown>;
      syncDir(dataDir);
      hook('staged settings');
    }
  } catch (error) {
    rollBack(dataDir, plan);
    throw new UserError(`Nothing was replaced: the new files could not be written (${messageOf(error)}).`);
  }
  target.closeJournal();
  try {
    writeFileAtomic(at(SWAP_MARKER), JSON.stringify({ ...plan, phase: 'swapping' }));
    hook('swapping');
    complete(dataDir, { ...plan, phase: 'swapping' }, hook);
  } catch (error) {
    // Whatever was renamed stays; the next start completes the swap from the marker.
    target.reload();
    throw new UserError(
      `The replacement stopped part-way (${messageOf(error)}); it will be completed when Dossier next starts. Backup ${safety} holds the previous state.`,
    );
  }
  target.reload();
}

/** Renames every staged entry in, then puts the replaced ones away, then removes the marker. */
function complete(dataDir: string, plan: SwapPlan, hook: SwapHook): void {
  const at = (name: string) => path.join(dataDir, name);
  for (const dir of plan.dirs) {
    const from = at(staged(dir, plan.tag));
    if (!fs.existsSync(from)) continue; // already renamed in
    if (fs.existsSync(at(dir))) {
      if (fs.existsSync(at(old(dir, plan.tag)))) throw new Error(`both ${dir} and its replaced copy exist`);
      fs.renameSync(at(dir), at(old(dir, plan.tag)));
      hook(`moved ${dir} aside`);
    }
    fs.renameSync(from, at(dir));
    hook(`renamed ${dir} in`);
  }
  if (plan.settings && fs.existsSync(at(`${stagedSettings(plan.tag)}.json`))) {
    fs.renameSync(at(`${stagedSettings(plan.tag)}.json`), at('settings.json'));
    hook('renamed settings in');
  }
  syncDir(dataDir);
  // The replaced decks and settings are in the safety backup; the replaced journal joins it there.
  const oldDecks = at(old('decks', plan.tag));
  if (fs.existsSync(oldDecks)) {
    // A deck the swap drops is kept as a removed one, so start-up does not bring it back from a backup.
    for (const name of fs.readdirSync(oldDecks)) {
      if (name.endsWith('.json') && !fs.existsSync(at(`decks/${name}`))) {
        fs.renameSync(path.join(oldDecks, name), at(`decks/${name}.removed-${plan.stamp}`));
      }
    }
    fs.rmSync(oldDecks, { recursive: true, force: true });
  }
  hook('removed old decks');
  const oldJournal = at(old('journal', plan.tag));
  const kept = path.join(dataDir, 'backups', plan.safety, 'journal');
  if (fs.existsSync(oldJournal)) {
    if (fs.existsSync(path.join(dataDir, 'backups', plan.safety)) && !fs.existsSync(kept)) {
      fs.renameSync(oldJournal, kept);
    }
    hook('kept old journal');
  }
  fs.rmSync(at(SWAP_MARKER), { force: true });
  syncDir(dataDir);
  hook('done');
}

/** Removes what a swap still staging made; the live folders were not touched. */
function rollBack(dataDir: string, plan: SwapPlan): void {
  for (const name of [...plan.dirs.map((dir) => staged(dir, plan.tag)), `${stagedSettings(plan.tag)}.json`]) {
    fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
  fs.rmSync(path.join(dataDir, SWAP_MARKER), { force: true });
  syncDir(dataDir);
}

/**
 * At start-up, before anything is read: finishes or undoes a swap that a crash
 * interrupted, with a notice. A marker that cannot be read is moved aside and
 * nothing else is touched.
 */
export function recoverSwap(dataDir: string, notices: Notice[], now: Date): void {
  const file = path.join(dataDir, SWAP_MARKER);
  let text: string | null;
  try {
    text = readIfExists(file);
  } catch {
    text = '';
  }
  if (text === null) return;
  const plan = parsePlan(text);
  const label = (w: string) => (w === 'import' ? 'The progress import' : 'The restore of a backup');
  if (!plan) {
    const aside = moveAside(file, now);
    notices.push({
      level: 'warning',
      message: `A restore or import was interrupted and its record (${SWAP_MARKER}) is damaged; it was moved aside as ${aside}. Folders named *.swap-new-* or *.swap-old-* in the data folder ${dataDir} may hold the previous or the new data.`,
    });
    return;
  }
  if (plan.phase === 'staging') {
    rollBack(dataDir, plan);
    notices.push({
      level: 'info',
      message: `${label(plan.what)} was interrupted before anything was replaced; it was undone and your data is as it was.`,
    });
    return;
  }
  try {
    complete(dataDir, plan, () => {});
    notices.push({
      level: 'warning',
      message: `${label(plan.what)} was interrupted while the files were being swapped; it was completed now. Backup ${plan.safety} holds the state from before it.`,
    });
  } catch (error) {
    notices.push({
      level: 'error',
      message: `${label(plan.what)} was interrupted and could not be completed (${messageOf(error)}). Nothing was deleted: the folders named *.swap-${plan.tag} in ${dataDir} hold the previous and the new data, and backup ${plan.safety} the state from before.`,
    });
  }
}

function parsePlan(text: string): SwapPlan | null {
  try {
    const v = JSON.parse(text) as SwapPlan;
    const names = new Set(['decks', 'journal']);
    if (
      (v.what === 'restore' || v.what === 'import') &&
      (v.phase === 'staging' || v.phase === 'swapping') &&
      typeof v.tag === 'string' &&
      /^[0-9a-f-]+$/.test(v.tag) &&
      Array.isArray(v.dirs) &&
      v.dirs.every((d) => names.has(d)) &&
      typeof v.settings === 'boolean' &&
      typeof v.safety === 'string' &&
      /^[\w-]+$/.test(v.safety) &&
      typeof v.stamp === 'string' &&
      /^[\w-]+$/.test(v.stamp)
    ) {
      return v;
    }
  } catch {
    // Falls through: a damaged marker.
  }
  return null;
}
