import type { Page } from '@playwright/test';
import { CHANNELS, verbName } from '../../electron/contract';
import type { Dispatch } from '../../electron/main/ipc/dispatch';

/**
 * Defines `window.dossier` in the page from the contract's verbs, each
 * forwarding to `dispatch` in the test process: the preload's stand-in.
 */
export async function bindBackend(page: Page, dispatch: Dispatch): Promise<void> {
  await page.exposeBinding('__dossierInvoke', (_source, channel: unknown, payload: unknown) =>
    dispatch(channel, payload),
  );
  const verbs = CHANNELS.map((channel) => [verbName(channel), channel] as const);
  await page.addInitScript((pairs) => {
    const w = window as unknown as Record<string, unknown>;
    const invoke = w.__dossierInvoke as (channel: string, payload: unknown) => Promise<unknown>;
    const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const [verb, channel] of pairs) api[verb] = (input) => invoke(channel, input);
    Object.defineProperty(window, 'dossier', { value: Object.freeze(api), enumerable: true });
    // Like the preload, the page sees verbs only: hide the raw binding.
    delete w.__dossierInvoke;
  }, verbs);
}
