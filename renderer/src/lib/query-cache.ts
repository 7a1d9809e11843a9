/**
 * The renderer's data cache, keyed by IPC channel and input. Pure (no React, no
 * window): `lib/query.ts` is the hook over it, `api.ts` owns the one instance and
 * tells it after every successful call, so a mutation refetches exactly the
 * queries whose data it changes (`INVALIDATES`).
 */
import type { Channel, Input, Output } from '../../../electron/contract';

/** Channels that only read: their answers are cached and shared by every view that asks. */
export const QUERY_CHANNELS = [
  'app:info',
  'app:notices',
  'library:list',
  'library:get',
  'study:queue',
  'study:counts',
  'cards:list',
  'cards:history',
  'settings:get',
  'stats:summary',
  'backup:list',
] as const satisfies readonly Channel[];

export type QueryChannel = (typeof QUERY_CHANNELS)[number];

/**
 * Queries whose answer changes only through calls (which invalidate them), never with
 * the clock: a view that opens shows the cached answer without asking main again.
 * The others (due counts, statistics, backups made on a timer) are fetched again
 * whenever a first view opens on them.
 */
export const CLOCK_FREE: ReadonlySet<QueryChannel> = new Set([
  'app:info',
  'app:notices',
  'library:get',
  'cards:history',
  'settings:get',
] as const);
export type MutationChannel = Exclude<Channel, QueryChannel>;

/** Everything that depends on the cards, their schedule or the articles. */
const CARD_DATA = [
  'library:list',
  'study:queue',
  'study:counts',
  'cards:list',
  'cards:history',
  'stats:summary',
] as const satisfies readonly QueryChannel[];

/**
 * What each other channel changes. A new channel is a compile error here until it is
 * listed, either as a query above or with the queries it makes stale (`[]`: it changes
 * nothing the renderer reads, like a save dialog or an export).
 */
export const INVALIDATES: Record<MutationChannel, readonly QueryChannel[]> = {
  'library:save': [...CARD_DATA, 'library:get'],
  'library:remove': [...CARD_DATA, 'library:get'],
  'library:setPublished': ['library:list', 'library:get'],
  'library:openFile': [],
  'study:answer': CARD_DATA,
  'study:undo': CARD_DATA,
  'cards:review': CARD_DATA,
  'cards:update': ['cards:list', 'study:queue'],
  'cards:suspend': CARD_DATA,
  'cards:reset': CARD_DATA,
  'cards:export': [],
  // Limits, steps and the day start change what is due; the theme is read from here too.
  'settings:set': ['settings:get', ...CARD_DATA],
  // New parameters change intervals and recall probabilities.
  'optimizer:run': CARD_DATA,
  'backup:restore': QUERY_CHANNELS,
  'progress:import': QUERY_CHANNELS,
  'progress:export': [],
  'file:save': [],
};

/** The queries a successful call of `channel` makes stale (none for a query). */
export function invalidatedBy(channel: Channel): readonly QueryChannel[] {
  return (INVALIDATES as Partial<Record<Channel, readonly QueryChannel[]>>)[channel] ?? [];
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key; no input and `{}` are one key too. */
export function queryKey(channel: Channel, input?: unknown): string {
  const stable = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stable);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out[key] = stable(v);
      }
      return out;
    }
    return value;
  };
  const body = input === undefined ? {} : stable(input);
  const json = JSON.stringify(body);
  return json === '{}' ? channel : `${channel} ${json}`;
}

/** What a view sees of one query. `data` stays while it reloads or after a failed reload. */
export type QueryState<T> = { data: T | undefined; error: Error | null; loading: boolean };

type Entry = {
  channel: QueryChannel;
  input: unknown;
  state: QueryState<unknown>;
  /** Bumped by every fetch: an answer to an older fetch is dropped. */
  generation: number;
  /** The latest fetch while it is under way. */
  inflight: Promise<unknown> | null;
  listeners: Set<() => void>;
  /** Data changed since the last answer: fetch again when next watched. */
  stale: boolean;
};

export type Fetcher = <C extends Channel>(channel: C, input?: Input<C>) => Promise<Output<C>>;

/** Entries nobody watches are kept for a quick return to a page, up to this many. */
const KEEP_UNWATCHED = 40;

const LOADING: QueryState<never> = { data: undefined, error: null, loading: true };

export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidationListeners = new Set<(channels: ReadonlySet<QueryChannel>) => void>();

  constructor(private readonly fetcher: Fetcher) {}

  /** The current state of a query (loading and empty before its first fetch). */
  get<C extends QueryChannel>(channel: C, input?: Input<C>): QueryState<Output<C>> {
    return (this.entries.get(queryKey(channel, input))?.state ?? LOADING) as QueryState<Output<C>>;
  }

  /**
   * Watches a query and calls `listener` on every change of its state. It is fetched
   * when stale (never fetched, invalidated, failed) and, unless `CLOCK_FREE`, again
   * whenever a first watcher comes (showing the last answer meanwhile): a page that
   * opens reads afresh what the clock moves. Returns the function that stops watching.
   */
  watch<C extends QueryChannel>(channel: C, input: Input<C> | undefined, listener: () => void): () => void {
    const entry = this.entry(channel, input);
    const first = entry.listeners.size === 0;
    entry.listeners.add(listener);
    const revalidate = first && !CLOCK_FREE.has(channel);
    if ((revalidate || entry.stale) && !entry.inflight) this.runWatched(entry);
    return () => {
      entry.listeners.delete(listener);
      this.trim();
    };
  }

  /** Answers with a query's data: the cached answer unless it is stale, else a fetch (shared with one under way). */
  fetch<C extends QueryChannel>(channel: C, input?: Input<C>): Promise<Output<C>> {
    const entry = this.entry(channel, input);
    if (entry.inflight) return entry.inflight as Promise<Output<C>>;
    if (!entry.stale && entry.state.data !== undefined) return Promise.resolve(entry.state.data as Output<C>);
    return this.run(entry) as Promise<Output<C>>;
  }

  /** Fetches a query again now (a view's "Try again"). */
  reload(channel: QueryChannel, input?: unknown): void {
    const entry = this.entries.get(queryKey(channel, input));
    if (entry) this.runWatched(entry);
  }

  /** After a successful call: every query that call changed is stale; the watched ones fetch at once. */
  afterCall(channel: Channel): void {
    this.invalidate(invalidatedBy(channel));
  }

  invalidate(channels: readonly QueryChannel[]): void {
    if (channels.length === 0) return;
    const stale = new Set(channels);
    for (const entry of this.entries.values()) {
      if (!stale.has(entry.channel)) continue;
      entry.stale = true;
      if (entry.listeners.size > 0) this.runWatched(entry);
    }
    for (const listener of this.invalidationListeners) listener(stale);
  }

  /**
   * For code that fetches on its own (a study session asks `study:queue` with its own
   * bookkeeping): called with the channels made stale, after every invalidation.
   */
  onInvalidate(listener: (channels: ReadonlySet<QueryChannel>) => void): () => void {
    this.invalidationListeners.add(listener);
    return () => {
      this.invalidationListeners.delete(listener);
    };
  }

  private entry(channel: QueryChannel, input: unknown): Entry {
    const key = queryKey(channel, input);
    let entry = this.entries.get(key);
    if (!entry) {
      this.trim();
      entry = { channel, input, state: LOADING, generation: 0, inflight: null, listeners: new Set(), stale: true };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private run(entry: Entry): Promise<unknown> {
    const generation = ++entry.generation;
    entry.stale = false;
    if (!entry.state.loading) this.set(entry, { ...entry.state, loading: true });
    const request = this.fetcher(entry.channel, entry.input as never).then(
      (data) => {
        if (generation === entry.generation) {
          entry.inflight = null;
          this.set(entry, { data, error: null, loading: false });
          this.trim();
        }
        return data;
      },
      (error: unknown) => {
        if (generation === entry.generation) {
          entry.inflight = null;
          entry.stale = true;
          const shown = error instanceof Error ? error : new Error(String(error));
          this.set(entry, { data: entry.state.data, error: shown, loading: false });
        }
        throw error;
      },
    );
    entry.inflight = request;
    return request;
  }

  /** A fetch for watchers: a failure is in the entry's state, where they read it. */
  private runWatched(entry: Entry): void {
    this.run(entry).catch(() => {});
  }

  private set(entry: Entry, state: QueryState<unknown>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener();
  }

  /** Drops the oldest entries nobody watches beyond `KEEP_UNWATCHED`. */
  private trim(): void {
    let unwatched = 0;
    for (const entry of this.entries.values()) if (entry.listeners.size === 0) unwatched++;
    for (const [key, entry] of this.entries) {
      if (unwatched <= KEEP_UNWATCHED) break;
      if (entry.listeners.size > 0 || entry.inflight) continue;
      this.entries.delete(key);
      unwatched--;
    }
  }
}
