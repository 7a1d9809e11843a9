import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';
import { findQuoteSpans, QUOTATION_MARKS } from '../../../renderer/src/cards/document/quote-marks';
import { buildTextModel, sentenceRanges } from '../../../renderer/src/cards/document/text-model';

const sentences = (text: string) => buildTextModel(text).sentences.map((s) => text.slice(s.start, s.end));
const spans = (p: string, nextOpensQuote = false) =>
  findQuoteSpans(p, nextOpensQuote).map((s) => `${p.slice(s.start, s.end)}${s.unclosed ? ' …' : ''}`);
const quoted = (text: string) => generate(text).quotes.map((q) => q.text);
const said = (text: string) => generate(text).quotes.map((q) => `${q.speaker}: ${q.text}`);

describe('sentences of the document model', () => {
  it('does not end a sentence at a title, an initial, "No. 10", "Jan. 5" or a dotted abbreviation before a name', () => {
    expect(
      sentences(
        'The U.S. Navy sailed at dawn. Gen. Ana Ruiz met Mr. Olu Bello on Jan. 5 at No. 10 Harbour Row. ' +
          'Dr. Lena Ek, Ph.D., spoke. Harry F. Lindqvist arrived late.',
      ),
    ).toEqual([
      'The U.S. Navy sailed at dawn.',
      'Gen. Ana Ruiz met Mr. Olu Bello on Jan. 5 at No. 10 Harbour Row.',
      'Dr. Lena Ek, Ph.D., spoke.',
      'Harry F. Lindqvist arrived late.',
    ]);
  });

  it('ends a sentence at an abbreviation that closes it, before a word that opens sentences', () => {
    expect(sentences('She moved to the U.S. In 2003 she left. He said no. Then he left.')).toEqual([
      'She moved to the U.S.',
      'In 2003 she left.',
      'He said no.',
      'Then he left.',
    ]);
  });

  it('ends sentences at ?, !, ellipses and closing quotation marks, not at a decimal point', () => {
    expect(sentences('Prices rose 3.5 percent. Wait… What? “Yes!” Then silence.')).toEqual([
      'Prices rose 3.5 percent.',
      'Wait…',
      'What?',
      '“Yes!”',
      'Then silence.',
    ]);
  });

  it('splits a free-standing text by the same rules', () => {
    const text = 'Gen. Ruiz left. We stayed.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['Gen. Ruiz left.', 'We stayed.']);
  });
});

describe('quotation marks, from one table', () => {
  it('knows curly, low-high, guillemet, single guillemet, corner and straight marks', () => {
    const opening = QUOTATION_MARKS.map((m) => m.opens).join('');
    for (const mark of ['“', '„', '«', '‹', '「', '‘', '"', "'"]) expect(opening).toContain(mark);
    expect(spans('Sie sagte: „Wir bleiben hier“, und ging.')).toEqual(['Wir bleiben hier']);
    expect(spans('Il a dit : « Nous restons ici » avant de partir.')).toEqual(['Nous restons ici']);
    expect(spans('Er sagte ‹nein› und «ja».')).toEqual(['nein', 'ja']);
    expect(spans('彼は「ここにいる」と言った。')).toEqual(['ここにいる']);
    expect(spans('He said, "We stay," and left.')).toEqual(['We stay']);
  });

  it('tells single quotation marks from apostrophes', () => {
    expect(
      spans("The farmers' union said it didn't matter; Ola called it 'a very bad deal for all of us' on Monday."),
    ).toEqual(['a very bad deal for all of us']);
    expect(spans('“They told us ‘wait’ and we waited,” she said.')).toEqual([
      'They told us ‘wait’ and we waited',
      'wait',
    ]);
  });

  it('ends a quotation never closed with its own sentence when it opened inside the narrator’s sentence', () => {
    expect(spans('He said, “We will build the bridge by spring. The council approved the loan on Monday.')).toEqual([
      'We will build the bridge by spring. …',
    ]);
  });

  it('lets a quotation never closed run to the paragraph’s end when it opens a sentence or the next paragraph opens with a mark', () => {
    expect(spans('Ilves was blunt. “We will build it. We have the money now.')).toEqual([
      'We will build it. We have the money now. …',
    ]);
    expect(spans('He said, “We will build it. The money is there.', true)).toEqual([
      'We will build it. The money is there. …',
    ]);
  });

  it('runs a quotation opened inside a sentence on to the next mark that opens a sentence (paragraphs run together)', () => {
    const text =
      'But he told Velm Radio: "Toms is the answer now. Lind deserved his chance but the time has come. "He has the game to upset Tarn." Toms has waited.';
    expect(spans(text)).toEqual([
      'Toms is the answer now. Lind deserved his chance but the time has come. …',
      'He has the game to upset Tarn.',
    ]);
    // The next quotation is the same speaker's, not that of a person named inside the first one.
    expect(said(`Ivo Marr praised Oskar Lind in the league. ${text}`)).toEqual([
      'Ivo Marr: Toms is the answer now. Lind deserved his chance but the time has come.',
      'Ivo Marr: He has the game to upset Tarn.',
    ]);
    // A sentence between that reports speech is the narrator's: the open quotation lacks its closing mark.
    expect(
      spans(
        'Marr said: "It would be wrong to say sorry. He said that the town should pay. "My view is clear," he said.',
      ),
    ).toEqual(['It would be wrong to say sorry. …', 'My view is clear']);
    // A mark inside the sentence, not opening one, still ends the open quotation with its sentence.
    expect(spans('He said: "We will build it. Then the vote came and "the money" went.')).toEqual([
      'We will build it. …',
      'the money',
    ]);
  });

  it('does not let a mark opened inside brackets and never closed there become a quotation', () => {
    const text =
      'The survey boat mapped the reef off Kessel (known to divers as "Old Teeth) in thick fog and came home on March 3, 2011.';
    expect(spans(text)).toEqual([]);
    expect(quoted(`Mara Ilves runs the port of Kessel. ${text}`)).toEqual([]);
    const cards = generate(`Mara Ilves runs the port of Kessel. ${text}`).cards;
    expect(cards.filter((c) => c.kind.includes('quote') || /quote/i.test(c.prompt))).toEqual([]);
    // Closed inside its brackets, or opened before them, it is one.
    expect(spans('The reef (known to divers as "Old Teeth") lies off Kessel.')).toEqual(['Old Teeth']);
    expect(spans('She said, "We mapped the reef (the old one) in fog," and left.')).toEqual([
      'We mapped the reef (the old one) in fog',
    ]);
    // A mark left open in brackets does not pair with a quotation later in the paragraph.
    expect(spans('The reef (known as "Old Teeth) lies off Kessel. Ilves said, "We mapped it in fog."')).toEqual([
      'We mapped it in fog.',
    ]);
  });

  it('keeps a quotation of several paragraphs, each opening with a mark, to one speaker', () => {
    const text = [
      'Mara Ilves runs the port of Kessel.',
      'Ilves said: “We will build the new quay this year. The money is there.',
      '“And we will hire two hundred people to run it,” she added.',
    ].join('\n');
    expect(said(text)).toEqual([
      'Mara Ilves: We will build the new quay this year. The money is there.',
      'Mara Ilves: And we will hire two hundred people to run it',
    ]);
  });
});

describe('quotations split by the narrator', () => {
  it('joins the parts around a "she said" and leaves the attribution out', () => {
    expect(
      said('Mara Ilves runs the port.\n“The cranes are old,” Ilves said. “We need new ones before winter.”'),
    ).toEqual(['Mara Ilves: The cranes are old. We need new ones before winter.']);
  });

  it('gives both parts around a narrator’s dashes to one speaker, without the gloss', () => {
    const quotes = generate(
      'Mara Ilves runs the port.\n“The cranes,” – the ones the city bought from Rotterdam – “are older than most of our workers,” Ilves said.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Mara Ilves', 'Mara Ilves']);
    expect(quotes.map((q) => q.text).join(' ')).not.toContain('Rotterdam');
  });

  it('keeps a second part that carries its own attribution as a quotation of its own', () => {
    const text =
      'Mara Ilves runs the port.\n“The cranes are old and slow and we know it,” Ilves said. “The new ones will come from a yard in Gdańsk next spring,” she added.';
    expect(quoted(text)).toEqual([
      'The cranes are old and slow and we know it',
      'The new ones will come from a yard in Gdańsk next spring',
    ]);
  });
});

describe('names and titles in quotation marks are not speech', () => {
  it('skips a title after "the book", "the film" or "titled", and a title-case name', () => {
    const text = [
      'Mara Ilves runs the port.',
      'She wrote the book “Cranes and Their Keepers” in 2010, and the film “Slow Water” followed.',
      'A later report titled “why ports must share their data” was widely read, and the “Harbour Gazette” praised it.',
      'Her essay “what a harbour owes the city around it” was reprinted twice.',
    ].join('\n');
    expect(quoted(text)).toEqual([]);
  });

  it('skips scare quotes of a few words without a verb of saying, but keeps a reported phrase', () => {
    const text = [
      'Mara Ilves runs the port.',
      'The “reform” of the harbour took a decade.',
      'Ilves described the new quay as a “quiet little triumph” of engineering.',
      'In her words, “a thing we will not see again.”',
    ].join('\n');
    expect(quoted(text)).toEqual(['quiet little triumph', 'a thing we will not see again.']);
  });
});
