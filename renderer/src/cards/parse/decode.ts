/** Same limit as the contract's MAX_ARTICLE_CHARS (a test keeps them equal): pure modules import no values from it. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** A saved web page may be much larger than its article: its text limit applies after the article is found. */
export const MAX_HTML_CHARS = 40_000_000;
/** The largest file opened or dropped (a long PDF, a page saved with its images inline). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Share of control characters above which a file is treated as binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

function controlShare(text: string): number {
  let controls = 0;
  const sample = Math.min(text.length, 100_000);
  for (let i = 0; i < sample; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls += 1;
  }
  return sample === 0 ? 0 : controls / sample;
}

export function tooLong(chars: number, limit = MAX_ARTICLE_CHARS): string {
  return `The article is too long (${chars} characters; the limit is ${limit}).`;
}

/**
 * UTF-16 by its byte order mark, or without one by its shape: text in Latin, Greek,
 * Cyrillic… scripts has a NUL in one byte of most pairs, always the same one.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length % 2 !== 0 || bytes.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  const pairs = Math.min(bytes.length, 20_000) / 2;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Bytes of an article file to text: UTF-8 (strict), or UTF-16 with or without a byte
 * order mark; the mark is stripped. Empty, binary (NUL bytes or many control
 * characters), undecodable and oversized input is refused with a one-line reason.
 */
export function decodeArticle(bytes: Uint8Array, maxChars = MAX_ARTICLE_CHARS): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  const utf16 = utf16Of(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return {
        ok: false,
        error: `The file looks like ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}.`,
      };
    }
    if (text.includes('\u0000'))
      return { ok: false, error: 'The file looks binary (it contains NUL characters), not text.' };
  } else {
    if (bytes.includes(0)) return { ok: false, error: 'The file looks binary (it contains NUL bytes), not text.' };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return { ok: false, error: 'The file is not valid UTF-8 or UTF-16 text.' };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, error: 'The file holds only white space.' };
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, error: 'The file looks binary, not text.' };
  if (text.length > maxChars) return { ok: false, error: tooLong(text.length, maxChars) };
  return { ok: true, text };
}
