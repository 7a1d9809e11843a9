/**
 * Scheduling: FSRS (states, intervals, retrievability), the study day, the
 * queue and its typed-array index, siblings and rejected facts, and the views
 * of stored cards the renderer receives. Pure: no file is read or written here.
 */
export { dayStart } from './day';
export { buildQueue, type Selection, selectQueue } from './queue';
export { QueueIndex } from './queue-index';
export { type RejectedFacts, rejectedFacts, serveWithout } from './rejected';
export { createScheduler, fromCard, newState, retrievability, type Scheduler, schedule } from './scheduler';
export { UndoSession } from './undo-session';
export { articleSummary, isStudyable, toCardView, toReviewEntry } from './views';
