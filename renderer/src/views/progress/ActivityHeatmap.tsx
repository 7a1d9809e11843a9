import { type MouseEvent, memo, useMemo, useState } from 'react';
import { formatCount, formatDay, plural } from '../../lib/format';

type Day = { date: string; count: number };

const STEP = 14;
const CELL = 11;
const LEFT = 30;
const TOP = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Activity levels 1-4 split at the quartiles of the days with reviews, so a light year still shows its shape. */
function thresholds(days: Day[]): number[] {
  const counts = days
    .map((d) => d.count)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (counts.length === 0) return [1, 1, 1];
  const q = (p: number) => counts[Math.min(counts.length - 1, Math.floor(p * counts.length))]!;
  return [q(0.25), q(0.5), q(0.75)];
}

function level(count: number, t: number[]): number {
  if (count === 0) return 0;
  return count <= t[0]! ? 1 : count <= t[1]! ? 2 : count <= t[2]! ? 3 : 4;
}

/** Monday = 0 for a YYYY-MM-DD (read as a calendar date, no time zone involved). */
function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function describeActivity(days: Day[]): string {
  let total = 0;
  let active = 0;
  let best = 0;
  for (const d of days) {
    total += d.count;
    if (d.count > 0) active++;
    best = Math.max(best, d.count);
  }
  if (total === 0) return 'No reviews in the past year yet.';
  return `${plural(total, 'review')} on ${plural(active, 'day')} of the past year; at most ${formatCount(best)} in a day.`;
}

/** The past 365 days as an SVG calendar grid: 365 rectangles is light work for the browser, no chart library needed. */
export const ActivityHeatmap = memo(function ActivityHeatmap({ days }: { days: Day[] }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const layout = useMemo(() => {
    const offset = days.length > 0 ? weekday(days[0]!.date) : 0;
    const t = thresholds(days);
    const cells = days.map((d, i) => ({
      ...d,
      col: Math.floor((offset + i) / 7),
      row: (offset + i) % 7,
      level: level(d.count, t),
    }));
    const months = cells
      .filter((c) => c.date.endsWith('-01'))
      .map((c) => ({ col: c.col, name: MONTHS[Number(c.date.slice(5, 7)) - 1]! }));
    const cols = cells.length > 0 ? cells[cells.length - 1]!.col + 1 : 0;
    // Room for the last month's label, which starts in one of the last columns.
    const lastLabel = months.length > 0 ? LEFT + months[months.length - 1]!.col * STEP + 26 : 0;
    return { cells, months, width: Math.max(LEFT + cols * STEP, lastLabel), summary: describeActivity(days) };
  }, [days]);

  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const i = (e.target as Element).getAttribute('data-i');
    setHovered(i === null ? null : Number(i));
  };
  const day = hovered === null ? undefined : days[hovered];
  return (
    <figure className="pg-chart">
      <figcaption className="pg-readout" aria-hidden="true">
        {day ? `${formatDay(day.date)}: ${plural(day.count, 'review')}` : layout.summary}
      </figcaption>
      <svg
        className="pg-heatmap"
        viewBox={`0 0 ${layout.width} ${TOP + 7 * STEP}`}
        role="img"
        aria-label={`Activity over the past year. ${layout.summary}`}
        onMouseMove={onMove}
        onMouseLeave={() => setHovered(null)}
      >
        {layout.months.map((m) => (
          <text key={`${m.col}-${m.name}`} x={LEFT + m.col * STEP} y={11} className="pg-heat-label">
            {m.name}
          </text>
        ))}
        {['Mon', 'Wed', 'Fri'].map((name, i) => (
          <text key={name} x={0} y={TOP + i * 2 * STEP + CELL - 1} className="pg-heat-label">
            {name}
          </text>
        ))}
        {layout.cells.map((c, i) => (
          <rect
            key={c.date}
            data-i={i}
            x={LEFT + c.col * STEP}
            y={TOP + c.row * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            className={`pg-heat-${c.level}`}
          >
            <title>{`${formatDay(c.date)}: ${plural(c.count, 'review')}`}</title>
          </rect>
        ))}
      </svg>
      <div className="pg-heat-key" aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`pg-heat-swatch pg-heat-${l}`} />
        ))}
        More
      </div>
    </figure>
  );
});
