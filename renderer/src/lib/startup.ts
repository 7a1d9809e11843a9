import type { Input, Output, SessionScope } from '../../../electron/contract';
import { call, queries } from '../api';
import { routeFromHash } from './route-hash';

/**
 * Start-up order. The app opened on a study page asks main for its session's
 * cards while the page is still being built (`startFirstScreen`, run before
 * React and the app's modules are evaluated), with the shell's own queries (the settings, so the
 * saved theme, and the start-up notices), and opens localStorage meanwhile. React's first render waits for
 * those answers (`firstRenderReady`, for a short while at most), so it shows the
 * first card straight away (`startQueueIfBack`): one render, one layout, one
 * paint, instead of the shell with "Loading cards…" and then a second render
 * for the card. What the first screen does not show (the sidebar's due count,
 * the bundled article check off the library) waits until that screen is shown
 * (`afterFirstScreen`), so it neither delays the first card nor competes with it.
 */

/** Anki's learn-ahead limit: with nothing else left, learning cards due within it are shown now. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** A session's first request: up to this many cards, with learning cards due within the learn-ahead limit. */
export const FIRST_QUEUE_LIMIT = 500;
/** The first render waits at most this long for the start queue (then the page shows "Loading cards…" meanwhile). */
const FIRST_RENDER_WAIT_MS = 300;
/** Non-critical work starts after this long even if no page says its first screen is shown. */
const FIRST_SCREEN_TIMEOUT_MS = 3000;

type QueueInput = Input<'study:queue'>;

/** The `study:queue` request of a session over `scope`. */
export function sessionQueueInput(scope: SessionScope, limit: number, learnAheadMs?: number): QueueInput {
  const { practice, ...rest } = scope;
  return { ...rest, limit, ...(practice ? { practice: true } : {}), ...(learnAheadMs ? { learnAheadMs } : {}) };
}

type Started = {
  key: string;
  queue: Promise<Output<'study:queue'>>;
  /** The answer once it came back, and when (this page's clock). */
  answer?: { queue: Output<'study:queue'>; receivedAt: number };
};

let started: Started | null = null;
/** Settles once the start requests have (or at once when none was made). */
let startSettled: Promise<unknown> = Promise.resolve();
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
  const start: Started = { key: JSON.stringify(input), queue };
  started = start;
  // Whoever takes it handles a failure; nobody taking it is not an error.
  startSettled = queue.then(
    (value) => {
      start.answer = { queue: value, receivedAt: Date.now() };
    },
    () => {},
  );
  // The shell's own queries go with it: the settings (the theme) and what main found at start. Their
  // answers are in the query cache for the first render, which shows the saved theme at once and
  // asks main nothing more before the card is painted.
  const shell = Promise.allSettled([queries.fetch('settings:get'), queries.fetch('app:notices')]);
  startSettled = Promise.all([startSettled, shell]);
  setTimeout(firstScreenShown, FIRST_SCREEN_TIMEOUT_MS);
  openLocalStorage();
}

/**
 * The page's first use of localStorage loads it from the browser process, a synchronous round
 * trip (tens of ms on a busy machine). The session's first render reads the answer mode from
 * it: open it now, while the first queue is on its way, rather than in that render.
 */
function openLocalStorage(): void {
  try {
    void window.localStorage.length;
  } catch {
    // No storage (a sandbox without it): the session falls back to its default mode.
  }
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

/**
 * Resolves when the first render should start: once the queue and the shell's queries asked
 * for at start are back (so that render shows the first card, in one layout and paint, in the
 * saved theme) or failed, but no later than `FIRST_RENDER_WAIT_MS`; at once when nothing was asked.
 */
export function firstRenderReady(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FIRST_RENDER_WAIT_MS);
  });
  return Promise.race([startSettled.then(() => {}), late]).finally(() => clearTimeout(timer));
}

/**
 * The queue asked for at start if it is back already and `input` is that request,
 * with when it came: the session's first render shows its first card at once. It is
 * not taken (a render may run twice): it goes when the first screen is shown.
 */
export function startQueueIfBack(input: QueueInput): { queue: Output<'study:queue'>; receivedAt: number } | null {
  return started && started.key === JSON.stringify(input) ? (started.answer ?? null) : null;
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
