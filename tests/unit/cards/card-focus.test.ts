import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';

// Our own article: one harbour authority the whole text is about, quotations of several shapes.
const ARTICLE = [
  'Tuesday, 14 May 2024',
  '',
  'The Harbour Authority of Port Velen approved a new sea wall on Monday. The Harbour Authority said the wall would cost 40 million euros.',
  '',
  '“The Harbour Authority will pay for the wall from its own reserves of 40 million euros, and the fishermen keep their moorings,” said Mira Osei, the authority’s chair.',
  '',
  'The Harbour Authority has argued for the wall since 2019. Critics at the Harbour Authority meeting were heard. The Harbour Authority noted the vote.',
  '',
  'Tomas Brecht, who leads the fishermen’s union, said he did not “trust the Harbour Authority with our boats”. He said the union was “ready to talk about the moorings next week”.',
].join('\n');

describe('cards ask what the reader could not guess', () => {
  const doc = generate(ARTICLE);

  it('never blanks the name the whole article is about in a quote', () => {
    const finish = doc.cards.filter((c) => c.kind === 'quote-finish');
    expect(finish.length).toBeGreaterThan(0);
    for (const card of finish) expect(card.answer.toLowerCase()).not.toContain('harbour authority');
  });

  it('asks no card of a quoted fragment whose sentence negates it', () => {
    const asked = doc.cards.filter((c) => c.prompt.includes('trust the Harbour Authority with our boats'));
    expect(asked).toEqual([]);
  });

  it('makes no fill-the-blank card of a fragment that is not a sentence of its own', () => {
    expect(doc.cards.some((c) => c.kind === 'quote-finish' && c.prompt.includes('ready to talk about'))).toBe(false);
  });

  it('does not take a dateline for the article’s title', () => {
    expect(doc.article.title).toBe('');
    expect(generate('Port Velen votes on its sea wall\n\nThe Harbour Authority approved a wall.').article.title).toBe(
      'Port Velen votes on its sea wall',
    );
  });
});

describe('a quotation split by its attribution', () => {
  it('joins a part that opens a new sentence with a full stop, and a continued sentence with its comma', () => {
    const doc = generate(
      [
        'Ana Lima runs the ferry company in Port Velen.',
        '',
        '“We carried forty thousand passengers,” said Ana Lima. “Next year the new boat doubles that.”',
        '',
        '“The timetable stays as it is,” Lima said, “and the fares do not rise this winter.”',
      ].join('\n'),
    );
    const texts = doc.quotes.map((q) => q.text);
    expect(texts).toContain('We carried forty thousand passengers. Next year the new boat doubles that.');
    expect(texts).toContain('The timetable stays as it is, and the fares do not rise this winter.');
  });
});
