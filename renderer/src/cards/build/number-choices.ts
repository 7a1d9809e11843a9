/**
 * Choices and typed forms of a number card: other figures of the same form from the article
 * ("$45 million" among "$40 million", "$80 million"), then variations of the answer in its own
 * form (steps like ×1.5, ×2, ÷2, ÷3 picked from the card id, so the answer is sometimes the smallest,
 * sometimes the largest, sometimes in the middle; ±10 points for a percentage; a goal more or less
 * for a score). Never a figure the card's own sentence gives, never one equal to the answer.
 */

import { FNV_OFFSET, fnv1a } from '../../../../shared/hash';
import { SHARE_LINK } from '../extract/numbers/figure';
import type { NumberFact } from '../extract/numbers/numbers';
import { factKey, seededShuffle } from '../hash';
import { DURATION_SECONDS, SPELLED } from '../lexicon/numbers';

const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const SPELLED_RUN = new RegExp(
  `\\b(?:${[...SPELLED.keys()].join('|')})(?:-(?:${[...SPELLED.keys()].join('|')}))?\\b`,
  'gi',
);

const WORDS_OF = new Map([...SPELLED].map(([w, n]) => [n, w]));

/** The figure's form: its words with every number as "#" ("$# billion", "#%", "# years", "#–#"). */
export const formOf = (value: string): string =>
  value.replace(NUMERAL, '#').replace(SPELLED_RUN, '#w').replace(/\s+/g, ' ').toLowerCase();

/** The figure's numbers, commas and spelling aside: "4,700" and "4700", "five years" and "5 years" agree. */
export function valuesOf(value: string): number[] {
  const out: number[] = [];
  for (const m of value.matchAll(NUMERAL)) out.push(Number(m[0].replace(/,/g, '')));
  for (const m of value.matchAll(SPELLED_RUN))
    out.push(
      m[0]
        .toLowerCase()
        .split('-')
        .reduce((sum, w) => sum + (SPELLED.get(w) ?? 0), 0),
    );
  return out;
}

export const valueKey = (value: string): string => `${formOf(value)}=${valuesOf(value).join(',')}`;

function group(n: number | string): string {
  const [int, dec] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
}

/**
 * `n` written as `like` is: its decimals, its thousands commas, its spelling. `scaled`: the figure has a
 * scale word, so half of "9 million" may be "4.5 million".
 */
function writeLike(n: number, like: string, scaled = false): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (/^\p{L}/u.test(like)) {
    n = Math.round(n);
    const tens = Math.floor(n / 10) * 10;
    if (WORDS_OF.has(n) && n >= 2) return WORDS_OF.get(n)!;
    // "one" is no figure word of its own (it is a pronoun as often), but "thirty-one" is a number.
    const ones = n - tens === 1 ? 'one' : WORDS_OF.get(n - tens);
    if (n > 20 && n < 100 && WORDS_OF.has(tens) && ones !== undefined) return `${WORDS_OF.get(tens)}-${ones}`;
    return null;
  }
  const decimals = /\.(\d+)$/.exec(like)?.[1].length ?? (scaled && n < 10 && !Number.isInteger(n) ? 1 : 0);
  let v = decimals > 0 ? Number(n.toFixed(decimals)) : Math.round(n);
  // Round large whole numbers as articles do ("1,700", not "1,733"): to the answer's precision, two digits at least.
  if (decimals === 0 && v >= 100) {
    const digits = like.replace(/[^\d]/g, '').replace(/0+$/, '').length;
    const step = 10 ** Math.max(0, Math.floor(Math.log10(v)) + 1 - Math.max(2, digits));
    v = Math.round(v / step) * step;
  }
  if (v <= 0) return null;
  // "A$4.30" beside "A$7.17": as many decimals as the answer writes.
  const plain = decimals > 0 && /\.\d+$/.test(like) ? v.toFixed(decimals) : String(v);
  return like.includes(',') || v >= 10000 ? group(plain) : plain;
}

/** The answer with each of its numbers mapped by `f`, in the answer's own form, or null. */
function mapNumbers(value: string, f: (n: number, i: number) => number): string | null {
  let failed = false;
  let i = 0;
  const scaled = /illion|\d\s?bn\b|thousand/i.test(value);
  const replace = (m: string) => {
    const n = /\d/.test(m) ? Number(m.replace(/,/g, '')) : valuesOf(m)[0];
    const out = writeLike(f(n, i++), m, scaled);
    if (out === null) failed = true;
    return out ?? m;
  };
  const numeric = /\d/.test(value);
  const mapped = numeric ? value.replace(NUMERAL, replace) : value.replace(SPELLED_RUN, replace);
  return failed ? null : mapped;
}

/** A number and the unit of time after it ("55 minutes", "two years"). */
const TIME_PART = new RegExp(
  `(${NUMERAL.source}|${SPELLED_RUN.source})\\s+(${[...DURATION_SECONDS.keys()].join('|')})\\b`,
  'gi',
);

/** A unit of time in the number its count asks for: "1 hour", "3 minutes". */
function unitFor(unit: string, n: number): string {
  const singular = unit.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const word = n === 1 ? singular : singular === 'century' ? 'centuries' : `${singular}s`;
  return /^\p{Lu}/u.test(unit) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A duration with each unit of time agreeing with its count ("1 hours" -> "1 hour", "3 minute" -> "3 minutes"). */
const agreeing = (value: string): string =>
  value.replace(TIME_PART, (_, num: string, unit: string) => `${num} ${unitFor(unit, valuesOf(num)[0])}`);

/**
 * A duration written in several units ("11 hours and 55 minutes", "2 years, 4 months and 9 days")
 * scaled by `step` and written in the same units and the same words between them; null when a part
 * comes to nought or the answer is one unit.
 */
function scaledDuration(value: string, step: number): string | null {
  const parts = [...value.matchAll(TIME_PART)];
  if (parts.length < 2) return null;
  const sizes = parts.map((m) => DURATION_SECONDS.get(m[2].toLowerCase())!);
  const smallest = sizes[sizes.length - 1];
  const total = parts.reduce((sum, m, i) => sum + valuesOf(m[1])[0] * (sizes[i] / smallest), 0);
  let rest = Math.round(total * step);
  let out = '';
  let from = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const per = sizes[i] / smallest;
    const n = i === parts.length - 1 ? rest : Math.floor(rest / per);
    rest -= n * per;
    const written = n > 0 ? writeLike(n, parts[i][1]) : null;
    if (written === null) return null;
    out += `${value.slice(from, parts[i].index)}${written} ${unitFor(parts[i][2], n)}`;
    from = parts[i].index! + parts[i][0].length;
  }
  return out + value.slice(from);
}

/**
 * Steps from the answer to its variations, one set picked by the card id: the answer is the smallest
 * of the four, the second, the third or the largest, and the others are no plain multiples of it
 * (14, 28, 42), so no pattern gives it away. No tenfold jump:
 * a choice stays within the answer's order of magnitude, as a reader's guess would.
 */
const STEP_SETS: readonly (readonly number[])[] = [
  [1.3, 1.8, 2.6],
  [1.5, 2.2, 3.5],
  [0.6, 1.4, 2.1],
  [0.7, 1.6, 2.4],
  [0.4, 0.7, 1.6],
  [0.5, 0.8, 1.7],
  [0.3, 0.55, 0.8],
  [0.4, 0.6, 0.75],
];
/** Below this share a percentage's choices vary by points of its own size, not by tens. */
const SMALL_PERCENT = 15;
/** Steps tried when a set's own give a figure the article has or the rounding merges two. */
const SPARE_STEPS = [1.2, 0.9, 1.9, 0.65, 2.8, 0.45];

export function stepsFor(id: string): number[] {
  return [...STEP_SETS[fnv1a(id, FNV_OFFSET) % STEP_SETS.length], ...SPARE_STEPS];
}

function variations(f: NumberFact, id: string): string[] {
  const v = f.value;
  const top = valuesOf(v).reduce((a, b) => Math.max(a, b), 0);
  switch (f.kind) {
    case 'score': {
      const [a, b] = valuesOf(v);
      const out: string[] = [];
      for (const [x, y] of [
        [a + 1, b],
        [a, b + 1],
        [a - 1, b],
        [a, b - 1],
        [a + 2, b],
        [a, b + 2],
      ])
        if (x >= 0 && y >= 0 && !(x === b && y === a)) {
          let k = 0;
          out.push(v.replace(/\d+/g, () => String(k++ === 0 ? x : y)));
        }
      return out;
    }
    case 'percent': {
      // A small share ("4 to 5 per cent" growth) varies by points of its own size: 24 per cent growth is no
      // rival to 4. Which way it goes, from the card id, so the answer is not always the same rank.
      if (top < SMALL_PERCENT) {
        const d = Math.max(1, Math.round(top / 2));
        const sets = [
          [d, 2 * d, 3 * d],
          [-d, d, 2 * d],
          [d, -d, 3 * d],
        ];
        return [...sets[fnv1a(id, FNV_OFFSET) % sets.length], 1, -1, 4 * d]
          .map((k) => (valuesOf(v).every((n) => n + k > 0) ? mapNumbers(v, (n) => n + k) : null))
          .filter((o): o is string => o !== null);
      }
      const steps = top > 100 ? [2, 0.5, 1.5] : [];
      const out = steps.map((s) => mapNumbers(v, (n) => n * s));
      for (const d of [10, -10, 20, -20, 5, -5])
        out.push(top + d > 0 && (top > 100 || top + d <= 100) ? mapNumbers(v, (n) => n + d) : null);
      out.push(
        mapNumbers(v, (n) => n * 2),
        mapNumbers(v, (n) => n / 2),
      );
      return out.filter((o): o is string => o !== null && (top > 100 || valuesOf(o).every((n) => n <= 100)));
    }
    case 'duration': {
      if (valuesOf(v).length > 1 && [...v.matchAll(TIME_PART)].length === valuesOf(v).length)
        return [...stepsFor(id), 1.1, 0.95].map((s) => scaledDuration(v, s)).filter((o): o is string => o !== null);
      const out = stepsFor(id).map((s) => mapNumbers(v, (n) => n * s));
      out.push(
        mapNumbers(v, (n) => n + 5),
        mapNumbers(v, (n) => n + 1),
        mapNumbers(v, (n) => n - 1),
      );
      // "a 40 minute podcast": a unit left singular after its count is an adjective's, and stays so.
      const adjectival = [...v.matchAll(TIME_PART)].some((p) => valuesOf(p[1])[0] !== 1 && !/s$/i.test(p[2]));
      return out
        .filter((o): o is string => o !== null && valuesOf(o).every(Number.isInteger))
        .map((o) => (adjectival ? o : agreeing(o)));
    }
    default:
      // "$1,100 billion" is not how anyone writes a figure with a scale word.
      return stepsFor(id)
        .map((s) => mapNumbers(v, (n) => n * s))
        .filter(
          (o): o is string => o !== null && !(/[a-z]/i.test(o) && /\d{4}|\d,\d{3}/.test(o) && /illion|bn\b/i.test(o)),
        );
  }
}

/** The article's figures grouped by kind and form, once per deck. */
export type FigurePool = Map<string, NumberFact[]>;

export function figurePool(facts: readonly NumberFact[]): FigurePool {
  const pool: FigurePool = new Map();
  for (const f of facts) {
    const key = `${f.kind}|${formOf(f.value)}`;
    const list = pool.get(key);
    if (list) list.push(f);
    else pool.set(key, [f]);
  }
  return pool;
}

/**
 * 4 choices (the answer among them), ordered from the card id: up to three figures of the answer's
 * kind and form from other sentences of the article, the rest variations of the answer; undefined if
 * fewer than three.
 */
/** The order of magnitude of a figure's first number (log10), or 0. */
function magnitude(value: string): number {
  const n = valuesOf(value)[0] ?? 0;
  return n > 0 ? Math.log10(n) : 0;
}

/** A blank that is an upper bound ("less than ___") or a lower one ("more than ___"). */
const UPPER_BOUND =
  /\b(?:less|fewer)\s+than\s+(?:an?\s+)?___|\b(?:under|below|up\s+to|at\s+most|no\s+more\s+than)\s+(?:an?\s+)?___/i;
// ("more than an ___ share": an article may stand between the bound and the figure.)
const LOWER_BOUND =
  /\b(?:more|greater|higher)\s+than\s+(?:an?\s+)?___|\b(?:over|above|at\s+least|exceeding|in\s+excess\s+of|upwards\s+of)\s+(?:an?\s+)?___/i;

/** The whole after a blank share: "___ of 50", "___ out of the 13". */
const SHARE_WHOLE = new RegExp(`___\\s+${SHARE_LINK}(\\d[\\d,]*)\\b`);

/** Whether a score's prompt says it was a draw or a win ("beat", "won", "defeated"), else null. */
function scoreResult(prompt: string): 'draw' | 'win' | null {
  if (/___\s+(?:draw|tie|stalemate)\b|\b(?:drew|tied|draw|drawn)\b/i.test(prompt)) return 'draw';
  if (/\b(?:beat|beats|won|wins|defeated|defeats|thrashed|edged|routed|victory|win|lost|loses|losing)\b/i.test(prompt))
    return 'win';
  return null;
}

/** The share before a blank whole: "Ten of the ___", "29 of ___". */
const SHARE_PART = /(?:^|[\s(])([\d,]+|\p{L}+)\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?___/iu;

export function numberChoices(
  f: NumberFact,
  all: readonly NumberFact[],
  pool: FigurePool,
  id: string,
  /** The card's prompt: a choice whose number it shows ("27" beside "on May 27") is picked out at once. */
  prompt = '',
): string[] | undefined {
  const taken = new Set([valueKey(f.value), factKey(f.value)]);
  // Figures the sentence gives are in the prompt or also true: never offered.
  for (const o of all) if (o.source.start === f.source.start) taken.add(valueKey(o.value));
  const shown = new Set(valuesOf(prompt));
  const picked: string[] = [];
  // "sold for less than ___": a larger choice is also true of a bound ("less than $13bn"), so only smaller ones
  // are wrong; "more than ___" the other way round.
  const bound = UPPER_BOUND.test(prompt) ? -1 : LOWER_BOUND.test(prompt) ? 1 : 0;
  const answer = valuesOf(f.value)[0] ?? 0;
  // "___ of the 13 states": a share is never more than its whole.
  const whole = Number(SHARE_WHOLE.exec(prompt)?.[1]?.replace(/,/g, '') ?? Number.POSITIVE_INFINITY);
  // "Ten of the ___ staffers": the whole is more than the share taken from it.
  const partWord = SHARE_PART.exec(prompt)?.[1]?.toLowerCase() ?? '';
  const part = /^\d/.test(partWord)
    ? Number(partWord.replace(/,/g, ''))
    : (SPELLED.get(partWord) ?? Number.NEGATIVE_INFINITY);
  // "Wales beat Hungary ___", "a ___ draw": a win is offered wins, a draw draws.
  const result = f.kind === 'score' ? scoreResult(prompt) : null;
  const offer = (value: string) => {
    if (picked.length >= 3) return;
    const keys = [valueKey(value), factKey(value)];
    if (keys.some((k) => taken.has(k)) || valuesOf(value).some((n) => shown.has(n))) return;
    // "2.5 times greater": a multiple is never offered one time or less.
    if (f.kind === 'multiple' && (valuesOf(value)[0] ?? 0) <= 1) return;
    // "the last ___ games": a count in whole numbers is never offered an average ("11.1").
    if (f.kind === 'count' && /^\d[\d,]*$/.test(f.value) && /\d\.\d/.test(value)) return;
    const n = valuesOf(value)[0] ?? 0;
    // A bound is no exact figure: a choice within a tenth of it ("more than 16.2%" beside 16%) may be true too.
    if ((bound < 0 && n >= answer * 0.9) || (bound > 0 && n <= answer * 1.1) || n >= whole || n <= part) return;
    if (result !== null) {
      const [a, b] = valuesOf(value);
      if (a === undefined || b === undefined || (result === 'draw') !== (a === b)) return;
    }
    for (const k of keys) taken.add(k);
    picked.push(value);
  };
  const same = (pool.get(`${f.kind}|${formOf(f.value)}`) ?? []).filter((o) => o.source.start !== f.source.start);
  // Figures of what the answer counts first ("votes" among votes); one of far another size ("70" members, or a
  // 424-vote margin, among vote totals in the tens of thousands) gives itself away: a variation takes its place.
  const size = magnitude(f.value);
  const sameNoun = (o: NumberFact) => f.noun !== null && o.noun !== null && factKey(o.noun) === factKey(f.noun);
  const ranked = seededShuffle(same, `${id}#pool`)
    .filter((o) => Math.abs(magnitude(o.value) - size) <= 1)
    .sort((a, b) => Number(sameNoun(b)) - Number(sameNoun(a)));
  for (const o of ranked) offer(o.value);
  for (const v of variations(f, id)) offer(v);
  // A draw's variations are other draws, in the answer's own dash.
  const dash = /\d\s*([–—-])\s*\d/.exec(f.value)?.[1];
  if (result === 'draw' && dash) for (const k of [0, 2, 1, 3]) offer(`${k}${dash}${k}`);
  if (picked.length < 2) return undefined;
  // "Two days" opening the prompt: the choices are written with the answer's capital, so none stands out.
  const capital = /^\p{Lu}/u.test(f.value);
  const written = picked.map((v) =>
    capital && /^\p{Ll}/u.test(v)
      ? v.charAt(0).toUpperCase() + v.slice(1)
      : !capital && /^\p{Lu}\p{Ll}/u.test(v) && /^\p{Ll}/u.test(f.value)
        ? v.charAt(0).toLowerCase() + v.slice(1)
        : v,
  );
  return seededShuffle([f.value, ...written], `${id}#order`);
}

/** Other ways to type the answer: "49 per cent" for "49%", "4700" for "4,700", "5 years" for "five years". */
export function typedForms(f: NumberFact): string[] {
  const v = f.value;
  const out: string[] = [];
  if (f.kind === 'percent') {
    const n = v.replace(/\s*(?:%|per\s+cent|percent)$/i, '');
    out.push(`${n}%`, `${n} per cent`, `${n} percent`);
  }
  if (/\d,\d{3}/.test(v)) out.push(v.replace(/(\d),(\d{3})/g, '$1$2'));
  const n = valuesOf(v)[0];
  const parts = f.kind === 'duration' ? [...v.matchAll(TIME_PART)].map((m) => m[0]) : [];
  if (parts.length > 1) {
    // "11 hours 55 minutes" or "11 hours and 55 minutes" for "11 hours, 55 minutes".
    out.push(parts.join(' '), `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);
  } else if (valuesOf(v).length !== 1) {
    // a range or a score: typed as written
  } else if (/^\p{L}/u.test(v)) out.push(v.replace(SPELLED_RUN, String(n)));
  else if ((f.kind === 'duration' || f.kind === 'count') && /^\d+\s/.test(v)) {
    const word = writeLike(n, 'a');
    if (word !== null) out.push(v.replace(/^\d+/, word));
  }
  if (f.alternate) out.push(f.alternate);
  const answer = factKey(v);
  return [...new Set(out)].filter((o) => factKey(o) !== answer);
}
