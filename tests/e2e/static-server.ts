import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY_HEADER, contentTypeFor, resolveAsset } from '../../electron/main/security';

/** Serves the built renderer on loopback as the app:// handler does: same path rules, same CSP header. */
export async function serveRenderer(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = resolveAsset(new URL(req.url ?? '/', 'http://x').pathname, root);
    if (!path) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'Content-Type': contentTypeFor(path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
