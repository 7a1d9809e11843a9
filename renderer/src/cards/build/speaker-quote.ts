/**
 * The words a "who said it?" card shows (issue 10): readers gave long quotations whose own words name
 * the speaker ("our club", the speaker's own body or title), and quotations that say nothing, back to be
 * fixed. The card shows the whole quotation where it is short and gives nothing away, else its most
 * informative sentence as it stands (never a word changed), else no card. Linear in the quotation.
 */
import { COMMON, ROLE_WORDS } from '../lexicon/words';
import type { ActorFact } from '../types';
import { words } from './spans';

/** Longer quotations show one sentence of theirs. */
const LONG_WORDS = 40;
/** A sentence shown alone out of a longer quotation has at least this many words. */
const MIN_WORDS = 6;

/**
 * A quotation too short and plain to tell one speaker from another ("we've had enough"): under four
 * words, none of them a name, a number or a long word ("glorious little fight" stays).
 */
const bland = (text: string): boolean => (words(text) < 4 && !/\s\p{Lu}|\d|\p{L}{7}/u.test(text)) || plainLine(text);

/** Words of a line that says nothing of its own ("it was a good day", "we played well today"). */
const PLAIN = new Set(
  `is was are were be been being am has have had do did does done get got go went gone come came make made
  good great bad nice fine happy sad tough hard big day days night time times thing things lot really well
  game match result week year moment feel feeling felt think thought know see look looks looked
  learn learned learnt today tonight play played playing win won lose lost team half first second better best`.split(
    /\s+/,
  ),
);

/** A short line (twelve words or fewer, no name or number) whose every word is a plain one. */
function plainLine(text: string): boolean {
  if (words(text) > 12 || /\s\p{Lu}|\d/u.test(text)) return false;
  return text
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/['’](?:s|re|ve|ll|d|m|t)$/, ''))
    .every((w) => COMMON.has(w) || PLAIN.has(w) || w.length < 3);
}

const CAPITAL = /\p{Lu}[\p{L}\p{N}-]*(?:['’]s)?/gu;

/** The capitalised words of a phrase without a possessive ("NORSA’s" -> "norsa"), lower-cased. */
function capitalWords(text: string): string[] {
  return (text.match(CAPITAL) ?? [])
    .map((w) => w.replace(/['’]s$/, '').toLowerCase())
    .filter((w) => w.length >= 2 && !COMMON.has(w));
}

const capitalRoleWords = (a: ActorFact): string[] => capitalWords(a.role ?? '');

/** Whether two words are one ("German" and "Germany", "Council" and "Councils"): equal but for two letters at the end. */
const sameWord = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 ? long.startsWith(short) && long.length - short.length <= 2 : short === long;
};

/**
 * The words that single the speaker out: the capitalised words of the speaker's names and role that no
 * other speaker's role holds (two officials "at NORSA" both may say "NORSA"), and the role's own nouns.
 */
type Clues = { names: string[]; roleNouns: Set<string> };

function clues(speaker: ActorFact, others: readonly ActorFact[], roleWords = capitalRoleWords): Clues {
  const shared = new Set(others.flatMap(roleWords));
  const own = [speaker.name, ...speaker.aliases, speaker.role ?? ''].flatMap(capitalWords);
  const names = [...new Set(own)].filter((w) => ![...shared].some((s) => sameWord(s, w)));
  const roleNouns = new Set(
    (speaker.role ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => ROLE_WORDS.has(w)),
  );
  return { names, roleNouns };
}

/** "I, as minister", "as your coach", "I am the mayor": the speaker's own title in the first person. */
const AS_TITLE = /\b(?:as|i\s+am|i['’]m)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+)?(\p{L}+)/giu;
/** "I'm a veteran", "I am the only one": the speaker says who they are. */
const SELF_DESCRIBED = /\b(?:i\s+am|i['’]m)\s+(?:a|an|the)\s/i;

function reveals(sentence: string, clue: Clues): boolean {
  const said = capitalWords(sentence);
  if (said.some((w) => clue.names.some((c) => sameWord(c, w)))) return true;
  for (const m of sentence.matchAll(AS_TITLE)) if (clue.roleNouns.has(m[1].toLowerCase())) return true;
  return SELF_DESCRIBED.test(sentence);
}

/** The quotation's sentences: cut after a full stop, "!" or "?" before a capital, not after "Mr." or an initial. */
export function quoteSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?…]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
    const before = text.slice(Math.max(from, m.index - 4), m.index + 1);
    if (/(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep)\.$/u.test(before)) continue;
    out.push(text.slice(from, m.index + m[0].trimEnd().length).trim());
    from = m.index + m[0].length;
  }
  const last = text.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/**
 * How much a sentence tells: its content words, names and numbers count; one that opens by pointing
 * back ("This is vital …") tells half as much alone.
 */
export function informative(sentence: string): number {
  let score = 0;
  const list = sentence.split(/\s+/);
  list.forEach((w, i) => {
    const bare = w.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, '');
    if (/\d/.test(bare)) score += 2;
    else if (i > 0 && /^\p{Lu}/u.test(bare)) score += 1.5;
    else if (bare.length >= 3 && !COMMON.has(bare.toLowerCase())) score += 1;
  });
  return /^["“‘]?(?:this|that|these|those|it|it['’]s|they|there)\b/i.test(sentence) ? score / 2 : score;
}

/**
 * The words the card shows of `text`, said by `speaker` among the article's `others` speakers, or null
 * when the quotation says too little or every sentence of it names who said it.
 */
export function speakerSentence(text: string, speaker: ActorFact, others: readonly ActorFact[]): string | null {
  return shownSentence(text, clues(speaker, others));
}

/**
 * `speakerSentence` for the quotations of one article, whose speakers are `speakers`: each speaker's
 * clues (against all the others) are read once, not once a quotation (a long article has hundreds of
 * quotations by the same few speakers, each clue reading every other speaker's role).
 */
export function articleSpeakerSentence(
  speakers: readonly ActorFact[],
): (text: string, speaker: ActorFact) => string | null {
  const roleWords = new Map(speakers.map((a) => [a, capitalRoleWords(a)] as const));
  const wordsOfRole = (a: ActorFact) => roleWords.get(a) ?? capitalRoleWords(a);
  const byClue = new Map<ActorFact, Clues>();
  return (text, speaker) => {
    let clue = byClue.get(speaker);
    if (!clue) {
      clue = clues(
        speaker,
        speakers.filter((a) => a !== speaker),
        wordsOfRole,
      );
      byClue.set(speaker, clue);
    }
    return shownSentence(text, clue);
  };
}

function shownSentence(text: string, clue: Clues): string | null {
  const n = words(text);
  if (bland(text)) return null;
  const sentences = quoteSentences(text);
  if (n <= LONG_WORDS && !sentences.some((s) => reveals(s, clue))) return text;
  let best: string | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    if (words(s) < MIN_WORDS || reveals(s, clue)) continue;
    const score = informative(s);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  // A quotation the narrator interrupts ("…research,” said Ames. “The …") is joined with a full stop:
  // a sentence shown alone ends without one, so its words stand in the article as they are.
  return best?.replace(/\.$/, '') ?? null;
}
