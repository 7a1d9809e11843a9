/**
 * The append-only review journal: one JSON line per answer or undo, written
 * with writeSync + fsyncSync before an answer is acknowledged, one file per
 * month (`journal/2026-11.jsonl`). Damaged lines are reported and skipped; an
 * unfinished last line (a crash mid-write, never acknowledged) is cut off.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../../contract';
import type { JournalEntry } from '../types';
import { copyAside, moveAside, readIfExists, removeTempFiles, syncDir, writeFileAtomic } from './files';
import { decodeEntry, encodeEntry, headerVersion, JOURNAL_HEADER, JOURNAL_VERSION } from './journal-codec';
import type { JournalFs } from './store-port';

const FILE = /^(\d{4}-\d{2})\.jsonl$/;

export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/**
 * Writes `entries` as the month files of a new journal folder (a journal staged
 * by an import), each created, written and synced through `fs`, then the folder.
 */
export function writeJournalFolder(dir: string, entries: JournalEntry[], fs: JournalFs): void {
  const byMonth = new Map<string, string[]>();
  for (const e of entries) {
    const month = monthOf(e.at);
    const lines = byMonth.get(month) ?? [JOURNAL_HEADER];
    lines.push(encodeEntry(e));
    byMonth.set(month, lines);
  }
  for (const [month, lines] of byMonth) {
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const fd = fs.openSync(path.join(dir, `${month}.jsonl`), 'wx');
    try {
      const written = fs.writeSync(fd, data, 0, data.length);
      if (written !== data.length) throw new Error(`short write (${written} of ${data.length} bytes)`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  syncDir(dir);
}

export class Journal {
  readonly dir: string;
  private fd: number | null = null;
  private fdMonth = '';
  private size = 0;
  /** Where a failed write may have left part of a line that could not be cut yet. */
  private dirtyTail: { month: string; size: number } | null = null;
  lastSeq = 0;

  constructor(
    dataDir: string,
    private readonly fs: JournalFs,
    private readonly clock: () => Date,
    private readonly notices: Notice[],
  ) {
    this.dir = path.join(dataDir, 'journal');
    nodeFs.mkdirSync(this.dir, { recursive: true });
    removeTempFiles(this.dir);
  }

  /** Month files, oldest first. */
  months(): string[] {
    return nodeFs
      .readdirSync(this.dir)
      .map((name) => FILE.exec(name)?.[1])
      .filter((m): m is string => m !== undefined)
      .sort();
  }

  /**
   * Reads month files from the newest back until one starts at or before
   * `fromSeq` (so every entry after `fromSeq` is returned) and at least
   * `minMonths` were read. Sets `lastSeq`.
   */
  readTail(fromSeq: number, minMonths: number): JournalEntry[] {
    const months = this.months();
    const chunks: JournalEntry[][] = [];
    for (let i = months.length - 1; i >= 0; i--) {
      const entries = this.readMonth(months[i]!);
      chunks.unshift(entries);
      if (entries.length > 0) this.lastSeq = Math.max(this.lastSeq, entries[entries.length - 1]!.seq);
      const read = months.length - i;
      if (read >= minMonths && entries.length > 0 && entries[0]!.seq <= fromSeq + 1) break;
    }
    return chunks.flat();
  }

  /** Every entry of every month, oldest first. */
  readAll(): JournalEntry[] {
    return this.months().flatMap((m) => this.readMonth(m, false));
  }

  /** One month's entries, as read-only (damage was already repaired at open). */
  readMonthEntries(month: string): JournalEntry[] {
    return this.readMonth(month, false);
  }

  private readMonth(month: string, repair = true): JournalEntry[] {
    const file = path.join(this.dir, `${month}.jsonl`);
    const text = readIfExists(file);
    if (text === null || text.length === 0) return [];
    const lines = text.split('\n');
    const unfinished = lines.pop() ?? '';
    const entries: JournalEntry[] = [];
    let damaged = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (i === 0) {
        const version = headerVersion(line);
        if (version !== null) {
          if (version === JOURNAL_VERSION) continue;
          if (repair) this.setAside(file, `is from an unsupported journal version (${version})`);
          return [];
        }
      }
      const entry = line.length > 0 ? decodeEntry(line) : null;
      if (entry) entries.push(entry);
      else damaged++;
    }
    // A complete entry whose newline is missing was acknowledged: keep it.
    const last = unfinished.length > 0 ? decodeEntry(unfinished) : null;
    if (last) entries.push(last);
    if (!repair) return entries;
    // A crash leaves a prefix of a line; NUL bytes are the file system's damage instead.
    if (unfinished.includes('\0')) damaged++;
    if (damaged > 0) this.rewrite(file, month, entries, damaged);
    else if (last) nodeFs.appendFileSync(file, '\n');
    else if (unfinished.length > 0)
      this.cutUnfinished(file, text.slice(0, text.length - unfinished.length), unfinished);
    return entries;
  }

  private setAside(file: string, why: string): void {
    const aside = moveAside(file, this.clock());
    this.notices.push({
      level: 'error',
      message: `The review journal ${path.basename(file)} ${why}; it was moved aside as ${aside}. Answers recorded only there are not loaded.`,
    });
  }

  /** Keeps the readable entries, the original moved aside untouched. */
  private rewrite(file: string, month: string, entries: JournalEntry[], damaged: number): void {
    // Copy first, then replace atomically: a crash in between leaves the damaged file to repair again.
    const aside = copyAside(file, this.clock());
    writeFileAtomic(file, entries.length > 0 ? `${JOURNAL_HEADER}\n${entries.map(encodeEntry).join('\n')}\n` : '');
    this.notices.push({
      level: 'warning',
      message: `The review journal for ${month} had ${damaged} damaged line(s); they were skipped and the original was kept as ${aside}. ${entries.length} answer record(s) were recovered.`,
    });
  }

  /** Cuts an unfinished last line, keeping a copy of the file as it was. */
  private cutUnfinished(file: string, kept: string, cut: string): void {
    const aside = copyAside(file, this.clock());
    nodeFs.truncateSync(file, Buffer.byteLength(kept));
    // An answer being written when the process stopped is a prefix of a line; anything else is damage.
    const isPrefixOfEntry = cut.startsWith('{"') && cut.length < 65_536 && !cut.includes('\uFFFD');
    this.notices.push(
      isPrefixOfEntry
        ? {
            level: 'info',
            message: `An answer that was being written when Dossier last stopped was incomplete and was ignored (it had not been confirmed); the journal as it was is kept as ${aside}.`,
          }
        : {
            level: 'warning',
            message: `The review journal ${path.basename(file)} ended in ${cut.length.toLocaleString('en')} characters that are not answer records; they were cut, and the journal as it was is kept as ${aside}.`,
          },
    );
  }

  /** Appends one entry durably (write + fsync). Throws when it could not be written; nothing is then recorded. */
  append(entry: JournalEntry): void {
    // Never behind the newest file, so a clock set back still appends where the tail is read.
    // Never write after a tail that is not known to be clean: the entry would be glued to a partial line.
    if (this.dirtyTail) this.repairTail();
    const latest = this.fd !== null ? this.fdMonth : (this.months().at(-1) ?? '');
    const month = [monthOf(entry.at), latest].sort()[1]!;
    if (this.fd === null || month !== this.fdMonth) this.openMonth(month);
    const fd = this.fd!;
    const prefix = this.size === 0 ? `${JOURNAL_HEADER}\n` : '';
    const data = Buffer.from(`${prefix}${encodeEntry(entry)}\n`);
    try {
      const written = this.fs.writeSync(fd, data, 0, data.length);
      if (written !== data.length) throw new Error(`short write (${written} of ${data.length} bytes)`);
      this.fs.fsyncSync(fd);
    } catch (error) {
      this.undoPartialWrite(fd);
      throw error;
    }
    this.size += data.length;
    this.lastSeq = entry.seq;
  }

  /** A failed write may leave part of a line; cut it so the next append starts clean. */
  private undoPartialWrite(fd: number): void {
    try {
      this.fs.ftruncateSync(fd, this.size);
    } catch {
      // The next append first cuts the file back to its last confirmed entry, or refuses.
      this.dirtyTail = { month: this.fdMonth, size: this.size };
      this.closeFd();
    }
  }

  /** Cuts the file back to its last confirmed entry; throws (nothing is then written) when it cannot. */
  private repairTail(): void {
    const { month, size } = this.dirtyTail!;
    try {
      const fd = this.fs.openSync(path.join(this.dir, `${month}.jsonl`), 'r+');
      try {
        this.fs.ftruncateSync(fd, size);
        this.fs.fsyncSync(fd);
        const now = this.fs.fstatSync(fd).size;
        if (now !== size) throw new Error(`${now} bytes instead of ${size}`);
      } finally {
        this.fs.closeSync(fd);
      }
    } catch (error) {
      throw new Error(
        `the review journal could not be repaired after a failed write (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    this.dirtyTail = null;
  }

  private openMonth(month: string): void {
    this.closeFd();
    const file = path.join(this.dir, `${month}.jsonl`);
    const isNew = !nodeFs.existsSync(file);
    // Never through a link: a link put there after start-up would take answers out of the data folder.
    const { O_APPEND, O_CREAT, O_WRONLY, O_NOFOLLOW } = nodeFs.constants;
    this.fd = this.fs.openSync(file, O_APPEND | O_CREAT | O_WRONLY | (O_NOFOLLOW ?? 0));
    this.fdMonth = month;
    this.size = this.fs.fstatSync(this.fd).size;
    if (isNew) syncDir(this.dir);
  }

  private closeFd(): void {
    if (this.fd === null) return;
    try {
      this.fs.closeSync(this.fd);
    } catch {
      // Closing a descriptor whose writes failed can fail again; nothing more to do.
    }
    this.fd = null;
  }

  close(): void {
    this.closeFd();
  }

  /** For backups and export: the journal's files. */
  files(): string[] {
    return this.months().map((m) => path.join(this.dir, `${m}.jsonl`));
  }
}
