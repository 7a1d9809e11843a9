import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { parseArticle } from '../../../../renderer/src/cards/parse/article';

// Shapes misread on rounds 24 to 28 of real pages and texts (issue 10, session 40). Every sentence is written for
// this file, with invented names and events; the tests name the shape, not any article.

const docOf = (text: string, published?: string) => generate(text, { title: '', published });
const speakerOf = (text: string, start: string) => docOf(text).quotes.find((q) => q.text.startsWith(start))?.speaker;
const promptsOf = (text: string, published = '2024-05-01') => docOf(text, published).cards.map((c) => c.prompt);

describe('a body’s name before a noun for a person that is no role ("a former Orsk Shipping Company trainee recalled")', () => {
  const text =
    'Orsk Shipping Company hired Ada Brandt in 2011. Ada Brandt later ran its depot in Velm. ' +
    '"I recall that Brandt told a clerk to hide the ledger before the audit," a former Orsk Shipping Company trainee recalled. ' +
    'A former Orsk Shipping Company trainee testified that in 2014, Brandt planned a trip to Velm in order "to learn what the auditors had found."';
  it('gives the words neither to the body nor to the person named before', () => {
    expect(speakerOf(text, 'I recall')).toBeNull();
    expect(speakerOf(text, 'to learn what')).toBeNull();
  });
  it('still gives a named person’s words to them', () => {
    const doc = docOf(
      'Orsk Shipping Company opened a depot. "We will hire," Ivo Marr, an Orsk Shipping Company director, said on Monday.',
    );
    expect(doc.quotes[0]?.speaker).toBe('Ivo Marr');
  });
});

describe('a paragraph that holds only a quotation, after a question in the paragraph before', () => {
  const text =
    'Chair Ola Brandt questioned the engineer, Kai Toms, about the cost.\n' +
    '“But the bill will rise,” Brandt said. “Will you deny that?”\n' +
    '“It may rise a little for a year or two, but the design is sound and it will pay for itself in time.”\n' +
    'Brandt stopped him: “That is not what I asked.”';
  it('is the answer, not the asker going on', () => {
    expect(speakerOf(text, 'It may rise')).not.toBe('Ola Brandt');
    expect(speakerOf(text, 'That is not')).toBe('Ola Brandt');
  });
  it('still goes on with the speaker after a statement', () => {
    const plain =
      'Chair Ola Brandt spoke to the panel about the cost.\n“The bill will rise,” Brandt said. “Everyone can see that.”\n' +
      '“And the panel has to decide before the work starts next spring.”';
    expect(speakerOf(plain, 'And the panel')).toBe('Ola Brandt');
  });
});

describe('the words after "and" in a body’s name ("the Orsk Water Quality and Waste Authority")', () => {
  const text =
    'When a video about the rules of the Orsk Water Quality and Waste Authority (OWQWA) was shared online, more than 80,000 people watched it. ' +
    'The authority lost by a 5-4 vote in the end.';
  it('name nothing alone: no prompt calls "the authority" a "Waste Authority"', () => {
    expect(docOf(text).cards.some((c) => /\bWaste Authority lost\b/.test(c.prompt))).toBe(false);
  });
});

describe('a month to come in a text dated late in the year ("riders must wait until June")', () => {
  const text =
    'Velm is also lifting its bus fares to $3 a ride, but riders must wait until June to pay the new fare. Tarn cut its fares in April.';
  it('is the next June, and a month past in the past tense stays in the text’s year', () => {
    const doc = docOf(text, '2019-12-20');
    expect(doc.dates.find((d) => d.when === 'June')?.iso).toBe('2020-06');
    expect(doc.dates.find((d) => d.when === 'April')?.iso).toBe('2019-04');
  });
});

describe('a year alone told many paragraphs back, in a text with no date of its own', () => {
  const text = [
    'Ola Brandt has often criticised the Velm dam.',
    'In 2009, after the dam was approved, she called it a waste.',
    'Her latest study says the river will dry faster than the planners expect.',
    'Several engineers have praised the study, though some question its samples.',
    'The study draws on tree rings from the valley.',
    'Its findings are challenged by Kai Toms, a hydrologist at the Tarn Institute, in a letter printed on Oct. 3.',
  ].join('\n');
  it('gives a yearless date far after it no year', () => {
    const oct = docOf(text).dates.find((d) => d.when.startsWith('Oct'));
    expect(oct?.iso ?? null).toBeNull();
  });
  it('still gives a month the year of a date in the paragraph before', () => {
    const doc = docOf('In 2009, the dam was approved by the board of Velm.\nIn April, Ola Brandt called it a waste.');
    expect(doc.dates.find((d) => d.when === 'April')?.iso).toBe('2009-04');
  });
});

describe('a date inside an opening participle ("Established in 2011, Orsk Data worked with …")', () => {
  const text =
    'Orsk Data won a $15 million grant on Tuesday. Established in 2011, Orsk Data earlier worked with Velm Bank, Tarn Mail and Kel to design a payment system. ' +
    'Orsk Data also helped the courts to close a fraud ring in 2016.';
  it('makes no event of the clause after it ("Established, Orsk Data worked …")', () => {
    const cards = docOf(text, '2024-05-01').cards;
    expect(
      cards.some((c) => /^Established,/.test(c.answer) || (c.choices ?? []).some((x) => /^Established,/.test(x))),
    ).toBe(false);
  });
});

describe('a typewriter’s dash glued to the words ("two judges--A and B--objected")', () => {
  it('is read as a dash, not as part of a name', () => {
    const parsed = parseArticle('Two judges--Kai Toms and Ada Vesk--objected on Friday.', 'txt');
    expect(parsed.ok && parsed.text).toBe('Two judges—Kai Toms and Ada Vesk—objected on Friday.');
  });
  it('leaves an option on a command line alone', () => {
    const parsed = parseArticle('Run the tool with --help to see more.', 'txt');
    expect(parsed.ok && parsed.text).toBe('Run the tool with --help to see more.');
  });
});

describe('a participle of saying after "with" ("…, with the minutes recording that they “…”")', () => {
  it('has the phrase after "with" as its subject, not the name before it', () => {
    const text =
      'Four directors, Kai Toms, Ola Brandt, Ada Vesk and Ivo Marr, voted no, ' +
      'with the minutes recording only that they "could not back the merger now".';
    expect(speakerOf(text, 'could not back')).toBeNull();
  });
  it('gives the words to a name after "with"', () => {
    const text =
      'Ola Brandt and Kai Toms both spoke at the hearing, with Brandt arguing the scheme "cannot be paid for" in full.';
    expect(speakerOf(text, 'cannot be paid')).toBe('Ola Brandt');
  });
});

describe('a quotation with no comma of its own, then "and" and another speaker ("“…” and Toms added that …")', () => {
  it('keeps the speaker before it', () => {
    const text =
      'Ola Brandt and Kai Toms both spoke. Brandt said the scheme "cannot be paid for" and Toms added that it "helps nobody".';
    expect(speakerOf(text, 'cannot be paid')).toBe('Ola Brandt');
    expect(speakerOf(text, 'helps nobody')).toBe('Kai Toms');
  });
});

describe('a quotation that ends its sentence, then a name whose verb runs into another quotation', () => {
  const text =
    'The album was praised. Kai Toms wrote that the record "carries a whole city on its back. A bold record that rewards every listen!" ' +
    'Tarn Radio critic Ola Brandt called the album "the finest debut in years."';
  it('is not that name’s', () => {
    expect(speakerOf(text, 'carries a whole')).toBe('Kai Toms');
  });
  it('still takes a plain tag after it', () => {
    expect(speakerOf('Kai Toms came too. "It rewards every listen!" Ola Brandt said on Friday.', 'It rewards')).toBe(
      'Ola Brandt',
    );
  });
});

describe('a clause of alternatives cut from the clause it hangs on ("—whether it was performing for the sick in ___")', () => {
  it('makes no date card', () => {
    const text =
      'The choir has always asked its singers to give their evenings to the town—whether it was performing for the sick in the Orsk Infirmary of the 1950s, or reading to children at the library now.';
    expect(docOf(text).cards.some((c) => /^Which date/.test(c.prompt) && /whether/i.test(c.prompt))).toBe(false);
  });
});

describe('a prompt cut where its clause goes on ("will go into", "to finally", "range from amusing")', () => {
  it('is not asked', () => {
    const text =
      'Some 12,000 changes coming in range from amusing, local fixes to roads to a new tax on boats in Velm. ' +
      'Scoring 21 points to seven, Tarn won the deciding match of the final in 40 minutes to finally, after three lost finals, take the trophy. ' +
      '8,000 teachers will go into "standby"-- which means their pay will be halved while they wait for a post.';
    expect(promptsOf(text).some((p) => /(?:from amusing|to finally|go into)$/.test(p))).toBe(false);
  });
  it('still asks a clause that ends on its object', () => {
    expect(
      promptsOf('The Tarn council hired 40 new teachers for its schools in Orsk on Monday.').length,
    ).toBeGreaterThan(0);
  });
});

describe('a name whose apposition was cut off before its verb ("…, Kai Toms, entered the cabinet in ___")', () => {
  it('loses the comma the apposition closed', () => {
    const text = 'The campaign started once the chosen heir of the party, Kai Toms, entered the cabinet in March 2016.';
    expect(promptsOf(text, '2019-05-01').some((p) => /Kai Toms, entered/.test(p))).toBe(false);
  });
});

describe('a date’s apposition ("On 14 November, the night after the debate, …")', () => {
  it('takes the clause after it, which says what happened', () => {
    const text =
      'On November 14, the night after the debate between Ada Vesk and the Tarn mayor, Orsk judges quietly opened a case against Vesk in a court in Velm.';
    const date = docOf(text, '2016-11-25').cards.find((c) => c.kind === 'event-date');
    expect(date?.prompt).toMatch(/opened a case/);
  });
});

describe('a page title with its site after a typed dash ("… -- Tarn Post")', () => {
  it('names the article alone', async () => {
    const { promptTitle } = await import('../../../../renderer/src/cards/generate');
    expect(promptTitle('', 'The Harbour’s Long Road to Tarn -- Tarn Post')).toBe('The Harbour’s Long Road to Tarn');
  });
});

describe('a speaker named by an apposition after the quotation ("…,” the head of X’s Y branch, a woman named Ola Brandt, told me")', () => {
  const text =
    'Tarn Steel became interested in Portugal three years ago. “You cannot feel the mood of a market from a desk in Velm,” ' +
    'the head of Tarn Steel’s Portugal branch, a woman named Ola Brandt, told me. She was raised in Orsk.';
  it('is the person named, not a body or a place of the title', () => {
    expect(speakerOf(text, 'You cannot feel')).toBe('Ola Brandt');
  });
});

describe('a given name brought in by an apposition ("the town’s only honest man, Peter, quits")', () => {
  const text =
    'Peter Lund directed the first film. Later, Ada Vesk hired Peter Dahl, the manager of a shoe shop. ' +
    'In the third film, the town’s only honest man, Peter, quits his job for a life at sea. ' +
    '“From today we owe nothing to anyone,” he tells his daughter as they sail.';
  it('is someone new, not the other Peter named before', () => {
    expect(speakerOf(text, 'From today')).not.toBe('Peter Dahl');
    expect(docOf(text).actors.find((a) => a.name === 'Peter Dahl')?.aliases ?? []).not.toContain('Peter');
  });
  it('still links a given name used alone for the one person named with it', () => {
    const doc = docOf('Ada Vesk runs the Tarn mill. Later that year, Ada sold the mill to a rival.');
    expect(doc.actors.find((a) => a.name === 'Ada Vesk')?.aliases).toContain('Ada');
  });
});

describe('a title the text writes with a capital "The" inside its sentences ("the legal drama The Verdict")', () => {
  const text =
    'But Kai Toms’s legal drama The Verdict drew a loyal audience, not a big one. In The Verdict, Captain Ola Brandt tries to clear a friend of a crime. ' +
    'Reviewers admired The Verdict for its calm. The Verdict ran for four seasons on Tarn TV.';
  it('is no person, whatever was read after it', () => {
    expect(docOf(text).actors.some((a) => a.name === 'Verdict')).toBe(false);
    expect(docOf(text).actors.some((a) => a.name === 'Ola Brandt')).toBe(true);
  });
});

describe('an interview written with "Q." and "A." marks', () => {
  const text =
    'Q. Is the council ready to act?\nA. Yes, the council has been asked to draw up a budget that can pass quickly.\n' +
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

describe('clauses asked without what they hang on', () => {
  it('makes no card of "Shortly before … in ___" alone', () => {
    const text =
      'Kai Toms was held in Orsk for months. Shortly before Toms was due to face bribery charges in 2008, the ministry sent him to a navy prison.';
    expect(promptsOf(text).some((p) => /\? Shortly before Toms was due to face bribery charges in ___$/.test(p))).toBe(
      false,
    );
  });
  it('makes no card of "Back in ___, when …" alone', () => {
    const text =
      'Back in the 1980s, when Orsk Tonight was seen as one of the smartest shows on air (and it really was clever), few people tuned in.';
    expect(
      promptsOf(text).some((p) =>
        /Back in ___, when Orsk Tonight was seen as one of the smartest shows on air \(and it really was clever\)$/.test(
          p,
        ),
      ),
    ).toBe(false);
  });
  it('makes no card of an ordinal whose noun was left out, a phrase opening on "Of", or a formula’s legend', () => {
    const text =
      'Ola Brandt made two recordings of the hymn. The second released in 1972 was longer. ' +
      'Of 40 traits that matter for young swimmers, Velm found twelve that mattered for adults. ' +
      'Where: score = number of letters in a sample of 50 words.';
    const asked = promptsOf(text);
    expect(asked.some((p) => /The second released in ___/.test(p))).toBe(false);
    expect(asked.some((p) => /\? Of ___ traits that matter for young swimmers$/.test(p))).toBe(false);
    expect(asked.some((p) => /= number of letters/.test(p))).toBe(false);
  });
});

describe('a figure said not to apply ("patient owners are unlikely to need ninety hours")', () => {
  it('makes no card', () => {
    const text =
      'Kai Toms rebuilt the engine over a long winter. Even patient owners are unlikely to need ninety hours to service a small boat in the Tarn harbour.';
    expect(docOf(text).cards.some((c) => /unlikely to need ___/.test(c.prompt))).toBe(false);
  });
});

describe('a "by ___" date card ("By ___, more than 90 ferries crossed")', () => {
  it('offers only earlier dates as wrong answers: a later one would be true too', () => {
    const text =
      'The first Velm ferry sailed in 1921. In 1948, Ada Vesk built her ferry. In 1975 the navy bought it. ' +
      'By 1980, more than 90 ferries crossed the bay each day. In 1983 Ivo Marr opened a new line. In 1995 Orsk joined it.';
    const card = docOf(text).cards.find((c) => c.kind === 'event-date' && /By ___/.test(c.prompt));
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(Number(choice)).toBeLessThanOrEqual(1980);
  });
});

describe('choices of a "who is …" card', () => {
  it('are no names read as people by their shape alone', () => {
    const text =
      "Tarn Weekly's Managing Editor Ivo Marr wrote the review. Readers use Velm Ledger and Orsk Compass to follow the news. " +
      'Ada Vesk wrote about Velm Ledger too.';
    const card = docOf(text).cards.find((c) => c.kind === 'role-actor');
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(['Velm Ledger', 'Orsk Compass']).not.toContain(choice);
  });
});

describe('a participle of saying whose object is the person described ("…, describing Toms as “…”")', () => {
  const text =
    'Ola Brandt will play at the opening. Kai Toms, who died in the spring, taught at the academy as a young man. ' +
    'Brandt said she was "deeply honoured", describing Toms as "a teacher I loved, lost and still hear".';
  it('gives both quotations to the one who describes', () => {
    expect(speakerOf(text, 'deeply honoured')).toBe('Ola Brandt');
    expect(speakerOf(text, 'a teacher I loved')).toBe('Ola Brandt');
  });
  it('still reads "“…”, saying he …" as the same speaker going on', () => {
    const said =
      'Ivo Marr said that after some study Tarn had decided the fee was "fair, on the whole, for a city of its size", saying he trusted the council.';
    expect(speakerOf(said, 'fair, on the whole')).toBe('Ivo Marr');
  });
});

describe('a word after a modal before a title ("Marr will punish winger Kai Toms")', () => {
  it('is the sentence’s verb, not part of the role', () => {
    const doc = docOf('Tarn coach Ivo Marr will punish winger Kai Toms after his sending-off on Sunday.');
    expect(doc.actors.find((a) => a.name === 'Kai Toms')?.role).toBe('winger');
  });
});

describe('a short quoted term after a determiner ("she follows her “Slow Tides.”")', () => {
  it('is the name of a thing, not words said', () => {
    const text =
      'Ada Vesk, a coach and author, has a gentler method for planning a week. Vesk says that she follows her "Slow Tides." ' +
      'The Slow Tides are moods that return every few days.';
    expect(docOf(text).cards.some((c) => c.kind === 'quote-speaker' && /Slow Tides/.test(c.prompt))).toBe(false);
  });
});

describe('a role that is a clause about someone else ("the player she defeated in the last final")', () => {
  it('makes no role card: the card would not say who "she" is', () => {
    const text =
      'Second seed Ola Brandt will meet Ada Vesk, the player she defeated in the last final. Vesk said she was "ready for a fight".';
    expect(docOf(text).cards.some((c) => c.kind === 'actor-role' && /\bshe defeated\b/.test(c.answer))).toBe(false);
  });
});

describe('advice recalled ("Vesk recalls how Ivo Marr once advised her: “…”")', () => {
  it('is the adviser’s words, not the one who recalls them', () => {
    const text =
      'Ada Vesk wants to win back the farmers. Ms Vesk recalls how Ivo Marr once advised her: "Never forget that people judge you by the last promise you broke, not the first one you kept." Her hope is that the farmers forgive her.';
    expect(speakerOf(text, 'Never forget')).toBe('Ivo Marr');
  });
});

describe('a day to come in a text with no date of its own ("expecting the next vote on 9 June")', () => {
  it('takes no year from a past the narrative told ("last held in March 1988")', () => {
    const doc = docOf(
      'A vote on the Velm bridge was last held in March 1988. In that vote, Kai Toms lost. Most observers have been expecting the next vote on 9 June.',
    );
    expect(doc.dates.find((d) => d.when === '9 June')?.iso ?? null).toBeNull();
    expect(doc.cards.some((c) => /1988$/.test(c.answer) && /expecting the next vote/.test(c.prompt))).toBe(false);
  });
});

describe('a faith’s or a people’s word before a lower-case head ("Catholic police")', () => {
  it('names no body the prose later calls "the police"', () => {
    const text =
      'Catholic police stops rise\nA report said that Catholics were twice as likely to be stopped. The police were criticised by Catholic leaders after the report showed stops had risen by 150% since the new powers.';
    expect(docOf(text).cards.some((c) => /The Catholic police were criticised/.test(c.prompt))).toBe(false);
  });
});

describe('a bound with an article before its figure ("more than an ___ share")', () => {
  it('offers no smaller share, which would be true too', () => {
    const text =
      'Orsk Maps holds more than an 80% share of the map market in Velm, while its rival Tarn holds 9%, up from 6% and 4% before.';
    const card = docOf(text).cards.find((c) => c.kind === 'number' && c.answer === '80%');
    for (const choice of card?.choices ?? [])
      if (choice !== '80%') expect(Number.parseFloat(choice)).toBeGreaterThan(80);
  });
});

describe('an initial inside a body’s name in a role ("vice-president of the Orsk B. Velm bank")', () => {
  it('does not end the role', () => {
    const doc = docOf('Kai Toms, vice-president of the Orsk B. Velm bank, said the case "will take years".');
    expect(doc.actors.find((a) => a.name === 'Kai Toms')?.role).toBe('vice-president of the Orsk B. Velm bank');
  });
});
