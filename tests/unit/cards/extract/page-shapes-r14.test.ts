import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes misread on a fourth set of saved news pages (issue 10, session 38, round 16).
// Every sentence is written for this file; the tests name the shape, not any article.

const cardsOf = (text: string, published?: string) => generate(text, { title: '', published }).cards;

describe('a clause dated by its own full date and by a weekday ("March 3, 2031: shares fell on Monday")', () => {
  it('asks no date reckoned from the publication date that contradicts the written one', () => {
    const text =
      'December 2, 2031: Velm shares opened lower on Monday as traders waited. Tarn Bank fell 2% on the day.';
    const answers = cardsOf(text, '2031-12-01').map((c) => c.answer);
    expect(answers).not.toContain('December 1, 2031');
  });
  it('still asks a weekday that is the only date of its clause', () => {
    const text = 'Velm shares opened lower on Monday as traders waited for Tarn Bank. Tarn Bank fell 2% on the day.';
    const cards = cardsOf(text, '2031-12-03').filter((c) => c.kind === 'event-date');
    expect(cards.map((c) => c.answer)).toContain('December 1, 2031');
  });
});

describe('a yearless month after another paragraph’s year in a dated news text', () => {
  const text =
    'In 2019, Velm Bank employed 500 people managing $1 billion in building.\n' +
    'In Tarn, Orsk Resorts Inc., which owns two hotels, filed for bankruptcy protection in September. Tarn has lost 5,000 jobs.';
  it('takes neither that year nor the publication year for sure: no date card asks it', () => {
    const cards = cardsOf(text, '2024-10-03');
    expect(cards.map((c) => c.answer).join(' ')).not.toMatch(/September (?:2019|2024)/);
  });
  it('still takes the year written earlier in the same paragraph', () => {
    const dates = generate(
      'In 2019, Velm Bank employed 500 people. In September, Orsk Resorts Inc. filed for bankruptcy.',
      {
        title: '',
        published: '2024-10-03',
      },
    ).dates;
    expect(dates.find((d) => d.when === 'September')?.iso).toBe('2019-09');
  });
});

describe('a bare definite subject the clause does not name ("The resort will open …", "The program would allow …")', () => {
  const text =
    'Ada Vesk bought a ruined abbey above Velm and made it a hotel. The resort will open for the season on 17 April. ' +
    'Tarn passed a plan for young migrants. The program would allow an additional 330,000 people to stay. ' +
    'Velm Works hired 500 people in 2007. The company employs 30 in the state and gets 20 applications for each job.';
  const prompts = () => cardsOf(text, '2031-02-01').map((c) => c.prompt);
  it('asks no card whose subject is the unnamed thing', () => {
    expect(prompts().join(' | ')).not.toMatch(/The resort will|The program would|The company employs/);
  });
  it('still asks a clause whose subject is named ("The attacks in Tarn …")', () => {
    const cards = cardsOf('The attacks in Tarn and the Orsk fire in March 2024 shook the city. Velm mourned.');
    expect(cards.map((c) => c.answer)).toContain('March 2024');
  });
  it('writes a thing the text named once with its head in full ("the telescope")', () => {
    const cards = cardsOf(
      'Astronomers in Velm built the Orla Deep Telescope on a hill. The telescope found 40 comets in its first year.',
    );
    expect(cards.map((c) => c.prompt).join(' | ')).toMatch(/Orla Deep Telescope found ___ comets/);
  });
});

describe('“today” with a verb in the present ("Today, Velm Bank employs 30 people")', () => {
  it('is these days, not the publication day', () => {
    const text =
      'In 2007, Velm International employed 500 people. Today, Velm Bank employs 30 people in the state and gets 20 applications for each job.';
    expect(cardsOf(text, '2014-10-03').map((c) => c.answer)).not.toContain('October 3, 2014');
  });
});

describe('a date that was a preposition’s object ("arrived before Jan. 1, 2010 to become eligible")', () => {
  it('leaves no event that keeps the preposition without it', () => {
    const text =
      'Velm set out a new rule on Tuesday. The program would allow migrants who arrived as children illegally before Jan. 1, 2010 to become eligible.';
    const answers = cardsOf(text, '2014-11-20').map((c) => c.answer);
    expect(answers.join(' | ')).not.toMatch(/before to/);
  });
});

describe('a clause that runs to its sentence’s end on a particle ("as the day wore on")', () => {
  it('keeps the particle', () => {
    const text =
      'Velm shares opened lower. Crude oil started the day higher, but drifted to a loss of about 2% as the day wore on.';
    const card = cardsOf(text).find((c) => c.answer === '2%');
    expect(card?.prompt).toMatch(/as the day wore on$/);
  });
});

describe('a clause cut before its predicate ("… points out that ___ is")', () => {
  it('is asked by no card', () => {
    const text =
      'Velm Radio airs short plays. The Velm Sloth points out that 22 minutes is — not even really — time enough to tell a story. ' +
      'In late 2011, a group of Tarn activists traveled into the hills to see how — as they put it — the councils were working.';
    const prompts = cardsOf(text).map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/___ is$|to see how$/);
  });
  it('still asks a comparison that ends on its verb ("than it otherwise would have")', () => {
    const text =
      'Velm Power reported on Tuesday. Tarn will retire 32 more gigawatts of coal plants by 2030 than it otherwise would have.';
    expect(cardsOf(text).map((c) => c.answer)).toContain('2030');
  });
});

describe('a role that is an office of a body it does not name ("founder and leader", "airline boss", "American owner")', () => {
  const roleOf = (text: string, name: string) =>
    cardsOf(text).find((c) => c.kind === 'actor-role' && c.prompt.includes(name))?.answer;
  it('is asked by no role card', () => {
    const text =
      'The Velm Front changed course after founder and leader Ivo Marr was captured in 1999. Marr still writes. ' +
      '“We are sorry,” airline boss Kai Toms wrote. Toms flew home. The hotel’s American owner, Ada Vesk, restored it. Vesk smiled.';
    expect(roleOf(text, 'Ivo Marr')).toBeUndefined();
    expect(roleOf(text, 'Kai Toms')).toBeUndefined();
    expect(roleOf(text, 'Ada Vesk')).toBeUndefined();
  });
  it('keeps an office with its body or its state ("Tarn Air boss", "Chinese leader")', () => {
    const text =
      '“We are sorry,” Tarn Air boss Kai Toms wrote. Toms flew home. Chinese leader Ola Brandt met him in Velm. Brandt smiled.';
    expect(roleOf(text, 'Kai Toms')).toBe('Tarn Air boss');
    expect(roleOf(text, 'Ola Brandt')).toBe('Chinese leader');
  });
});

describe('one fact told twice in an article', () => {
  it('asks a date whose event is told again (a name and a word of it alike) once', () => {
    const text =
      'In 2012, Velmish forces withdrew from three northern towns. Tarn grew. Orsk built a wall in 2013. ' +
      'Later the Velmish government withdrew from what would become Tarn in 2012, and the towns held elections.';
    const cards = cardsOf(text).filter((c) => c.kind === 'event-date' && c.answer === '2012');
    expect(cards).toHaveLength(1);
  });
  it('asks two events of one date that share no name, or no word of the event, twice', () => {
    const text =
      'Shotwell said Velm lunar lander missions could begin in 2022. Tarn grew in 2019. ' +
      'Orsk would be able to start lunar lander missions in 2022 as well.';
    const cards = cardsOf(text).filter((c) => c.kind === 'event-date' && c.answer === '2022');
    expect(cards).toHaveLength(2);
  });
  it('asks a figure as written once; "10,000" people and a "$10,000" bounty are two', () => {
    const text =
      'The march drew more than 10,000 people to Velm on a cold day. Tarn grew. ' +
      'A man once called for a $10,000 bounty on the life of Ivo Marr. Kai Toms said the march drew 10,000 people.';
    const answers = cardsOf(text)
      .filter((c) => c.kind === 'number')
      .map((c) => c.answer);
    expect(answers.filter((a) => a === '10,000').length).toBeLessThanOrEqual(1);
    expect(answers).toContain('$10,000');
  });
});

describe('a relative clause after an aside that holds its referent (", including Orsk Mons, which is ___ wide")', () => {
  it('keeps the aside', () => {
    const text =
      'Velm has deep canyons. Velm has the largest volcanoes in the system, including Orsk Mons, which is about 370 miles in diameter, wide enough to cover Tarn.';
    const card = cardsOf(text).find((c) => c.answer === '370 miles');
    expect(card?.prompt).toMatch(/including Orsk Mons, which is about ___ in diameter/);
  });
});

describe('a figure in a phrase fronted before its main clause ("Excluding the ___ jobs created in Tarn, …")', () => {
  it('is asked with the main clause, past a relative clause between', () => {
    const text =
      'Velm added jobs in May. Excluding the 1.1 million jobs created in Tarn, which has led the growth, the nation would be 350,000 below its peak.';
    const card = cardsOf(text).find((c) => c.answer === '1.1 million');
    expect(card?.prompt ?? '').toMatch(/the nation would be 350,000 below its peak$/);
  });
  it('is never asked as the phrase alone ("Even in the neighborhood of … 5 million to ___ units")', () => {
    const text =
      'Velm sells watches. Even in the neighborhood of the more conservative analyst estimates of 5 million to 10 million units, the Velm Watch could lift revenue by 3%.';
    expect(
      cardsOf(text)
        .map((c) => c.prompt)
        .join(' | '),
    ).not.toMatch(/to ___ units$/);
  });
});

describe('"both" standing for a pair the prompt cut off ("Orsk Two, an orbiter, both launched in ___")', () => {
  it('is asked by no card, while "both diseases" is a plain subject', () => {
    const text =
      'Velm sent probes to Orsk. The next two craft to reach Orsk were the Velm Pathfinder, a lander, and Velm Surveyor, an orbiter, both launched in 1996. ' +
      'Both diseases are tied to the plague that killed an estimated 25 million people in Tarn alone.';
    const prompts = cardsOf(text).map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/both launched in ___/);
    expect(prompts.join(' | ')).toMatch(/Both diseases are tied to the plague that killed an estimated ___ people/);
  });
});

describe('a reply in an exchange, attributed after it by a quoted name (`"No, not even," "Tom" countered`)', () => {
  const text =
    'Two men argued on the corner of Velm Street on Friday. "I think this all could have been prevented if they just listened to the 25,000 people who marched last week," Marr said. ' +
    '"No, not even," "Tom" countered: "If they had just looked at the Tarn case again." Ivo Marr left.';
  it('is not joined to the first speaker’s words, nor given to him', () => {
    const quotes = generate(text).quotes;
    const first = quotes.find((q) => q.text.includes('25,000'));
    expect(first?.text).not.toMatch(/not even/);
    expect(quotes.find((q) => q.text.startsWith('No, not even'))?.speaker ?? null).toBeNull();
  });
});

describe('a clause of time alone, its main clause cut off ("After Sir Ivo stepped down in ___")', () => {
  it('is no prompt; "After the war the firm grew" with its main clause still is', () => {
    const text =
      'Velm schools changed in the 1980s. The exams were introduced in September 1986 with Kai Orsk as education secretary, after Sir Ivo stepped down in May 1986. ' +
      'After the war the Tarn firm grew in 1947 to a hundred men.';
    const prompts = cardsOf(text).map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/After Sir Ivo stepped down in ___$/);
    expect(prompts.join(' | ')).toMatch(/After the war the Tarn firm grew in ___/);
  });
});

describe('an office whose name lists its portfolios, then an honorific and a name ("… and Trade, Senator the Hon. Ivo Marr, said")', () => {
  const text =
    'Velm will host an investment forum in May. Minister of Fisheries, Ports and Trade, Senator the Hon. Ivo Marr, said the forum would draw 400 firms. ' +
    'Rob Orsk, President Velm North America, says: “By working with Tarn, we can help hospitals.” Orsk left.';
  it('makes no person of the last portfolio', () => {
    const doc = generate(text);
    expect(doc.actors.map((a) => a.name)).not.toContain('Trade');
    expect(doc.cards.map((c) => c.prompt).join(' | ')).not.toMatch(/give Trade/);
  });
  it('keeps an office and a body’s name as a role ("President Velm North America")', () => {
    expect(generate(text).actors.find((a) => a.name === 'Rob Orsk')?.role).toBe('President Velm North America');
  });
});

describe('a body whose name holds a plural owner ("the National Velm Workers’ Party")', () => {
  it('is one body, not a person called "Velm Workers"', () => {
    const doc = generate(
      'In 1924 the 34-year-old leader of the National Velm Workers’ Party stood trial in Tarn. The Orsk Farmers’ Union objected.',
    );
    const names = doc.actors.map((a) => a.name);
    expect(names).toContain('National Velm Workers’ Party');
    expect(doc.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Velm Workers');
  });
});

describe('words that are somebody else’s account, or a thing’s', () => {
  it('gives an accuser’s account of another’s view ("accused Marr of arguing “…”") to neither', () => {
    const quotes = generate(
      'Ivo Marr spoke in Velm on Monday about banks. Sen. Ada Vesk of Tarn quickly accused Marr of arguing “the economy would be better off if we just let banks be more careless.”',
    ).quotes;
    expect(quotes[0]?.speaker ?? null).toBeNull();
  });
  it('gives words a story said ("a story … which said the fruit was “…”") to no person, even with "said she" later', () => {
    const quotes = generate(
      'Ivo Marr spoke in Velm on Monday. In one example, Kai Toms read a story about her eating pears which said the fruit was "linked to water shortages, illegal logging and environmental harm" -- while a separate story simply said she liked them.',
    ).quotes;
    expect(quotes[0]?.speaker ?? null).toBeNull();
  });
});

describe('words that only ask ("Can I give it to Kai?")', () => {
  const text =
    'Ivo Marr met Ada Vesk in Velm on Monday. "Can I give it to Kai?" Marr asked. "We will open the dock in May. Will you come?" Vesk said. ' +
    '"Why not? The dock is ready and the ships are waiting for us," Marr replied. ' +
    '“The great question of the century will be ‘Whose dock do you trust?’” Kai Toms said.';
  const who = () => cardsOf(text).filter((c) => c.kind === 'quote-speaker');
  it('make no "who said it" card; a statement with a question in it still does', () => {
    const prompts = who().map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/Can I give it to Kai/);
    expect(prompts.join(' | ')).toMatch(/The dock is ready/);
    expect(prompts.join(' | ')).toMatch(/Whose dock do you trust/);
  });
  it('a question closing its sentence at the quotation is not joined to the next speaker’s words', () => {
    const quotes = generate(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('Can I give'))?.text).toBe('Can I give it to Kai?');
    expect(quotes.find((q) => q.text.startsWith('We will open'))?.speaker).toBe('Ada Vesk');
  });
});

describe('narration between a quotation and its tag, then a comma (`“…” in Velm, said Ivo Marr`)', () => {
  it('still gives the words to the name after the verb', () => {
    const quotes = generate(
      'Velm voters are unsure. There is “less drive to pick a winner since it is so unclear who the winner will be” in Velm, said Ivo Marr, editor of Tarn Line.',
    ).quotes;
    expect(quotes[0]?.speaker).toBe('Ivo Marr');
  });
});

describe('a common verb in -ing opening a sentence before a given name ("Taking Ada outside is his favourite")', () => {
  it('is no part of the name; a surname in -ing still is ("Manning Vesk")', () => {
    const names = generate(
      'Prince Orsk spoke about his son Ada at length. Taking Ada outside is his favorite activity, he said. Manning Vesk said the port was safe. Vesk left.',
    ).actors.map((a) => a.name);
    expect(names.join(' | ')).not.toMatch(/Taking/);
    expect(names).toContain('Manning Vesk');
  });
});

describe('a name with a particle ("Ada des Orsk")', () => {
  it('keeps the particle and the given name', () => {
    const names = generate(
      'The Velm museum halted the sale on Monday. “We are fully mobilized to bring it into the collections,” said Ada des Orsk, the museum’s president. Des Orsk left.',
    ).actors.map((a) => a.name);
    expect(names).toContain('Ada des Orsk');
  });
});

describe('the author’s line closing the page ("Ada Vesk is the senior editor of the Velm Globe")', () => {
  it('makes no role card of the writer', () => {
    const text =
      'A court in Velm ruled on Monday that Tarn Books is liable for faulty goods sold on its site. Ivo Marr, the lawyer for the family, said the ruling was fair. ' +
      'Marr said Tarn Books would appeal. Kai Toms, a Tarn lawyer, said it would lose. Toms has argued such cases for years.\n' +
      'Ada Vesk is the Senior Editor for the Velm Globe. Prior to the Globe, she reported for the Tarn Independent. Vesk lives in Orsk.';
    const cards = cardsOf(text);
    expect(cards.map((c) => `${c.prompt} ${c.answer}`).join(' | ')).not.toMatch(/Senior Editor/);
  });
});

describe('one body written in full and as its initials ("Velm ISO", "Velm Independent System Operator")', () => {
  it('is one choice, never two', async () => {
    const { sameName } = await import('../../../../renderer/src/cards/build/alike');
    expect(sameName('Velm ISO', 'Velm Independent System Operator')).toBe(true);
    expect(sameName('ISO', 'Independent System Operator')).toBe(true);
    expect(sameName('Velm ISO', 'Tarn Independent System Operator')).toBe(false);
  });
});

describe('a reference’s number and a layout label in a figure’s clause', () => {
  it('are no part of the prompt ("… higher body weight (25)", "Accuracy: …")', () => {
    const prompts = cardsOf(
      'Velm studied sleep. Sleeping less than 6 hours per night was linked to higher body weight (25). Cost: Velm Labs charges about $50 a test.',
    ).map((c) => c.prompt);
    expect(prompts.some((p) => p.endsWith('linked to higher body weight'))).toBe(true);
    expect(prompts.join(' | ')).not.toMatch(/\(25\)|Cost:/);
  });
});

describe('a yearless month after the narrative has moved to a year it gives no month of', () => {
  const isoOf = (text: string, when: string, published?: string) =>
    generate(text, { title: '', published }).dates.find((d) => d.when === when)?.iso ?? null;
  it('takes no earlier year past "last year" in a text with no date of its own', () => {
    const text =
      'In 2006, Ada Vesk joined the cast of Velm Nights, a live show on Tarn TV.\nLast year she was a blip on the screen of Orsk magazine. In May, Vesk played a reporter in Iron Tarn 2.';
    expect(isoOf(text, 'May')).toBeNull();
  });
  it('takes no earlier year past "nine years later"', () => {
    const text =
      'About 1,000 troops flew to Velm to start the war against Tarn in October 2001. Almost nine years later, 20,000 troops are still fighting there.\nLandings have become so rare that the troops made headlines in June when they held a landing at Orsk.';
    expect(isoOf(text, 'June')).toBeNull();
  });
  it('takes not the publication year for a past before the narrative’s ("In March, Marr had become …")', () => {
    const text =
      'By July 2001, Velmo had been renamed Tarn and was doing really well.\nAda Vesk took her concerns to Ivo Marr. In March, Marr had become the chairman of Tarn.';
    expect(isoOf(text, 'March', '2014-04-24')).toBeNull();
  });
});

describe('a dateline’s place in capitals ("VELM (Aug. 13) -- Declaring “…”, Defense Secretary Ivo Marr …")', () => {
  it('is no speaker', () => {
    const quotes = generate(
      'VELM (Aug. 13) -- Declaring "the maritime soul of the Tarn Corps" is at stake, Defense Secretary Ivo Marr has ordered a review of the service. Marr spoke in Velm.',
    ).quotes;
    expect(quotes.find((q) => q.text.includes('maritime'))?.speaker ?? null).not.toBe('Velm');
  });
});

describe('a body named with a rank that is also an adjective ("Associated General Contractors of Tarn")', () => {
  const text =
    'Velm builders have left since the law was upheld last week, said Ivo Marr, president of Associated General Contractors of Tarn. Commercial building is a big industry in Tarn. Marr said more would leave.';
  it('makes no person of its last word, and no role runs across a sentence’s end', () => {
    const doc = generate(text);
    expect(doc.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Ivo Marr']);
    expect(doc.actors.map((a) => a.role ?? '').join(' | ')).not.toMatch(/\. Commercial/);
  });
  it('keeps a rank before a name a title ("Comptroller General Ada Vesk")', () => {
    const doc = generate('Comptroller General Ada Vesk opened the inquiry in Velm. Vesk said it would take a year.');
    expect(doc.actors.find((a) => a.name === 'Ada Vesk')?.role).toBe('Comptroller General');
  });
});

describe('"the researchers" after researchers of two bodies ("researchers at the University of Velm", "the Orsk researchers")', () => {
  it('is neither: no prompt names one of them for it', () => {
    const text =
      'In a new report, researchers at the University of Velm (UV) looked at the survey. The Orsk researchers also raise questions about it. ' +
      'Here is how UV tallied the totals. First, the researchers discounted the 800,000 barrels, about 17% of the total, that were captured at the well.';
    const prompts = cardsOf(text).map((c) => c.prompt);
    expect(prompts.join(' | ')).not.toMatch(/Orsk researchers discounted/);
  });
});

describe('a title ending on a thing, then a name and its verb ("named CEO of the company Marr co-founded")', () => {
  it('is no title of that name', () => {
    const doc = generate(
      'Ivo Marr resigned on Wednesday from Velm Inc. Velm’s chief operating officer, Kai Toms, was quickly named CEO of the company Marr co-founded 35 years ago in his garage. Marr will stay on the board.',
    );
    expect(doc.actors.find((a) => a.name === 'Ivo Marr')?.role ?? '').not.toMatch(/CEO of the company/);
  });
});

describe('a past perfect month paragraphs after the story’s own year ("In March, Toms had become chairman")', () => {
  it('takes not the publication year', () => {
    const text =
      'One day in July 2001, Ivo Marr decided to fire the managers.\nWhat Marr wrote down that night became the basis for a plan.\n' +
      'By July 2001, Velmo had been renamed Tarn and was doing really well.\nAs at most startups, in its first year there were no layers.\n' +
      'Marr, now 28, hated it.\nAda Vesk took her concerns to Kai Toms. In March, Toms had become the chairman of Tarn.';
    const march = generate(text, { title: '', published: '2014-04-24' }).dates.find((d) => d.when === 'March');
    expect(march?.iso ?? null).toBeNull();
  });
});
