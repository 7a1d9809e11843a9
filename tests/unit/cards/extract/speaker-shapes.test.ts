import { describe, expect, it } from 'vitest';
import { generate, parseArticle } from '../../../../renderer/src/cards';

// Shapes found on real and held-out articles, each checked on small sentences we wrote.
const speakerOf = (text: string, fragment: string) =>
  generate(text).quotes.find((q) => q.text.includes(fragment))?.speaker ?? null;
const quotes = (text: string) => generate(text).quotes.map((q) => `${q.speaker}: ${q.text.split(' ')[0]}`);

describe('speakers resolved by gender and role', () => {
  it('gives "she" to the last woman named, not to a man who was the subject since', () => {
    const text =
      'Ms Clara Benn chaired the inquiry. Tomas Ruud, the auditor, said the books were sound. He was asked twice.\n\nThe panel disagreed. She said the audit was "late and thin in every place that counts".';
    expect(speakerOf(text, 'late and thin')).toBe('Clara Benn');
  });

  it('knows a chairwoman is "she" and gives "he" to the man named before her', () => {
    const text =
      'Tomas Brekke, a clerk, read the minutes. The chairwoman, Joanna Pell, spoke next. He said the minutes were "accurate in every single detail that matters to us".';
    expect(speakerOf(text, 'accurate in every')).toBe('Tomas Brekke');
  });

  it('reads "the judge wrote" after a quotation as the person the text calls a judge', () => {
    const text =
      'Mr Justice Oren Talbot gave judgment on Monday. "The firm left its staff with nothing," the judge wrote. The firm will appeal.';
    expect(speakerOf(text, 'left its staff')).toBe('Oren Talbot');
  });

  it('takes "found that" as an attribution verb', () => {
    const text =
      'In her ruling, Dame Ilse Varga found that the agency had failed its staff "at every single step of a process that should have protected them".';
    expect(speakerOf(text, 'at every single step')).toBe('Ilse Varga');
  });

  it('passes over a topic phrase for the woman the pronouns describe', () => {
    const text =
      'The treasurer, Piet Mol, said the club was solvent. He did not say more.\n\nFor Lena Falk, who leaves in May, the future is open. Asked about it, she laughed. "I pack light," she said.';
    expect(speakerOf(text, 'I pack light')).toBe('Lena Falk');
  });
});

describe('speakers named after a quotation', () => {
  it('gives a question followed by "asked NAME" to that name, not to the speaker before', () => {
    const text =
      'Opening the session, the mayor, Olga Brandt, said the plan was ready. “Streets will be quieter within a year,” she told the council.\n\n“Who will pay for the new buses?” asked Ilan Dror, the opposition leader. “Who will drive them?”';
    expect(speakerOf(text, 'new buses')).toBe('Ilan Dror');
  });

  it('joins a quotation its speaker "continued" or "went on" between the parts, and names that speaker surely', () => {
    const text = [
      'Mara Ilves runs the weather station on Kessel Island. The station lost power for a week in March.',
      '"Before the flood," Ilves continued, "the gauges sent their numbers every hour. After it, they wandered."',
      '"We had no warning at all," Ilves went on, "and the backup batteries were already flat."',
    ].join('\n\n');
    const found = generate(text).quotes;
    expect(found.map((q) => [q.speaker, q.sieve, q.confidence, q.text])).toEqual([
      [
        'Mara Ilves',
        'said-adjacent',
        'high',
        'Before the flood, the gauges sent their numbers every hour. After it, they wandered.',
      ],
      ['Mara Ilves', 'said-adjacent', 'high', 'We had no warning at all, and the backup batteries were already flat.'],
    ]);
    // The card asks the quotation from its first words, not from the middle of its sentence.
    for (const card of generate(text).cards.filter((c) => c.kind.startsWith('quote'))) {
      expect(card.prompt).not.toMatch(/[“"]\s*(?:the gauges|and the backup)/);
      expect(card.prompt).not.toMatch(/[“"]\p{Ll}/u);
    }
  });

  it('does not join two quotations a "continued" stands between when it is no attribution', () => {
    const text =
      'Mara Ilves runs the weather station on Kessel Island.\n\nIlves called the old mast "a rusty joke that no storm would spare," and the work continued. "We will build a new one on the ridge before winter," she said.';
    expect(generate(text).quotes.map((q) => q.text)).toEqual([
      'a rusty joke that no storm would spare',
      'We will build a new one on the ridge before winter',
    ]);
  });
});

describe('clubs and pronouns', () => {
  it('reads a name ending in Rovers as a club, and gives "he" to its manager, not to the club', () => {
    const text =
      'Eastfield Rovers\' manager, Piet Jansen, was angry after the game. He said his side had "played well enough to win twice over".';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === 'Eastfield Rovers')?.kind).toBe('organisation');
    expect(speakerOf(text, 'played well enough')).toBe('Piet Jansen');
  });
});

describe('speakers the text leaves unnamed', () => {
  it('gives no speaker to an official who asked not to be named, not the expert quoted before', () => {
    const text =
      'Dr Lena Okafor, a trade economist, said the talks were "going nowhere fast for the moment".\n\nAn official who took part, and who asked not to be named, described the plan as "a truce wearing the clothes of a treaty."';
    expect(speakerOf(text, 'going nowhere')).toBe('Lena Okafor');
    expect(speakerOf(text, 'truce wearing')).toBeNull();
  });
});

describe('institutions as speakers', () => {
  it('makes "Chile\'s foreign ministry" an actor and the speaker of the words it said', () => {
    const text =
      'Chile rejected the claim. In a statement, Chile\'s foreign ministry said the other side had "walked away from a text both had already initialled."';
    const doc = generate(text);
    expect(doc.actors.find((a) => a.name === "Chile's foreign ministry")?.kind).toBe('organisation');
    expect(speakerOf(text, 'walked away')).toBe("Chile's foreign ministry");
  });
});

describe('block quotations with a footer', () => {
  it('gives a blockquote to the person in its footer cite, who becomes an actor', () => {
    const html =
      '<p>Sales of the new bikes doubled in the spring.</p><blockquote><p>&ldquo;People stopped asking whether cargo bikes were a fad. They ask how soon they can have one.&rdquo;</p><footer>&mdash; <cite>Ingrid Solberg</cite>, chief executive, VeloNord</footer></blockquote><p>Solberg founded the firm in 2015.</p>';
    const parsed = parseArticle(html, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = generate(parsed.text);
    expect(doc.actors.some((a) => a.name === 'Ingrid Solberg')).toBe(true);
    expect(doc.quotes.find((q) => q.text.includes('cargo bikes'))?.speaker).toBe('Ingrid Solberg');
  });
});

describe('speakers that generalise', () => {
  it('gives a second quotation after an appositive attribution to the same speaker, not to a place quoted', () => {
    const text =
      'Lisbon signed on Monday.\n\n"Nobody from Lisbon came to ask us," said Rui Pinto, who heads a federation of farmers in Sines and followed the vote from the gallery. "They drew lines on a map."';
    expect(generate(text).quotes.map((q) => q.speaker)).toEqual(['Rui Pinto']);
    expect(generate(text).quotes[0].text).toContain('They drew lines');
  });

  it('gives the words of an unnamed spokesperson to the organisation named before', () => {
    const text = [
      'Mara Jensen says the bonds are a fig leaf. "They reward the label," she says.',
      'The Northern Credit Bank disagrees. In a written reply, a spokesperson said that its bonds "meet the strictest standards."',
      'The Danish finance ministry did not reply. Last year a ministry spokesperson warned against "rules that punish savers."',
    ].join('\n');
    expect(quotes(text)).toEqual(['Mara Jensen: They', 'Northern Credit Bank: meet', 'Danish finance ministry: rules']);
  });

  it('reads "what she calls" as her words and "the Senate" named twice as a body', () => {
    const doc = generate(
      'Ana Ruiz quit in 2010. She left after what she calls "the year I lost faith." The vote went to the Senate, and the Senate refused.',
    );
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    expect(doc.actors.map((a) => a.name)).toContain('Senate');
  });
});

describe('a body as speaker', () => {
  it('does not give “the party said” to a person the text only places in a party', () => {
    const text =
      'Ivo Sand, of the opposition party, said the dock was "a waste of public money from the first day".\n\nThe youth wing backed the mayor. "The dock will pay for itself within ten years of opening," said the party.';
    expect(speakerOf(text, 'pay for itself')).not.toBe('Ivo Sand');
  });
});

describe('a speaker across an aside and an addressee (session 22 reading)', () => {
  it('gives words reported after "X, when asked if he knew …, mentioned that Y “…”" to X, not to the topic', () => {
    const text =
      'Adam Moss was a Velen pilot who died young. Moss wrote many letters. Moss’ cousin, Ivo Brandt, when asked if he knew the cause of the quarrel, mentioned that Moss "found himself in the presence of a false uncle and a false friend, each of whom began the quarrel." Moss himself wrote little of it.';
    expect(speakerOf(text, 'false uncle')).toBe('Ivo Brandt');
  });

  it('never gives last words to the one they were addressed to: "Her last words to her brother Tom were: …"', () => {
    const text =
      'Ada Moss was a Velen pilot who died young. Moss wrote many letters to Tom Moss and Ivo Brandt. Her last words to her younger brother Tom were: “Do not cry, Tom, I need all my courage to die at twenty!”';
    expect(speakerOf(text, 'I need all my courage')).not.toBe('Tom Moss');
  });
});
