/**
 * Applying journal entries to the collection: the live operations apply a
 * card change the same way, and start-up replays every entry newer than a
 * deck's checkpoint, so a deck restored from a backup gets back everything
 * recorded since: answers, undos, suspensions, edits, resets, re-imports.
 */
import { channels } from '../../../contract';
import type { CardChange, JournalEntry, StoredCard } from '../types';
import type { Collection } from './collection';
import { mergeDeck } from './merge';

const saveInput = channels['library:save'].input;

export function applyCardChange(card: StoredCard, change: CardChange, at: number): void {
  if (change.suspended !== undefined) card.suspended = change.suspended;
  if (change.review !== undefined) card.review = change.review;
  if (change.prompt !== undefined || change.answer !== undefined) {
    card.draft = {
      ...card.draft,
      ...(change.prompt !== undefined ? { prompt: change.prompt } : {}),
      ...(change.answer !== undefined ? { answer: change.answer } : {}),
    };
  }
  if (change.fsrs !== undefined) card.fsrs = change.fsrs;
  card.updatedAt = at;
}

export type ReplayCounts = { answers: number; changes: number; missed: Map<string, number> };

/**
 * Replays `tail` (oldest first) over the decks' checkpoints. An entry for a
 * deck that does not exist creates it only when it is the deck's first save
 * and newer than `floor` (the newest checkpoint or restore): before that, the
 * deck was removed or replaced on purpose.
 */
export function replay(collection: Collection, tail: JournalEntry[], floor: number, now: Date): ReplayCounts {
  const counts: ReplayCounts = { answers: 0, changes: 0, missed: new Map() };
  const miss = (what: string) => counts.missed.set(what, (counts.missed.get(what) ?? 0) + 1);
  for (const entry of tail) {
    if (entry.kind === 'barrier') continue;
    const deck = collection.decks.get(entry.articleId);
    if (deck ? entry.seq <= deck.data.checkpointSeq : entry.seq <= floor) continue;
    if (!deck && !(entry.kind === 'save' && entry.created)) {
      if (entry.kind !== 'remove')
        miss(`${entryName(entry)} in the article “${entry.articleId}”, which is not in the library`);
      continue;
    }
    switch (entry.kind) {
      case 'answer':
      case 'undo': {
        const card = collection.cards.get(entry.cardId);
        if (!card || card.articleId !== entry.articleId) {
          miss(`${entryName(entry)} of a card that is not in its deck`);
          continue;
        }
        card.fsrs = entry.kind === 'answer' ? entry.after : entry.restore;
        counts.answers++;
        break;
      }
      case 'change':
        for (const change of entry.changes) {
          const card = collection.cards.get(change.cardId);
          if (card && card.articleId === entry.articleId) applyCardChange(card, change, entry.at);
          else miss('a card change of a card that is not in its deck');
        }
        counts.changes++;
        break;
      case 'save': {
        const input = saveInput.safeParse(entry.input);
        if (!input.success || input.data.article.id !== entry.articleId) {
          miss('a damaged record of an article save');
          continue;
        }
        const outcome = mergeDeck(deck?.data ?? null, input.data, new Date(entry.at), entry.seq, (id) =>
          collection.isTakenByOther(id, entry.articleId),
        );
        collection.put(outcome.deck, true);
        counts.changes++;
        break;
      }
      case 'remove':
        collection.remove(entry.articleId, now);
        counts.changes++;
        continue;
    }
    const target = collection.decks.get(entry.articleId);
    if (target) target.dirty = true;
  }
  return counts;
}

function entryName(entry: JournalEntry): string {
  return entry.kind === 'answer' ? 'an answer' : entry.kind === 'undo' ? 'an undo' : `a ${entry.kind}`;
}
