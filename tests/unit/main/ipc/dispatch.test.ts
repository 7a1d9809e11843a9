import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../electron/contract';
import { createDispatch } from '../../../../electron/main/ipc/dispatch';
import { UserError } from '../../../../electron/main/progress/errors';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => 'called'),
  });
}

describe('createDispatch', () => {
  it('refuses an unknown channel without calling anything', async () => {
    const result = await createDispatch(handlersWith({}))('fs:readFile', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-channel' }) });
  });

  it('refuses a payload that does not match the schema and names the field', async () => {
    let calls = 0;
    const dispatch = createDispatch(
      handlersWith({
        'settings:set': () => {
          calls++;
          return {} as never;
        },
      }),
    );
    const result = await dispatch('settings:set', { desiredRetention: 1.5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('desiredRetention');
    expect(calls).toBe(0);
  });

  it('passes validated input and wraps the value', async () => {
    const dispatch = createDispatch(handlersWith({ 'library:get': ({ id }) => ({ id }) as never }));
    expect(await dispatch('library:get', { id: 'abc' })).toEqual({ ok: true, value: { id: 'abc' } });
  });

  it('turns a thrown error into a result instead of throwing across IPC', async () => {
    const dispatch = createDispatch(
      handlersWith({
        'library:get': () => {
          throw new UserError('No such article.', 'not-found');
        },
        'library:list': () => {
          throw new Error('disk on fire');
        },
      }),
    );
    expect(await dispatch('library:get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such article.' },
    });
    expect(await dispatch('library:list', undefined)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
  });

  it('refuses extra fields on strict payloads', async () => {
    const result = await createDispatch(handlersWith({}))('library:get', { id: 'a', __proto__x: 1 });
    expect(result.ok).toBe(false);
  });
});
