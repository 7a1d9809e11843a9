/** The study day: it starts at `dayStartHour` local time, as in Anki. */

/** Epoch ms of the start of the study day containing `now`. */
export function dayStart(now: Date, dayStartHour: number): number {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1);
  return start.getTime();
}
