import { decodeArticle, formatFromName } from '../../renderer/src/cards';
import type { OpenedFile } from '../contract';
import { UserError } from './ipc/dispatch';

/** Decodes an article file's bytes, refusing empty, binary, non-UTF-8 or oversized input with a clear message. */
export function readArticleFile(name: string, bytes: Uint8Array): OpenedFile {
  const format = formatFromName(name);
  if (!format) throw new UserError(`“${name}” is not a .txt, .md or .html file.`, 'invalid-input');
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new UserError(`“${name}”: ${decoded.error}`, 'invalid-input');
  return { name, format, text: decoded.text };
}
