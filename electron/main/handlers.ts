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
  undo,
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

  const handlers = {
    'app:info': () => ({ version: deps.version, dataDir: deps.dataDir }),
    'app:notices': () => [...p.notices],

    'library:list': () => listLibrary(p),
    'library:get': ({ id }) => getArticle(p, id),
    'library:save': (input) => saveDeck(p, input),
    'library:remove': ({ id }) => removeArticle(p, id),
    'library:openFile': () => deps.openFile(),
    'library:setPublished': (input) => setPublished(p, input),

    'study:queue': (scope) => studyQueue(p, scope),
    'study:counts': (input) => studyCounts(p, input),
    'study:answer': (input) => answer(p, input),
    'study:undo': (input) => undo(p, input?.cardId),

    'cards:list': (filter) => listCards(p, filter),
    'cards:review': (input) => reviewCards(p, input),
    'cards:update': (input) => updateCard(p, input),
    'cards:suspend': (input) => suspendCards(p, input),
    'cards:reset': (input) => resetCards(p, input),
    'cards:history': ({ id }) => cardHistory(p, id),
    'cards:export': (input) => exportCardFile(p, input),

    'settings:get': () => getSettings(p),
    'settings:set': (patch) => setSettings(p, patch),

    'stats:summary': () => summary(p),
    'optimizer:run': () => optimize(p, deps.optimizer ?? runOptimizerInProcess),

    'backup:list': () => listBackups(p),
    'backup:restore': ({ id }) => restoreBackup(p, id),
    'progress:export': () => exportProgress(p),
    'progress:import': ({ text }) => importProgress(p, text),
    'file:save': ({ suggestedName, text }) => deps.saveFile(saveDialogName(suggestedName), text),
  } satisfies Handlers;

  return { handlers, close: () => p.close(), notices: p.notices, progress: p };
}
