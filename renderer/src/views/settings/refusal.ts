import type { Settings } from '../../../../electron/contract';
import { ApiError } from '../../api';

/** The same wording main uses for the fields it checks itself (electron/main/handlers.ts). */
const FIELD_MESSAGES: Partial<Record<keyof Settings, string>> = {
  desiredRetention: 'Desired retention must be between 0.70 and 0.99.',
  newPerDay: 'New cards per day must be a whole number from 0 to 9999.',
  maxReviewsPerDay: 'Maximum reviews per day must be a whole number from 0 to 99999.',
  learningSteps: 'Learning steps are durations like 1m, 10m, 1h or 1d (at most 10).',
  relearningSteps: 'Relearning steps are durations like 10m or 1d (at most 10).',
  dayStartHour: 'The day starts at a whole hour from 0 to 23.',
};

/**
 * Main's refusal of a settings patch, worded for the person: requests that fail
 * the contract's schema come back as "Invalid request for settings:set at <field>: ...",
 * which is replaced by that field's plain sentence.
 */
export function refusalMessage(error: unknown, patch: Partial<Settings>): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ApiError) || error.code !== 'invalid-input') return message;
  const field =
    (Object.keys(patch) as (keyof Settings)[]).find((key) => message.includes(` at ${key}`)) ?? Object.keys(patch)[0];
  return (field && FIELD_MESSAGES[field as keyof Settings]) ?? message;
}
