import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../contract';
import type { Dispatch } from './ipc/dispatch';
import { isTrustedSender } from './security';

/**
 * Binds every contract channel to the dispatcher, refusing messages that do
 * not come from our own top frame. Takes ipcMain as a parameter (type-only
 * import) so it stays loadable in tests.
 */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch, appOrigin: string): void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const isTop = !!frame && frame === event.sender.mainFrame;
      if (!isTrustedSender(frame?.url, isTop, appOrigin)) {
        return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused.' } };
      }
      return dispatch(channel, payload);
    });
  }
}
