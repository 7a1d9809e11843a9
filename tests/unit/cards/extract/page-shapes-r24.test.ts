import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { parseArticle } from '../../../../renderer/src/cards/parse/article';

// Shapes misread on a sixth set of saved pages (issue 10, session 40, round 24): every card they made taught
// something false. Every sentence is written for this file; the tests name the shape, not any article.

const docOf = (text: string, published?: string) => generate(text, { title: '', published });
const speakerOf = (text: string, start: string) => docOf(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('a body’s name before a noun for a person that is no role ("a former Velm Works employee recalled")', () => {
  const text =
    'Velm Works hired Ivo Marr in 2015. Ivo Marr later ran its office in Tarn. ' +
    '"I remember that Marr asked a person from the firm to buy a second phone for the trip," a former Velm Works employee recalled. ' +
    'A former Velm Works employee testified that in 2017, Marr proposed a visit to Tarn in order "to see what the rivals were building there."';
  it('gives the words neither to the body nor to the person named before', () => {
    expect(speakerOf(text, 'I remember')).toBeNull();
    expect(speakerOf(text, 'to see what')).toBeNull();
  });
  it('still gives a spokesman’s words to nobody but the body’s speaker, and a named person’s to them', () => {
    const doc = docOf('Velm Works opened a plant. "We will grow," Ivo Marr, a Velm Works director, said on Monday.');
    expect(doc.quotes[0]?.speaker).toBe('Ivo Marr');
  });
});

describe('a paragraph that holds only a quotation, after a question in the paragraph before', () => {
  const text =
    'Judge Ada Velm pressed the lawyer, Ivo Marr, on the risk.\n' +
    '“But there is some risk,” Velm interjected. “Do you dispute that?”\n' +
    '“There can be a very small risk for a few people, but the plan is safe and it works well for most.”\n' +
    'Velm cut him off: “No, I am not making that point.”';
  it('is the answer, not the asker going on', () => {
    expect(speakerOf(text, 'There can be')).not.toBe('Ada Velm');
    expect(speakerOf(text, 'No, I am not')).toBe('Ada Velm');
  });
  it('still goes on with the speaker after a statement', () => {
    const plain =
      'Judge Ada Velm spoke to the court on the risk.\n“There is some risk,” Velm said. “We all know that.”\n' +
      '“And the court has to weigh it before the plan goes ahead in the city.”';
    expect(speakerOf(plain, 'And the court')).toBe('Ada Velm');
  });
});

describe('the words after "and" in a body’s name ("the Tarn Mine Safety and Health Administration")', () => {
  const text =
    'When a clip over the rule of the Tarn Mine Safety and Health Administration (TMSHA) was posted online, more than 500,000 people viewed it. ' +
    'The administration lost by a 6-3 vote along party lines.';
  it('name nothing alone: no prompt calls "the administration" a "Health Administration"', () => {
    expect(docOf(text).cards.some((c) => /\bHealth Administration lost\b/.test(c.prompt))).toBe(false);
  });
});

describe('a month to come in a text dated late in the year ("workers must wait until July")', () => {
  const text =
    'Tarn is also raising its minimum wage to $9 per hour, but workers must wait until July to see the rise. Velm raised its wage in March.';
  it('is the next July, and a month past in the past tense stays in the text’s year', () => {
    const doc = docOf(text, '2013-12-30');
    expect(doc.dates.find((d) => d.when === 'July')?.iso).toBe('2014-07');
    expect(doc.dates.find((d) => d.when === 'March')?.iso).toBe('2013-03');
  });
});

describe('a year alone told many paragraphs back, in a text with no date of its own', () => {
  const text = [
    'Ivo Marr has long been a critic of the Tarn plan.',
    'In 2012, after the plan was adopted, he called it a fraud.',
    'His new paper says the sea will rise faster than the plan assumes.',
    'Other scientists have welcomed the paper, while some doubt its data.',
    'The paper relies on records of the ice ages.',
    'Those readings are disputed by Ada Vesk, a climate scientist at the University of Orsk, in a reply published on Nov. 1.',
  ].join('\n');
  it('gives a yearless date far after it no year', () => {
    const nov = docOf(text).dates.find((d) => d.when.startsWith('Nov'));
    expect(nov?.iso ?? null).toBeNull();
  });
  it('still gives a month the year of a date in the paragraph before', () => {
    const doc = docOf('In 2012, the plan was adopted by the council of Tarn.\nIn March, Ivo Marr called it a fraud.');
    expect(doc.dates.find((d) => d.when === 'March')?.iso).toBe('2012-03');
  });
});

describe('a date inside an opening participle ("Founded in 2009, Velm Labs partnered with …")', () => {
  const text =
    'Velm Labs raised $22 million on Monday. Founded in 2009, Velm Labs previously partnered with Tarn Bank, Orsk Post and Kel to build a mail protocol. ' +
    'Velm also worked with the police to stop a botnet in 2013.';
  it('makes no event of the clause after it ("Founded, Velm Labs partnered …")', () => {
    const cards = docOf(text, '2024-05-01').cards;
    expect(cards.some((c) => /^Founded,/.test(c.answer) || (c.choices ?? []).some((x) => /^Founded,/.test(x)))).toBe(
      false,
    );
  });
});

describe('a typewriter’s dash glued to the words ("three members--A, B and C--dissented")', () => {
  it('is read as a dash, not as part of a name', () => {
    const parsed = parseArticle('Three members--Kai Toms, Ola Brandt and Ada Vesk--dissented on Monday.', 'txt');
    expect(parsed.ok && parsed.text).toBe('Three members—Kai Toms, Ola Brandt and Ada Vesk—dissented on Monday.');
  });
  it('leaves an option on a command line alone', () => {
    const parsed = parseArticle('Run the tool with --help to see more.', 'txt');
    expect(parsed.ok && parsed.text).toBe('Run the tool with --help to see more.');
  });
});

describe('a participle of saying after "with" ("…, with the statement noting that they “…”")', () => {
  it('has the phrase after "with" as its subject, not the name before it', () => {
    const text =
      'Three board members, Kai Toms, Ola Brandt and Ada Vesk, dissented, ' +
      'with the statement noting only that they "did not support more easing at this time".';
    expect(speakerOf(text, 'did not support')).toBeNull();
  });
  it('gives the words to a name after "with"', () => {
    const text = 'Ivo Marr and Ada Vesk both spoke at the meeting, with Marr saying the plan "will not work" at all.';
    expect(speakerOf(text, 'will not work')).toBe('Ivo Marr');
  });
});

describe('a quotation with no comma of its own, then "and" and another speaker ("“…” and Vesk added that …")', () => {
  it('keeps the speaker before it', () => {
    const text =
      'Ivo Marr and Ada Vesk both spoke. Marr said the plan "will not work" and Vesk added that it "costs too much".';
    expect(speakerOf(text, 'will not work')).toBe('Ivo Marr');
    expect(speakerOf(text, 'costs too much')).toBe('Ada Vesk');
  });
});

describe('a quotation that ends its sentence, then a name whose verb runs into another quotation', () => {
  const text =
    'The show was well received. Ivo Marr stated that the series "shows a war through the eyes of a young teen. A riveting series that is worth owning!" ' +
    'Velm News reviewer Ada Vesk called the series "one of the best shows ever made."';
  it('is not that name’s', () => {
    expect(speakerOf(text, 'shows a war')).toBe('Ivo Marr');
  });
  it('still takes a plain tag after it', () => {
    expect(speakerOf('Ivo Marr came too. "It is worth owning!" Ada Vesk said on Monday.', 'It is worth')).toBe(
      'Ada Vesk',
    );
  });
});

describe('a clause of alternatives cut from the clause it hangs on ("—whether it was singing for the troops in ___")', () => {
  it('makes no date card', () => {
    const text =
      'The guild has long asked its members to share their time with the public at large—whether it was singing for the troops in the Velm Hall of the 1940s, or telling their stories on the radio today.';
    expect(docOf(text).cards.some((c) => /^Which date/.test(c.prompt) && /whether/i.test(c.prompt))).toBe(false);
  });
});

describe('a prompt cut where its clause goes on ("will go into", "to finally", "range from sweeping")', () => {
  const cards = (text: string) => docOf(text, '2024-05-01').cards.map((c) => c.prompt);
  it('is not asked', () => {
    const text =
      'Some 40,000 rules taking effect range from sweeping, national rules on health to a ban on drones in Tarn. ' +
      'Amassing 19 points to five, Velm closed out the fastest game of the series in 25 minutes to finally, after another year of trying, lift the cup. ' +
      '30,000 civil servants will go into "reserve"-- that means their pay will be cut while they look for new jobs.';
    const asked = cards(text);
    expect(asked.some((p) => /(?:sweeping|to finally|go into)$/.test(p))).toBe(false);
  });
  it('still asks a clause that ends on its object', () => {
    expect(cards('The Tarn council hired 40 new teachers for its schools in Orsk on Monday.').length).toBeGreaterThan(
      0,
    );
  });
});

describe('a name whose apposition was cut off before its verb ("…, Ivo Marr, entered the office in ___")', () => {
  it('loses the comma the apposition closed', () => {
    const text = 'The work began once the chosen candidate of the board, Ivo Marr, entered the office in January 2017.';
    const prompts = docOf(text, '2019-05-01').cards.map((c) => c.prompt);
    expect(prompts.some((p) => /Ivo Marr, entered/.test(p))).toBe(false);
  });
});

describe('a date’s apposition ("On 21 December, the day after the talks, …")', () => {
  it('takes the clause after it, which says what happened', () => {
    const text =
      'On December 21, the day after the meeting of Ivo Marr with the Orsk chief, Tarn prosecutors secretly filed charges against Marr in a court in Velm.';
    const date = docOf(text, '2017-12-28').cards.find((c) => c.kind === 'event-date');
    expect(date?.prompt).toMatch(/filed charges/);
  });
});

describe('a page title with its site after a typed dash ("… -- Tarn Post")', () => {
  it('names the article alone', async () => {
    const { promptTitle } = await import('../../../../renderer/src/cards/generate');
    expect(promptTitle('', 'The Harbour’s Long Road to Tarn -- Tarn Post')).toBe('The Harbour’s Long Road to Tarn');
  });
});

// Round 25 (a seventh set, held out until r24's fixes were in).

describe('a speaker named by an apposition after the quotation ("…,” the head of X’s Y office, a woman named Ada Vesk, told me")', () => {
  const text =
    'Velm Power got serious about Portugal two years ago. “There is something you can’t sense from your office in Tarn,” ' +
    'the director of Velm Power’s Portugal operations, a 30-year-old woman named Ada Vesk, told me. She grew up in Orsk.';
  it('is the person named, not a body or a place of the title', () => {
    expect(speakerOf(text, 'There is something')).toBe('Ada Vesk');
  });
});

describe('a given name brought in by an apposition ("the family’s one sane son, Michael, leaves")', () => {
  const text =
    'Michael Kozoll wrote the first scripts. Later, Ivo Marr met Michael Scott, the boss of a paper firm. ' +
    'In the second season, the family’s lone sane person, Michael, leaves his family for a new life. ' +
    '“This is it boy, we are free,” he tells his son as they drive.';
  it('is someone new, not the other Michael named before', () => {
    expect(speakerOf(text, 'This is it')).not.toBe('Michael Scott');
    expect(docOf(text).actors.find((a) => a.name === 'Michael Scott')?.aliases ?? []).not.toContain('Michael');
  });
  it('still links a given name used alone for the one person named with it', () => {
    const doc = docOf('Ada Vesk runs the Tarn mill. Later that year, Ada sold the mill to a rival.');
    expect(doc.actors.find((a) => a.name === 'Ada Vesk')?.aliases).toContain('Ada');
  });
});

describe('a title the text writes with a capital "The" inside its sentences ("the police drama The Wire")', () => {
  const text =
    'But Ivo Marr’s police drama The Wire only drew a devoted audience, not a large one. In The Wire, Lieutenant Kai Toms tries to build a case against a gang. ' +
    'Critics loved The Wire for its patience. The Wire ran for five seasons on Velm TV.';
  it('is no person, whatever was read after it', () => {
    expect(docOf(text).actors.some((a) => a.name === 'Wire')).toBe(false);
    expect(docOf(text).actors.some((a) => a.name === 'Kai Toms')).toBe(true);
  });
});

describe('an interview written with "Q." and "A." marks', () => {
  const text =
    'Q. Is the new cabinet ready to act?\nA. Yes, the new prime minister has been asked to form a government that will act quickly.\n' +
    'Q. And the vote?\nA. Well, we will hold it in June.';
  it('reads no mark as an initial of a name ("A. Yes")', () => {
    const names = docOf(text).actors.map((a) => a.name);
    expect(names.some((n) => /^[AQ]\.\s/.test(n))).toBe(false);
  });
  it('still reads an initial opening a paragraph of a text without such marks', () => {
    const doc = docOf('A. Vesk runs the Tarn mill and spoke on Monday.\nShe said the mill will stay open.');
    expect(doc.actors.some((a) => a.name === 'A. Vesk')).toBe(true);
  });
});

describe('clauses asked without what they hang on (round 25)', () => {
  const prompts = (text: string, published = '2024-05-01') => docOf(text, published).cards.map((c) => c.prompt);
  it('makes no card of "Just before … in ___" alone', () => {
    const text =
      'Ivo Marr was held in Tarn for years. Just before Marr was to be tried on fraud charges in 2003, the council moved him to an army jail.';
    expect(
      prompts(text).some((p) =>
        /^Which date fills the blank\? Just before Marr was to be tried on fraud charges in ___$/.test(p),
      ),
    ).toBe(false);
  });
  it('makes no card of "Back in ___, when …" alone', () => {
    const text =
      'Back in the 1990s, when Velm Nights was thought to be one of the best shows around (and it was good), nobody watched.';
    expect(
      prompts(text).some((p) =>
        /Back in ___, when Velm Nights was thought to be one of the best shows around \(and it was good\)$/.test(p),
      ),
    ).toBe(false);
  });
  it('makes no card of an ordinal whose noun was left out, a phrase opening on "Of", or a formula’s legend', () => {
    const text =
      'Ada Vesk sang two versions of the song. The first recorded in 1969 was slow. ' +
      'Of 29 factors that are significant for young readers, Tarn found ten that mattered for adults. ' +
      'Where: word count = number of words of more than two syllables in a sample of 30 sentences.';
    const asked = prompts(text);
    expect(asked.some((p) => /The first recorded in ___/.test(p))).toBe(false);
    expect(asked.some((p) => /\? Of ___ factors that are significant for young readers$/.test(p))).toBe(false);
    expect(asked.some((p) => /= number of words/.test(p))).toBe(false);
  });
});

describe('a figure said not to apply ("slow readers are unlikely to need eighty-six hours")', () => {
  it('makes no card', () => {
    const text =
      'Ivo Marr spent eighty-six hours explaining himself to the board. Even slow readers are unlikely to need eighty-six hours to get through the longest novel in the Tarn library.';
    expect(docOf(text).cards.some((c) => /unlikely to need ___/.test(c.prompt))).toBe(false);
  });
});

describe('a "by ___" date card ("By ___, over 200 formulas existed")', () => {
  it('offers only earlier dates as wrong answers: a later one would be true too', () => {
    const text =
      'The first Tarn formula appeared in 1921. In 1948, Ada Vesk published her formula. In 1975 the navy used it. ' +
      'By 1980, over 200 formulas were in use in many languages. In 1983 Ivo Marr devised a new one. In 1995 Orsk adopted it.';
    const card = docOf(text).cards.find((c) => c.kind === 'event-date' && /By ___/.test(c.prompt));
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(Number(choice)).toBeLessThanOrEqual(1980);
  });
});

describe('choices of a "who is …" card', () => {
  it('are no names read as people by their shape alone', () => {
    const text =
      "Velm Daily's Chief Editor Ivo Marr wrote the post. Readers use Velm Reader and Orsk Pipes to follow the news. " +
      'Ada Vesk wrote about Velm Reader too.';
    const card = docOf(text).cards.find((c) => c.kind === 'role-actor');
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(['Velm Reader', 'Orsk Pipes']).not.toContain(choice);
  });
});

// Round 26 (news in plain text, held out: 82.4% keep, 1.4% false).

describe('a participle of saying whose object is the person described ("…, describing Marr as “…”")', () => {
  const text =
    'Ada Vesk will sing at the final. Ivo Marr, who died last year, attended the school as a child. ' +
    'Vesk said she was "very excited", describing Marr as "an artist I admire, miss and respect".';
  it('gives both quotations to the one who describes', () => {
    expect(speakerOf(text, 'very excited')).toBe('Ada Vesk');
    expect(speakerOf(text, 'an artist I admire')).toBe('Ada Vesk');
  });
  it('still reads "“…”, saying he …" as the same speaker going on', () => {
    const said =
      'Ivo Marr said that after a review Tarn had found the plan was "not, as such, against the rules", saying he trusted the courts.';
    expect(speakerOf(said, 'not, as such')).toBe('Ivo Marr');
  });
});

describe('a word after a modal before a title ("Marr will discipline striker Kai Toms")', () => {
  it('is the sentence’s verb, not part of the role', () => {
    const doc = docOf('Velm boss Ivo Marr will discipline striker Kai Toms after his red card on Saturday.');
    expect(doc.actors.find((a) => a.name === 'Kai Toms')?.role).toBe('striker');
  });
});

describe('a short quoted term after a determiner ("he listens to his “Inner Clocks.”")', () => {
  it('is the name of a thing, not words said', () => {
    const text =
      'Ivo Marr, a counselor and trainer, uses a calmer way to get things done. Marr says that he listens to his "Inner Clocks." ' +
      'The Inner Clocks are cycles of the body that come every two hours.';
    expect(docOf(text).cards.some((c) => c.kind === 'quote-speaker' && /Inner Clocks/.test(c.prompt))).toBe(false);
  });
});

describe('a role that is a clause about someone else ("the player he beat in last year’s final")', () => {
  it('makes no role card: the card would not say who "he" is', () => {
    const text =
      'Third seed Ivo Marr will face Kai Toms, the player he beat in last year\'s final. Toms said he was "ready for it".';
    expect(docOf(text).cards.some((c) => c.kind === 'actor-role' && /\bhe beat\b/.test(c.answer))).toBe(false);
  });
});

// Round 27 (news in plain text, held out: 90.5% keep, 2.0% false).

describe('advice recalled ("Marr recalls how Kai Toms once advised him: “…”")', () => {
  it('is the adviser’s words, not the one who recalls them', () => {
    const text =
      'Ivo Marr wants to meet the voters. Mr Marr recalls how Kai Toms once advised him: "Always remember that what people see of you in the news is how they think you spend your day." His hope is that voters agree.';
    expect(speakerOf(text, 'Always remember')).toBe('Kai Toms');
  });
});

describe('a day to come in a text with no date of its own ("expecting an election on 5 May")', () => {
  it('takes no year from a past the narrative told ("last held in February 1974")', () => {
    const doc = docOf(
      'An election in Tarn was last held in February 1974. In that election, Ivo Marr lost. Most commentators have been expecting an election on 5 May.',
    );
    expect(doc.dates.find((d) => d.when === '5 May')?.iso ?? null).toBeNull();
    expect(doc.cards.some((c) => /1974$/.test(c.answer) && /expecting an election/.test(c.prompt))).toBe(false);
  });
});

describe('a faith’s or a people’s word before a lower-case head ("Catholic police")', () => {
  it('names no body the prose later calls "the police"', () => {
    const text =
      'Catholic police stops rise\nFigures showed that Catholics were more likely to be stopped. Last July, the police were accused of bias by Catholic groups after figures showed the number of Catholics stopped had risen by 300% since the new laws.';
    expect(docOf(text).cards.some((c) => /The Catholic police were accused/.test(c.prompt))).toBe(false);
  });
});

describe('a bound with an article before its figure ("more than a ___ share")', () => {
  it('offers no smaller share, which would be true too', () => {
    const text =
      'Velm Search has more than a 90% share of the market in Tarn, while its rival Orsk holds 7%, up from 5% and 3% before.';
    const card = docOf(text).cards.find((c) => c.kind === 'number' && c.answer === '90%');
    for (const choice of card?.choices ?? [])
      if (choice !== '90%') expect(Number.parseFloat(choice)).toBeGreaterThan(90);
  });
});

describe('an initial inside a body’s name in a role ("vice-president of the Velm D. Tarn consultancy")', () => {
  it('does not end the role', () => {
    const doc = docOf('Ivo Marr, vice-president of the Velm D. Tarn consultancy, said the market "is growing fast".');
    expect(doc.actors.find((a) => a.name === 'Ivo Marr')?.role).toBe('vice-president of the Velm D. Tarn consultancy');
  });
});
