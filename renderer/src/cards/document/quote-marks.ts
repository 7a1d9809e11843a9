/**
 * Quotation spans in one paragraph: curly, straight and mixed pairs, single quotes
 * (nested in double ones or holding them), and quotations never closed.
 */

export type QuoteSpan = { open: number; close: number; start: number; end: number; unclosed: boolean; depth: number };

type Open = { at: number; double: boolean };

const LETTER = /[\p{L}\p{N}]/u;
/** An unclosed single quote is kept only when it reads like speech: this many words or more. */
const MIN_UNCLOSED_SINGLE_WORDS = 5;

function isWordStart(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1];
  return /[\s([{—–\-/:"“]/.test(before) && i + 1 < p.length && LETTER.test(p[i + 1]);
}

function isWordEnd(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1];
  const after = i + 1 < p.length ? p[i + 1] : ' ';
  return !/\s/.test(before) && !LETTER.test(after);
}

/** Trimmed inner span of a quotation, without the marks and the white space inside them. */
function inner(p: string, open: number, close: number, unclosed: boolean, depth: number): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(p[start])) start += 1;
  while (end > start && /[\s,]/.test(p[end - 1])) end -= 1;
  return end > start ? { open, close: unclosed ? close : close + 1, start, end, unclosed, depth } : null;
}

function lastSentenceEnd(p: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i -= 1) if (/[.!?]/.test(p[i])) return i + 1;
  return to;
}

function topDouble(stack: Open[]): number {
  for (let k = stack.length - 1; k >= 0; k -= 1) if (stack[k].double) return k;
  return -1;
}

/** All quotations of paragraph `p`, outer and nested, ordered by opening mark; offsets are into `p`. */
export function findQuoteSpans(p: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const emit = (o: Open, close: number, unclosed: boolean) => {
    const span = inner(p, o.at, close, unclosed, stack.length);
    if (span) out.push(span);
  };
  for (let i = 0; i < p.length; i += 1) {
    const c = p[i];
    if (c === '“' || c === '«' || c === '„') {
      const d = topDouble(stack);
      if (d !== -1) {
        // A new opening mark while a double quotation is open: that one was never closed.
        const o = stack[d];
        stack.length = d;
        emit(o, lastSentenceEnd(p, o.at, i), true);
      }
      stack.push({ at: i, double: true });
    } else if (c === '”' || c === '»' || c === '"') {
      const d = topDouble(stack);
      if (d !== -1 && (c !== '"' || i === 0 || !/\s/.test(p[i - 1]) || i + 1 >= p.length || /\s/.test(p[i + 1]))) {
        const o = stack[d];
        stack.length = d;
        emit(o, i, false);
      } else if (c === '"' && i + 1 < p.length && !/\s/.test(p[i + 1])) stack.push({ at: i, double: true });
    } else if (c === '‘' || c === '’' || c === "'") {
      const top = stack[stack.length - 1];
      if (top && !top.double && c !== '‘' && isWordEnd(p, i)) {
        stack.pop();
        emit(top, i, false);
      } else if (c !== '’' && isWordStart(p, i)) stack.push({ at: i, double: false });
    }
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    const words = p.slice(o.at + 1).split(/\s+/).length;
    if (o.double || (words >= MIN_UNCLOSED_SINGLE_WORDS && (o.at === 0 || /[.!?:]\s*$/.test(p.slice(0, o.at))))) {
      emit(o, p.length, true);
    }
  }
  return out.sort((a, b) => a.open - b.open);
}
