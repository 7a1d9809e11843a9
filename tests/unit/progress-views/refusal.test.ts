import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api';
import { refusalMessage } from '../../../renderer/src/views/settings/refusal';

describe('settings refusal messages', () => {
  it('replaces a schema refusal with the field’s plain sentence', () => {
    const error = new ApiError('Invalid request for settings:set at newPerDay: Too big', 'invalid-input');
    expect(refusalMessage(error, { newPerDay: 100_000 })).toBe(
      'New cards per day must be a whole number from 0 to 9999.',
    );
  });

  it('keeps main’s own message for other failures', () => {
    expect(refusalMessage(new ApiError('The disk is full; nothing was saved.', 'failed'), { fuzz: false })).toBe(
      'The disk is full; nothing was saved.',
    );
  });
});
