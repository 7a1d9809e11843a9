import { describe, expect, it } from 'vitest';
import { generate, parseArticle } from '../../../../renderer/src/cards';

const parseArticleText = (raw: string): string => {
  const parsed = parseArticle(raw, 'txt');
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

const dateCards = (text: string) =>
  generate(text).cards.filter((c) => c.kind === 'event-date' || c.kind === 'date-event');

describe('a line with no verb of its own dates no event', () => {
  const text = [
    'Harbour pilot quits the Velen board',
    '',
    'A harbour pilot who served the Velen board for twenty years has quit and moved to the coast.',
    '',
    'Ida Moss in March 2031, after having left the harbour board of Velen. She is holding the pilot’s log of the old ferry.',
    '',
    'Ida Moss resigned from the harbour board of Velen on February 12, 2031, after a dispute over the new ferry berths.',
    'On April 3, 2031, after having moved to the coast, Ida Moss opened a pilot school in the port of Tarn.',
  ].join('\n');

  it('asks no date of a caption whose only verb sits in an "after having …" phrase', () => {
    const cards = dateCards(text);
    expect(cards.some((c) => /Ida Moss in ___/.test(c.prompt))).toBe(false);
    expect(cards.some((c) => c.answer === 'March 2031')).toBe(false);
  });

  it('still dates a clause whose main verb stands beside such a phrase', () => {
    const answers = dateCards(text).map((c) => c.answer);
    expect(answers).toContain('February 12, 2031');
    expect(answers).toContain('April 3, 2031');
  });
});

describe('a date inside what someone told dates the told event, not the telling', () => {
  it('asks no date when the clause is cut before the told event’s verb', () => {
    const text = [
      'Pilot returns to Velen',
      '',
      'The former harbour pilot Ida Moss has returned to Velen after a year on the coast, the harbour board said.',
      'Board spokesman Tomas Ames told the Velen Courier that on March 3, 2031 after flying back from Tarn, Moss “went straight to the harbour office and signed the papers for the new ferry berths”.',
      'Moss resigned from the harbour board of Velen on February 12, 2030, after a dispute over the berths.',
    ].join('\n');
    const cards = dateCards(text);
    expect(cards.some((c) => /that on ___/.test(c.prompt))).toBe(false);
    expect(cards.map((c) => c.answer)).toContain('February 12, 2030');
  });
});

describe('a year that cites a work dates no event', () => {
  const text = [
    'Ida Moss and the grammar of tides',
    '',
    'Ida Moss was a Velen linguist who studied the words of harbour pilots.',
    'The first survey of harbour speech by Orr and Lamb (2004), for instance, begins with a summary of her work.',
    'Later studies (Tamm et al., 2011) tested her claims on river pilots.',
    'Moss retired in 1994 and joined the Tarn Institute of Speech.',
    'The Tarn Institute (1962) trained the pilots of three ports.',
  ].join('\n');

  it('asks no card of "by Orr and Lamb (___)" nor "(Tamm et al., ___)"', () => {
    const answers = dateCards(text).map((c) => c.answer);
    expect(answers).not.toContain('2004');
    expect(answers).not.toContain('2011');
    const timeline = generate(text).cards.find((c) => c.kind === 'timeline');
    expect(timeline?.answer ?? '').not.toMatch(/2004|2011/);
  });

  it('still dates the events of the same article', () => {
    expect(dateCards(text).map((c) => c.answer)).toContain('1994');
  });
});

describe('a date in a clause of its own after the event’s head', () => {
  const text = [
    'Ida Moss of Velen',
    '',
    'Ida Moss was born in Velen in 1931 and studied the speech of harbour pilots.',
    'Moss received a doctorate from the Tarn Institute in 1958.',
    'Moss worked at the Tarn Institute for ten years before joining the Orr College of Speech in 1971.',
    'Moss served as president of the Velen Society of Speech in 1985.',
    'Moss retired in 1994 and joined the Harbour Institute.',
  ].join('\n');

  it('puts no head from before "… before joining X in ___" on the timeline at that date', () => {
    const timeline = generate(text).cards.find((c) => c.kind === 'timeline');
    expect(timeline).toBeDefined();
    expect(timeline?.answer ?? '').not.toMatch(/1971: Moss worked/);
  });
});

describe('a day a news article names by its weekday or as "yesterday"', () => {
  const text = [
    'Velen harbour vote draws record turnout',
    '',
    'The Velen harbour board election was held on Sunday, with a record turnout of 61 per cent.',
    'Ida Moss, a ferry pilot, won the chair with 4,120 votes.',
    'Before the count, a silence was kept at the town hall, Velen, for the victims of a storm in Tarn on Monday.',
    'The Velen harbour board met yesterday and named Moss its first woman chair.',
  ].join('\n');
  const cards = () => generate(text, { published: '2031-03-14' }).cards.filter((c) => c.kind === 'event-date');

  it('asks the date worked out from the publication date, to be confirmed, with the reason', () => {
    const held = cards().find((c) => /election was held on ___/.test(c.prompt));
    expect(held?.answer).toBe('March 9, 2031');
    expect(held?.needsReview).toBe(true);
    expect(held?.unsure?.reason).toMatch(/publication date.*Sunday/);
    // "yesterday" is asked as "on ___": "The Velen harbour board met on ___ and named …".
    const met = cards().find((c) => /met on ___/.test(c.prompt));
    expect(met?.answer).toBe('March 13, 2031');
  });

  it('asks nothing of a phrase cut from its clause ("for the victims of a storm … on ___")', () => {
    expect(cards().some((c) => /^Which date fills the blank\? For the victims/.test(c.prompt))).toBe(false);
  });

  it('asks nothing without a publication date to count from', () => {
    expect(generate(text).cards.some((c) => c.kind === 'event-date' && /held on ___/.test(c.prompt))).toBe(false);
  });
});

describe('dates in a reference work’s prose (session 22 reading)', () => {
  const text = [
    'Ada Moss',
    '',
    'Ada Moss was a Velen pilot. In March 1831, Moss twice stood trial for her part in the harbour riots. [16] The Velen harbour court freed Ada Moss on July 14 after a short hearing.[17]',
    'Around 4 July 1831, the harbour judge declared her log "dull and of no account to the court".',
    'Ada Moss died in the port of Tarn in 1840.',
  ].join('\n');

  it('drops footnote marks from the text, so no card shows "[16]"', () => {
    const doc = generate(parseArticleText(text));
    expect(doc.cards.some((c) => /\[\d+\]/.test(c.prompt) || /\[\d+\]/.test(c.answer))).toBe(false);
  });

  it('answers a yearless day the text surely dates with its year, and takes the day as written too', () => {
    const card = generate(parseArticleText(text)).cards.find((c) => /freed Ada Moss on ___/.test(c.prompt));
    expect(card?.answer).toBe('July 14, 1831');
    expect(card?.acceptable).toContain('July 14');
  });

  it('asks no date of a clause cut where a quotation opens ("declared her log “…”")', () => {
    const cards = generate(parseArticleText(text)).cards;
    expect(cards.some((c) => /declared her log\s*$/.test(c.prompt))).toBe(false);
    // Nor offers it as what happened that day ("Around, the harbour judge declared her log").
    expect(
      cards.some((c) => /declared her log$/.test(c.answer) || (c.choices ?? []).some((x) => /^Around/.test(x))),
    ).toBe(false);
  });
});

describe('a list of works with their years, and a source list (session 22 reading)', () => {
  const text = [
    'Ada Moss',
    '',
    'Ada Moss is a Velen actor. In 2017, Ada Moss played the harbour master in the drama series Tides.',
    'Other notable film roles include The Lookout (2007), A Quiet Port (2009), Stone Quay (2010) and Self/less (2015).',
    '',
    'Sources',
    '',
    '"Velen actor wins harbour prize" — Velen Courier, May 3, 2031',
    'Ola Brandt. "Moss to star in new drama" — Tarn Post, May 4, 2031',
  ].join('\n');

  it('asks no year of a work named with its year in brackets', () => {
    const cards = generate(parseArticleText(text)).cards;
    expect(cards.some((c) => /\(___\)/.test(c.prompt))).toBe(false);
    expect(cards.some((c) => c.kind === 'event-date' && c.answer === '2017')).toBe(true);
  });

  it('reads no quotation from a source list line', () => {
    expect(generate(parseArticleText(text)).quotes.some((q) => /harbour prize|new drama/.test(q.text))).toBe(false);
  });
});

describe('a weekday the sentence also dates', () => {
  it('makes no worked-out card where the date stands beside it, nor for "on Sunday night"', () => {
    const text = [
      'Velen fair',
      '',
      'The Velen harbour fair opened on Saturday night with music on the quay.',
      'A sudden storm on Sunday (March 9) sent the crowds home early.',
    ].join('\n');
    const cards = generate(text, { published: '2031-03-14' }).cards.filter((c) => c.kind === 'event-date');
    expect(cards.some((c) => c.unsure?.reason.includes('the text says'))).toBe(false);
  });
});
