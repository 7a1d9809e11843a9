/**
 * A generated study history for the progress specs, made through the real
 * handlers: one deck is saved, then a month of sessions is answered with a
 * fixed clock that advances a minute per answer. Deterministic: the same
 * ratings and times on every run.
 */
import type { CardDraft, Facet } from '../../../electron/contract';
import type { Backend } from '../harness';

const DAY_MS = 86_400_000;
const FACETS: Facet[] = ['actors', 'dates', 'quotes', 'arguments'];
export const ACTORS = [
  'Vladimir Putin',
  'Sergey Lavrov',
  'Zamir Kabulov',
  'Amir Khan Muttaqi',
  'Hibatullah Akhundzada',
];
export const ARTICLE_TITLE = 'Moscow and Kabul: a generated history';

/** One real kind per facet. */
const KIND_OF = { actors: 'actor-role', dates: 'date-event', quotes: 'quote-speaker', arguments: 'thesis' } as const;

/** `count` cards spread over the four facets, each about one of ACTORS. */
export function makeDrafts(count: number, prefix = 'gen'): CardDraft[] {
  return Array.from({ length: count }, (_, i) => {
    const facet = FACETS[i % FACETS.length]!;
    const actor = ACTORS[i % ACTORS.length]!;
    return {
      id: `${prefix}-${i}`,
      kind: KIND_OF[facet],
      facet,
      prompt: `Question ${i} (${facet}) about ${actor}?`,
      answer: `Answer number ${i}`,
      actors: [actor],
      // One sentence each: cards sharing a span would be siblings, shown one a day.
      source: { start: i * 20, end: i * 20 + 19 },
    };
  });
}

export async function saveDeck(
  backend: Pick<Backend, 'call'>,
  cards: CardDraft[],
  id = 'generated-history',
  title = ARTICLE_TITLE,
) {
  const text = `${title}\n\n${cards.map((c) => `${c.prompt} ${c.answer}.`).join(' ')}`;
  return backend.call('library:save', {
    article: { id, title, format: 'md', text },
    cards,
    acceptAll: true,
  });
}

/** Study days relative to the end of the history: a month with a gap, so the streak ends before the month starts. */
export const STUDY_DAYS = [
  -30, -29, -27, -26, -25, -22, -21, -20, -18, -15, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0,
];

/** A rating from the card and the day, about one Again in six. */
function ratingFor(cardId: string, day: number, round: number): 1 | 2 | 3 | 4 {
  let h = day * 31 + round * 7;
  for (const ch of cardId) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  const u = h % 12;
  return u < 2 ? 1 : u < 3 ? 2 : u < 11 ? 3 : 4;
}

/**
 * Answers what the queue offers on each study day, starting two hours before `end`'s time of day
 * (so the last day's session ends before `end`), then leaves the clock at `end` (the harness's DEFAULT_NOW).
 */
export async function studyHistory(
  backend: Pick<Backend, 'call' | 'clock'>,
  end: string,
  perDay = 12,
): Promise<number> {
  const base = new Date(end).getTime();
  let answers = 0;
  for (const day of STUDY_DAYS) {
    backend.clock.set(new Date(base + day * DAY_MS - 2 * 3_600_000).toISOString());
    let done = 0;
    for (let round = 0; round < 3 && done < perDay; round++) {
      const queue = await backend.call('study:queue', {});
      for (const item of queue.items) {
        if (done >= perDay) break;
        const rating = ratingFor(item.card.id, day, round);
        await backend.call('study:answer', {
          cardId: item.card.id,
          rating,
          mode: 'self',
          durationMs: 7_000 + (done % 5) * 1000,
        });
        backend.clock.advance(60_000);
        done++;
        answers++;
      }
      backend.clock.advance(15 * 60_000);
    }
  }
  backend.clock.set(end);
  return answers;
}
