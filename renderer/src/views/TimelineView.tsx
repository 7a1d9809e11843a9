import { StudyView } from './StudyView';

/** Timeline cards only: put an article's dated events in order; the score suggests the rating. */
export function TimelineView({ practice }: { practice?: { schedule: boolean } }) {
  return (
    <StudyView
      scope={{ kinds: ['timeline'], ...(practice ? { practice } : {}) }}
      variant="timeline"
      title="Timeline drill"
      emptyText="No timeline is due now"
    />
  );
}
