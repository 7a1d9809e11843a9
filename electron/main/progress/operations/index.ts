/**
 * Operations: what each IPC channel does, as functions of the narrow parts of
 * the opened data folder they need (the store as `StoreReader` or
 * `StoreWriter`, this session's `UndoSession`, the backups) and the channel's
 * parsed input. `handlers.ts` maps channels to these and holds no logic of its own.
 */
export { cardHistory, listCards, resetCards, reviewCards, suspendCards, updateCard } from './cards';
export { getArticle, listLibrary, removeArticle, saveDeck, setPublished } from './library';
export { getSettings, optimize, setSettings } from './settings';
export { exportCardFile, summary } from './stats';
export { answer, studyQueue, undoAnswer } from './study';
export { studyCounts } from './study-counts';
export { type BackupShelf, exportProgress, importProgress, listBackups, restoreBackup } from './transfer';
