import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY_HEADER, contentTypeFor, resolveAsset } from './security';

/**
 * Must run before the app is ready: app:// behaves like an https origin (workers, fetch of own files), and V8
 * keeps a code cache of its scripts, so a later start compiles no JavaScript it compiled before (issue 13).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer on app://dossier/ with the CSP header on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const path = url.host === 'dossier' ? resolveAsset(url.pathname, rendererDir) : null;
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: { 'Content-Type': contentTypeFor(path), 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
