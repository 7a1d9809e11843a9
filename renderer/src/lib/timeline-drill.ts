import type { OrderedItem, Rating } from '../../../electron/contract';
import { fnv1a, mulberry32 } from '../../../shared/hash';

export const MAX_DRILL_ITEMS = 6;

/**
 * `rank`: the event's place in the timeline (unique). `tier`: the rank of the
 * first event with the same date, so events of one date may stand in either order.
 */
export type DrillItem = OrderedItem & { rank: number; tier: number };

/**
 * The events of a timeline card to put in order: at most six, picked evenly
 * across the timeline, shuffled with a seed from the card id (never in order).
 */
export function drillItems(cardId: string, items: readonly OrderedItem[]): DrillItem[] {
  const step = items.length / Math.min(items.length, MAX_DRILL_ITEMS);
  const picked: DrillItem[] = [];
  for (let k = 0; k * step < items.length && picked.length < MAX_DRILL_ITEMS; k += 1) {
    const index = Math.floor(k * step);
    const item = items[index]!;
    const date = item.iso ?? item.when;
    const same = date ? picked.find((p) => (p.iso ?? p.when) === date) : undefined;
    picked.push({ ...item, rank: picked.length, tier: same ? same.tier : picked.length });
  }
  // Seeded from the card, so a card's shuffle is the same every time.
  const random = mulberry32(fnv1a(cardId));
  const shuffled = [...picked];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  if (shuffled.length > 1 && shuffled.every((item, i) => item.tier === picked[i]!.tier))
    shuffled.push(shuffled.shift()!);
  return shuffled;
}

/** Share of pairs in the right relative order (1 = all in order); equal ranks (one date) are right either way. */
export function orderScore(ranks: readonly number[]): number {
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < ranks.length; i += 1) {
    for (let j = i + 1; j < ranks.length; j += 1) {
      pairs += 1;
      if (ranks[i]! <= ranks[j]!) right += 1;
    }
  }
  return pairs === 0 ? 1 : right / pairs;
}

/** All in order -> Good; one neighbour swap or so -> Hard; worse -> Again. */
export function ratingForScore(score: number): Rating {
  if (score >= 1) return 3;
  if (score >= 0.8) return 2;
  return 1;
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
