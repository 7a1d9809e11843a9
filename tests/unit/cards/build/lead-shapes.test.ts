import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): readers asked for a card of what an article leads with.
const BODY = [
  'Ivo Marr, the chair of the Velm Harbour Board, said the wall would be rebuilt within a year.',
  'The Tarn Shipping Company and the Orsk Ferry Line said they would move their boats to the south quay.',
  'The Velm Harbour Board will meet again on Friday to hear from engineers.',
  'The Tarn Shipping Company said its crews were safe, and the Orsk Ferry Line cancelled two crossings.',
].join(' ');

const leadOf = (lead: string) =>
  generate(`${lead}\n\n${BODY}`, { title: 'Harbour news' }).cards.filter((c) => c.kind === 'lead-actor');

describe('the lead card asks who did what the article leads with', () => {
  it('blanks the body the first sentence opens on, among the article’s other bodies', () => {
    const cards = leadOf(
      'The Velm Harbour Board has closed the north quay to all ships after a crack was found in its sea wall.',
    );
    expect(cards).toHaveLength(1);
    expect(cards[0].answer).toBe('Velm Harbour Board');
    expect(cards[0].prompt).toContain('The ___ has closed the north quay');
    expect(cards[0].choices).toEqual(
      expect.arrayContaining(['Velm Harbour Board', 'Tarn Shipping Company', 'Orsk Ferry Line']),
    );
  });

  it('reads past an apposition to the verb', () => {
    const cards = leadOf(
      'The Velm Harbour Board, the oldest port authority of the coast, has closed the north quay to all ships.',
    );
    expect(cards.map((c) => c.answer)).toEqual(['Velm Harbour Board']);
  });

  it('makes none where the name only qualifies a noun, or the sentence describes it', () => {
    expect(leadOf('The Velm Harbour Board report has found a crack in the sea wall of the north quay.')).toEqual([]);
    expect(leadOf('The Velm Harbour Board is the oldest port authority on the whole of the northern coast.')).toEqual(
      [],
    );
  });

  it('makes none from an author’s line at the top of the page', () => {
    const body = `Ada Vesk has covered the Velm harbour and its ferries for the Tarn Post since 2030.\n\n${BODY} Ada Vesk and Ola Brandt wrote this report. Ada Vesk lives in Velm.`;
    expect(generate(body).cards.filter((c) => c.kind === 'lead-actor')).toEqual([]);
  });

  it('makes none on a person: a feature’s anecdote or a reporter’s line, not the story’s point', () => {
    const body = `Ada Vesk has stopped buying bread at the Velm market after prices rose again this spring.\n\n${BODY} Ada Vesk said she would bake at home. Ola Brandt, Pia Lund and Ivo Marr run the market stalls. Ola Brandt said the flour cost more, and Pia Lund agreed.`;
    expect(generate(body).cards.filter((c) => c.kind === 'lead-actor')).toEqual([]);
  });

  it('makes none for an actor the article names once', () => {
    expect(leadOf('The Velm Pilots Guild has closed the north quay to all ships after a crack was found.')).toEqual([]);
  });
});
