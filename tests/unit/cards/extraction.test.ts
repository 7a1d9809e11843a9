import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';

const quotes = (text: string) => generate(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
const whens = (text: string) => generate(text).dates.map((d) => `${d.when}|${d.iso}`);
const names = (text: string) => generate(text).actors.map((a) => a.name);

describe('quotation extraction', () => {
  it('reads straight, curly and mixed quotation marks, with the speaker before or after', () => {
    const text = [
      'Finance Minister Amina Yusuf spoke on Monday. "We will cut the deficit by half within two years," Yusuf said.',
      'Opposition leader Jonas Berg replied: “The plan will hurt the poorest families first.”',
      'According to the economist Li Wei, "growth will slow before it recovers in the second half of the year.”',
    ].join('\n');
    expect(quotes(text)).toEqual([
      { text: 'We will cut the deficit by half within two years', speaker: 'Amina Yusuf' },
      { text: 'The plan will hurt the poorest families first.', speaker: 'Jonas Berg' },
      { text: 'growth will slow before it recovers in the second half of the year.', speaker: 'Li Wei' },
    ]);
  });

  it('joins a quotation split by its attribution and resolves the pronoun', () => {
    const text =
      'Dr. Kwame Asante, a surgeon in Accra, was blunt. “We have no beds left,” he said, “and no staff to open new ones.”';
    expect(quotes(text)).toEqual([
      { text: 'We have no beds left, and no staff to open new ones.', speaker: 'Kwame Asante' },
    ]);
  });

  it('keeps single quotes inside double ones and reads single-quoted speech', () => {
    const text =
      "Mayor Ines Duarte said, \"People keep asking 'why now?' and the answer is simple.\"\nHer deputy, Rui Costa, added: 'The money was finally there.'";
    const q = quotes(text);
    expect(q[0]).toEqual({ text: "People keep asking 'why now?' and the answer is simple.", speaker: 'Ines Duarte' });
    expect(q[1]).toEqual({ text: 'The money was finally there.', speaker: 'Rui Costa' });
  });

  it('ends a quotation that is never closed at the end of its paragraph', () => {
    const text =
      'Trade envoy Omar Haddad said, “Our ports are open to everyone, and they will stay open.\nThe next paragraph is narration.';
    expect(quotes(text)).toEqual([
      { text: 'Our ports are open to everyone, and they will stay open.', speaker: 'Omar Haddad' },
    ]);
  });

  it('continues a multi-sentence quotation in the next paragraph with the same speaker', () => {
    const text =
      'Sara Lind, the project lead, explained the delay.\n“The steel arrived late. Then the river flooded the site for a month.”';
    expect(quotes(text)).toEqual([
      { text: 'The steel arrived late. Then the river flooded the site for a month.', speaker: 'Sara Lind' },
    ]);
  });

  it('does not take scare quotes or titles for quotations', () => {
    const text =
      'The so-called "peace dividend" never came. The ministry published "A Plan for Growth" in May, and critics called it a "mirage".';
    expect(quotes(text)).toEqual([]);
  });

  it('leaves a quotation with no named speaker unattributed', () => {
    expect(quotes('A banner at the gate read “Nobody leaves this valley until the water comes back”.')).toEqual([
      { text: 'Nobody leaves this valley until the water comes back', speaker: null },
    ]);
  });
});

describe('date extraction', () => {
  it('reads every written form of a date at the precision given', () => {
    const text =
      'It began on 19 March 2013, or the 19th of March, 2013, logged as 2013-03-19 and reported on March 19, 2013. Talks resumed in March 2024 and again in 2021, as in the 1990s.';
    expect(whens(text)).toEqual([
      '19 March 2013|2013-03-19',
      'the 19th of March, 2013|2013-03-19',
      '2013-03-19|2013-03-19',
      'March 19, 2013|2013-03-19',
      'March 2024|2024-03',
      '2021|2021',
      'the 1990s|1990',
    ]);
  });

  it('reads numeric dates day-first or month-first only when the numbers decide it', () => {
    expect(whens('Filed on 19/03/2013, amended 03/19/2013 and signed 03/04/2013.')).toEqual([
      '19/03/2013|2013-03-19',
      '03/19/2013|2013-03-19',
      '03/04/2013|2013',
    ]);
  });

  it('does not invent a year for a yearless date, but takes one from the same sentence', () => {
    expect(whens('On June 3rd, the council voted.')).toEqual(['June 3rd|null']);
    expect(whens('In 2019, on June 3rd, the council voted.')).toContain('June 3rd|2019-06-03');
  });

  it('reads relative dates and ignores durations and verbs', () => {
    const text =
      'Work began in March 2010. The dam opened the following spring. Five months later it leaked. It had been planned for around 20 years. Prices tend to fall in winter.';
    expect(whens(text)).toEqual(['March 2010|2010-03', 'the following spring|null', 'Five months later|null']);
  });
});

describe('actor extraction', () => {
  it('turns acronyms in parentheses into aliases and capitals into their state', () => {
    const doc = generate(
      'The North Atlantic Treaty Organization (NATO) met in Brussels. Washington said the alliance was united. NATO will meet again.',
    );
    const nato = doc.actors.find((a) => a.name === 'North Atlantic Treaty Organization');
    expect(nato?.aliases).toContain('NATO');
    expect(nato?.mentions).toBe(2);
    expect(doc.actors.find((a) => a.name === 'United States')?.aliases).toContain('Washington');
    expect(doc.actors.some((a) => a.name === 'Belgium' || a.name === 'Brussels')).toBe(false);
  });

  it('finds people by role and by verb whatever their names, but not headings or sentence openers', () => {
    const text =
      'Background\nHowever, Chief Negotiator Oluwaseun Adebayo rejected the offer. Nguyen Van An said the talks would go on. Despite that, Adebayo left early.';
    const found = names(text);
    expect(found).toContain('Oluwaseun Adebayo');
    expect(found).toContain('Nguyen Van An');
    expect(found).not.toContain('Background');
    const more = names(
      'Harry W. Lindqvist met Omar al-Rashid in 2003. Later, al-Rashid said nothing new had been agreed.',
    );
    expect(more).toContain('Harry W. Lindqvist');
    expect(more).toContain('Omar al-Rashid');
    expect(found).not.toContain('However');
    expect(found).not.toContain('Despite');
  });
});
