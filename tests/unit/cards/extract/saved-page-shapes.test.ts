import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { throwawayFragment } from '../../../../renderer/src/cards/build/quotes';
import { parseArticle } from '../../../../renderer/src/cards/parse/article';
import { eventOf, speakerOpening as speakerOf } from '../helpers';

// Shapes misread on saved news pages (issue 10, session 32): US and Australian news, a science feature, a
// review. Every sentence is written for this file; the tests name the shape, not any article.

const kinds = (text: string) => Object.fromEntries(generate(text).actors.map((a) => [a.name, a.kind]));
const isoOf = (text: string, when: string, published?: string) =>
  generate(text, { published }).dates.find((d) => d.when === when)?.iso;

describe('a sentence that opens on a quotation', () => {
  const text =
    'Tarn fish\n\nVelm Market has sold tarn fish since 1999, and Velm Market was there from the start.\n\n' +
    '“They were the first to sell it,” said Ivo Marr, head of the Tarn Boat Owners Association. “It turned into an edge. Velm Market saw that early.”\n\n' +
    'The label adds costs for the crews. But it is also a sign “that people are guarding the stock,” he said.';

  it('is about the speaker its tag names, so a later "he" is that speaker, not a name inside the words', () => {
    expect(speakerOf(text, 'that people are guarding')).toBe('Ivo Marr');
  });

  it('does not make a company "he" could stand for', () => {
    expect(kinds(text)['Velm Market']).toBe('organisation');
  });
});

describe('names that are no person', () => {
  it('reads a trade word closing a name as a body, and two such bodies joined by "and" as two', () => {
    const found = kinds(
      'Tarn fish\n\nTarn Foods and Velm Market sell the fish. The Department of Health and Human Services said it was safe.',
    );
    expect(found['Tarn Foods']).toBe('organisation');
    expect(found['Velm Market']).toBe('organisation');
    expect(found['Department of Health and Human Services']).toBe('organisation');
  });

  it('reads "San …", "New …", "Fort …" as places, not as people', () => {
    const found = kinds(
      'Tarn coders\n\nAda Vesk, a scientist at the University of Velm, San Tarno, studied fish. Ivo Marr grew up in New Orsk near Fort Tarn.',
    );
    expect(found['San Tarno']).toBeUndefined();
    expect(found['New Orsk']).toBeUndefined();
    expect(found['Fort Tarn']).toBeUndefined();
    expect(found['Ada Vesk']).toBe('person');
  });

  it('gives no one a department for a role', () => {
    const actors = generate(
      'Tarn coders\n\nIn addition to Ada Vesk and the woman who coded in Velm’s nuclear engineering department, Ola Brandt recalls a woman doing weather work next door.',
    ).actors;
    expect(actors.find((a) => a.name === 'Ola Brandt')?.role ?? null).toBe(null);
  });
});

describe('figures that are no year', () => {
  it('reads no year in a number with a unit written onto it ("1080p", "1500m")', () => {
    const whens = generate(
      'Screens\n\nThe Velm X2 renders games between 1080p and 4K. She won the 1500m in Orsk. It went on sale in 2017.',
    ).dates.map((d) => d.when);
    expect(whens).toEqual(['2017']);
  });
});

describe('the year of a month written without one', () => {
  it('is not guessed once the narration has moved on to later years', () => {
    const text =
      'Tarn unrest\n\nIn 2011, voters elected a government led by the Velm party. Then, in 2012, rebels assaulted the embassy in Orsk. The killing of two politicians in 2013 prompted a fresh crisis.\n\nIn January, militants seized the city of Orsk.';
    expect(isoOf(text, 'January')).toBe(null);
  });

  it('is still the narrative’s after a year looked back to in a relative clause (guard)', () => {
    const text =
      'Harbour club\n\nFor a week in January 2024 the club had no bench. Ada Vesk took over as head coach in the summer of 2024. Ola Brandt, who joined from Orsk in 2021, nearly left. A heavy defeat at Tarn in October was the worst of the season.';
    expect(isoOf(text, 'October')).toBe('2024-10');
  });

  it('is the year of the text’s date for a day to come after it, and no guess for one before it', () => {
    const text =
      'Tarn Solar results\n\nTarn Solar reported on 6 May 2025 that its profit had doubled. Ola Brandt, who joined from a Velm bank in January 2024, said costs were rising. The company will hold its annual meeting on 18 July. The ministry will decide on the scheme by March.';
    expect(isoOf(text, '18 July')).toBe('2025-07-18');
    // (The latest date a text gives may itself be to come: a March before it is this year's or next year's.)
    expect(isoOf(text, 'March')).toBe(null);
  });
});

describe('a short event for a date', () => {
  it('is never the finding or the estimate whose "that" clause holds the date', () => {
    expect(
      eventOf('An analysis of Tarn labour figures shows that in 1960, women held 27 percent of the jobs.', '1960'),
    ).toBe(null);
    expect(
      eventOf(
        'The Velm Budget Office estimates that the yield on its bonds will climb to 4.2 percent in 2021.',
        '2021',
      ),
    ).toBe(null);
  });

  it('is not the finding of a thing the date belongs to ("a letter from 1963")', () => {
    expect(eventOf('With further searches, however, Ada Vesk found a wedding announcement from 1963.', '1963')).toBe(
      null,
    );
  });

  it('does not end on a copula that lost its predicate', () => {
    expect(
      eventOf(
        'The last major attack on a civilian target in Tarn was in 2002, when rebels killed more than 20 people in a bombing.',
        '2002',
      ),
    ).toBe(null);
  });

  it('keeps a span of time, a report to come, and a verb after "as" (guards)', () => {
    expect(eventOf('For most of the 2010s, the equipment trade was run on commercial logic.', 'the 2010s')).toBe(
      'The equipment trade was run on commercial logic',
    );
    expect(eventOf('The alliance will publish its first progress report in early 2026.', 'early 2026')).toBe(
      'The alliance will publish its first progress report',
    );
  });
});

describe('a date card whose clause ends on "as expected" (guard)', () => {
  it('still asks the date', () => {
    const cards = generate(
      'Voting rolls\n\nVoters need to register by 11 March if the next poll is on 5 May as expected. Officials said more checks were needed.',
    ).cards;
    expect(cards.some((c) => c.kind === 'event-date' && c.answer === '11 March')).toBe(true);
  });
});

describe('a saved web page', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story tells how the Tarn harbour board met the Velm fishing crews and what the two sides agreed about the catch, the quotas and the price of fuel for the coming season.</p>`;
  const page = (figure: string) =>
    `<html><head><title>Tarn harbour deal</title></head><body><article><h1>Tarn harbour deal</h1>${para(1)}${figure}${para(2)}${para(3)}<div class="story no_caption"><p>Kept: the crews will vote on the deal in the spring.</p></div>${para(4)}</article></body></html>`;

  it('leaves out a picture’s caption and credit, and keeps a block whose class only says it has none', () => {
    const parsed = parseArticle(
      page(
        '<figure><img src="a.jpg"><figcaption>Crews at the Tarn quay on Monday. <span class="credit">Ola Brandt/Velm Photo Agency</span></figcaption></figure><div class="media-caption">A trawler in the bay.</div>',
      ),
      'html',
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).not.toMatch(/Crews at the Tarn quay|Velm Photo Agency|A trawler in the bay/);
    expect(parsed.text).toMatch(/Kept: the crews will vote/);
    expect(parsed.text).toMatch(/Paragraph 4/);
  });
});

describe('a news dateline', () => {
  it('is no part of the first sentence a card is cut from', () => {
    const cards = generate(
      'Tarn sanctions\n\nORSK — After nearly 20 years of hostile relations, Tarn plans to lift trade sanctions on Velm, officials said late Thursday.\n\nSAN TARNO (AP) — Gunmen opened fire on visitors at the Velm museum in 2015, killing 19 people.',
    ).cards;
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.prompt).not.toMatch(/ORSK|SAN TARNO|AP\)/);
  });
});

describe('the end of a saved news story', () => {
  const story = Array.from(
    { length: 6 },
    (_, n) =>
      `<p>Paragraph ${n + 1}: the Tarn harbour board met the Velm crews, who said the quota for the season was too low and asked for a review before the spring.</p>`,
  ).join('');
  const page = (tail: string) =>
    `<html><head><title>Tarn quota</title><meta name="author" content="Ada Vesk"></head><body><article><h1>Tarn quota</h1>${story}${tail}</article></body></html>`;
  const textOf = (tail: string) => {
    const parsed = parseArticle(page(tail), 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.text;
  };

  it('leaves out the line about the author, where it was printed, and what follows "Read more"', () => {
    const text = textOf(
      '<p>Vesk has covered the harbour since 2012.</p><p>A version of this article appears in print on Page A4.</p><p>Read more:</p><p>Velm crews strike again</p>',
    );
    expect(text).toMatch(/Paragraph 6/);
    expect(text).not.toMatch(/covered the harbour|appears in print|Read more|crews strike again/);
  });

  it('keeps a story line that only names its author as one of its people (guard)', () => {
    expect(textOf('<p>Ada Vesk, who wrote this report, sailed with the crews in March.</p>')).toMatch(/sailed with/);
  });
});

describe('a page opened once per old browser', () => {
  it('is read like any other ("<!--[if IE 8]><!--> <html class=…>" repeated)', () => {
    const story = Array.from(
      { length: 5 },
      (_, n) =>
        `<p>Paragraph ${n + 1}: the Tarn city council voted to rename three streets that still honour the leaders of Velm's old empire, and some residents object.</p>`,
    ).join('');
    const ie = (v: number) => `<!--[if IE ${v} ]><!--><html lang="en" class="ie ie${v}"> <!--<![endif]-->\n`;
    const raw = `<!DOCTYPE html>\n${ie(7)}${ie(8)}${ie(9)}<!--[if (gt IE 9)|!(IE)]><!--><html lang="en"> <!--<![endif]-->\n<head><title>Tarn streets</title></head><body><div class="page"><article><h1>Tarn streets</h1>${story}</article></div></body></html>`;
    const parsed = parseArticle(raw, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).toMatch(/Paragraph 5/);
  });
});

describe('quotation marks around words that are no one’s speech, or said twice', () => {
  it('reads a book’s long title in capitals as a title, even with its author named after it', () => {
    const quotes = generate(
      'Tarn ferries\n\nIn her book “A Harbour Built in Storms: The Strange Towns that Rise in Disaster,” Ada Vesk wrote of the meaning people find in helping one another. Ivo Marr said: “It was a dark night for the town.”',
    ).quotes.map((q) => q.text);
    expect(quotes.some((q) => q.startsWith('A Harbour Built'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('It was a dark night'))).toBe(true);
  });

  it('asks once who said words the article quotes in full and then again in part', () => {
    const cards = generate(
      'Tarn ferries\n\nIn the storm, Velm Ferries posted this notice: “We are all worried about the harbour. Fares have risen to bring more crews out to carry people from the quay.”\n\nThat notice sounded kind.\n\n“… Fares have risen to bring more crews out to carry people from the quay,” Velm Ferries wrote.\n\nIvo Marr said: “It was a dark night for the town.”',
    ).cards.filter((c) => c.kind === 'quote-speaker');
    expect(cards.filter((c) => c.prompt.includes('Fares have risen'))).toHaveLength(1);
  });
});

describe('a page whose other openings sit in comments (guard)', () => {
  it('keeps the one opening outside them', () => {
    const story = Array.from(
      { length: 5 },
      (_, n) =>
        `<p>Paragraph ${n + 1}: forests managed by the Tarn peoples hold a third of the region's carbon, a report by the Velm Forest Institute found this year.</p>`,
    ).join('');
    const raw = `<!doctype html >\n<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->\n<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->\n<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->\n<head><title>Tarn forests</title></head><body><article><h1>Tarn forests</h1>${story}</article></body></html>`;
    const parsed = parseArticle(raw, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).toMatch(/Paragraph 5/);
  });
});

describe('who "he" or "she" is after a quotation’s speaker', () => {
  it('is the person named right after the quotation a sentence opens on, before an apposition and "said" (guard)', () => {
    const text =
      'Smoke\n\nSmoke filled the air in Tarn. Ivo Marr, an editor at the news group Velm Watch, said in an email that the air was worse in the countryside.\n\n' +
      '“Residents started complaining about the smoke,” Kai Toms, a Tarn resident who posted about the smoke, said.\n\n' +
      'The sky went “really dark” around noon. He had never seen smoke like that. He had read about the fires.\n\n“The smoke coming here? That hit me by surprise,” he said.';
    expect(speakerOf(text, 'The smoke coming here')).toBe('Kai Toms');
  });

  it('is the source "according to" names', () => {
    const text =
      'Smoke\n\nIvo Marr, an editor at Velm Watch, said in an email that the air was worse in the countryside.\n\n' +
      'According to Kai Toms, the sky went “really dark” at noon. He had never seen smoke like that. He had read about the fires.\n\n“That hit me by surprise,” he said.';
    expect(speakerOf(text, 'That hit me')).toBe('Kai Toms');
  });

  it('is the speaker a closing tag names through an apposition and a time phrase ("her mother, Ola, said in a statement")', () => {
    const text =
      'Pills\n\nAda Vesk died in April after taking pills bought online. Ada was 21.\n\n“The drug was in her system, and she had taken eight,” her mother, Ola, said in a statement yesterday.\n\n' +
      '“As Ada got worse, the staff did all they could.\n\n“She was burning up from within.”\n\nShe added: “They never stood a chance of saving her.”';
    expect(speakerOf(text, 'They never stood')).toBe('Ola');
  });
});

describe('a place named with its state', () => {
  it('is no person and has no role ("in Orskar, Kazakhstan, to deliver …")', () => {
    const actors = generate(
      'Tarn supply ship\n\nThe Velm cargo ship lifted off from the launch complex in Orskar, Kazakhstan, to deliver 2.5 metric tons of fuel. It was set to dock on Saturday.',
    ).actors;
    expect(actors.find((a) => a.name === 'Orskar')).toBeUndefined();
  });
});

describe('whom a sentence is about, for the "he" after it', () => {
  it('is the name after a fronted clause that a linking word opens ("But even before the club said …, Marr insisted")', () => {
    const text =
      'Marr fined\n\nVelm Rovers have fined their striker Ivo Marr after his row with the manager.\n\n' +
      '“It is about a player thinking he is bigger than this club,” said chairman Kai Toms. “He is paid well.”\n\n' +
      'Marr’s latest outburst makes a recall unlikely. But even before Velm Rovers said he would not be sold, Marr insisted he would not leave. “I don’t want the fans to think I wouldn’t play for this club,” he said.';
    expect(speakerOf(text, 'I don’t want the fans')).toBe('Ivo Marr');
  });

  it('is the person the article is about when a people’s name stands for them after a quoted doctor', () => {
    const text =
      'Marr doubt over Tarn Open\n\nIvo Marr is unlikely to be fit for the Tarn Open after a groin injury. Ivo Marr pulled out of the final.\n\n' +
      '“He has to strengthen it,” said the team doctor Kai Toms. “It would be unlikely for him to play twice in a row.”\n\n' +
      'The Australian has suffered many injuries but still hopes to play. “It’s something I’ll have to go by feel,” he said.';
    expect(speakerOf(text, 'It’s something')).toBe('Ivo Marr');
  });
});

describe('titles and numbers inside a name’s run', () => {
  it('reads a DJ as a role before a name, not as part of a body', () => {
    const actors = generate(
      'Gig award\n\nVelm Radio DJ Ivo Marr said: “This year has seen an amazing array of talent.” He added: “The band is one of the best.”',
    ).actors;
    expect(actors.find((a) => a.name === 'Ivo Marr')?.kind).toBe('person');
  });

  it('keeps "10,000" whole in a title and makes no person of "Two-time Olympic"', () => {
    const actors = generate(
      'Tarn run\n\nTwo-time Olympic 10,000 metres champion Ada Vesk has confirmed she will run in Tarn in May. Ada Vesk has won in Orsk and Velm.',
    ).actors;
    expect(actors.find((a) => a.name === 'Ada Vesk')?.role).toBe('Two-time Olympic 10,000 metres champion');
    expect(actors.some((a) => a.name.startsWith('Two-time'))).toBe(false);
  });
});

describe('cards whose choices or answers gave themselves away', () => {
  it('reads a word with a capital inside ("OpenOffice") as a product’s or firm’s name, not a person’s', () => {
    const actors = Object.fromEntries(
      generate(
        'Office suites\n\nRob Weir of Velm OpenDesk said the project was healthy, Tarn Online reported. Leo DiCaprio and Ada McBride agreed.',
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(actors['Velm OpenDesk']).toBe('organisation');
    expect(actors['Tarn Online']).toBe('organisation');
    expect(actors['Rob Weir']).toBe('person');
    expect(actors['Leo DiCaprio']).toBe('person');
    expect(actors['Ada McBride']).toBe('person');
  });

  it('ends no role on a relative word cut from its clause', () => {
    const actors = generate(
      'Smoke\n\n“Residents started complaining about the smoke,” said Kai Toms, a Tarn resident who posted about the smoke on Velm’s busiest forum last night.',
    ).actors;
    expect(actors.find((a) => a.name === 'Kai Toms')?.role ?? '').not.toMatch(/\b(?:who|which|that)$/);
  });

  it('offers round years beside a round target year to come ("by 2050")', () => {
    const card = generate(
      'Velm carbon plan\n\nVelm Power said in 2019 that it would halve its emissions. Velm Power’s goal to have removed enough carbon by 2050 to account for all its emissions since its founding in 1975 covers its vans and its offices.',
    ).cards.find((c) => c.kind === 'event-date' && c.answer === '2050');
    expect(card?.choices).toBeDefined();
    for (const choice of card?.choices ?? []) expect(Number(choice) % 10).toBe(0);
  });

  it('asks a figure in a phrase fronted before the main clause together with that clause', () => {
    const card = generate(
      'Velm debt\n\nGiven that the total debt of Velm stands at nearly $16 trillion, the rise in rates matters a great deal. Rates rose twice last year.',
    ).cards.find((c) => c.kind === 'number');
    expect(card?.prompt).toMatch(/___, the rise in rates matters/);
  });
});

describe('a date card’s clause', () => {
  const text =
    'Velm loans\n\nIn the past, Velm leaders who risked the tie with Tarn paid a price. In 1991, when Prime Minister Ivo Marr opposed the Orsk peace talks, President Ada Vesk held back loan guarantees to help absorb immigrants.\n\n' +
    'Velm Space, the agency’s other shipper, successfully sent up supplies to the station in October 2016, and a cargo ship is set to launch in December 2016.';
  const cards = generate(text).cards.filter((c) => c.kind === 'event-date');

  it('keeps the main clause a fronted "In ___, when …" frames', () => {
    const card = cards.find((c) => c.answer === '1991');
    expect(card?.prompt).toMatch(
      /when Prime Minister Ivo Marr opposed the Orsk peace talks, President Ada Vesk held back/,
    );
  });

  it('is not asked when it opens on an adverb and a verb whose subject stood before an apposition', () => {
    for (const c of cards) expect(c.prompt).not.toMatch(/\? Successfully sent/);
  });
});

describe('what a saved page holds besides its story', () => {
  it('asks no date of the date line that opens a story ("Feb. 23, 2015 -- …")', () => {
    const cards = generate(
      'Tarn peanuts\n\nFeb. 23, 2015 -- Peanut allergies have been on the rise in Tarn in the past decade, with little hope for a cure.\n\nA study published in 2014 found that early feeding cut the risk by 80 percent.',
    ).cards;
    for (const c of cards) expect(c.prompt).not.toMatch(/___ --/);
  });

  it('reads a licence’s name as a document, not as a person with a title', () => {
    const actors = generate(
      'Velm code\n\nThe code is offered under the Velm Public License, the GNU General Public License, and the Tarn Open License.',
    ).actors;
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('leaves out a wiki’s references and its "[edit]" links', () => {
    const body = Array.from(
      { length: 10 },
      (_, n) =>
        `<p>Paragraph ${n + 1}: the Velm Foundation was set up to lead the open-source browser efforts of the Tarn project after its code was freed.</p>`,
    ).join('');
    const raw = `<html><head><title>Velm Foundation</title></head><body><article><h1>Velm Foundation</h1><h2>History[edit]</h2>${body}<h2>References[edit]</h2><ol><li>^ "Velm Rips Tarn: 'We Wish Them Nothing But Failure'". Velm News. Retrieved 2014-07-01.</li></ol></article></body></html>`;
    const parsed = parseArticle(raw, 'html');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.text).toMatch(/Paragraph 10/);
    expect(parsed.text).not.toMatch(/\[edit\]|Wish Them Nothing|References/);
  });
});

describe('a short quoted fragment that leans on words the card does not show', () => {
  const fragment = (text: string) =>
    ({
      text,
      speaker: 'Ada Vesk',
      sieve: 'reported-fragment',
      confidence: 'high',
      when: null,
      source: { start: 0, end: text.length },
    }) as never;

  it('asks nobody who said it ("because you have …", "so they cannot …", "getting in the way of …")', () => {
    for (const text of [
      'because you have such a fixed-in-place system',
      'so they cannot form a combustible amount',
      'getting in the way of good government',
      'you can’t go back.',
    ])
      expect(throwawayFragment(fragment(text))).toBe(true);
  });

  it('keeps one that names its own subject or says enough (guard)', () => {
    for (const text of [
      'her figures are sound',
      'unflattering picture of the inner workings of government',
      'it is reasonable to assume that nursing mothers in the region are also short of iodine',
    ])
      expect(throwawayFragment(fragment(text))).toBe(false);
  });
});
