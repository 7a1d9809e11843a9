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
  return url.origin === appOrigin;
}

/** Navigation away from the loaded page is never allowed; links open nothing. */
export function isAllowedNavigation(_targetUrl: string): boolean {
  return false;
}

/** Every permission request (camera, notifications, geolocation...) is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
