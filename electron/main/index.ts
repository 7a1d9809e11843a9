import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, utilityProcess } from 'electron';
import { openArticleDialog, saveFileDialog } from './electron-dialogs';
import { registerIpc } from './electron-ipc';
import { registerAppScheme, serveRenderer } from './electron-protocol';
import { electronStoreFactory } from './electron-store-factory';
import { createHandlers } from './handlers';
import { createDispatch } from './ipc/dispatch';
import { isolatedOptimizer } from './progress/optimizer';
import { startOrExit } from './start-guard';
import { createMainWindow } from './window';

// Tests and portable installs point the data folder elsewhere.
const dataDirOverride = process.env.DOSSIER_DATA_DIR;
if (dataDirOverride) app.setPath('userData', dataDirOverride);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void startOrExit(
    start,
    () => app.getPath('userData'),
    (title, message) => dialog.showErrorBox(title, message),
    (code) => app.exit(code),
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  let window: BrowserWindow | null = null;
  const dataDir = app.getPath('userData');
  const service = await createHandlers({
    dataDir,
    storeFactory: electronStoreFactory,
    clock: () => new Date(),
    version: app.getVersion(),
    // fsrs-rs aborts its process on a panic: keep that away from main.
    optimizer: isolatedOptimizer(() => {
      const child = utilityProcess.fork(join(import.meta.dirname, 'optimizer-process.js'), [], {
        serviceName: 'Dossier optimiser',
      });
      return {
        send: (message) => child.postMessage(message),
        onMessage: (listener) => child.on('message', listener),
        onExit: (listener) => child.on('exit', listener),
        kill: () => child.kill(),
      };
    }),
    openFile: async () => (window ? openArticleDialog(window) : null),
    saveFile: async (name, text) => (window ? saveFileDialog(window, name, text) : null),
  });
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const page = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  window = page.window;
  registerIpc(
    ipcMain,
    createDispatch(service.handlers, (e) => console.error(e)),
    page.appOrigin,
  );

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void service.close().finally(() => app.quit());
  });
}
