import type { Channel, DossierApi, Input, Output, Result } from '../../electron/contract';
import { verbName } from '../../shared/verbs';
import { QueryCache } from './lib/query-cache';

declare global {
  interface Window {
    dossier: DossierApi;
  }
}

/** Raised in the renderer when main answers `{ ok: false }`: its message is meant for the user. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const fn = (window.dossier as unknown as Record<string, (i?: unknown) => Promise<Result<Output<C>>>>)[
    verbName(channel)
  ];
  if (!fn) throw new ApiError(`The app bridge has no verb for ${channel}.`, 'unknown-channel');
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error.message, result.error.code);
  return result.value;
}

/** The renderer's one data cache (lib/query-cache.ts); views read it with `useQuery` (lib/query.ts). */
export const queries = new QueryCache(invoke);

/**
 * Calls a contract channel through the preload's verbs and unwraps the result. After a
 * call that changed data, the queries it changed fetch again (`INVALIDATES`).
 */
export async function call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>> {
  const value = await invoke(channel, input);
  queries.afterCall(channel);
  return value;
}
