import { StudyView } from './StudyView';

/** Quote cards only: who said it (choices), finish the quote (typed), when was it said. */
export function QuoteQuizView({ practice }: { practice?: { schedule: boolean } }) {
  return (
    <StudyView
      scope={{ facet: 'quotes', ...(practice ? { practice } : {}) }}
      variant="quiz"
      title="Quote quiz"
      emptyText="No quote is due now"
    />
  );
}
