/**
 * Statistics: the dashboard summary (today, forecast, heatmap, mastery), the
 * review history as FSRS sequences (shared with the optimiser), and the card
 * exports (Anki TSV, CSV). Pure functions of cards and reviews.
 */
export { exportCards } from './export-cards';
export { firstGoodInterval, type HistoryStep, logLoss, reviewSequences } from './history';
export { computeSummary } from './summary';
