import { StudyView } from './StudyView';

/** Quote cards only: who said it (choices), finish the quote (typed), when was it said. */
export function QuoteQuizView() {
  return <StudyView scope={{ facet: 'quotes' }} variant="quiz" title="Quote quiz" emptyText="No quote is due now" />;
}
