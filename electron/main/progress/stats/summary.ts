/**
 * The dashboard's figures in one pass over the cards and one over the reviews.
 * Pure: `now` is a parameter, days are study days starting at `settings.dayStartHour`
 * local time, and the loops work on epoch ms and day indices only.
 *
 * Definitions: due counts take accepted cards that are neither suspended nor
 * retired and have been studied (new cards are `newAvailable`); "today" ends at the
 * next day start, "tomorrow" is the study day after (cards due today not counted
 * again). Retention counts answers given in review state over the last 30 study days,
 * today included. Mastery averages the current retrievability of studied cards
 * (fractional days, as the scheduler computes it); `cards` counts new ones too.
 */
import { default_w } from 'ts-fsrs';
import type { Settings, Summary } from '../../../contract';
import type { ReviewRecord, StoredCard } from '../types';
import { DAY_MS, type DayCalendar, dayIndex, dayLabel, makeDayCalendar } from './days';
import { currentRetrievability, MasteryAccumulator } from './mastery';

export type SummaryInput = {
  cards: StoredCard[];
  reviews: ReviewRecord[];
  settings: Settings;
  now: Date;
  articleTitles: Map<string, string>;
  /** FSRS parameters in use (w[20] is the forgetting curve's decay); ts-fsrs defaults when absent. */
  parameters?: readonly number[] | null;
};

const ACTIVITY_DAYS = 365;
const FORECAST_DAYS = 30;
const RETENTION_DAYS = 30;
/** How far back a streak is followed (ten years); older days are not looked at. */
const MAX_STREAK_DAYS = 3650;

/** All the summaries of the progress views (contract type `Summary`). */
export function computeSummary(input: SummaryInput): Summary {
  const nowMs = input.now.getTime();
  const times = reviewTimes(input.reviews, nowMs);
  const back = Math.max(ACTIVITY_DAYS, Math.min(Math.ceil((nowMs - times.earliest) / DAY_MS) + 1, MAX_STREAK_DAYS));
  const calendar = makeDayCalendar(nowMs, input.settings.dayStartHour, back, FORECAST_DAYS);
  const reviews = tallyReviews(input.reviews, times.at, calendar);
  const cards = tallyCards(input, calendar, nowMs);
  const newLimitLeft = Math.max(0, input.settings.newPerDay - reviews.newToday);
  const { today } = calendar;
  const activity365: Summary['activity365'] = [];
  for (let k = today - ACTIVITY_DAYS + 1; k <= today; k++) {
    activity365.push({ date: dayLabel(calendar, k), count: reviews.perDay[k] });
  }
  return {
    now: input.now.toISOString(),
    dueNow: cards.dueNow,
    dueToday: cards.forecast[0],
    dueTomorrow: cards.forecast[1],
    newAvailable: Math.min(cards.newCards, newLimitLeft),
    reviewedToday: reviews.perDay[today],
    streakDays: streak(reviews.perDay, today),
    timeTodayMs: reviews.timeTodayMs,
    timeTotalMs: times.totalMs,
    retention30: reviews.retentionTotal ? reviews.retentionPassed / reviews.retentionTotal : null,
    forecast30: Array.from(cards.forecast),
    activity365,
    masteryByFacet: cards.mastery.byFacet,
    masteryByActor: cards.mastery.byActor,
    masteryByArticle: cards.mastery.byArticle,
  };
}

/**
 * Answer times copied into a typed array first: the day lookups then run over
 * plain doubles, several times faster in V8 than reading them off the records.
 */
function reviewTimes(list: ReviewRecord[], nowMs: number) {
  const at = new Float64Array(list.length);
  let earliest = nowMs;
  let totalMs = 0;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    at[i] = r.at;
    totalMs += r.durationMs;
    if (r.at < earliest) earliest = r.at;
  }
  return { at, earliest, totalMs };
}

function tallyReviews(list: ReviewRecord[], at: Float64Array, calendar: DayCalendar) {
  const { today } = calendar;
  const perDay = new Uint32Array(calendar.days + 1);
  const recentFrom = today - RETENTION_DAYS + 1;
  const recent: number[] = [];
  for (let i = 0; i < at.length; i++) {
    const day = dayIndex(calendar, at[i]);
    // Answers dated in the future (a clock set back since) count in the totals only.
    if (day < 0 || day > today) continue;
    perDay[day]++;
    if (day >= recentFrom) recent.push(i, day);
  }
  let timeTodayMs = 0;
  let newToday = 0;
  let retentionTotal = 0;
  let retentionPassed = 0;
  for (let j = 0; j < recent.length; j += 2) {
    const r = list[recent[j]];
    if (recent[j + 1] === today) {
      timeTodayMs += r.durationMs;
      if (r.before.state === 0) newToday++;
    }
    if (r.before.state === 2) {
      retentionTotal++;
      if (r.rating !== 1) retentionPassed++;
    }
  }
  return { perDay, timeTodayMs, newToday, retentionTotal, retentionPassed };
}

function tallyCards(input: SummaryInput, calendar: DayCalendar, nowMs: number) {
  const { today } = calendar;
  const decay = input.parameters?.[20] ?? default_w[20];
  const forecast = new Uint32Array(FORECAST_DAYS);
  const mastery = new MasteryAccumulator(input.articleTitles);
  let dueNow = 0;
  let newCards = 0;
  for (const card of input.cards) {
    if (card.review !== 'accepted' || card.retired || card.suspended) continue;
    const f = card.fsrs;
    mastery.add(card, currentRetrievability(card, nowMs, decay));
    if (f.state === 0) {
      newCards++;
      continue;
    }
    if (f.due <= nowMs) dueNow++;
    // Overdue cards are counted as due today.
    const offset = Math.max(0, dayIndex(calendar, f.due) - today);
    if (offset < FORECAST_DAYS) forecast[offset]++;
  }
  return { forecast, dueNow, newCards, mastery: mastery.result() };
}

/** Consecutive days with reviews, ending today, or yesterday when today has none yet. */
function streak(perDay: Uint32Array, today: number): number {
  let k = perDay[today] > 0 ? today : today - 1;
  let days = 0;
  while (k >= 0 && perDay[k] > 0) {
    days++;
    k--;
  }
  return days;
}
