import type { Input, Output, SessionScope } from '../../../electron/contract';
import { call } from '../api';
import { routeFromHash } from './route-hash';

/**
 * Start-up order. The app opened on a study page asks main for its session's
 * cards while the page is still being built (`startFirstScreen`, run before
 * React renders); what the first screen does not show (the sidebar's due count,
 * the bundled article check off the library) waits until that screen is shown
 * (`afterFirstScreen`), so it neither delays the first card nor competes with it.
 */

/** Anki's learn-ahead limit: with nothing else left, learning cards due within it are shown now. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** A session's first request: up to this many cards, with learning cards due within the learn-ahead limit. */
export const FIRST_QUEUE_LIMIT = 500;
/** Non-critical work starts after this long even if no page says its first screen is shown. */
const FIRST_SCREEN_TIMEOUT_MS = 3000;

type QueueInput = Input<'study:queue'>;

/** The `study:queue` request of a session over `scope`. */
export function sessionQueueInput(scope: SessionScope, limit: number, learnAheadMs?: number): QueueInput {
  const { practice, ...rest } = scope;
  return { ...rest, limit, ...(practice ? { practice: true } : {}), ...(learnAheadMs ? { learnAheadMs } : {}) };
}

let started: { key: string; queue: Promise<Output<'study:queue'>> } | null = null;
let shown: () => void = () => {};
const firstScreen = new Promise<void>((resolve) => {
  shown = resolve;
});

/** Starts what the page named by `hash` shows first; other pages have nothing to wait for. */
export function startFirstScreen(hash: string): void {
  const route = routeFromHash(hash);
  if (route.name !== 'study') {
    firstScreenShown();
    return;
  }
  const input = sessionQueueInput(route.scope, FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS);
  const queue = call('study:queue', input);
  // Whoever takes it handles a failure; nobody taking it is not an error.
  queue.catch(() => {});
  started = { key: JSON.stringify(input), queue };
  setTimeout(firstScreenShown, FIRST_SCREEN_TIMEOUT_MS);
}

/**
 * The queue asked for at start, if `input` is that request. Only the first
 * request asks: later ones (a reload, another page) must see fresh cards.
 */
export function takeStartQueue(input: QueueInput): Promise<Output<'study:queue'>> | null {
  const taken = started && started.key === JSON.stringify(input) ? started.queue : null;
  started = null;
  return taken;
}

/** The page opened at start shows its content (a card, the end screen, an error). */
export function firstScreenShown(): void {
  started = null;
  shown();
}

/** Resolves once the first screen is shown (at once when the app opened on a page with nothing to wait for). */
export function afterFirstScreen(): Promise<void> {
  return firstScreen;
}
