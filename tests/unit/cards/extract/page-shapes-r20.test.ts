import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes misread on a fifth set of saved news pages (issue 10, session 39, round 20).
// Every sentence is written for this file; the tests name the shape, not any article.

const docOf = (text: string, published?: string) => generate(text, { title: '', published });
const actorNamed = (text: string, name: string) => docOf(text).actors.find((a) => a.name === name);

describe('a tag set off by commas right after the named subject ("Velm, he said, also “…”")', () => {
  const text =
    'Mayor Ada Velm visited the plant in Tarn on Monday. “We will build here,” said Ivo Marr, her spokesman. ' +
    'But Marr noted Velm “called the owner of the plant twice.” ' +
    'Velm, he said, also “was the first mayor to walk the whole route on foot when she went to Tarn with the workers.”';
  it('never gives the words to the subject they are about', () => {
    const quote = docOf(text).quotes.find((q) => q.text.startsWith('was the first mayor'));
    expect(quote).toBeDefined();
    expect(quote?.speaker).not.toBe('Ada Velm');
  });
  it('still gives a plain “…,” she said to the subject of the sentence before', () => {
    const quote = docOf('Ada Velm visited the plant. “We will build here,” she said.').quotes[0];
    expect(quote?.speaker).toBe('Ada Velm');
  });
});

describe('a conjunction opening a sentence before a surname ("But Marr, a vocal critic, …")', () => {
  const text =
    'Former governor Ivo Marr and Senator Ada Velm met in Tarn. “We disagree,” Velm said. ' +
    'But Marr, a vocal critic of the mayor, also took aim at the council. “It is broken,” Marr said.';
  it('is no part of the name', () => {
    const names = docOf(text).actors.map((a) => a.name);
    expect(names.some((n) => /^But\b/.test(n))).toBe(false);
    expect(names).toContain('Ivo Marr');
  });
});

describe('a qualifier of an office after "to" ("compared her to former Vice President Ivo Marr")', () => {
  it('keeps "former" in the role', () => {
    expect(actorNamed('Velm was compared to former Vice President Ivo Marr by a rival.', 'Ivo Marr')?.role).toBe(
      'former Vice President',
    );
  });
  it('still reads an infinitive before a title as the sentence’s verb', () => {
    expect(
      actorNamed('The firm is set to host former Tarn finance minister Ola Brandt next week.', 'Ola Brandt')?.role,
    ).toBe('former Tarn finance minister');
  });
});

describe('a surname the text writes in full elsewhere, before "and" and another person’s title', () => {
  const text =
    'Ivo Marr spoke first. Ada Velm took aim at Tarn, Marr and Tarn Harbour Board Chair Ola Brandt, who was not there.';
  it('ends before "and": the title after it is the other person’s alone', () => {
    const doc = docOf(text);
    expect(doc.actors.find((a) => a.name === 'Ola Brandt')?.role).toBe('Tarn Harbour Board Chair');
    expect(doc.actors.some((a) => /^Marr and/.test(a.name))).toBe(false);
  });
  it('still reads a portfolio of capitalised words joined by "and" as one title', () => {
    expect(actorNamed('Harbours and Fisheries Secretary Ola Brandt spoke. Ivo Marr agreed.', 'Ola Brandt')?.role).toBe(
      'Harbours and Fisheries Secretary',
    );
  });
});

describe('an action whose object is the first item of a list ("attacked Marr, Tarn and Orsk")', () => {
  it('gives no role cut to that item', () => {
    expect(actorNamed('Ada Velm attacked Marr, Tarn and Orsk on Monday.', 'Ada Velm')?.role ?? null).toBeNull();
  });
  it('still gives one whose comma opens something else', () => {
    expect(actorNamed('Ada Velm attacked Marr, saying he had lied.', 'Ada Velm')?.role).toBe('attacked Marr');
  });
});

describe('a figure rounded by "around" before a plural noun ("around 1800 houses")', () => {
  it('is a count, not a year', () => {
    const doc = docOf('Tarn and Velm have around 1800 houses, and only 500 of those are social housing.');
    expect(doc.dates.map((d) => d.when)).not.toContain('1800');
  });
  it('still reads "built around 1800" as a year', () => {
    const doc = docOf('The mill was built around 1800 and burned down in 1850.');
    expect(doc.dates.map((d) => d.when)).toContain('1800');
  });
});

describe('a news site named "… Live" ("told Tarn Live")', () => {
  const text =
    'Councillor Ada Velm told Tarn Live that the posters were a disgrace. The posters went up this week in the South ' +
    'Tarn district and urged landlords to "close the hostel to people from other towns". Velm removed some of them.';
  it('is a body, not a person, and says no words it did not say', () => {
    const doc = docOf(text);
    expect(doc.actors.find((a) => a.name === 'Tarn Live')?.kind).toBe('organisation');
    expect(doc.quotes.find((q) => q.text.startsWith('close the hostel'))?.speaker ?? null).toBeNull();
  });
});

describe('"the company" in a story led by a public body', () => {
  const text =
    'The Tarn Union will ban Velmo from using personal data for ads. The Tarn Union said the ban starts in May. ' +
    'Velmo offers an ad-free plan. If Velmo does not comply, the Tarn Union can impose much higher fines. ' +
    'The Tarn Union has fined firms before. In May, the company was told to pay $1 billion for selling data abroad.';
  it('is never written as that body', () => {
    const prompts = docOf(text, '2031-11-02').cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/Tarn Union was told to pay/);
  });
});

describe('a quotation whose sentence dates something that came before it ("on the day after … in the 2031 elections")', () => {
  it('is not dated by that date', () => {
    const text =
      'And on the issue of taxes - on the day after taxes fueled defeats across the country in the 2031 local ' +
      'elections - Ada Velm noted "as much as I like low taxes, I do not judge anyone for wanting more of them."';
    const doc = docOf(text, '2031-11-09');
    expect(doc.quotes[0]?.when ?? null).toBeNull();
    expect(doc.cards.some((c) => c.kind === 'quote-when')).toBe(false);
  });
  it('still dates one said on the date of its own clause', () => {
    const doc = docOf('On March 3, 2031, Ada Velm told the council: "We will rebuild the harbour wall before winter."');
    expect(doc.quotes[0]?.when).toBe('March 3, 2031');
  });
});

describe('a date clause whose subject carries a relative clause set off by commas', () => {
  it('goes on to the verb after it ("In ___, Orsk, which is …, went further")', () => {
    const text =
      'Courts in Tarn have argued that Velmo cannot use personal data for ads unless users agree. In July, Orsk, ' +
      'which is not a member of the Tarn Union but sits in the Tarn Trade Area, went further, banning the ' +
      'ads outright and fining the firm.';
    const card = docOf(text, '2031-11-02').cards.find((c) => c.kind === 'event-date');
    expect(card?.prompt).toMatch(/Tarn Trade Area, went further/);
  });
});

describe('a date after the last name of a list ("in Tarn, Orsk, Velm, and Lisk on a date in ___")', () => {
  it('asks the clause with the whole list and what it belongs to', () => {
    const text =
      'Velmo will roll out the new plan in the Tarn Union, Orsk, Velm, Norland, and Lisk on a date the firm has not yet named in November. The plan costs money.';
    const card = docOf(text, '2031-11-02').cards.find((c) => c.kind === 'event-date');
    expect(card?.prompt ?? '').not.toMatch(/blank\? Lisk/);
    if (card) expect(card.prompt).toMatch(/Velmo will roll out the new plan in the Tarn Union/);
  });
});

describe('"Back in 2015, …" as an event without its date', () => {
  it('loses the words that led up to the date', () => {
    const text =
      'The debate has been going on for years in Tarn. Back in 2015, Velm Tel caused controversy when the company ' +
      'offered customers a discount of $12 a month. In July 2023, Orsk went further and banned the ads. Velm Tel ' +
      'did not comment in 2023.';
    const events = docOf(text, '2031-11-02')
      .cards.filter((c) => c.kind === 'date-event')
      .map((c) => c.answer);
    expect(events.join(' | ')).not.toMatch(/^Back,|\| Back,/);
    expect(events).toContain('Velm Tel caused controversy');
  });
});

describe('a member of a legislature with the place after the name ("Sen. Ada Velm of Tarnshire")', () => {
  it('sits for the place: "Senator from Tarnshire"', () => {
    expect(actorNamed('Sen. Ada Velm of Tarnshire spoke. Velm left.', 'Ada Velm')?.role).toBe('Senator from Tarnshire');
  });
  it('still heads or works at a body after "of"', () => {
    expect(actorNamed('Professor Ivo Marr of Tarn University agreed.', 'Ivo Marr')?.role).toMatch(/Tarn University/);
  });
});

describe('a quotation going on from the subject that opens its sentence ("Tarn and Orsk “are rubbing their hands …”")', () => {
  it('is asked with that subject', () => {
    const text =
      'Ada Velm attacked Ivo Marr over the port. Tarn and Orsk “are rubbing their hands at the idea of such a man as mayor,” Ms. Velm said. “That is false,” Marr said.';
    const card = docOf(text).cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Ada Velm');
    expect(card?.prompt).toMatch(/^Who said that Tarn and Orsk “are rubbing their hands/);
  });
  it('writes the sentence’s capitalised article in lower case', () => {
    const text =
      'Ada Velm spoke on Monday. The Tarn attack is “also aimed at the country’s security and stability during the transition,” Velm said. “It is wrong,” said Ivo Marr.';
    const card = docOf(text).cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Ada Velm');
    expect(card?.prompt).toMatch(/^Who said that the Tarn attack is “also aimed/);
  });
});

describe('a short quoted fragment opening on a preposition ("“in return for a swift and heavy reply”")', () => {
  it('makes no who-said card: to what, the card does not say', () => {
    const text =
      'Ada Velm attacked Ivo Marr over the port. Marr said the council should strike the harbour board first “in return for a swift and heavy reply.” “That is false,” Velm said.';
    expect(docOf(text).cards.some((c) => /in return for a swift/.test(c.prompt))).toBe(false);
  });
});

describe('a figure in a place’s apposition ("in Velm, a town … where the rent is $2,150")', () => {
  it('names the place the apposition describes', () => {
    const text =
      'The photos spread at a high school in Velm, a town about 30 miles north of Tarn where the average rent is $2,150, according to Orsk Data. Parents were angry.';
    const card = docOf(text).cards.find((c) => c.kind === 'number');
    expect(card?.prompt).toMatch(/Velm, a town about 30 miles north of Tarn where/);
  });
});

describe('one of a series with no name of the series as the subject ("Version 1.0 came out in ___")', () => {
  it('makes no card; the series named ("Version 2 of Velm") does', () => {
    const text =
      'The Velm tool was first released in April 2005. Version 1.0 came out in March 2008. Version 2 of Velm came out in May 2010.';
    const prompts = docOf(text).cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/Version 1\.0 came out/);
    expect(prompts.join(' | ')).toMatch(/Version 2 of Velm came out in ___/);
  });
});

describe('how far one place is from another ("a rally about 10 miles away", "20 miles north of Tarn")', () => {
  const text =
    'Ivo Marr skipped the debate again and held a rally about 10 miles away in Tarn. The Velm plant is 20 miles north of Tarn and notoriously old. The craft broke up at an altitude of 190 kilometers over Orsk. The river runs for 300 miles through the valley. Ships sail 40 miles up the coast.';
  it('is a side detail: no number card asks it', () => {
    const answers = docOf(text)
      .cards.filter((c) => c.kind === 'number')
      .map((c) => c.answer);
    expect(answers).not.toContain('10 miles');
    expect(answers).not.toContain('20 miles');
  });
});

describe('"it" as the subject right after a date frame with no comma ("In 2017 it sold …")', () => {
  it('makes no card: what "it" is, the card does not say', () => {
    const text =
      'Velm Corp said on Thursday it aims to remove more carbon than it emits by 2030. Velm Corp was founded in 1975 and employs 10,000 people. In 2017 it sold cloud services to Orsk Oil.';
    const prompts = docOf(text).cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/___ it sold/);
    expect(prompts.join(' | ')).toMatch(/Velm Corp was founded in ___/);
  });
});

describe('a short quotation leaning on a “this” or a “that” it does not name', () => {
  const text =
    '“People tell me that,” Ada Velm said of the plan. “Many of us are keen on this,” said Ivo Marr. ' +
    '“The harbour tax will cost every family in Tarn more than it saves,” said Ola Brandt.';
  it('makes no who-said card', () => {
    const prompts = docOf(text)
      .cards.filter((c) => c.kind === 'quote-speaker')
      .map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/People tell me that|keen on this/);
    expect(prompts.join(' | ')).toMatch(/The harbour tax will cost/);
  });
});

describe('a body named with "of", then a person the text calls by surname ("the Ministry of Ports Ada Velm said")', () => {
  it('is the body and the person apart', () => {
    const doc = docOf(
      'Before the vote, Minister in the Ministry of Ports Ada Velm said, "The sums do not add up." Velm left.',
    );
    expect(doc.actors.find((a) => a.name === 'Ada Velm')?.kind).toBe('person');
    expect(doc.actors.some((a) => a.name === 'Ministry of Ports Ada Velm')).toBe(false);
  });
  it('keeps a body whose name goes on after "of" whole', () => {
    const doc = docOf('The Ministry of Foreign Affairs Press Office said it would reply. Office staff left.');
    expect(doc.actors.map((a) => a.name)).toContain('Ministry of Foreign Affairs Press Office');
  });
});

describe('a rank of the armed forces before a name ("Lieutenant Airman Ada Velm")', () => {
  it('is her role, not her name', () => {
    const doc = docOf(
      'Lieutenant Airman Ada Velm was the co-pilot. “There are seven people,” Velm said. “It was dark,” said Ivo Marr.',
    );
    expect(doc.actors.find((a) => a.name === 'Ada Velm')?.role).toBe('Lieutenant Airman');
  });
});

describe('a telling dated with nothing told ("Velm pointed out in the Tarn Times in ___")', () => {
  const text =
    'Ada Velm pointed out in the Tarn Times in 2012. Velm said in a letter to the council in 2013 that the port would close. Ivo Marr announced the plan in 2014.';
  it('makes neither a date card nor an event of it', () => {
    const cards = docOf(text, '2024-01-01').cards;
    expect(cards.some((c) => /pointed out in the Tarn Times/.test(`${c.prompt} ${c.answer}`))).toBe(false);
  });
  it('still asks a telling with what was told', () => {
    const prompts = docOf(text, '2024-01-01').cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).toMatch(/in ___ that the port would close/);
  });
});

describe('figures around a rate and "So far"', () => {
  const text =
    'So far markers have been found in about 60% of Velm samples. Tarn reported 25.9 new cases per 100,000 people in March. Tarn had 4,000 beds and 300 nurses.';
  it('never blanks the unit after "per"', () => {
    const rates =
      'Tarn reported 25.9 new cases per 100,000 people in March, Velm said. Orsk also reported 25.9 new cases per 100,000 people, up from 20.';
    const answers = docOf(rates, '2024-01-01').cards.map((c) => c.answer);
    expect(answers).not.toContain('100,000');
  });
  it('keeps "So" of "So far"', () => {
    const prompts = docOf(text, '2024-01-01').cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/\? Far markers/);
  });
});

describe('the qualifiers and courtesy words around a title', () => {
  it('keeps "former" and "state" before an abbreviated title', () => {
    expect(actorNamed('Former Rep. Ivo Marr (D-Ill.) spoke. Marr left.', 'Ivo Marr')?.role).toMatch(
      /^former representative/,
    );
    expect(actorNamed('The bill was filed by state Sen. Ada Velm (R-Warren). Velm left.', 'Ada Velm')?.role).toMatch(
      /^state senator/,
    );
  });
  it('reads "His Honour Judge" as a judge', () => {
    expect(actorNamed('His Honour Judge Ivo Marr QC jailed the man. Marr said it was grave.', 'Ivo Marr')?.role).toBe(
      'Judge',
    );
  });
});

describe('a page title with its site’s name ("Ada’s Home | The Harbour’s Long Road")', () => {
  it('names the article alone in a card’s prompt', async () => {
    const { promptTitle } = await import('../../../../renderer/src/cards/generate');
    expect(promptTitle('', 'Ada’s Home | The Harbour’s Long Road to Tarn')).toBe('The Harbour’s Long Road to Tarn');
    expect(promptTitle('', 'The Harbour’s Long Road to Tarn - Tarn Post')).toBe('The Harbour’s Long Road to Tarn');
    expect(promptTitle('', 'Tarn: the harbour reopens')).toBe('Tarn: the harbour reopens');
  });
});

describe('"she says" in a profile, right after another woman was the subject', () => {
  const text =
    'Ada Velm grew up in Tarn. Velm worked in a bakery for years. Velm flew to Orsk in 2005 for an audition before a panel that included Ola Brandt. Velm joined the show that year. Brandt was the first woman to run the writers’ room and later turned its habits into a play of her own. It was hard, she says, stepping into a hall full of old friends: "Like walking into a stranger’s kitchen where everyone already knows the recipe." Velm stayed for seven years.';
  it('is a guess to confirm, never a sure who-said card for the other woman', () => {
    const doc = docOf(text);
    const quote = doc.quotes.find((q) => q.text.startsWith('Like walking'));
    expect(quote?.confidence).toBe('low');
    expect(doc.cards.some((c) => c.kind === 'quote-speaker' && c.answer === 'Ola Brandt')).toBe(false);
  });
  it('still gives the profile’s own "she says" to its subject', () => {
    const doc = docOf(
      'Ada Velm grew up in Tarn. Velm worked in a bakery for years. Velm joined the show in 2005. It was hard, she says: "Like walking into a stranger’s kitchen where everyone already knows the recipe." Ivo Marr agreed.',
    );
    expect(doc.quotes.find((q) => q.text.startsWith('Like walking'))?.speaker).toBe('Ada Velm');
  });
});

describe('round 21 shapes', () => {
  it('gives no title to a person across another’s full name and "and" ("entrepreneur Kai Toms and former New Orsk Gov. Ivo Marr")', () => {
    const role = actorNamed(
      'Five contenders ― entrepreneur Kai Toms and former New Orsk Gov. Ivo Marr ― met in Velm. Marr spoke. Toms spoke.',
      'Ivo Marr',
    )?.role;
    expect(role).toBe('former New Orsk Governor');
  });
  it('keeps a word that changes whether an office is held ("factual head of government")', () => {
    const doc = docOf(
      'After the ruling, Velmia’s far-right Minister of the Interior and factual head of government Ivo Marr attacked the judges. Marr spoke again.',
    );
    const card = doc.cards.find((c) => c.kind === 'actor-role' && c.actors?.includes('Ivo Marr'));
    if (card) expect(card.answer).toMatch(/factual head of government/);
  });
  it('reads a weekday opening a show’s name as part of it ("Monday Night Kitchen Club")', () => {
    const names = docOf(
      'Ivo Marr has cooked at the Tarn Post’s weekly supper series, Monday Night Kitchen Club, four times. Monday Night Kitchen Club sold out.',
    ).actors.map((a) => a.name);
    expect(names).toContain('Monday Night Kitchen Club');
    expect(names).not.toContain('Night Kitchen Club');
  });
});

describe('a person’s name used before a thing’s noun ("a Velm campaign release declared: “…”")', () => {
  it('gives the words to no person', () => {
    const doc = docOf(
      'Ada Velm spoke in Tarn on Monday. Late on Tuesday, a Velm campaign release declared: “Marr’s Dock Plan Failed Orsk Last Week and Will Fail Marr in 2031.”',
    );
    expect(doc.quotes[0]?.speaker ?? null).toBeNull();
  });
  it('still gives "The senator, Ada Velm, said: “…”" to her', () => {
    const doc = docOf('Ada Velm spoke in Tarn. The senator, Ada Velm, said: “We will win the harbour back.”');
    expect(doc.quotes[0]?.speaker).toBe('Ada Velm');
  });
});

describe('round 21 shapes, continued', () => {
  it('keeps the trade before "at" in a role ("a glaciologist at Tarn University")', () => {
    const cards = docOf(
      '“I am super excited to be able to use the telescope,” says Ada Velm, a glaciologist at Tarn University in Orsk, who wants to use it to study pulsars. Velm said more.',
    ).cards;
    const role = cards.find((c) => c.kind === 'actor-role');
    if (role) expect(role.answer).toMatch(/^glaciologist at Tarn University/);
  });
  it('keeps "Since" when a main clause follows the reason ("Since testing began in ___, only …")', () => {
    const prompts = docOf(
      'Since testing began in 2016, only scientists from Tarn have used the Velm telescope. The telescope cost $180 million.',
    ).cards.map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/\? Testing began in ___, only/);
  });
  it('makes no date card of a citation line with a web address', () => {
    const cards = docOf(
      'The blog turned ten. The euro crisis broke out on 10 May 2010. Suggested citation: Vesk, Ada: The First Decade, Tarn Blog, 2019/7/13, https://tarnblog.example/first-decade/, DOI: 10.1234/5678. The court ruled on 6 May 2011.',
    ).cards;
    expect(
      cards.some((c) =>
        /tarnblog|First Decade, Tarn Blog/.test(`${c.prompt} ${c.answer} ${(c.choices ?? []).join(' ')}`),
      ),
    ).toBe(false);
  });
});

describe('a quoted fragment going on from a longer subject after "that"', () => {
  it('is asked with that subject ("that Ivo Marr is not a real contender and will “…”")', () => {
    const card = docOf(
      'Ada Velm praised Orsk. Velm suggested that Ivo Marr is not a real contender and will "say whatever gets him on the evening news." Marr said: "That is a lie and she knows it."',
    ).cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Ada Velm');
    expect(card?.prompt).toMatch(/^Who said that Ivo Marr is not a real contender and will “say whatever/);
  });
});

describe('a long clause capped after the blank', () => {
  it('drops a joined clause cut before its verb ("… by ___ and that by 2050")', async () => {
    const { clauseAround } = await import('../../../../renderer/src/cards/build/spans');
    const sentence =
      'Velm Corp said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030 and that by 2050 the company will have removed all of it.';
    const at = sentence.indexOf('2030');
    const clause = clauseAround(sentence, at, at + 4, 24);
    expect(clause.text).not.toMatch(/and that by 2050 …$/);
  });
});

describe('the choices of a body that speaks', () => {
  it('are bodies that speak, never a country', () => {
    const text =
      'Portugal banned plastic bags on Monday. “We will police the ban,” Portugal said. “We are glad the harbour finally listens to us,” said the Velm Surfers Trust. “The ban is late,” said the Orsk Marine Foundation.';
    const card = docOf(text).cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Velm Surfers Trust');
    for (const choice of card?.choices ?? []) expect(choice).not.toBe('Portugal');
  });
});

describe('the same words given first to a body, then to a person who says them', () => {
  const text =
    'The Velm Party said the mayor ‘must correct the minutes at once’.\nVelm Party leader Ada Vesk said the mayor and his deputy “must correct the minutes at once”. The row goes on.\n“The mayor peddled a lie and must now explain why he did it,” Vesk said. “We did nothing wrong at all,” said Ivo Marr.';
  it('are the person’s', () => {
    const quote = docOf(text).quotes.find((q) => q.text.startsWith('must correct'));
    expect(quote?.speaker).toBe('Ada Vesk');
  });
  it('make no who-said card of the body', () => {
    expect(docOf(text).cards.some((c) => c.kind === 'quote-speaker' && c.answer === 'Velm Party')).toBe(false);
  });
});

describe('a short fragment standing whole inside a longer quotation of the same speaker', () => {
  it('is not asked again', async () => {
    const { quoteCards } = await import('../../../../renderer/src/cards/build/quotes');
    const { actor, quote } = await import('../build/facts');
    const vesk = actor('Ada Vesk', { role: 'councillor' });
    const marr = actor('Ivo Marr', { role: 'mayor' });
    const brandt = actor('Ola Brandt', { role: 'harbour master' });
    const fragment = {
      ...quote('a harbour town worn down to its last nerve', 'Ada Vesk'),
      sieve: 'reported-fragment',
    };
    const cards = quoteCards(
      [
        fragment,
        quote(
          'These signs are the sign of a harbour town worn down to its last nerve, and we need help now.',
          'Ada Vesk',
        ),
        quote('We did nothing wrong at the harbour and the council knows it.', 'Ivo Marr'),
        quote('The harbour tax will cost every family in Tarn more than it saves.', 'Ola Brandt'),
      ],
      [vesk, marr, brandt],
      [],
    );
    const prompts = cards.filter((c) => c.kind === 'quote-speaker').map((c) => c.prompt);
    expect(prompts.filter((p) => /worn down to its last nerve/.test(p))).toHaveLength(1);
  });
});

describe('a state lasting up to a date ("costing the port dearly still in 2020")', () => {
  it('is no event: no date card and no timeline item asks it', () => {
    const cards = docOf(
      'The Velm tool was first released in April 2005. Mistakes made in the late 2000s are costing the port dearly still in 2020. Version 2 of Velm came out in May 2010. Velm 3 came out in June 2014.',
    ).cards;
    expect(cards.some((c) => /costing the port dearly still/.test(`${c.prompt} ${c.answer}`))).toBe(false);
    expect(cards.some((c) => /Version 2 of Velm came out in ___/.test(c.prompt))).toBe(true);
  });
});

describe('an event whose object is "it" ("Velm Press published it in 2012")', () => {
  it('makes neither a date card nor an event of it', () => {
    const cards = docOf(
      'Velm Press published it in 2012. Tarn Books printed the Orsk atlas in 2014. The festival has grown since it began in 2001.',
    ).cards;
    expect(cards.some((c) => /published it/.test(`${c.prompt} ${c.answer}`))).toBe(false);
    expect(cards.some((c) => /printed the Orsk atlas in ___/.test(c.prompt))).toBe(true);
  });
});
