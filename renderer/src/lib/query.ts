import { useCallback, useSyncExternalStore } from 'react';
import type { Input, Output } from '../../../electron/contract';
import { queries } from '../api';
import { type QueryChannel, type QueryState, queryKey } from './query-cache';

export type Query<T> = QueryState<T> & {
  /** Fetches again now (a "Try again" button). */
  reload(): void;
};

/**
 * A channel's answer for `input`, cached per (channel, input) and shared by every view
 * that asks; fetched when the first view watching it mounts and again whenever a call
 * changes its data (lib/query-cache.ts `INVALIDATES`). `enabled: false` waits.
 */
export function useQuery<C extends QueryChannel>(
  channel: C,
  input?: Input<C>,
  options: { enabled?: boolean } = {},
): Query<Output<C>> {
  const enabled = options.enabled ?? true;
  const key = queryKey(channel, input);
  // `key` stands for `input`: a new object with the same content is the same query.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for channel and input
  const subscribe = useCallback(
    (onChange: () => void) => (enabled ? queries.watch(channel, input, onChange) : () => {}),
    [key, enabled],
  );
  const state = useSyncExternalStore(subscribe, () => queries.get(channel, input));
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for channel and input
  const reload = useCallback(() => queries.reload(channel, input), [key]);
  return { ...state, reload };
}
