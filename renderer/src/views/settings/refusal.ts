import { messageOf } from '../../../../shared/errors';
import { ApiError } from '../../api';

/** The dispatcher's refusal: "Invalid request for <channel> at <field>: <sentence for the user>". */
const SCHEMA_REFUSAL = /^Invalid request for \S+ at [^:]+: (.+)$/s;

/**
 * Main's refusal of a settings patch, worded for the person: the contract's
 * settings schema carries a plain sentence per limit, which is kept and the
 * technical prefix dropped.
 */
export function refusalMessage(error: unknown): string {
  const message = messageOf(error);
  if (!(error instanceof ApiError) || error.code !== 'invalid-input') return message;
  return SCHEMA_REFUSAL.exec(message)?.[1] ?? message;
}
