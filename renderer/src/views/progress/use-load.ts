import { useCallback, useEffect, useState } from 'react';

export type Load<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ready'; value: T }
  | { status: 'error'; value: T | null; message: string };

/** Runs `fetcher` on mount and whenever `deps` change; `reload` runs it again. Stale answers are dropped. */
export function useLoad<T>(fetcher: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading', value: null });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the fetcher depends on
  useEffect(() => {
    let isCurrent = true;
    setState((s) => ({ status: 'loading', value: s.value }));
    fetcher().then(
      (value) => isCurrent && setState({ status: 'ready', value }),
      (error: unknown) =>
        isCurrent &&
        setState((s) => ({
          status: 'error',
          value: s.value,
          message: error instanceof Error ? error.message : String(error),
        })),
    );
    return () => {
      isCurrent = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return [state, reload];
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
