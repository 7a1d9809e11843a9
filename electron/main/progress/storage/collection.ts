/**
 * The in-memory collection: every deck with its cards, an index by card id,
 * and each deck's electron-store/conf store (made on its first write, so
 * opening only reads the files). Checkpoints write a whole deck file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DeckData, StoredCard } from '../types';
import { fileStamp, removeTempFiles } from './files';
import { DECK_VERSION, parseDeck } from './schemas';
import type { LoadContext } from './store-files';
import { loadStoreFile, restoreMissing } from './store-files';
import type { PersistentStore, StoreFactory } from './store-port';

export type Deck = { data: DeckData; store: PersistentStore | null; dirty: boolean; words: number };

const DECK_FILE = /^([a-z0-9][a-z0-9-]{0,79})\.json$/;

export class Collection {
  readonly decks = new Map<string, Deck>();
  readonly cards = new Map<string, StoredCard>();
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly storeFactory: StoreFactory,
  ) {
    this.dir = path.join(dataDir, 'decks');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  /** Reads and validates every deck file; damaged ones are restored from backups or reported. */
  load(ctx: LoadContext): string[] {
    const removed = removeTempFiles(this.dir);
    for (const name of fs.readdirSync(this.dir).sort()) {
      const id = DECK_FILE.exec(name)?.[1];
      if (!id) continue;
      const file = path.join(this.dir, name);
      const loaded = loadStoreFile(ctx, `decks/${name}`, `the deck “${id}”`, parseDeck, (text) =>
        trustedDeck(file, text),
      );
      if (!loaded) continue;
      if (loaded.value.article.id === id) this.put(loaded.value, false);
      else {
        ctx.notices.push({
          level: 'warning',
          message: `The deck file ${name} holds the article “${loaded.value.article.id}”, not “${id}”; it was not loaded.`,
        });
      }
    }
    this.restoreMissing(ctx);
    return removed;
  }

  /** Decks the newest backup lists whose file is gone (not removed by the user) come back from the backups. */
  private restoreMissing(ctx: LoadContext): void {
    const newest = ctx.backups.entries()[0];
    if (!newest) return;
    const names = fs.readdirSync(this.dir);
    const since = fileStamp(new Date(newest.manifest.createdAt));
    for (const rel of newest.manifest.files) {
      const id = /^decks\/([a-z0-9][a-z0-9-]{0,79})\.json$/.exec(rel)?.[1];
      if (!id || this.decks.has(id) || names.includes(`${id}.json`)) continue;
      // `library:remove` leaves `<id>.json.removed-<time>`; removed after the backup means gone on purpose.
      const removedAfter = names.some((n) => n.startsWith(`${id}.json.removed-`) && n.slice(id.length + 14) >= since);
      if (removedAfter) continue;
      const restored = restoreMissing(ctx, rel, `the deck “${id}”`, parseDeck);
      if (restored && restored.value.article.id === id) this.put(restored.value, false);
    }
  }

  relFiles(): string[] {
    return [...this.decks.keys()].map((id) => `decks/${id}.json`);
  }

  /** Adds or replaces a deck in memory. */
  put(data: DeckData, dirty: boolean): void {
    const previous = this.decks.get(data.article.id);
    if (previous) for (const card of previous.data.cards) this.cards.delete(card.draft.id);
    for (const card of data.cards) this.cards.set(card.draft.id, card);
    this.decks.set(data.article.id, {
      data,
      store: previous?.store ?? null,
      dirty,
      words:
        previous && previous.data.article.text === data.article.text ? previous.words : countWords(data.article.text),
    });
  }

  /** Writes a deck file now (one atomic whole-file write). Throws when the write fails; the deck stays dirty. */
  write(articleId: string, lastSeq: number): void {
    const deck = this.decks.get(articleId);
    if (!deck) return;
    deck.data.checkpointSeq = lastSeq;
    deck.store ??= this.storeFactory({ cwd: this.dir, name: articleId });
    writeDeck(deck.store, deck.data);
    deck.dirty = false;
  }

  /** Forgets a deck and moves its file aside (`.removed-<time>`); the journal keeps its history. */
  remove(articleId: string, now: Date): boolean {
    const deck = this.decks.get(articleId);
    if (!deck) return false;
    for (const card of deck.data.cards) this.cards.delete(card.draft.id);
    this.decks.delete(articleId);
    const file = path.join(this.dir, `${articleId}.json`);
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.removed-${fileStamp(now)}`);
    fs.rmSync(`${file}.sum`, { force: true });
    return true;
  }

  /** Whether a card id belongs to a deck other than `articleId`. */
  isTakenByOther(id: string, articleId: string): boolean {
    const card = this.cards.get(id);
    return card !== undefined && card.articleId !== articleId;
  }

  titleOf = (articleId: string): string => this.decks.get(articleId)?.data.article.title ?? '';

  *allCards(): Iterable<StoredCard> {
    for (const deck of this.decks.values()) yield* deck.data.cards;
  }
}

/**
 * Schema-validating 20k cards costs more than the rest of opening together. A
 * deck file whose bytes match the checksum recorded when we wrote it (after
 * validating what we wrote) is intact and skips it; anything else, damaged or
 * written by someone else, is fully validated.
 */
function checksum(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Writes a whole deck through its store (one atomic write) and records its
 * checksum. Checkpoints and the decks staged by a restore or import use it.
 */
export function writeDeck(store: PersistentStore, data: DeckData): void {
  store.store = data as unknown as Record<string, unknown>;
  writeChecksum(store.path);
}

export function writeChecksum(file: string): void {
  try {
    fs.writeFileSync(`${file}.sum`, checksum(fs.readFileSync(file)));
  } catch {
    // Without a checksum the next open validates the whole file: slower, still safe.
  }
}

function trustedDeck(file: string, text: string): DeckData | null {
  let sum: string;
  try {
    sum = fs.readFileSync(`${file}.sum`, 'utf8');
  } catch {
    return null;
  }
  if (sum !== checksum(text)) return null;
  const data = JSON.parse(text) as DeckData;
  return data.version === DECK_VERSION && data.article?.id === path.basename(file, '.json') ? data : null;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
