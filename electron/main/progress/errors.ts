/**
 * The error the domain throws on purpose, with a sentence meant for the user
 * ("This card no longer exists."). The IPC layer (`ipc/dispatch.ts`) turns it
 * into a `Result` error with its code and message; any other throw becomes
 * `failed` and is logged.
 */
import type { IpcError } from '../../contract';

export type UserErrorCode = Extract<IpcError['code'], 'not-found' | 'failed' | 'invalid-input'>;

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: UserErrorCode = 'failed',
  ) {
    super(message);
  }
}
