import { CHANNELS, type Channel, channels, type Handlers, type IpcError, type Result } from '../../contract';
import { UserError } from '../progress/errors';

const known = new Set<string>(CHANNELS);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && known.has(value);
}

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * Wraps the handlers so that any (channel, payload) pair, however malformed,
 * yields a Result and never a throw. Used by the Electron adapter and by the
 * end-to-end harness alike.
 */
export function createDispatch(handlers: Handlers, log: (e: unknown) => void = () => {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 60)}` },
      };
    }
    const parsed = channels[channel].input.safeParse(payload);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `Invalid request for ${channel}${where}: ${first?.message ?? 'bad payload'}`,
        },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (!(error instanceof UserError)) log(error);
      return { ok: false, error: toIpcError(error) };
    }
  };
}

/** A domain error keeps its code and sentence; anything else is `failed` with its message. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof UserError) return { code: error.code, message: error.message };
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}
