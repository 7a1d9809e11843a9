import type { Summary } from '../../../../electron/contract';
import { formatCount, formatDuration, formatPercent, plural } from '../../lib/format';
import { Figure } from './Figure';

/** The first band of the dashboard: what today asks for and what was done. */
export function TodayFigures({ summary: s }: { summary: Summary }) {
  return (
    <section className="pg-section" aria-labelledby="pg-today">
      <h2 id="pg-today" className="pg-h2">
        Today
      </h2>
      <div className="pg-figures">
        <Figure
          name="due-now"
          label="Due now"
          value={formatCount(s.dueNow)}
          explain="Cards whose review time has already come. Studying them now keeps them from slipping."
        />
        <Figure
          name="due-today"
          label="Due today"
          value={formatCount(s.dueToday)}
          detail={`${formatCount(s.dueTomorrow)} tomorrow`}
          explain="Cards due before this study day ends (the hour the day starts is in Settings), including those due now."
        />
        <Figure
          name="new-available"
          label="New available"
          value={formatCount(s.newAvailable)}
          explain="New cards you can still start today, within your daily limit for new cards."
        />
        <Figure
          name="reviewed-today"
          label="Reviewed today"
          value={formatCount(s.reviewedToday)}
          explain="Answers given since this study day began, new cards included."
        />
        <Figure
          name="streak"
          label="Streak"
          value={plural(s.streakDays, 'day')}
          explain="Days in a row with at least one review, counting today or, if you have not studied yet today, yesterday."
        />
        <Figure
          name="time"
          label="Time studied"
          value={formatDuration(s.timeTodayMs)}
          detail={`${formatDuration(s.timeTotalMs)} in all`}
          explain="Time spent answering cards today, from showing a card to rating it. Below: all time."
        />
        <Figure
          name="retention"
          label="True retention, 30 days"
          value={formatPercent(s.retention30, 1)}
          detail="of answers to learned cards in the last 30 days were not Again"
          isWide
          explain="Of the answers to cards you had already learned, given in the last 30 days, the share that was not Again. Compare it with the desired retention in Settings."
        />
      </div>
    </section>
  );
}
