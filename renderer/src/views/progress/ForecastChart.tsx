import 'uplot/dist/uPlot.min.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import { formatCount, formatShortDay, plural } from '../../lib/format';
import { token, useThemeVersion } from './use-theme-version';

const DAY_MS = 86_400_000;
const HEIGHT = 170;

type Props = { forecast: number[]; now: string; onPainted?: () => void };

/** "today", "tomorrow" or "5 Mar", for use inside a sentence. */
function inSentence(label: string): string {
  return label === 'Today' || label === 'Tomorrow' ? label.toLowerCase() : label;
}

function describeForecast(forecast: number[], dayLabel: (i: number) => string): string {
  const total = forecast.reduce((a, b) => a + b, 0);
  if (total === 0) return 'Nothing falls due in the next 30 days.';
  let busiest = 0;
  for (let i = 1; i < forecast.length; i++) if (forecast[i]! > forecast[busiest]!) busiest = i;
  return `${plural(total, 'card')} fall due in the next 30 days; the busiest day is ${inSentence(dayLabel(busiest))}, with ${formatCount(forecast[busiest]!)}.`;
}

function makeOptions(
  width: number,
  dayLabel: (i: number) => string,
  onCursor: (i: number | null) => void,
): uPlot.Options {
  const text = token('--text-muted');
  const grid = token('--border');
  const font = `12px ${token('--font-ui')}`;
  const axis = { stroke: text, font, grid: { stroke: grid, width: 1 }, ticks: { show: false } };
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { y: false, points: { show: false }, drag: { x: false, y: false } },
    scales: { x: { time: false, range: [-0.6, 29.6] }, y: { range: (_u, _min, max) => [0, Math.max(4, max * 1.1)] } },
    axes: [
      {
        ...axis,
        size: 28,
        grid: { show: false },
        splits: () => [0, 7, 14, 21, 28],
        values: (_u, splits) => splits.map(dayLabel),
      },
      { ...axis, size: 44, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? formatCount(v) : '')) },
    ],
    series: [
      {},
      {
        label: 'Due',
        fill: token('--accent'),
        stroke: token('--accent'),
        width: 0,
        paths: uPlot.paths.bars!({ size: [0.7, 24], radius: 0.15 }),
        points: { show: false },
      },
    ],
    hooks: { setCursor: [(u) => onCursor(u.cursor.idx ?? null)] },
  };
}

/** Cards due on each of the next 30 days, as bars (uPlot: small, canvas, draws 30 points in well under a millisecond). */
export function ForecastChart({ forecast, now, onPainted }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const themeVersion = useThemeVersion();
  const start = useMemo(() => new Date(now).getTime(), [now]);
  const dayLabel = useMemo(
    () => (i: number) => (i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : formatShortDay(new Date(start + i * DAY_MS))),
    [start],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt when the theme changes, to re-read the colours
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const xs = forecast.map((_, i) => i);
    const chart = new uPlot(makeOptions(el.clientWidth || 600, dayLabel, setHovered), [xs, forecast], el);
    const resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth, height: HEIGHT }));
    resize.observe(el);
    onPainted?.();
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [forecast, dayLabel, themeVersion]);

  const summary = describeForecast(forecast, dayLabel);
  const readout =
    hovered === null || forecast[hovered] === undefined
      ? summary
      : `${dayLabel(hovered)}: ${plural(forecast[hovered]!, 'card')} due${hovered === 0 ? ', overdue ones included' : ''}.`;
  return (
    <figure className="pg-chart">
      <figcaption className="pg-readout" aria-hidden="true">
        {readout}
      </figcaption>
      <div ref={host} className="pg-forecast" role="img" aria-label={`Forecast chart. ${summary}`} />
      <table className="pg-sr-only">
        <caption>Cards due per day, next 30 days</caption>
        <tbody>
          {forecast.map((n, i) => (
            <tr key={i}>
              <th scope="row">{dayLabel(i)}</th>
              <td>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
