import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { editDistance } from '../../../../renderer/src/cards/lexicon/spelling';

// A speaker named with a courtesy title and a misspelt surname. Sentences written for this file.
const quotesOf = (body: string) => generate(`Report\n\n${body}`).quotes;

describe('a misspelt surname after a courtesy title', () => {
  it('names the one person whose surname it misspells, with low confidence', () => {
    const text =
      'Greta Lindqvist, who speaks for the Nordic Salt Board, says a rule is coming. We must "keep the salt safe for the children of the towns," Ms Lindqvsit said.';
    const [quote] = quotesOf(text);
    expect(quote.speaker).toBe('Greta Lindqvist');
    expect(quote.sieve).toBe('misspelt-name');
    expect(quote.confidence).toBe('low');
  });

  it('leaves a surname that differs by more than two letters, or a short one, to nobody', () => {
    const far = 'Greta Lindqvist spoke first. Later, "we are done with the salt rule," Mr Lindgren said.';
    expect(quotesOf(far)[0].speaker).toBeNull();
    const short = 'Greta Moss spoke first. Later, "we are done with the salt rule," Mr Mass said.';
    expect(quotesOf(short)[0].speaker).toBeNull();
  });

  it('counts edits and stops early past the bound', () => {
    expect(editDistance('lindqvist', 'lindqvsit', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('a one-word name that misspells one person’s surname, named more than once', () => {
  it('is that person: one actor, and no choice of the one beside the other', () => {
    const text = [
      'David Marrtel, managing director of Velm Sound, says phones will soon play sound in three dimensions.',
      '"We are trying to fool your ears," explained Mr Martrel.',
      '"We focused first on Tarn because its phone market is advanced," said Mr Martrel.',
      'Ada Vesk, an engineer at Orsk Audio, said the idea was not new.',
    ].join(' ');
    const doc = generate(`Report\n\n${text}`);
    const people = doc.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toContain('David Marrtel');
    expect(people).not.toContain('Martrel');
    for (const c of doc.cards) expect([c.answer, ...(c.choices ?? [])]).not.toContain('Martrel');
  });

  it('stays apart when two people’s surnames are as close to it', () => {
    const text = [
      'David Marrtel and Ivo Martell run Velm Sound together.',
      '"We are trying to fool your ears," explained Mr Martrel.',
      '"We focused first on Tarn," said Mr Martrel.',
    ].join(' ');
    const people = generate(`Report\n\n${text}`).actors.map((a) => a.name);
    expect(people).not.toContain('David Marrtel Martrel');
    expect(people.filter((n) => n === 'David Marrtel' || n === 'Ivo Martell')).toHaveLength(2);
  });
});
