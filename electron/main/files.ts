import { decodeArticle, MAX_FILE_BYTES, MAX_HTML_CHARS } from '../../renderer/src/cards/parse/decode';
import { formatFromName } from '../../renderer/src/cards/parse/format';
import type { OpenedFile } from '../contract';
import { UserError } from './progress/errors';

/**
 * Checks an opened article file before anything crosses IPC: text files are decoded
 * here (empty, binary, undecodable or oversized input refused with a clear message);
 * a PDF's bytes go to the renderer, whose worker reads them.
 */
export function readArticleFile(name: string, bytes: Uint8Array): OpenedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UserError(
      `“${name}” is too large (${Math.round(bytes.length / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB).`,
      'invalid-input',
    );
  }
  if (/\.pdf$/i.test(name.trim())) return { name, format: 'pdf', bytes };
  const format = formatFromName(name);
  const decoded = decodeArticle(bytes, format === 'html' ? MAX_HTML_CHARS : undefined);
  if (!decoded.ok) throw new UserError(`“${name}”: ${decoded.error}`, 'invalid-input');
  return { name, format, text: decoded.text };
}
