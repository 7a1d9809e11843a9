import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { speakerOpening as speakerOf } from '../helpers';

// Shapes misread on a fresh set of saved news pages (issue 10, session 35).
// Every sentence is written for this file; the tests name the shape, not any article.

const roles = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a.role ?? '']));
const roleAnswers = (text: string) =>
  generate(text)
    .cards.filter((c) => c.kind === 'actor-role')
    .map((c) => c.answer);

describe('a name whose last part is also a pronoun ("Bao He")', () => {
  it('is not who "He" at the start of a later sentence means', () => {
    const text =
      "Velm's top trade negotiator, Bao He, met Ada Vesk on Friday. In a letter in May, Kai Toms, the president of the Orsk Farm Bureau, said farmers faced “hardship” from the tariffs. " +
      'He urged Ada Vesk to make a deal, saying “time is running out for many in farming.”';
    expect(speakerOf(text, 'time is running out')).toBe('Kai Toms');
  });
});

describe('a period that dates the sentence before a title ("Last week State Department official X")', () => {
  it('is no part of the role', () => {
    const text =
      'Last week State Department official Kai Toms revealed one of the talks to investigators. Toms said it was brief.';
    expect(roles(text)['Kai Toms']).toBe('State Department official');
  });
});

describe('an abbreviated rank before a name ("Cmdr.", "Maj.")', () => {
  it('still lets the name be read as a person who speaks', () => {
    for (const rank of ['Cmdr.', 'Maj.', 'Det. Supt.']) {
      const text = `The navy rejected the claims. ${rank} Ivo Marr, a navy spokesperson, said the claim was “patently false and wrong.” Marr is based in Orska.`;
      expect(speakerOf(text, 'patently false')).toBe('Ivo Marr');
    }
  });
});

describe('an apposition to an apposition between a speaker and the verb', () => {
  it('leaves the person named first as the speaker, not a place at the end of the second', () => {
    const text =
      'The navy rejected the claims. Ivo Marr, a spokesperson for Harbour Shield, the Velm naval operation against pirates in Peru and Chile, ' +
      'told Velm News on Tuesday that the Tarn claim “is patently false,” and that “the navy is not stopping boats from leaving Orska.”';
    expect(speakerOf(text, 'the navy is not stopping')).toBe('Ivo Marr');
    expect(speakerOf(text, 'is patently false')).toBe('Ivo Marr');
  });
});

describe('a verb in -ing right before a name ("a foul for confronting Ada Vesk")', () => {
  it('makes no role of the words before it', () => {
    const text =
      'Kai Toms got a technical foul in the third quarter for confronting Ada Vesk at the line after Vesk dunked. “They were good,” Vesk said.';
    expect(roles(text)['Ada Vesk']).toBe('');
  });
});

describe('lower-case words that lead to a role noun ("molecular microbiologist at …")', () => {
  it('stay in the role, and a place at the end goes first where the role runs long', () => {
    expect(
      roleAnswers(
        '“People just ignored them,” said Ada Vesk, a molecular microbiologist at Velm University. Vesk led the study.',
      ),
    ).toEqual(['molecular microbiologist at Velm University']);
    expect(
      roleAnswers(
        'Ivo Marr, a senior research scientist at the Velm Institute in Orska City, led the study. Marr said it was new.',
      ),
    ).toEqual(['senior research scientist at the Velm Institute']);
  });

  it('do not keep an adverb, a verb in -ing or a possessive before the noun (guard)', () => {
    expect(roleAnswers('The show essentially involves space pilot Ivo Marr. Marr flies it.')).not.toContain(
      'essentially involves space pilot',
    );
    expect(roleAnswers('The band was formed after beating former member Kai Toms. Toms left.')).not.toContain(
      'beating former member',
    );
  });
});

describe('a family the text names ("the Vesks") and a titled bare surname', () => {
  it('gives the title to no member named in full', () => {
    const text =
      'Ivo Marr said the talks were about the Vesks and Orsk Gas, the firm on whose board Kai Vesk had a seat. ' +
      'Marr rejected the theory that Vice President Vesk would have been influenced by money paid to his son. “It was wrong,” Marr said.';
    expect(roles(text)['Kai Vesk']).toBe('');
    expect(roleAnswers(text)).not.toContain('Vice President');
  });

  it('still joins "President Vesk" to the one Vesk where no family is named (guard)', () => {
    const text = 'Kai Vesk won the vote in May. President Vesk said the port would reopen. Vesk later left for Orska.';
    expect(roles(text)['Kai Vesk']).toBe('President');
  });
});

describe('a yearless month in a past clause inside a sentence about the future', () => {
  it('takes the year of the article, not the next one; the future clause still looks ahead (guard)', () => {
    const dates = generate(
      'Velm Space will offer the agency its Orsk lander that the company unveiled in May, capable of carrying cargo. The agency will pick a lander in March.',
      { published: '2019-11-18' },
    ).dates;
    expect(dates.find((d) => d.when === 'May')?.iso).toBe('2019-05');
    expect(dates.find((d) => d.when === 'March')?.iso).toBe('2020-03');
  });
});

describe('a part many in the story play ("the most anticipated witness in the inquiry")', () => {
  it('is asked as no role and offered as no wrong choice; an office beside it still is (guard)', () => {
    const text =
      'Kai Toms, the most anticipated witness in the harbour inquiry, spoke on Tuesday. Ada Vesk, a former Velm Navy official, ' +
      'also spoke. Ivo Marr, a Tarn Ports official, spoke last. Toms said the talks were brief. Vesk said they were long. Marr agreed.';
    const answers = generate(text).cards.filter((c) => c.kind === 'actor-role');
    expect(answers.map((c) => c.answer)).not.toContain('most anticipated witness in the harbour inquiry');
    for (const c of answers) expect(c.choices ?? []).not.toContain('most anticipated witness in the harbour inquiry');
    expect(answers.map((c) => c.answer)).toContain('Tarn Ports official');
  });
});

describe('one set of a score of several sets ("6-4, 7-6 (5)")', () => {
  it('asks no score; a match of one score still does (guard)', () => {
    const cards = generate(
      'Ivo Marr and Kai Toms won the doubles match, defeating Ada Vesk and Ola Brandt 6-4, 7-6 (5) in the final. Vesk beat Toms 6-3 in the first match of the tie. Brandt edged Marr 7-6 (3), 6-7, 6-4 later.',
    ).cards.filter((c) => c.kind === 'number');
    expect(cards.map((c) => c.answer)).toEqual(['6-3']);
  });
});

describe("an outlet's name with its journalist's beat ('VTN Admiralty correspondent')", () => {
  it('does not take the mentions of the body the beat names ("the Admiralty")', () => {
    const doc = generate(
      'The Admiralty rejected the claims as false, and sources in the Orsk camp told Velm News the claims are false. Ivo Marr, a navy spokesperson, ' +
        'told VTN Admiralty correspondent Ada Vesk on Tuesday that the claim “is patently false.” According to the Admiralty, the base serves as an outpost.',
    );
    const outlet = doc.actors.find((a) => a.name === 'VTN Admiralty');
    expect(outlet?.aliases ?? []).not.toContain('Admiralty');
    expect(outlet?.mentions ?? 0).toBeLessThanOrEqual(1);
  });
});
