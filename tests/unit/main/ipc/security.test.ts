import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAllowedNavigation,
  isPermissionGranted,
  isTrustedSender,
  resolveAsset,
  withCspHeader,
} from '../../../../electron/main/security';

describe('window security policy', () => {
  it('allows no remote origin, inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('replaces any CSP a response carried with ours', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'X-Other': 'a' });
    expect(headers['Content-Security-Policy']?.[0]).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['a']);
  });

  it('trusts only our own top frame on the app scheme', () => {
    expect(isTrustedSender('app://dossier/index.html', true, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://dossier/index.html', false, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('app://other/index.html', true, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('file:///opt/dossier/out/renderer/index.html', true, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('https://dossier/index.html', true, APP_ORIGIN)).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    expect(resolveAsset('/', '/app/r')).toBe('/app/r/index.html');
    expect(resolveAsset('/assets/index.js', '/app/r/')).toBe('/app/r/assets/index.js');
    expect(resolveAsset('/assets/../../main/index.js', '/app/r')).toBeNull();
    expect(resolveAsset('/%2e%2e/secret', '/app/r')).toBeNull();
    expect(resolveAsset('/a%5c..%5cb', '/app/r')).toBeNull();
    expect(resolveAsset('/x%00.js', '/app/r')).toBeNull();
    expect(resolveAsset('/%E0%A4%A', '/app/r')).toBeNull();
    expect(contentTypeFor('/app/r/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/app/r/index.html')).toContain('text/html');
  });

  it('trusts only our own top frame', () => {
    const origin = 'file:///opt/dossier/out/renderer';
    expect(isTrustedSender('file:///opt/dossier/out/renderer/index.html', true, origin)).toBe(true);
    expect(isTrustedSender('file:///opt/dossier/out/renderer/index.html', false, origin)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil.html', true, origin)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true, origin)).toBe(false);
    expect(isTrustedSender(undefined, true, origin)).toBe(false);
    expect(isTrustedSender('not a url', true, origin)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173')).toBe(false);
  });

  it('denies navigation and every permission', () => {
    expect(isAllowedNavigation('https://example.com')).toBe(false);
    expect(isPermissionGranted('notifications')).toBe(false);
    expect(isPermissionGranted('media')).toBe(false);
  });
});
