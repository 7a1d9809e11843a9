/**
 * Mastery: mean current retrievability of the studied cards in a group (facet,
 * actor, article), with the group's card count and lapses so the dashboard can
 * answer "who do I keep forgetting?".
 */
import { forgetting_curve } from 'ts-fsrs';
import { FACETS, type Facet, type Mastery } from '../../../contract';
import type { StoredCard } from '../types';
import { DAY_MS } from './days';

type Tally = { label: string; sumR: number; studied: number; cards: number; lapses: number };

const FACET_LABELS: Record<Facet, string> = {
  actors: 'Actors',
  dates: 'Dates',
  quotes: 'Quotes',
  arguments: 'Arguments',
};

/** Probability of recall at `nowMs`, as the scheduler computes it (fractional days); null when never studied. */
export function currentRetrievability(card: StoredCard, nowMs: number, decay: number): number | null {
  const f = card.fsrs;
  if (f.state === 0 || f.last_review === null || !(f.stability > 0)) return null;
  const elapsedDays = nowMs > f.last_review ? (nowMs - f.last_review) / DAY_MS : 0;
  return forgetting_curve(decay, elapsedDays, f.stability);
}

export type MasteryGroups = { byFacet: Mastery[]; byActor: Mastery[]; byArticle: Mastery[] };

export class MasteryAccumulator {
  private readonly facets = new Map<string, Tally>(FACETS.map((f) => [f, blank(FACET_LABELS[f])]));
  private readonly actors = new Map<string, Tally>();
  private readonly articles = new Map<string, Tally>();

  constructor(private readonly articleTitles: Map<string, string>) {
    for (const [id, title] of articleTitles) this.articles.set(id, blank(title));
  }

  /** Counts one studied-or-new card; `r` is null for a card never reviewed. */
  add(card: StoredCard, r: number | null): void {
    const lapses = card.fsrs.lapses;
    const facet = this.facets.get(card.draft.facet);
    if (facet) tally(facet, r, lapses);
    tally(group(this.articles, card.articleId, this.articleTitles.get(card.articleId) ?? card.articleId), r, lapses);
    const actors = card.draft.actors;
    if (!actors) return;
    for (let i = 0; i < actors.length; i++) {
      const name = actors[i];
      // A name listed twice on one card counts once.
      if (actors.indexOf(name) !== i) continue;
      tally(group(this.actors, name, name), r, lapses);
    }
  }

  result(): MasteryGroups {
    const byArticle = toList(this.articles).sort((a, b) => a.label.localeCompare(b.label) || compare(a.key, b.key));
    return { byFacet: toList(this.facets), byActor: toList(this.actors).sort(weakestFirst), byArticle };
  }
}

function blank(label: string): Tally {
  return { label, sumR: 0, studied: 0, cards: 0, lapses: 0 };
}

function group(map: Map<string, Tally>, key: string, label: string): Tally {
  let t = map.get(key);
  if (!t) {
    t = blank(label);
    map.set(key, t);
  }
  return t;
}

function tally(t: Tally, r: number | null, lapses: number): void {
  t.cards++;
  t.lapses += lapses;
  if (r !== null) {
    t.sumR += r;
    t.studied++;
  }
}

function toList(map: Map<string, Tally>): Mastery[] {
  const out: Mastery[] = [];
  for (const [key, t] of map) {
    out.push({
      key,
      label: t.label,
      mastery: t.studied ? t.sumR / t.studied : null,
      cards: t.cards,
      studied: t.studied,
      lapses: t.lapses,
    });
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lowest mastery first, never-studied groups last; ties by more lapses, then name. */
export function weakestFirst(a: Mastery, b: Mastery): number {
  if (a.mastery !== b.mastery) {
    if (a.mastery === null) return 1;
    if (b.mastery === null) return -1;
    return a.mastery - b.mastery;
  }
  return b.lapses - a.lapses || a.label.localeCompare(b.label) || compare(a.key, b.key);
}
