/**
 * The main-process handlers: every channel of the contract, over the progress
 * layer. Imports no electron: the app passes electron-store and dialogs, the
 * tests and the end-to-end harness pass conf and temp-folder fakes.
 */
import type { Handlers, Notice, OpenedFile } from '../contract';
import {
  answer,
  cardHistory,
  exportCardFile,
  exportProgress,
  getArticle,
  getSettings,
  importProgress,
  listBackups,
  listCards,
  listLibrary,
  optimize,
  removeArticle,
  resetCards,
  restoreBackup,
  reviewCards,
  saveDeck,
  setPublished,
  setSettings,
  studyCounts,
  studyQueue,
  summary,
  suspendCards,
  undoAnswer,
  updateCard,
} from './progress/operations';
import { type OptimizerRunner, runOptimizerInProcess } from './progress/optimizer';
import { type JournalFs, Progress, type StoreFactory, type SwapHook } from './progress/storage';
import { saveDialogName } from './security';

export type HandlerDeps = {
  dataDir: string;
  storeFactory: StoreFactory;
  clock: () => Date;
  random?: () => number;
  version: string;
  openFile: () => Promise<OpenedFile | null>;
  saveFile: (name: string, text: string) => Promise<{ path: string } | null>;
  /** Journal file calls; tests inject a failing one to simulate a full disk. */
  fs?: JournalFs;
  /** Where the FSRS optimiser runs; the app isolates it in a utility process. */
  optimizer?: OptimizerRunner;
  checkpointDelayMs?: number;
  backupIntervalMs?: number;
  /** Tests stop the process between the steps of a restore or import swap. */
  swapHook?: SwapHook;
};

export type HandlerService = { handlers: Handlers; close(): Promise<void>; notices: Notice[]; progress: Progress };

export async function createHandlers(deps: HandlerDeps): Promise<HandlerService> {
  const p = Progress.open(deps);
  const { store, undo, backups } = p;

  const handlers = {
    'app:info': () => ({ version: deps.version, dataDir: deps.dataDir }),
    'app:notices': () => [...p.notices],

    'library:list': () => listLibrary(store),
    'library:get': ({ id }) => getArticle(store, id),
    'library:save': (input) => saveDeck(store, input),
    'library:remove': ({ id }) => removeArticle(store, undo, id),
    'library:openFile': () => deps.openFile(),
    'library:setPublished': (input) => setPublished(store, input),

    'study:queue': (scope) => studyQueue(store, scope),
    'study:counts': (input) => studyCounts(store, input),
    'study:answer': (input) => answer(store, undo, input),
    'study:undo': (input) => undoAnswer(store, undo, input?.cardId),

    'cards:list': (filter) => listCards(store, filter),
    'cards:review': (input) => reviewCards(store, input),
    'cards:update': (input) => updateCard(store, input),
    'cards:suspend': (input) => suspendCards(store, input),
    'cards:reset': (input) => resetCards(store, undo, input),
    'cards:history': ({ id }) => cardHistory(store, id),
    'cards:export': (input) => exportCardFile(store, input),

    'settings:get': () => getSettings(store),
    'settings:set': (patch) => setSettings(store, patch),

    'stats:summary': () => summary(store),
    'optimizer:run': () => optimize(store, deps.optimizer ?? runOptimizerInProcess),

    'backup:list': () => listBackups(backups),
    'backup:restore': ({ id }) => restoreBackup(store, backups, id),
    'progress:export': () => exportProgress(store),
    'progress:import': ({ text }) => importProgress(store, text),
    'file:save': ({ suggestedName, text }) => deps.saveFile(saveDialogName(suggestedName), text),
  } satisfies Handlers;

  return { handlers, close: () => p.close(), notices: p.notices, progress: p };
}
