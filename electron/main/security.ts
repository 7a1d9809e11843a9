/** Window security policy as small pure functions (no electron import), tested on their own. */

/** The page's Content Security Policy: nothing remote, no inline script, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** The header form may add what a meta tag cannot express. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Adds the CSP to a response's headers, replacing any the response carried. */
export function withCspHeader(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY_HEADER];
  return out;
}

/**
 * Whether an IPC message comes from our own top frame: the app's page
 * (file:// under the app folder, or the dev server in development).
 */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, appOrigin: string): boolean {
  if (!isTopFrame || !frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (appOrigin.startsWith('file://')) return url.protocol === 'file:' && frameUrl.startsWith(appOrigin);
  // Node does not know our scheme is "standard", so URL.origin is "null" for it: compare scheme and host.
  return `${url.protocol}//${url.host}` === appOrigin;
}

/** Navigation away from the loaded page is never allowed; links open nothing. */
export function isAllowedNavigation(_targetUrl: string): boolean {
  return false;
}

/** Every permission request (camera, notifications, geolocation...) is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** The app's own scheme: pages load from app://dossier/, never from file:// (which would trust every local file). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://dossier`;

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
  woff: 'font/woff',
  svg: 'image/svg+xml',
  png: 'image/png',
};

export function contentTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The file below `root` that a request path names, or null when the path is
 * malformed or climbs out of `root` (`..`, encoded slashes, NUL bytes).
 */
export function resolveAsset(pathname: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  const relative = parts.length === 0 ? 'index.html' : parts.join('/');
  return `${root.replace(/\/+$/, '')}/${relative}`;
}

const SAVE_EXTENSIONS = new Set(['txt', 'csv', 'json', 'tsv']);

/**
 * The file name offered in the save dialog for a name the renderer suggests:
 * its base name only (no folders, so the dialog cannot be pointed elsewhere),
 * without control or reserved characters, ending in an extension we export.
 */
export function saveDialogName(suggested: string): string {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext || !SAVE_EXTENSIONS.has(ext)) name = `${name || 'dossier-export'}.txt`;
  return name;
}
