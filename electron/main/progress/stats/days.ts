/**
 * Study days for the statistics: a study day starts at `dayStartHour` local time,
 * so a late-night session still counts for the evening before. Day starts are
 * computed once per day with the local calendar (DST-correct); the hot loops then
 * map epoch milliseconds to a day index without creating Date objects.
 */

export const DAY_MS = 86_400_000;

export type DayCalendar = {
  /** starts[k] is the epoch ms at which day k begins; starts[length - 1] ends the last day. */
  starts: Float64Array;
  /** Number of days covered (starts.length - 1). */
  days: number;
  /** Index of the day containing `now`. */
  today: number;
};

/**
 * Days from `daysBack` days before today to `daysForward` days after it.
 * @param nowMs the moment "today" is taken from
 * @param dayStartHour local hour (0-23) at which a study day begins
 */
export function makeDayCalendar(
  nowMs: number,
  dayStartHour: number,
  daysBack: number,
  daysForward: number,
): DayCalendar {
  const now = new Date(nowMs);
  let date = now.getDate();
  // Before the day-start hour we are still in yesterday's study day.
  if (new Date(now.getFullYear(), now.getMonth(), date, dayStartHour).getTime() > nowMs) date -= 1;
  const year = now.getFullYear();
  const month = now.getMonth();
  const days = daysBack + 1 + daysForward;
  const starts = new Float64Array(days + 1);
  for (let k = 0; k <= days; k++) {
    starts[k] = new Date(year, month, date - daysBack + k, dayStartHour).getTime();
  }
  return { starts, days, today: daysBack };
}

/** Day index of `t`: -1 before the first day, `days` at or after the end. */
export function dayIndex(calendar: DayCalendar, t: number): number {
  const { starts, days } = calendar;
  if (t < starts[0]) return -1;
  if (t >= starts[days]) return days;
  // Days are 24 h apart except across DST changes, so the guess is off by at most one.
  let k = Math.floor((t - starts[0]) / DAY_MS);
  if (k >= days) k = days - 1;
  while (k > 0 && starts[k] > t) k--;
  while (k < days - 1 && starts[k + 1] <= t) k++;
  return k;
}

/** The local calendar date a study day is named after, as YYYY-MM-DD. */
export function dayLabel(calendar: DayCalendar, k: number): string {
  // A day starts at dayStartHour on the date it is named after (DST gaps move it forward within that date).
  const d = new Date(calendar.starts[k]);
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
