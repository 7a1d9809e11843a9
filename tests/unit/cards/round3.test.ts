import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';

// Patterns from the second blind set, checked on small made-up sentences.
const speakerOf = (text: string, fragment: string) =>
  generate(text).quotes.find((q) => q.text.includes(fragment))?.speaker ?? null;
const roleOf = (text: string, name: string) => generate(text).actors.find((a) => a.name === name)?.role;

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

describe('role nouns as sentence subjects', () => {
  it('reads "The minister …" opening a sentence as the minister, so a following "he" is the minister', () => {
    const text =
      'Tom Hale, the minister, met Rob Vance, the mayor. Rob Vance spoke first and he spoke for an hour.\n\nThe minister rejected the plan. He said it was "far too costly for a town that has no money left at all".';
    expect(speakerOf(text, 'far too costly')).toBe('Tom Hale');
  });
});

describe('roles without courtesy titles', () => {
  it('calls a "Mrs Justice" a judge and keeps no courtesy title as a role', () => {
    const text = 'The case was heard by Mrs Justice Hana Okoro. Later, Mr Daniel Pratt said he was pleased.';
    expect(roleOf(text, 'Hana Okoro')).toBe('judge');
    expect(roleOf(text, 'Daniel Pratt')).toBeNull();
  });
});

const names = (text: string) => generate(text).actors.map((a) => a.name);

describe('names that are no actors', () => {
  it('ends a court name before a weekday after "on"', () => {
    const found = names(
      'Judgment was handed down in the High Court on Friday. The High Court said costs would follow.',
    );
    expect(found).not.toContain('High Court on Friday');
  });

  it('drops ships, with or without their prefix, lakes, mountains, arenas and holidays', () => {
    const found = names(
      'The tanker MV Silver Gull reached Dover in May. Later the Silver Gull was sold. Ice on Lake Bala melted early, and snow on Mount Orla went too. The final is at the Riverside Arena. Tickets sold out on New Year’s Day, said Owen Price, the promoter.',
    );
    expect(found).toContain('Owen Price');
    for (const bad of ['MV Silver Gull', 'Silver Gull', 'Lake Bala', 'Mount Orla', 'Riverside Arena', 'New Year']) {
      expect(found).not.toContain(bad);
    }
  });

  it('does not make a state of a capital used as an adjective', () => {
    const found = names('A London court fined the firm on Monday. Maria Holt, the firm’s lawyer, said it would pay.');
    expect(found).not.toContain('United Kingdom');
  });

  it('keeps a body whose name opens with a plural possessive whole', () => {
    const found = names('The Otters are top of the Women’s Netball League this year. The Otters won again, and again.');
    expect(found).not.toContain('Netball League');
  });
});

describe('short names of bodies', () => {
  it('makes a team’s last name word, used alone, an alias of the team', () => {
    const doc = generate(
      'The Dunmore Gulls signed a new coach. Since then the Gulls have won nine games, and the Gulls say the title is next.',
    );
    const team = doc.actors.find((a) => a.name === 'Dunmore Gulls');
    expect(team?.aliases).toContain('Gulls');
    expect(doc.actors.map((a) => a.name)).not.toContain('Gulls');
  });
});

describe('roles from more shapes of apposition', () => {
  it('reads a role before the name and a comma, and drops post-nominal letters from the name', () => {
    const doc = generate(
      'Counsel for the council, Helen Marsh-Dale KC, argued that the claim was late. Marsh-Dale sat down.',
    );
    const person = doc.actors.find((a) => a.name === 'Helen Marsh-Dale');
    expect(person?.role).toBe('Counsel for the council');
    expect(person?.aliases).not.toContain('KC');
  });

  it('keeps an ordinal in a role before the name', () => {
    expect(roleOf('The third officer, Ravi Menon, kept the log. He was tired.', 'Ravi Menon')).toBe('third officer');
  });

  it('reads a sports position right before the name as the role', () => {
    const text = 'The coach built the side around the striker Lea Moss, whom fans adore.';
    expect(roleOf(text, 'Lea Moss')).toBe('striker');
  });

  it('joins an appositive and the post a relative clause says the person took over', () => {
    const text = 'Fans credit Ada Quinn, the former Wales international who took over as head coach in 2023.';
    expect(roleOf(text, 'Ada Quinn')).toBe('former Wales international, head coach');
  });

  it('gives "Prof. NAME of ORG" the title and body as role and the body as an actor', () => {
    const doc = generate('The lakes are warming, said Prof. Lars Eide of Bergen University, who has studied them.');
    expect(doc.actors.find((a) => a.name === 'Lars Eide')?.role).toBe('Prof. of Bergen University');
    expect(doc.actors.map((a) => a.name)).toContain('Bergen University');
  });
});

describe('dates', () => {
  const whens = (text: string) => generate(text).dates.map((d) => d.when);

  it('takes a year after "throughout" and a spelled-out count before "ago"', () => {
    const found = whens(
      'The firm paid its board throughout 2021. Fourteen months ago the club was bottom of the table.',
    );
    expect(found).toContain('2021');
    expect(found.some((w) => /^fourteen months ago$/i.test(w))).toBe(true);
  });

  it('does not read "the last week of" something as a date', () => {
    expect(whens('The last week of the harvest is now the busiest week of the whole year.')).not.toContain('last week');
  });

  it('does not count a weekday before a full date as a date of its own', () => {
    const found = whens('The court ruled on Tuesday 4 March 2025 that the firm must pay.');
    expect(found).toEqual(['Tuesday 4 March 2025']);
  });
});

describe('arguments', () => {
  const args = (text: string) => generate(text).arguments;

  it('takes each item of a list once when a heading and a sentence both announce it', () => {
    const text = [
      'Why bees are vanishing',
      'Bees are in decline across the continent, and the causes are now well understood by researchers.',
      'Three causes of the decline',
      'Scientists point to three causes that together explain most of the loss.',
      'First, pesticides weaken the hives. They linger in soil for years.',
      'Second, meadows have been ploughed up. Food is scarce in late summer.',
      'Third, mites spread disease. Warm winters help them.',
    ].join('\n\n');
    const factors = args(text)
      .filter((a) => a.kind === 'factor')
      .map((a) => a.text);
    expect(factors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(factors).size).toBe(factors.length);
  });

  it('does not take a short question standing as a heading for a risk', () => {
    const text = [
      'Farmers face several risks:',
      'Drought. Wells run dry in August.',
      'Pests. Locusts strip whole fields in days.',
      'How bad can it get?',
      'Nobody can yet say how far the losses will go, and the ministry has stopped counting them.',
    ].join('\n\n');
    expect(args(text).map((a) => a.text)).not.toContain('How bad can it get?');
  });

  it('reads "models suggest that" as a claim', () => {
    const text =
      'The lakes are warming fast. Her models suggest that a further degree of warming would melt most of the ice.';
    expect(args(text).some((a) => a.kind === 'claim' && a.text.startsWith('Her models suggest'))).toBe(true);
  });
});

describe('names with ampersands and double surnames', () => {
  it('makes short names joined by an ampersand one firm', () => {
    const found = names(
      'The sponsor, the local building firm Hale & Dorn, signed in March. Ana Reyes, the chair, was pleased.',
    );
    expect(found).toContain('Hale & Dorn');
    expect(found).not.toContain('Dorn');
  });

  it('takes a double surname used as a pair, and its first surname, as the short name', () => {
    const doc = generate(
      'For the tenants, Lucía Ortega Ramos of Quay Lane Chambers argued the case. Later Ortega Ramos said the ruling was fair.',
    );
    const person = doc.actors.find((a) => a.name === 'Lucía Ortega Ramos');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Ortega Ramos', 'Ortega']));
    expect(person?.aliases).not.toContain('Ramos');
  });
});

// A lead and a close of their own, so the sentences under test are not taken for the thesis.
const LEAD =
  'The town has argued about its club for years. Crowds have doubled since the spring. Ultimately, the story is one of patience.';
const CLOSE = 'The next match is on Sunday. Tickets are on sale now. Nobody expects an easy game.';
const article = (...middle: string[]) => [LEAD, ...middle, CLOSE].join('\n\n');

describe('argument cues', () => {
  const kinds = (text: string) => generate(text).arguments.map((a) => `${a.kind}: ${a.text}`);

  it('reads a ruling that quotes a short phrase as a claim', () => {
    const text = article(
      'The court sat for a week. The judge found that the firm had kept paying its owners "while the staff went hungry" for a year.',
    );
    expect(kinds(text).some((k) => k.startsWith('claim: The judge found that'))).toBe(true);
  });

  it('joins an elliptic "If it does not" condition to the sentence it refers back to', () => {
    const text = article(
      'The talks went badly. The council has 30 days to pay. If it does not, the court will order the sale of the depot.',
    );
    expect(kinds(text)).toContain(
      'condition: The council has 30 days to pay. If it does not, the court will order the sale of the depot.',
    );
  });

  it('reads fragility, "built on" and "would use X to" as risk, factor and motive', () => {
    const found = kinds(
      article(
        'Much of the run was built on defence, with the fewest points conceded in the league.',
        'The club’s finances remain fragile after years of losses.',
        'The mayor said the town would use the prize money to repair the old stand.',
      ),
    );
    expect(found.some((k) => k.startsWith('factor: Much of the run'))).toBe(true);
    expect(found.some((k) => k.startsWith('risk: The club’s finances'))).toBe(true);
    expect(found.some((k) => k.startsWith('motive: The mayor said'))).toBe(true);
  });
});
