import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../electron/contract';
import { createDispatch } from '../../../../electron/main/ipc/dispatch';
import { ApiError } from '../../../../renderer/src/api';
import { refusalMessage } from '../../../../renderer/src/views/settings/refusal';

async function refusalFor(patch: Record<string, unknown>): Promise<ApiError> {
  const dispatch = createDispatch({ 'settings:set': () => ({}) } as unknown as Handlers);
  const result = await dispatch('settings:set', patch);
  if (result.ok) throw new Error('expected a refusal');
  return new ApiError(result.error.message, result.error.code);
}

describe('settings refusal messages', () => {
  it('shows the contract’s plain sentence for an out-of-range field', async () => {
    expect(refusalMessage(await refusalFor({ newPerDay: 100_000 }))).toBe(
      'New cards per day must be a whole number from 0 to 9999.',
    );
    expect(refusalMessage(await refusalFor({ desiredRetention: 0.5 }))).toBe(
      'Desired retention must be between 0.70 and 0.99.',
    );
    expect(refusalMessage(await refusalFor({ learningSteps: ['soon'] }))).toBe(
      'Learning steps are durations like 1m, 10m, 1h or 1d (at most 10).',
    );
  });

  it('keeps main’s own message for other failures', () => {
    expect(refusalMessage(new ApiError('The disk is full; nothing was saved.', 'failed'))).toBe(
      'The disk is full; nothing was saved.',
    );
  });
});
