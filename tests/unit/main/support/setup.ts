/** Test wiring: real handlers on a temp data folder with conf, a movable clock, fuzz off. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { CardDraft, Channel, Input, Output } from '../../../../electron/contract';
import { createHandlers, type HandlerDeps, type HandlerService } from '../../../../electron/main/handlers';
import { createDispatch, type Dispatch } from '../../../../electron/main/ipc/dispatch';
import { createConfStoreFactory } from '../../../support/conf-store';

export const T0 = '2026-03-02T10:00:00.000Z';

export type Clock = { now: () => Date; set(iso: string): void; advance(ms: number): void };

export function makeClock(iso = T0): Clock {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    set: (v) => {
      t = new Date(v).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

const created: string[] = [];
// Registered in every test file that imports this module.
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-progress-'));
  created.push(dir);
  return dir;
}

export type Env = HandlerService & {
  dataDir: string;
  clock: Clock;
  call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>>;
  dispatchRaw: Dispatch;
  reopen(extra?: Partial<HandlerDeps>): Promise<Env>;
  /** Reopens without writing pending checkpoints, as after a crash. */
  crashAndReopen(): Promise<Env>;
};

export async function openEnv(
  dataDir = tempDir(),
  clock = makeClock(),
  extra: Partial<HandlerDeps> = {},
  fuzzOff = true,
): Promise<Env> {
  const service = await createHandlers({
    dataDir,
    storeFactory: createConfStoreFactory(),
    clock: clock.now,
    version: 'test',
    openFile: async () => null,
    saveFile: async (name) => ({ path: path.join(dataDir, name) }),
    checkpointDelayMs: 60_000,
    ...extra,
  });
  const dispatch = createDispatch(service.handlers);
  const env: Env = {
    ...service,
    dataDir,
    clock,
    dispatchRaw: dispatch,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    },
    async crashAndReopen() {
      await service.progress.close({ flush: false });
      return openEnv(dataDir, clock, extra, false);
    },
    async reopen(more = {}) {
      await service.close();
      return openEnv(dataDir, clock, { ...extra, ...more }, false);
    },
  };
  if (fuzzOff && !fs.existsSync(path.join(dataDir, 'settings.json'))) await env.call('settings:set', { fuzz: false });
  return env;
}

/** Distinct source spans by id, so cards made by `draft` are not siblings (same sentence) unless a test says so. */
const spans = new Map<string, number>();

export function draft(id: string, over: Partial<CardDraft> = {}): CardDraft {
  if (!spans.has(id)) spans.set(id, spans.size);
  const at = spans.get(id)! * 20;
  return {
    id,
    kind: 'quote-speaker',
    facet: 'quotes',
    prompt: `Who said ${id}?`,
    answer: `Speaker of ${id}`,
    source: { start: at, end: at + 10 },
    ...over,
  };
}

export function article(id = 'art-one', text = 'Some article text with words.') {
  return { id, title: `Title ${id}`, format: 'txt' as const, text };
}

export async function saveDeck(env: Env, articleId: string, ids: string[], acceptAll = true) {
  return env.call('library:save', { article: article(articleId), cards: ids.map((i) => draft(i)), acceptAll });
}

export const MIN = 60_000;
export const DAY = 86_400_000;
/** Answers a card by self-grading, as a study session does. */
export const answer = (e: Env, cardId: string, rating: 1 | 2 | 3 | 4) =>
  e.call('study:answer', { cardId, rating, mode: 'self', durationMs: 500 });
/** Ids of the cards `study:queue` serves for a scope, in order. */
export const queueIds = async (e: Env, scope = {}) => (await e.call('study:queue', scope)).items.map((i) => i.card.id);
