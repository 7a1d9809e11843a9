import fc from 'fast-check';
import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import { type Env, openEnv, saveDeck } from '../support/setup';

/** The reference: ts-fsrs itself with the default settings, fuzz off. */
const reference = fsrs(
  generatorParameters({
    enable_fuzz: false,
    request_retention: DEFAULT_SETTINGS.desiredRetention,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
    maximum_interval: 36_500,
  }),
);

type ModelCard = { articleId: string; retired: boolean; suspended: boolean; card: Card };
type Model = { cards: Map<string, ModelCard>; undo: { id: string; before: Card }[] };

type Command =
  | { kind: 'save'; article: 'art-a' | 'art-b'; ids: number[] }
  | { kind: 'answer'; id: number; article: 'art-a' | 'art-b'; rating: Grade }
  | { kind: 'undo' }
  | { kind: 'suspend'; id: number; article: 'art-a' | 'art-b'; suspended: boolean }
  | { kind: 'wait'; minutes: number }
  | { kind: 'queue' }
  | { kind: 'restart'; crash: boolean };

const articleArb = fc.constantFrom<'art-a' | 'art-b'>('art-a', 'art-b');
const idArb = fc.integer({ min: 0, max: 4 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), article: articleArb, ids: fc.uniqueArray(idArb, { maxLength: 5 }) }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      id: idArb,
      article: articleArb,
      rating: fc.constantFrom<Grade>(1, 2, 3, 4),
    }),
  },
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('suspend' as const), id: idArb, article: articleArb, suspended: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 60 * 24 * 20 }) }),
  fc.record({ kind: fc.constant('restart' as const), crash: fc.boolean() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('queue' as const) }) },
);

const cardId = (article: string, id: number) => `${article}-card${id}`;

async function apply(env: Env, model: Model, c: Command): Promise<Env> {
  const now = env.clock.now();
  if (c.kind === 'save') {
    const ids = c.ids.map((i) => cardId(c.article, i));
    await saveDeck(env, c.article, ids);
    for (const [id, m] of model.cards) if (m.articleId === c.article && !ids.includes(id)) m.retired = true;
    for (const id of ids) {
      const m = model.cards.get(id);
      if (m) m.retired = false;
      else model.cards.set(id, { articleId: c.article, retired: false, suspended: false, card: createEmptyCard(now) });
    }
  } else if (c.kind === 'answer') {
    const id = cardId(c.article, c.id);
    const m = model.cards.get(id);
    const r = await env.dispatchRaw('study:answer', { cardId: id, rating: c.rating, mode: 'self', durationMs: 1 });
    const studyable = m !== undefined && !m.retired && !m.suspended;
    expect(r.ok).toBe(studyable);
    if (studyable) {
      model.undo.push({ id, before: m.card });
      m.card = reference.next(m.card, now, c.rating).card;
    }
  } else if (c.kind === 'undo') {
    const r = await env.dispatchRaw('study:undo', undefined);
    const last = model.undo.pop();
    expect(r.ok).toBe(last !== undefined);
    if (last) model.cards.get(last.id)!.card = last.before;
  } else if (c.kind === 'suspend') {
    const id = cardId(c.article, c.id);
    await env.call('cards:suspend', { ids: [id], suspended: c.suspended });
    const m = model.cards.get(id);
    if (m) m.suspended = c.suspended;
  } else if (c.kind === 'queue') {
    await expectQueue(env, model);
  } else if (c.kind === 'wait') {
    env.clock.advance(c.minutes * 60_000);
  } else {
    model.undo = [];
    return c.crash ? env.crashAndReopen() : env.reopen();
  }
  return env;
}

async function expectMatches(env: Env, model: Model): Promise<void> {
  const real = [...(await env.call('cards:list', {})), ...(await env.call('cards:list', { state: 'retired' }))];
  const actual = Object.fromEntries(
    real.map((c) => [c.id, [c.retired, c.suspended, c.state, Date.parse(c.due), c.reps, c.lapses]]),
  );
  const states = ['new', 'learning', 'review', 'relearning'];
  const expected = Object.fromEntries(
    [...model.cards].map(([id, m]) => [
      id,
      [m.retired, m.suspended, states[m.card.state], m.card.due.getTime(), m.card.reps, m.card.lapses],
    ]),
  );
  expect(actual).toEqual(expected);
  await expectQueue(env, model);
}

/** The queue (kept in its own index) offers exactly the studyable cards that are new or due. */
async function expectQueue(env: Env, model: Model): Promise<void> {
  const now = env.clock.now().getTime();
  const queue = await env.call('study:queue', { limit: 1000 });
  const due = [...model.cards]
    .filter(([, m]) => !m.retired && !m.suspended && (m.card.state === 0 || m.card.due.getTime() <= now))
    .map(([id]) => id);
  expect(queue.items.map((i) => i.card.id).sort()).toEqual(due.sort());
}

describe('the progress layer against a simple model', () => {
  it('matches the model after random saves, answers, undos, suspends, restarts and crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 30 }), async (commands) => {
        let env = await openEnv();
        const model: Model = { cards: new Map(), undo: [] };
        try {
          for (const c of commands) env = await apply(env, model, c);
          await expectMatches(env, model);
          env = await env.crashAndReopen();
          model.undo = [];
          await expectMatches(env, model);
        } finally {
          await env.close();
        }
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});
