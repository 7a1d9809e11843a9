import { BrowserWindow, session } from 'electron';
import { APP_ORIGIN, isAllowedNavigation, isPermissionGranted, withCspHeader } from './security';

export type LoadedPage = { window: BrowserWindow; appOrigin: string };

/** One hardened window: isolated, sandboxed, CSP-guarded, no navigation, no pop-ups, no permissions. */
export function createMainWindow(preloadPath: string): LoadedPage {
  const ses = session.defaultSession;
  // The dev server's responses get the same CSP as app:// ones.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));

  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 640,
    show: false,
    title: 'Dossier',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // The code cache of app:// scripts is written on the first start, not the third (issue 13: first card).
      v8CacheOptions: 'bypassHeatCheck',
      // Middle-click would open links in new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) {
    void window.loadURL(devUrl);
    return { window, appOrigin: new URL(devUrl).origin };
  }
  // The built renderer is served by the app:// protocol handler (electron-protocol.ts).
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return { window, appOrigin: APP_ORIGIN };
}
