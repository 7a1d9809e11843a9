/**
 * Pathological inputs for the generator: each repeats one shape that once made a pass
 * quadratic (a regular expression backtracking from every position, a quotation left open
 * to the end of its paragraph, a scan over the whole text per quotation or per sentence).
 */

/** One repeated unit per shape; `worstInput` repeats it to the wanted size. */
export const WORST_SHAPES: Record<string, string> = {
  /** Straight quotation marks that each open a quotation never closed. */
  straight_quotes: '"a ',
  /** Straight single marks: quotation or apostrophe? */
  single_quotes: "'a ",
  /** Curly opening marks only. */
  curly_opens: '“',
  /** Short closed quotations, thousands in one paragraph. */
  short_quotes: '“a” ',
  /** Quotations split by an attribution. */
  said_quotes: '“A,” he said. ',
  /** Full stops only. */
  dots: '.',
  /** Ellipses only. */
  ellipses: '…',
  /** Initials: every dot might be an abbreviation. */
  initials: 'A. ',
  /** Markdown link openers, as text. */
  brackets: '[',
  /** A word without spaces. */
  no_spaces: 'abcdefghij',
  /** One sentence: no sentence end at all. */
  one_sentence: 'word and ',
  /** Figures in one endless sentence, each in a clause no card can ask (a pronoun). */
  figures: 'they spent $5 million on 12 homes, ',
  /** Digits and commas only: every comma might group thousands. */
  number_runs: '1,000,',
  /** 10,000 short paragraphs. */
  short_paragraphs: 'Short one.\n',
};

/** `unit` repeated to `bytes` characters. */
export function worstInput(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
