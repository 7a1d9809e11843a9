import { describe, expect, it } from 'vitest';
import { generateFile, loadArticle, SEED_PATH } from './helpers';

const doc = generateFile(SEED_PATH);
const speakerOf = (fragment: string) => doc.quotes.find((q) => q.text.includes(fragment))?.speaker;
const actor = (name: string) => doc.actors.find((a) => a.name === name);

describe('the bundled article', () => {
  it('attributes all six attributed quotations to the right speaker', () => {
    expect(speakerOf('The Taliban are a reality we cannot ignore')).toBe('Zamir Kabulov');
    expect(speakerOf('We will never allow anyone to use Afghanistan land')).toBe('Zabihullah Mujahid');
    expect(speakerOf('Afghanistan wants to be a transit route')).toBe('Nooruddin Azizi');
    expect(speakerOf('stability in Afghanistan is in the centre')).toBe('Yue Xiaoyong');
    expect(speakerOf('At this point, there is no recognition of the Taliban')).toBe('Sergey Lavrov');
    expect(speakerOf('Moscow means a window to regional integration')).toBe('Taliban');
  });

  it('ends a quotation that is never closed with its own sentence, not the narrator’s paragraph', () => {
    const azizi = doc.quotes.find((q) => q.text.startsWith('Afghanistan wants'));
    expect(azizi?.text.endsWith('out of the geography.')).toBe(true);
  });

  it('finds all nine dated events with their ISO dates', () => {
    const whens = doc.dates.map((d) => `${d.when}=${d.iso}`);
    for (const expected of [
      'June 3rd=null',
      'August 2021=2021-08',
      'March 2024=2024-03',
      'January 2024=2024-01',
      'October 2023=2023-10',
      'February 2024=2024-02',
      'May 2024=2024-05',
      'April 2024=2024-04',
    ]) {
      expect(whens).toContain(expected);
    }
    expect(doc.dates.filter((d) => d.when === 'March 2024')).toHaveLength(2);
    expect(doc.dates).toHaveLength(9);
  });

  it('does not take "for around 20 years" or "tend to fall" for dates', () => {
    expect(doc.dates.some((d) => /20 years|fall/.test(d.when))).toBe(false);
  });

  it('gives every named person the role the text gives', () => {
    expect(actor('Zabihullah Mujahid')?.role).toBe('Taliban spokesperson');
    expect(actor('Zamir Kabulov')?.role).toBe('Special Presidential Envoy of Russia on Afghanistan');
    expect(actor('Sergey Lavrov')?.role).toBe('Russian Foreign Minister');
    expect(actor('Yue Xiaoyong')?.role).toBe('Chinese envoy');
    expect(actor('Nooruddin Azizi')?.role).toBe('Taliban Minister of Industry and Trade');
  });

  it('keeps acronyms, capitals and surnames as aliases', () => {
    expect(actor('Islamic State Khorasan Province')?.aliases).toContain('ISIS-K');
    expect(actor('Belt and Road Initiative')?.aliases).toContain('BRI');
    expect(actor('Russia')?.aliases).toContain('Moscow');
    expect(actor('Sergey Lavrov')?.aliases).toContain('Lavrov');
    expect(actor('Moscow')).toBeUndefined();
  });

  it('takes no place that acts in nothing, and no fragment of a longer name, for an actor', () => {
    const names = doc.actors.map((a) => a.name);
    for (const wrong of [
      'Tajikistan',
      'Crocus City Hall',
      'Central Asia',
      'South Asia',
      'Islamic State',
      'Petersburg',
      'Disclaimer',
    ]) {
      expect(names).not.toContain(wrong);
    }
  });

  it('draws no duplicate facts from the pull quotes', () => {
    const keys = doc.quotes.map((q) => q.text.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    const pull = 'signaling a new era of pragmatic engagement';
    expect(doc.arguments.filter((a) => a.text.includes(pull))).toHaveLength(0);
  });

  it('finds the three factors in order and a thesis', () => {
    const factors = doc.arguments.filter((a) => a.kind === 'factor');
    expect(factors.map((f) => f.text.slice(0, 20))).toEqual([
      'Moscow sees the Tali',
      'The Russian Governme',
      'The emerging Sino-Ru',
    ]);
    expect(doc.arguments.some((a) => a.kind === 'thesis')).toBe(true);
    // Arguments are asked by their key phrase, never by rank ("the first of the 3 factors").
    // A number card shares the facet but asks a figure the text states: it needs no confirming.
    for (const card of doc.cards.filter((c) => c.facet === 'arguments')) {
      if (card.kind !== 'number') expect(card.needsReview).toBe(true);
      expect(card.prompt).not.toMatch(/\b(?:first|second|third) of the\b/);
      expect(card.answer.split(/\s+/).length).toBeLessThanOrEqual(8);
    }
  });

  it('points every source span at the text it came from', () => {
    const { text } = loadArticle(SEED_PATH);
    for (const q of doc.quotes) expect(text.slice(q.source.start, q.source.end)).toContain(q.text.split(' ')[0]);
    for (const d of doc.dates) expect(text.slice(d.source.start, d.source.end)).toContain(d.when);
  });

  it('builds a timeline of the dated events in chronological order', () => {
    const timeline = doc.cards.find((c) => c.kind === 'timeline');
    const isos = timeline?.items?.map((i) => i.iso ?? '') ?? [];
    expect(isos.length).toBeGreaterThanOrEqual(3);
    expect(isos).toEqual(isos.slice().sort());
  });

  it('makes every required kind of card', () => {
    const kinds = new Set(doc.cards.map((c) => c.kind));
    // Its one quote to finish shares its sentence with a date, a role and its speaker: at most two
    // cards a sentence keep the date and the role (tests/unit/cards/card-focus.test.ts makes one).
    for (const kind of ['quote-speaker', 'event-date', 'actor-alias', 'thesis', 'timeline']) {
      expect(kinds).toContain(kind);
    }
    // Every role holder here is quoted: the role shows on the back of the quote card, not a card of its own.
    for (const a of doc.actors.filter((x) => x.role))
      expect(
        doc.cards.some((c) => c.kind === 'quote-speaker' && c.answer === a.name && c.context?.startsWith(a.role!)),
      ).toBe(true);
  });
});
