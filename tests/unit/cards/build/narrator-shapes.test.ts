import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { hasUnresolvedReference } from '../../../../renderer/src/cards/build/spans';

// Sentences written for these tests: an interview's answers and a speech speak as "I" and "we".
const cardsOf = (text: string) => generate(text).cards;

describe('the narrator’s own person is someone the card does not name', () => {
  it('asks no date or figure of a clause that says "I", "my", "we", "our" or "you" outside quotation marks', () => {
    const text = [
      'Ola Brandt, a poet from Velm, spoke to the Tarn Herald on Monday, March 3, 2031.',
      'How did you begin?',
      'The choir I founded in 2014, the Velm Singers, still meets every week.',
      'Since then I have sung in 27 ports along the coast.',
      'Our harvest grew by 8 percent for the third year in a row.',
    ].join('\n\n');
    const cards = cardsOf(text);
    expect(cards.some((c) => /\b(?:I|my|our|Our)\b/.test(c.prompt))).toBe(false);
    expect(cards.map((c) => c.answer)).not.toContain('2014');
    expect(cards.map((c) => c.answer)).not.toContain('27');
  });

  it('reads "I" after a capitalised word as a numeral and "US" as a country', () => {
    expect(hasUnresolvedReference('Veterans of World War I marched through Velm in ___')).toBe(false);
    expect(hasUnresolvedReference('The US navy sold the old docks of Velm in ___')).toBe(false);
    expect(hasUnresolvedReference('The choir I founded in ___ still sings')).toBe(true);
    expect(hasUnresolvedReference('The catch rose by ___ this spring, our best in years')).toBe(true);
    expect(hasUnresolvedReference('“We will win,” Ada Vesk told the crowd of ___')).toBe(false);
    // A quantifier standing alone for what the sentence before named: "Some are …", "Most of them …".
    expect(hasUnresolvedReference('Some are within ___ of the nearest quay')).toBe(true);
    expect(hasUnresolvedReference('Most of them sailed from Velm in ___')).toBe(true);
    expect(hasUnresolvedReference('Most ships of Velm sailed in ___')).toBe(false);
  });
});

const speakerOf = (text: string, fragment: string) =>
  generate(text).quotes.find((q) => q.text.includes(fragment))?.speaker ?? null;

describe('a quotation the narrator or an unnamed person speaks is given to nobody named', () => {
  it('gives no speaker when "I" says it, and never the name the narrator denies being', () => {
    const text = [
      'Ivo Marr sings in the harbour bars of Velm.',
      "I am not Ivo Marr, of course, yet when sailors in the market call out and say, 'Sing us the old song,' I say, 'Only if you sing along.'",
    ].join('\n\n');
    expect(speakerOf(text, 'Sing us the old song')).toBeNull();
  });

  it('does not give "she said" to the person named before "A teacher from Tarn sat …"', () => {
    const text = [
      'Ada Vesk sang in Velm on Friday night.',
      'A teacher from Tarn sat in the front row. She had come by bus. At the end she stood up and she said, "You gave me back my youth."',
    ].join('\n\n');
    expect(speakerOf(text, 'gave me back')).not.toBe('Ada Vesk');
    const named = [
      'Ada Vesk sang in Velm on Friday night.',
      'At the end she bowed and she said, "You gave me back my youth."',
    ].join('\n\n');
    expect(speakerOf(named, 'gave me back')).toBe('Ada Vesk');
  });
});

describe('the date a headline ends on is when the piece appeared', () => {
  it('asks no date of a first line that is a headline closing on a full date', () => {
    const text = [
      'Velm harbour master interviewed by the Tarn Herald Monday, March 3, 2031',
      'Ada Vesk has run the harbour of Velm for ten years. Ada Vesk opened the new grain quay on June 4, 2030.',
    ].join('\n\n');
    const answers = cardsOf(text).map((c) => c.answer);
    expect(answers.some((a) => /March 3, 2031/.test(a))).toBe(false);
    expect(answers.some((a) => /June 4, 2030/.test(a))).toBe(true);
  });

  it('still asks a date that a first sentence gives', () => {
    const text = 'Ada Vesk opened the new grain quay of Velm on June 4, 2030.\n\nThe quay cost the town a great deal.';
    expect(cardsOf(text).some((c) => /June 4, 2030/.test(c.answer))).toBe(true);
  });
});

describe('two quotations are one only where the words between them attribute it', () => {
  it('keeps a reply apart: “A?” Ola asked. I said, “B.”', () => {
    const text =
      'Ada Vesk met the family of Ivo Marr. They came to the hall and they said, ‘Mayor Vesk, could the new bridge carry his name?’ Ola, his brother, asked that question. I said, ‘Only if the whole town agrees to it.’';
    const quotes = generate(text).quotes.map((q) => q.text);
    expect(quotes.some((q) => q.includes('his name?') && q.includes('Only if'))).toBe(false);
  });

  it('gives a quotation to "he said" before it, not to the name whose verb opens the next one', () => {
    const text =
      'Remember that Ivo’s brother, Ola Marr, when he said, ‘The bridge keeps him with us,’ and that, as his niece, Lena Marr, said, ‘We will cross it every day’ at the opening.';
    expect(speakerOf(text, 'keeps him with us')).toBe('Ola Marr');
    expect(speakerOf(text, 'cross it every day')).toBe('Lena Marr');
  });
});
