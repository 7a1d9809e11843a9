import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../electron/contract';
import {
  type Fetcher,
  INVALIDATES,
  invalidatedBy,
  QUERY_CHANNELS,
  QueryCache,
  queryKey,
} from '../../../renderer/src/lib/query-cache';

/** A fetcher the test answers by hand, one request at a time. */
function manualFetcher() {
  const requests: { channel: Channel; input: unknown; resolve(v: unknown): void; reject(e: Error): void }[] = [];
  const fetcher = ((channel: Channel, input?: unknown) =>
    new Promise((resolve, reject) => requests.push({ channel, input, resolve, reject }))) as Fetcher;
  return { fetcher, requests };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('query keys', () => {
  it('are one key for the same input whatever its key order, and for no input and {}', () => {
    expect(queryKey('cards:list', { articleId: 'a', facet: 'dates' })).toBe(
      queryKey('cards:list', { facet: 'dates', articleId: 'a' }),
    );
    expect(queryKey('cards:list', { articleId: 'a', search: undefined })).toBe(
      queryKey('cards:list', { articleId: 'a' }),
    );
    expect(queryKey('library:list')).toBe(queryKey('library:list', {}));
    expect(queryKey('library:list')).toBe('library:list');
  });

  it('differ by channel and by input', () => {
    const keys = new Set([
      queryKey('cards:list', {}),
      queryKey('cards:list', { articleId: 'a' }),
      queryKey('cards:list', { articleId: 'b' }),
      queryKey('study:queue', { articleId: 'a' }),
      queryKey('study:queue', { kinds: ['x', 'y'] }),
      queryKey('study:queue', { kinds: ['y', 'x'] }),
    ]);
    expect(keys.size).toBe(6);
  });
});

describe('the invalidation table', () => {
  it('names every channel of the contract once: a query, or what it changes', () => {
    const queries = new Set<string>(QUERY_CHANNELS);
    const mutations = new Set(Object.keys(INVALIDATES));
    expect([...queries].filter((c) => mutations.has(c))).toEqual([]);
    expect([...CHANNELS].sort()).toEqual([...queries, ...mutations].sort());
    for (const targets of Object.values(INVALIDATES)) for (const t of targets) expect(queries.has(t)).toBe(true);
  });

  it('refreshes the counts, the library and the statistics after every change to cards or their schedule', () => {
    for (const channel of [
      'library:save',
      'library:remove',
      'study:answer',
      'study:undo',
      'cards:review',
      'cards:suspend',
      'cards:reset',
      'settings:set',
      'backup:restore',
      'progress:import',
    ] as const) {
      expect(invalidatedBy(channel)).toEqual(
        expect.arrayContaining(['study:counts', 'study:queue', 'library:list', 'cards:list', 'stats:summary']),
      );
    }
    expect(invalidatedBy('settings:set')).toContain('settings:get');
    expect(invalidatedBy('library:setPublished')).toEqual(expect.arrayContaining(['library:get', 'library:list']));
    expect([...invalidatedBy('backup:restore')].sort()).toEqual([...QUERY_CHANNELS].sort());
    expect(invalidatedBy('library:list')).toEqual([]);
    expect(invalidatedBy('file:save')).toEqual([]);
  });
});

describe('the query cache', () => {
  it('fetches once for every view watching the same query, and tells each of them', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    let told = 0;
    cache.watch('library:list', undefined, () => told++);
    cache.watch('library:list', {}, () => told++);
    expect(requests).toHaveLength(1);
    expect(cache.get('library:list')).toEqual({ data: undefined, error: null, loading: true });
    requests[0]!.resolve(['one']);
    await settle();
    expect(cache.get('library:list')).toEqual({ data: ['one'], error: null, loading: false });
    expect(told).toBe(2);
  });

  it('fetches what moves with the clock again when a page opens anew, showing the last answer meanwhile', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    const stop = cache.watch('stats:summary', undefined, () => {});
    const stopArticle = cache.watch('library:get', { id: 'a' }, () => {});
    for (const r of requests) r.resolve({ v: 1 });
    await settle();
    stop();
    stopArticle();
    cache.watch('stats:summary', undefined, () => {});
    cache.watch('library:get', { id: 'a' }, () => {});
    // An article's text changes only through calls: no second fetch.
    expect(requests.map((r) => r.channel)).toEqual(['stats:summary', 'library:get', 'stats:summary']);
    expect(cache.get('stats:summary')).toEqual({ data: { v: 1 }, error: null, loading: true });
    expect(cache.get('library:get', { id: 'a' })).toEqual({ data: { v: 1 }, error: null, loading: false });
  });

  it('refetches the watched queries a call changed, and only those; unwatched ones fetch when next asked', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    cache.watch('study:counts', undefined, () => {});
    cache.watch('settings:get', undefined, () => {});
    const article = cache.fetch('library:get', { id: 'a' });
    for (const r of requests) r.resolve(`${r.channel} v1`);
    expect(await article).toBe('library:get v1');
    await settle();
    expect(await cache.fetch('library:get', { id: 'a' })).toBe('library:get v1');
    expect(requests).toHaveLength(3);

    cache.afterCall('study:answer');
    expect(requests.slice(3).map((r) => r.channel)).toEqual(['study:counts']);
    cache.afterCall('cards:export');
    expect(requests).toHaveLength(4);

    cache.afterCall('library:setPublished');
    expect(requests).toHaveLength(4);
    const again = cache.fetch('library:get', { id: 'a' });
    expect(requests.map((r) => r.channel)).toEqual([
      'study:counts',
      'settings:get',
      'library:get',
      'study:counts',
      'library:get',
    ]);
    requests[4]!.resolve('library:get v2');
    expect(await again).toBe('library:get v2');
  });

  it('drops an answer overtaken by a newer fetch', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    cache.watch('cards:list', { articleId: 'a' }, () => {});
    cache.invalidate(['cards:list']);
    expect(requests).toHaveLength(2);
    requests[1]!.resolve(['new']);
    await settle();
    requests[0]!.resolve(['old']);
    await settle();
    expect(cache.get('cards:list', { articleId: 'a' }).data).toEqual(['new']);
  });

  it('keeps a failure with the last answer until a reload succeeds', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    cache.watch('library:list', undefined, () => {});
    requests[0]!.resolve(['one']);
    await settle();
    cache.invalidate(['library:list']);
    requests[1]!.reject(new Error('The disk is gone.'));
    await settle();
    expect(cache.get('library:list')).toEqual({ data: ['one'], error: new Error('The disk is gone.'), loading: false });
    cache.reload('library:list');
    expect(cache.get('library:list').loading).toBe(true);
    requests[2]!.resolve(['one', 'two']);
    await settle();
    expect(cache.get('library:list')).toEqual({ data: ['one', 'two'], error: null, loading: false });
  });

  it('rejects a direct fetch that fails, and tells invalidation listeners what went stale', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    const failed = cache.fetch('library:get', { id: 'gone' });
    requests[0]!.reject(new Error('This article is not in the library.'));
    await expect(failed).rejects.toThrow('not in the library');
    const heard: string[][] = [];
    const stop = cache.onInvalidate((channels) => heard.push([...channels]));
    cache.afterCall('cards:update');
    stop();
    cache.afterCall('cards:update');
    expect(heard).toEqual([['cards:list', 'study:queue']]);
  });

  it('keeps a bounded number of queries nobody watches', async () => {
    const { fetcher, requests } = manualFetcher();
    const cache = new QueryCache(fetcher);
    for (let i = 0; i < 100; i++) void cache.fetch('cards:list', { search: `s${i}` });
    for (const r of requests) r.resolve([]);
    await settle();
    // Trimmed as new ones come in: the first searches are gone and fetch again.
    void cache.fetch('cards:list', { search: 's0' });
    expect(requests).toHaveLength(101);
    void cache.fetch('cards:list', { search: 's99' });
    expect(requests).toHaveLength(101);
  });
});
