import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Startup = typeof import('../../../renderer/src/lib/startup');

/** A fresh copy of the module (its start-up state is per page load) over a fake `window.dossier`. */
async function load(
  answer: 'at once' | 'when told' = 'at once',
): Promise<{ startup: Startup; calls: { channel: string; input: unknown }[]; answer: () => void }> {
  vi.resetModules();
  const calls: { channel: string; input: unknown }[] = [];
  const queue = { items: [], counts: { new: 0, learning: 0, review: 0 }, nextDue: null, now: '2026-03-02T10:00:00Z' };
  let release = () => {};
  const back = answer === 'at once' ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  const answered = (channel: string, value: unknown) => async (input: unknown) => {
    calls.push({ channel, input });
    await back;
    return { ok: true, value };
  };
  const dossier = {
    studyQueue: answered('study:queue', queue),
    settingsGet: answered('settings:get', { theme: 'dark' }),
    appNotices: answered('app:notices', []),
  };
  vi.stubGlobal('window', { dossier });
  return { startup: await import('../../../renderer/src/lib/startup'), calls, answer: () => release() };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
  return done;
};

describe('start-up order', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks for the session queue at start when opened on #/study, and hands it to the first matching request only', async () => {
    const { startup, calls } = await load();
    startup.startFirstScreen('#/study');
    const first = startup.sessionQueueInput({}, startup.FIRST_QUEUE_LIMIT, startup.LEARN_AHEAD_MS);
    expect(calls).toEqual([
      { channel: 'study:queue', input: first },
      { channel: 'settings:get', input: undefined },
      { channel: 'app:notices', input: undefined },
    ]);
    const taken = startup.takeStartQueue({ ...first });
    expect(taken).not.toBeNull();
    expect((await taken)?.now).toBe('2026-03-02T10:00:00Z');
    // Taken once: a later load (after answers, a reload) asks main again.
    expect(startup.takeStartQueue(first)).toBeNull();
  });

  it('never hands the start queue to a different request, and drops it after one', async () => {
    const { startup } = await load();
    startup.startFirstScreen('#/study');
    const first = startup.sessionQueueInput({}, startup.FIRST_QUEUE_LIMIT, startup.LEARN_AHEAD_MS);
    expect(startup.takeStartQueue(startup.sessionQueueInput({}, 3))).toBeNull();
    expect(startup.takeStartQueue(first)).toBeNull();
  });

  it('holds back non-critical work until the study page says its first screen is shown', async () => {
    const { startup } = await load();
    startup.startFirstScreen('#/study');
    expect(await settled(startup.afterFirstScreen())).toBe(false);
    startup.firstScreenShown();
    expect(await settled(startup.afterFirstScreen())).toBe(true);
    // Shown: a start queue not taken by then is stale and is not handed out.
    expect(
      startup.takeStartQueue(startup.sessionQueueInput({}, startup.FIRST_QUEUE_LIMIT, startup.LEARN_AHEAD_MS)),
    ).toBeNull();
  });

  it('lets non-critical work go after a while even if no page says so', async () => {
    const { startup } = await load();
    startup.startFirstScreen('#/study');
    vi.advanceTimersByTime(2999);
    expect(await settled(startup.afterFirstScreen())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(startup.afterFirstScreen())).toBe(true);
  });

  it('asks for nothing and waits for nothing on other pages', async () => {
    for (const hash of ['', '#/progress', '#/quiz', '#/settings']) {
      const { startup, calls } = await load();
      startup.startFirstScreen(hash);
      expect(calls).toEqual([]);
      expect(await settled(startup.afterFirstScreen())).toBe(true);
    }
  });

  it('holds the first render until the start queue is back, and then offers it to that render', async () => {
    const { startup, answer } = await load('when told');
    startup.startFirstScreen('#/study');
    const first = startup.sessionQueueInput({}, startup.FIRST_QUEUE_LIMIT, startup.LEARN_AHEAD_MS);
    const ready = startup.firstRenderReady();
    expect(await settled(ready)).toBe(false);
    expect(startup.startQueueIfBack(first)).toBeNull();
    answer();
    expect(await settled(ready)).toBe(true);
    // The shell's queries asked with it are in the query cache for that render (the saved theme at once).
    const { queries } = await import('../../../renderer/src/api');
    expect(queries.get('settings:get').data).toEqual({ theme: 'dark' });
    expect(queries.get('app:notices').data).toEqual([]);
    expect(startup.startQueueIfBack(first)?.queue.now).toBe('2026-03-02T10:00:00Z');
    // Offered, not taken: a render run twice sees it twice; never to another request.
    expect(startup.startQueueIfBack({ ...first })).not.toBeNull();
    expect(
      startup.startQueueIfBack(startup.sessionQueueInput({ facet: 'dates' }, startup.FIRST_QUEUE_LIMIT)),
    ).toBeNull();
    // Once the first screen is shown, later sessions ask main afresh.
    startup.firstScreenShown();
    expect(startup.startQueueIfBack(first)).toBeNull();
  });

  it('does not hold the first render for a shell query that fails', async () => {
    const { startup } = await load();
    const dossier = (window as unknown as { dossier: Record<string, unknown> }).dossier;
    dossier.settingsGet = async () => ({ ok: false, error: { code: 'io', message: 'unreadable' } });
    startup.startFirstScreen('#/study');
    expect(await settled(startup.firstRenderReady())).toBe(true);
    const { queries } = await import('../../../renderer/src/api');
    expect(queries.get('settings:get').error?.message).toBe('unreadable');
  });

  it('renders without the start queue when it is slow, and at once on other pages', async () => {
    const slow = await load('when told');
    slow.startup.startFirstScreen('#/study');
    const ready = slow.startup.firstRenderReady();
    vi.advanceTimersByTime(299);
    expect(await settled(ready)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(ready)).toBe(true);
    const other = await load();
    other.startup.startFirstScreen('#/progress');
    expect(await settled(other.startup.firstRenderReady())).toBe(true);
  });

  it('builds the session request from the scope as main expects it', async () => {
    const { startup } = await load();
    expect(startup.sessionQueueInput({ articleId: 'a', practice: { schedule: false } }, 10)).toEqual({
      articleId: 'a',
      limit: 10,
      practice: true,
    });
    expect(startup.sessionQueueInput({ facet: 'dates' }, 500, 1000)).toEqual({
      facet: 'dates',
      limit: 500,
      learnAheadMs: 1000,
    });
  });
});
