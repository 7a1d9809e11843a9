import { describe, expect, it } from 'vitest';
import type { CardDraft } from '../../../../electron/contract';
import { generate } from '../../../../renderer/src/cards';
import { limitPerSentence } from '../../../../renderer/src/cards/build/quality';

const card = (
  id: string,
  kind: CardDraft['kind'],
  facet: CardDraft['facet'],
  extra: Partial<CardDraft> = {},
): CardDraft => ({
  id,
  kind,
  facet,
  prompt: `${id}?`,
  answer: `answer ${id}`,
  source: { start: 5, end: 40 },
  ...extra,
});

describe('at most two cards per source sentence, whatever their facets', () => {
  it('keeps the two most important sure cards of a sentence that gives four', () => {
    const cards = [
      card('finish', 'quote-finish', 'quotes'),
      card('role', 'actor-role', 'actors'),
      card('speaker', 'quote-speaker', 'quotes'),
      card('who', 'role-actor', 'actors'),
    ];
    expect(limitPerSentence(cards, [0, 100]).map((c) => c.id)).toEqual(['role', 'speaker']);
  });

  it('asks two facts of a sentence before asking one fact twice', () => {
    const cards = [
      card('role', 'actor-role', 'actors', { actors: ['Ilse Marten'] }),
      card('who', 'role-actor', 'actors', { actors: ['Ilse Marten'] }),
      card('date', 'date-event', 'dates'),
    ];
    expect(limitPerSentence(cards, [0, 100]).map((c) => c.id)).toEqual(['role', 'date']);
  });

  it('ranks a card the reader must confirm after the sure ones', () => {
    const cards = [
      card('speaker', 'quote-speaker', 'quotes', { needsReview: true, unsure: { reason: 'pronoun' } }),
      card('role', 'actor-role', 'actors'),
      card('date', 'event-date', 'dates'),
    ];
    expect(limitPerSentence(cards, [0, 100]).map((c) => c.id)).toEqual(['role', 'date']);
  });

  it('counts each sentence apart and leaves timeline cards alone', () => {
    const cards = [
      card('a', 'quote-speaker', 'quotes'),
      card('b', 'event-date', 'dates'),
      card('c', 'actor-role', 'actors', { source: { start: 120, end: 150 } }),
      card('t', 'timeline', 'dates', { items: [{ text: 'x' }, { text: 'y' }] }),
      card('d', 'actor-alias', 'actors'),
    ];
    expect(limitPerSentence(cards, [0, 100]).map((c) => c.id)).toEqual(['a', 'b', 'c', 't']);
  });
});

describe('two cards of one sentence never show each other’s answers', () => {
  it('makes no figure card beside a date card whose prompt shows the figure', () => {
    const text = [
      'The Harbour War of Velen',
      '',
      'The Velen council blockaded the port of Tarn on April 22, 1871 and called for 9,000 volunteers the following day.',
      'The Tarn council answered on May 3, 1871 with a fleet of 40 ships.',
      'The war ended on August 12, 1871 after the fall of the harbour forts.',
    ].join('\n');
    const cards = generate(text).cards;
    const date = cards.find((c) => c.kind === 'event-date' && c.answer === 'April 22, 1871');
    expect(date?.prompt).toContain('9,000 volunteers');
    expect(cards.some((c) => c.kind === 'number' && c.answer === '9,000')).toBe(false);
  });
});
