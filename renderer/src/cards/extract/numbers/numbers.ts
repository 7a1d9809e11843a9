/**
 * The article's headline figures: amounts of money, percentages, counts of something named,
 * durations, measurements, multiples and scores, each with its sentence and a salience (in the
 * title, in the lead, repeated). Dates are the date finder's, quotations the quote cards'; neither
 * gives a figure here. One pass over the tokens with bounded look-around: linear in the text.
 */
import type { SourceSpan } from '../../../../../electron/contract';
import type { TextModel } from '../../document/text-model';
import { SCORE_WORDS, SPELLED } from '../../lexicon/numbers';
import type { DateMatch } from '../dates/find';
import { figureAt, type NumberKind, SHARE_LINK } from './figure';

/** A share in figures right before a number: "29 of ", "12 of the " (the number after is its whole). */
const SHARE_BEFORE = new RegExp(`(?<![\\d,.])\\d[\\d,.]*\\s+${SHARE_LINK}$`, 'u');

export type { NumberKind };

export type NumberFact = {
  /** The figure as the article writes it, with its unit: "$3.4 billion", "40 per cent", "10 years", "3–1". */
  value: string;
  kind: NumberKind;
  /** What the figure counts ("homes", "gas mains"), or null. */
  noun: string | null;
  /** The figure in other units, as the article gives it in brackets after it, or null. */
  alternate: string | null;
  /** Offsets of `value` in the text. */
  at: SourceSpan;
  /** Offsets of what a blank covers: `value` and its bracketed conversion. */
  blank: SourceSpan;
  /** The sentence. */
  source: SourceSpan;
  /** How much of a headline the figure is (higher first): title, lead paragraphs, repeats, kind. */
  salience: number;
};

const KIND_WEIGHT: Record<NumberKind, number> = {
  money: 2,
  score: 2.5,
  percent: 1.5,
  count: 1,
  duration: 1,
  measure: 1,
  multiple: 1,
};

/** The digits of a figure, commas dropped ("$4,700" -> "4700"): the same figure written twice. */
export const numeralKey = (value: string): string => {
  const digits = value.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g);
  return digits ? digits.join(' ') : value.toLowerCase();
};

/** Whether `at` stands inside brackets opened in its sentence (an aside), looking back at most 200 characters. */
function inBrackets(text: string, at: number, floor: number): boolean {
  for (let i = at - 1; i >= floor && i >= at - 200; i -= 1) {
    if (text[i] === ')') return false;
    if (text[i] === '(') return true;
  }
  return false;
}

/**
 * Whether sentence `s` talks of a match or a vote (where "2–1" is a score), read from its tokens from
 * `from` (its first) once and kept: 0 unknown, 1 no, 2 yes.
 */
function isScoreSentence(tokens: TextModel['tokens'], from: number, s: number, memo: Uint8Array): boolean {
  if (memo[s] === 0) {
    memo[s] = 1;
    for (let k = from; k < tokens.length && tokens[k].sentence === s; k += 1)
      if (SCORE_WORDS.has(tokens[k].text.toLowerCase())) memo[s] = 2;
  }
  return memo[s] === 2;
}

/** Spelled numbers as a token may write them ("five", "Five", "FIVE"): looked up without lower-casing every word. */
const SPELLED_FORMS = new Set(
  [...SPELLED.keys()].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);
const isSpelled = (word: string): boolean =>
  SPELLED_FORMS.has(word) || (word.includes('-') && SPELLED.has(word.slice(0, word.indexOf('-')).toLowerCase()));

/**
 * `dates`: the date finder's matches (ascending); `quoted`: whether an offset lies inside a quotation;
 * `title`: the article's title, whose figures are its headline.
 */
/** A dash closed up to both figures ("$10-25m", "8%-10%"); a spaced dash ("£50bn - 14% higher") opens an aside. */
const RANGE_AFTER = /^[-–][$£€]?\d/;
const RANGE_BEFORE = /\d[\p{L}%]{0,3}[-–]$/u;

const MARKET =
  /\b(?:index|indexes|indices|shares|stocks?|dollar|yen|euro|sterling|pound|yuan|oil|crude|gold|silver|copper|aluminum|aluminium|futures|bonds?|yields?|Nasdaq|Dow|S&P|FTSE|Nikkei|DAX|Sensex|benchmark)\b/i;
/** The number of a percentage as written ("0.05%", "0.3 per cent"), or null. */
const valueOfPercent = (value: string): number | null => {
  const m = /(\d+(?:\.\d+)?)/.exec(value.replace(/,/g, ''));
  return m ? Number(m[1]) : null;
};
/** A market's move in percent, then "to" and the level it reached: "rose 0.86% to ". */
const MOVED_TO = /(\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s+to\s+$/i;
const GAME_CLOCK = /^\s+(?:left|remaining|to\s+play|to\s+go)\b/i;
const OFFER_BEFORE =
  /\b(?:save|saves|saving|savings\s+of|discount\s+of|discounted\s+by|as\s+low\s+as|starting\s+at|starts\s+at|from\s+just|for\s+just|only)\s+(?:up\s+to\s+|about\s+|over\s+)?$/i;
const OFFER_AFTER = /^\s+(?:off|discount)\b/i;
const SHOP_WORDS =
  /\b(?:deals?|shoppers|discounts?|sale|coupon|retailers?|retail|in\s+stock|buy\s+now|price|prices|priced)\b/i;
/** Words of a sentence about what shops offer this week: every price in it is the offer's. */
const SHOPPING = /\b(?:best\s+deals|deals\s+on|discounts?\s+on|coupon|on\s+sale|shoppers|promo\s+code)\b/i;

/** A price cut or a deal's price in a shopping sentence ("save $100", "$438 off", "as low as $2,299 at …"). */
function shopOffer(sentence: string, start: number, end: number): boolean {
  if (SHOPPING.test(sentence)) return true;
  const before = sentence.slice(Math.max(0, start - 30), start);
  // "cut $40 million off the roads budget", "will save $4 billion a year": a budget's, unless the sentence shops.
  if (OFFER_AFTER.test(sentence.slice(end, end + 12)))
    return /\bup\s+to\s+$/i.test(before) || SHOP_WORDS.test(sentence);
  if (!OFFER_BEFORE.test(before)) return false;
  return SHOP_WORDS.test(sentence) || /\b(?:as\s+low\s+as|starting\s+at|starts\s+at)\s+$/i.test(before);
}

export function extractNumbers(
  model: TextModel,
  dates: readonly DateMatch[],
  quoted: (at: number) => boolean,
  title = '',
): NumberFact[] {
  const { text, tokens, sentences, paragraphs } = model;
  const scores = new Uint8Array(sentences.length);
  // The order of each paragraph among the prose ones: the lead is what the article leads with.
  const prose = new Int32Array(paragraphs.length).fill(-1);
  let order = 0;
  // A first line without closing punctuation is the headline: its figures are the title's, not asked.
  const first = paragraphs.find((p) => !p.isPull);
  const headline = first && !/[.!?…"”’)]$/.test(text.slice(first.start, first.end)) ? first : undefined;
  paragraphs.forEach((p, i) => {
    if (!p.isHeading && !p.isPull && p !== headline) prose[i] = order++;
  });
  const heads = `${title} ${headline ? text.slice(headline.start, headline.end) : ''}`;
  const out: NumberFact[] = [];
  let d = 0;
  let skipTo = 0;
  let sentenceFrom = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t.first) sentenceFrom = k;
    if (t.start < skipTo) continue;
    const c = t.text.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    if (!digit && !isSpelled(t.text)) continue;
    const s = sentences[t.sentence];
    if (prose[s.para] === -1) continue;
    // A number inside a date the date finder took is the date cards' (most numbers of an article are).
    while (d < dates.length && dates[d].end <= t.start) d += 1;
    if (d < dates.length && dates[d].start <= t.start) continue;
    const fig = figureAt(text, t.start, s.start, s.end, isScoreSentence(tokens, sentenceFrom, t.sentence, scores));
    if (!fig) continue;
    skipTo = fig.blankEnd;
    while (d < dates.length && dates[d].end <= fig.start) d += 1;
    if (d < dates.length && dates[d].start < fig.blankEnd) continue;
    if (quoted(fig.start) || inBrackets(text, fig.start, s.start)) continue;
    // "between $10-25m": either end of a range joined by a dash borrows the other's unit; neither is asked alone.
    if (
      RANGE_AFTER.test(text.slice(fig.blankEnd, fig.blankEnd + 4)) ||
      RANGE_BEFORE.test(text.slice(Math.max(0, fig.start - 4), fig.start))
    )
      continue;
    // "between $40 and $50": so is either end of a range in words; its choices would cross the other end.
    if (
      (/\bbetween\s+$/i.test(text.slice(Math.max(0, fig.start - 10), fig.start)) &&
        /^\s+and\s+[$£€]?\d/.test(text.slice(fig.blankEnd, fig.blankEnd + 8))) ||
      /\bbetween\s+[$£€]?[\d.,]+[\p{L}%]*\s+and\s+$/iu.test(text.slice(Math.max(0, fig.start - 30), fig.start))
    )
      continue;
    // "29 of 50 states", "12 of the 13 states": the whole a share in figures is taken from is not the fact; the
    // share is asked. ("One of 182 stations", "nine of the 20 games": the whole is, the word is no figure.)
    if (SHARE_BEFORE.test(text.slice(Math.max(0, fig.start - 24), fig.start))) continue;
    // "The dollar index rose 0.05%", "aluminum lost 0.06%": a market's move of less than a point in a day is
    // noise, no fact to keep.
    if (
      fig.kind === 'percent' &&
      (valueOfPercent(text.slice(fig.start, fig.end)) ?? 1) < 1 &&
      MARKET.test(text.slice(s.start, s.end))
    )
      continue;
    // "Copper rose 0.86% to $5,880.00 a tonne": the day's level after such a move, the same noise ("fell 15% to 22
    // euro cents" is asked).
    const moved = fig.kind === 'money' ? MOVED_TO.exec(text.slice(Math.max(s.start, fig.start - 24), fig.start)) : null;
    if (moved && Number(moved[1]) < 1) continue;
    // "a 3-pointer with 55 seconds left": the clock of a game's last moments is no fact to keep.
    if (
      fig.kind === 'duration' &&
      /\b(?:seconds?|secs?|minutes?|mins?)$/i.test(text.slice(fig.start, fig.end)) &&
      GAME_CLOCK.test(text.slice(fig.blankEnd, fig.blankEnd + 20))
    )
      continue;
    // "shoppers can save $100", "knocking up to $438 off", "prices as low as $2,299": a shop's offer of the
    // week is no fact of the story.
    if (fig.kind === 'money' && shopOffer(text.slice(s.start, s.end), fig.start - s.start, fig.blankEnd - s.start))
      continue;
    const lead = prose[s.para] === 0 ? 2 : prose[s.para] >= 1 && prose[s.para] <= 2 ? 1 : 0;
    out.push({
      value: text.slice(fig.start, fig.end),
      kind: fig.kind,
      noun: fig.noun,
      alternate: fig.alternate,
      at: { start: fig.start, end: fig.end },
      blank: { start: fig.start, end: fig.blankEnd },
      source: { start: s.start, end: s.end },
      salience: KIND_WEIGHT[fig.kind] + lead + (fig.noun ? 0.5 : 0),
    });
  }
  // A figure the article repeats, or gives in its title, is one it is about.
  const counts = new Map<string, number>();
  for (const f of out) counts.set(numeralKey(f.value), (counts.get(numeralKey(f.value)) ?? 0) + 1);
  const inTitle = new Set(
    (heads.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).filter(
      (n) => n.length < 4 || !/^(?:1[5-9]|20)\d\d$/.test(n),
    ),
  );
  for (const f of out) {
    const key = numeralKey(f.value);
    if ((counts.get(key) ?? 0) > 1) f.salience += 1;
    if (key.split(' ').some((n) => inTitle.has(n))) f.salience += 3;
  }
  return out;
}
