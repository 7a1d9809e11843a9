/**
 * Merging a saved deck into the stored one, by stable card id: new ids become
 * new cards, known ids keep their schedule, history and review status (their
 * text may change), vanished ids are retired, never deleted.
 */
import type { ArticleInput, CardDraft, SaveDeckResult } from '../../../contract';
import { newState } from '../scheduling';
import type { DeckData, MergeInput, StoredCard } from '../types';

export type MergeOutcome = { deck: DeckData; result: SaveDeckResult; changed: boolean };

/** JSON with sorted keys, so equal drafts compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sourceKey = (card: StoredCard): string => card.sourceId ?? card.draft.id;

/**
 * @param isTaken whether a card id already belongs to another article
 */
export function mergeDeck(
  existing: DeckData | null,
  input: MergeInput,
  now: Date,
  lastSeq: number,
  isTaken: (id: string) => boolean,
): MergeOutcome {
  const at = now.getTime();
  const articleId = input.article.id;
  const old = new Map((existing?.cards ?? []).map((c) => [sourceKey(c), c]));
  const seen = new Set<string>();
  const counts = { added: 0, updated: 0, unchanged: 0, retired: 0 };
  const cards: StoredCard[] = [];
  const added: StoredCard[] = [];

  for (const draft of input.cards) {
    if (seen.has(draft.id)) continue;
    seen.add(draft.id);
    const known = old.get(draft.id);
    if (!known) {
      added.push(newCard(draft, articleId, input.acceptAll === true, at, isTaken));
      counts.added++;
      continue;
    }
    const next = { ...draft, id: known.draft.id };
    if (!known.retired && canonical(next) === canonical(known.draft)) {
      cards.push(known);
      counts.unchanged++;
    } else {
      cards.push({ ...known, draft: next, retired: false, updatedAt: at });
      counts.updated++;
    }
  }
  // Keep the stored order: known cards where they were, retired ones kept, new ones last.
  const ordered: StoredCard[] = [];
  const byKey = new Map(cards.map((c) => [sourceKey(c), c]));
  for (const card of existing?.cards ?? []) {
    const key = sourceKey(card);
    const kept = byKey.get(key);
    if (kept) ordered.push(kept);
    else if (card.retired) ordered.push(card);
    else {
      ordered.push({ ...card, retired: true, updatedAt: at });
      counts.retired++;
    }
  }
  ordered.push(...added);

  const articleChanged = !existing || canonical(stripDates(existing.article)) !== canonical(input.article);
  const changed = articleChanged || counts.added + counts.updated + counts.retired > 0;
  const nowIso = now.toISOString();
  const article = {
    ...input.article,
    addedAt: existing?.article.addedAt ?? nowIso,
    updatedAt: articleChanged ? nowIso : (existing?.article.updatedAt ?? nowIso),
  };
  const deck: DeckData = changed
    ? { version: existing?.version ?? 1, article, cards: ordered, checkpointSeq: lastSeq }
    : existing!;
  const pending = deck.cards.filter((c) => !c.retired && c.review === 'pending').length;
  return { deck, changed, result: { articleId, ...counts, pending } };
}

function stripDates(article: DeckData['article']): ArticleInput {
  const { addedAt: _a, updatedAt: _u, ...rest } = article;
  return rest;
}

function newCard(
  draft: CardDraft,
  articleId: string,
  acceptAll: boolean,
  at: number,
  isTaken: (id: string) => boolean,
): StoredCard {
  let id = draft.id;
  if (isTaken(id)) {
    id = `${articleId}:${draft.id}`;
    for (let i = 2; isTaken(id); i++) id = `${articleId}:${draft.id}:${i}`;
  }
  return {
    draft: id === draft.id ? draft : { ...draft, id },
    articleId,
    review: acceptAll && draft.needsReview !== true ? 'accepted' : 'pending',
    suspended: false,
    retired: false,
    fsrs: newState(at),
    createdAt: at,
    updatedAt: at,
    ...(id === draft.id ? {} : { sourceId: draft.id }),
  };
}
