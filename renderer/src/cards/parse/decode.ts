/** Same limit as the contract's MAX_ARTICLE_CHARS (a test keeps them equal): pure modules import no values from it. */
export const MAX_ARTICLE_CHARS = 2_000_000;

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

/**
 * Bytes of an article file to text: strict UTF-8, BOM stripped. Empty, binary
 * (NUL bytes or many control characters), non-UTF-8 and oversized input is refused
 * with a one-line reason.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.includes(0)) return { ok: false, error: 'The file looks binary (it contains NUL bytes), not text.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not valid UTF-8 text.' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, error: 'The file holds only white space.' };
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, error: 'The file looks binary, not text.' };
  if (text.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      error: `The article is too long (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS}).`,
    };
  }
  return { ok: true, text };
}
