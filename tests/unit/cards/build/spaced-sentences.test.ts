import { describe, expect, it } from 'vitest';
import { eachSpacedSentence } from '../../../../renderer/src/cards/build/actors';

/** The split `besideNames` reads words by: sentences after . ! ? ; : or at line breaks, then words at white space. */
function reference(text: string): string[][] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((sentence) => sentence.split(/\s+/).filter((word) => word !== ''))
    .filter((words) => words.length > 0);
}

function scanned(text: string): string[][] {
  const out: string[][] = [];
  eachSpacedSentence(text, (starts, ends, count) => {
    const words: string[] = [];
    for (let k = 0; k < count; k += 1) words.push(text.slice(starts[k], ends[k]));
    out.push(words);
  });
  return out;
}

describe('eachSpacedSentence: the words and sentences of one scan, as the split it replaced', () => {
  const texts = [
    'Harbour Master Ana Ames opened the gate. Then she left; the crew stayed: all of them!',
    '  Leading spaces.\n\nTwo breaks\r\nand a carriage return?Yes.  Tabs\there.',
    'Non-breaking\u00a0space and thin\u2009space. Line\u2028separator and ideographic\u3000space.',
    'No full stop at the end and trailing space   ',
    'Dots inside U.S. words and e.g. abbreviations stay words: one, two.',
    '',
    '\n\n   \n',
    Array.from({ length: 600 }, (_, i) => `w${i}`).join(' '),
  ];
  for (const text of texts) {
    it(`splits ${JSON.stringify(text.slice(0, 40))} as the reference does`, () => {
      expect(scanned(text)).toEqual(reference(text));
    });
  }
});
