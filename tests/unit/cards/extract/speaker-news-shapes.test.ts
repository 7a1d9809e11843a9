import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): speakers a check of fresh news found wrong.
const speakers = (text: string) => generate(text).quotes.map((q) => `${q.text.slice(0, 24).trim()} → ${q.speaker}`);

describe('the speaker named beside a quotation', () => {
  it('is the name before a suffix and an apposition ("Ola Brandt Jr., the company’s chief executive, said")', () => {
    const text = [
      'Shares of Tarn fell. The company’s chief executive, Ivo Marr, may have to sell stock.',
      '',
      '“We are experiencing increased pressure from inflation,” Ola Brandt Jr., the company’s chief executive, said on a call.',
    ].join('\n');
    expect(speakers(text)).toContain('We are experiencing incr → Ola Brandt Jr');
  });

  it('is the person, not a body named inside the apposition after the quotation', () => {
    const text =
      '"I think everybody needs to slow down," Ola Brandt, chief investment officer at Velm Private Wealth, told reporters.';
    expect(speakers(text)).toEqual(['I think everybody needs → Ola Brandt']);
  });

  it('reads no person in a body’s name after a title that is also an adjective ("General Staff")', () => {
    const text =
      'Colonel General Ivo Marr, first deputy chief of Velm’s General Staff, said Friday that the sieges would "allow us to tie down their forces in the east."';
    const doc = generate(text);
    expect(doc.actors.some((a) => a.kind === 'person' && a.name === 'Staff')).toBe(false);
    expect(doc.quotes[0]?.speaker).toBe('Ivo Marr');
    // A general named alone elsewhere stays a person.
    const general = generate(
      'General Tarn led the troops north. Tarn said they would "hold the line until spring comes."',
    );
    expect(general.quotes[0]?.speaker).toBe('Tarn');
  });

  it('reads who asked a question from the words after it ("“… right?” Ivo Marr told reporters")', () => {
    const text = [
      'Investment is on track to fall 39% this year, according to venture capital firm Tarnico.',
      '',
      '"No one comes to these events to open a new bank account, right?" Ivo Marr, CEO of Velmpay, told reporters.',
    ].join('\n');
    expect(speakers(text)).toEqual(['No one comes to these ev → Ivo Marr']);
  });

  it('gives a pronoun inside someone’s quotation to nobody the narration named', () => {
    const text =
      'The Velmgram Group has grown fast. Ada Vesk, the head of Tarnbook, said in a Velmgram post on Monday that users had asked for features. “They say, ‘make it work, make it great, make it grow,’” she wrote.';
    const quotes = generate(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('make it work'))?.speaker ?? null).toBeNull();
    expect(quotes.find((q) => q.text.startsWith('They say'))?.speaker).toBe('Ada Vesk');
  });
});
