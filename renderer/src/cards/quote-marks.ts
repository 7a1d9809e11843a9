/** Quotation spans in one paragraph: curly, straight and mixed pairs, singles outside doubles, unclosed quotes. */

export type QuoteSpan = { open: number; close: number; start: number; end: number; unclosed: boolean };

const OPEN_DOUBLE = new Set(['“', '«', '„']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;

function isWordStart(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1];
  return /[\s([{—–\-/:]/.test(before) && i + 1 < p.length && LETTER.test(p[i + 1]);
}

function isWordEnd(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1];
  const after = i + 1 < p.length ? p[i + 1] : ' ';
  return !/\s/.test(before) && !LETTER.test(after);
}

/** Trimmed inner span of a quotation, without the marks and the white space inside them. */
function inner(p: string, open: number, close: number, unclosed: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(p[start])) start += 1;
  while (end > start && /[\s,]/.test(p[end - 1])) end -= 1;
  return end > start ? { open, close: unclosed ? close : close + 1, start, end, unclosed } : null;
}

function singles(p: string, from: number, to: number, out: QuoteSpan[]): void {
  let open = -1;
  for (let i = from; i < to; i += 1) {
    const c = p[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if (open === -1 && (c === '‘' || c === "'") && isWordStart(p, i)) open = i;
    else if (open !== -1 && (c === '’' || c === "'") && isWordEnd(p, i)) {
      const span = inner(p, open, i, false);
      if (span) out.push(span);
      open = -1;
    }
  }
}

/** All quotations of paragraph `p`, in order; offsets are into `p`. */
export function findQuoteSpans(p: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let outsideFrom = 0;
  for (let i = 0; i < p.length; i += 1) {
    const c = p[i];
    const straight = c === '"';
    if (open === -1 && (OPEN_DOUBLE.has(c) || (straight && i + 1 < p.length && !/\s/.test(p[i + 1])))) {
      singles(p, outsideFrom, i, out);
      open = i;
    } else if (open !== -1 && (CLOSE_DOUBLE.has(c) || straight)) {
      const span = inner(p, open, i, false);
      if (span) out.push(span);
      open = -1;
      outsideFrom = i + 1;
    } else if (open !== -1 && OPEN_DOUBLE.has(c)) {
      // A new opening mark while one is open: the first quotation was never closed.
      const span = inner(p, open, lastSentenceEnd(p, open, i), true);
      if (span) out.push(span);
      open = i;
    }
  }
  if (open !== -1) {
    const span = inner(p, open, p.length, true);
    if (span) out.push(span);
  } else singles(p, outsideFrom, p.length, out);
  return out.sort((a, b) => a.open - b.open);
}

function lastSentenceEnd(p: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i -= 1) if (/[.!?]/.test(p[i])) return i + 1;
  return to;
}
