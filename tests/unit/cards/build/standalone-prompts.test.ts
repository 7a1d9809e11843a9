import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { leaningPrompt, qualityFigures } from '../../../../renderer/src/cards/build/quality';
import { isFragment, leaningOf, priorNames, standAlone } from '../../../../renderer/src/cards/build/spans';
import { buildTextModel } from '../../../../renderer/src/cards/document/text-model';
import { cardId } from '../../../../renderer/src/cards/hash';

// Issue 10: a prompt is the clause that holds the fact and reads without the sentence before it.
// Sentences written for these tests.

const cardsOf = (text: string) => generate(text).cards;
const blankCards = (text: string) => cardsOf(text).filter((c) => c.kind === 'event-date' || c.kind === 'number');
const none = () => [];

describe('a definite subject named in full earlier ("the telescope" after "the Orla Deep Telescope")', () => {
  it('is written with the one full name the text gave it', () => {
    const text = [
      'The Orla Deep Telescope was built on Mount Kessel by the Portvale council over six years.',
      'The telescope returned its first image of the southern sky on 4 May 2021.',
    ].join(' ');
    const card = cardsOf(text).find((c) => c.kind === 'event-date' && c.answer === '4 May 2021');
    expect(card?.prompt).toBe(
      'Which date fills the blank? The Orla Deep Telescope returned its first image of the southern sky on ___',
    );
  });

  it('keeps the card’s id: the fact did not change, only its prompt (ids come from the date and its event)', () => {
    const text = [
      'The Orla Deep Telescope was built on Mount Kessel by the Portvale council over six years.',
      'The telescope returned its first image of the southern sky on 4 May 2021.',
    ].join(' ');
    const doc = generate(text);
    const fact = doc.dates.find((d) => d.when === '4 May 2021')!;
    const card = doc.cards.find((c) => c.kind === 'event-date' && c.answer === '4 May 2021');
    expect(card?.id).toBe(cardId('event-date', `${fact.when}|${fact.event}`));
  });

  it('makes no card when two names share the head (the referent is not certain)', () => {
    const text = [
      'The Orla Deep Telescope and the Varn Solar Telescope share a ridge above the town of Kessel.',
      'The telescope returned its first image of the southern sky on 4 May 2021.',
    ].join(' ');
    expect(cardsOf(text).some((c) => c.answer === '4 May 2021' && /telescope returned/i.test(c.prompt))).toBe(false);
  });

  it('makes no card of "the company" when the body was named otherwise ("Velen Shipping")', () => {
    const text = [
      'Velen Shipping reported a record profit for the year on Monday in Portvale.',
      'The company will open its new depot on 9 October 2031 beside the old harbour hall.',
    ].join(' ');
    expect(blankCards(text).some((c) => /The company will open/.test(c.prompt))).toBe(false);
  });

  it('writes a body’s full name, "of/for …" included ("the alliance" after the Kessel Alliance for Clean Ports)', () => {
    const text = [
      'The Kessel Alliance for Clean Ports announced new funding for shore power in Portvale on Monday.',
      'The alliance will name its first three partner ports in March 2031 at a meeting of port mayors.',
    ].join(' ');
    const card = cardsOf(text).find((c) => c.answer === 'March 2031');
    expect(card?.prompt).toMatch(/^Which date fills the blank\? The Kessel Alliance for Clean Ports will name/);
  });

  it('never writes a name for a title ("the president" after "Vice President …")', () => {
    const names = (head: string) => (head === 'president' ? ['Vice President'] : []);
    expect(standAlone('The president signed the harbour law on ___', names, true)).toBeNull();
  });
});

describe('other leaning prompts make no card', () => {
  it('a pronoun subject after a frame ("On ___, it closed the pier")', () => {
    expect(leaningOf('On ___, it closed the pier to ferries for the winter', none, true)).toBe('pronoun');
    const text = 'The Portvale council met in the harbour hall. On 3 March 2022, it closed the north pier to ferries.';
    expect(cardsOf(text).some((c) => c.answer === '3 March 2022')).toBe(false);
  });

  it('a first-person subject outside quotation marks ("We expect four new berths within ___")', () => {
    expect(leaningOf('We expect four new berths within ___', none, false)).toBe('pronoun');
    expect(leaningOf('My brother sold the boat in ___', none, true)).toBe('pronoun');
  });

  it('a relative time as the only time anchor ("… three years later"), unless a date is given too', () => {
    expect(leaningOf('Mira Castell hired ___ dock workers three years later', none, false)).toBe('relative-time');
    expect(leaningOf('At that time Mira Castell had hired ___ dock workers', none, false)).toBe('relative-time');
    expect(leaningOf('Six weeks later, support for Mira Castell fell to ___ in a June 2031 poll', none, false)).toBe(
      null,
    );
    // A date card's blank is its time anchor.
    expect(leaningOf('Mira Castell left the port the next day, on ___', none, true)).toBe(null);
    const text = [
      'Mira Castell took over the Portvale dock company in 2019 with a plan to double its trade.',
      'Mira Castell hired 400 dock workers from the town three years later.',
    ].join(' ');
    expect(cardsOf(text).some((c) => c.answer.includes('400'))).toBe(false);
  });

  it('a clause that opens with no subject ("Designed to lift ___ …")', () => {
    expect(leaningOf('Designed to lift ___ in one move', none, false)).toBe('no-subject');
    const text = 'Designed to lift 40 tonnes in one move, the new Portvale crane will arrive by ship in spring.';
    expect(cardsOf(text).some((c) => /^Which \S+ fills the blank\? Designed/.test(c.prompt))).toBe(false);
  });

  it('a nationality for a named team ("The Velenian side kept ___ of the ball")', () => {
    expect(leaningOf('The Velenian side kept ___ of the ball in the final', none, false)).toBe('definite');
    expect(leaningOf('The Danish club signed ___ players in the summer', none, false)).toBe('definite');
    expect(leaningOf('The Portvale Rovers side had ___ of the ball', none, false)).toBe(null);
  });

  it('keeps a clause that names itself ("the war that began in ___", "the harbour board")', () => {
    expect(leaningOf('The war that began in ___ ended in a truce', none, true)).toBe(null);
    expect(leaningOf('Today, ___, the harbour board approved a plan', none, true)).toBe(null);
    expect(leaningOf('The Portvale council closed the pier on ___', none, true)).toBe(null);
  });
});

describe('the full names of a text by head', () => {
  it('reads names with their head inside ("Orla Deep Telescope") or after ("Kessel-9 mission"), not across sentences', () => {
    const text = 'The Orla Deep Telescope opened in March. The Kessel-9 mission flew in May. The mission ended.';
    const names = priorNames(text);
    expect(names('telescope', text.length)).toEqual(['Orla Deep Telescope']);
    expect(names('mission', text.length)).toEqual(['Kessel-9 mission']);
    expect(names('mission', 10)).toEqual([]);
    const treaty = 'Velen and Kessel signed the Treaty of Portvale in May. The treaty came into force on 2 June 2031.';
    expect(priorNames(treaty)('treaty', treaty.indexOf('The treaty'))).toEqual(['Treaty of Portvale']);
  });

  it('reads no name across a line break (a headline’s last word and the next line’s first)', () => {
    const text = 'Ferry strike hits Velm\n\nVelm harbour staff walked out on Monday. The harbour closed at noon.';
    expect(priorNames(text)('harbour', text.length)).toEqual(['Velm harbour']);
  });

  it('reads no name from a title before a person ("Velm centre Ivo Marr"): "the centre" may be another player', () => {
    const text =
      'Velm centre Ivo Marr will miss the final. Coach Ada Vesk may pick Ola Brandt. The centre was Velm’s hero in the 11-9 win over Tarn.';
    expect(priorNames(text)('centre', text.length)).toEqual([]);
    for (const c of cardsOf(text)) expect(c.prompt).not.toMatch(/Velm centre was/);
  });
});

describe('the leaning column of the card-quality figures', () => {
  it('counts a fill-the-blank prompt that leans on the sentence before', () => {
    const text = 'The Orla Deep Telescope opened in March. The telescope returned its first image on 4 May 2021.';
    const start = text.indexOf('The telescope');
    const card = {
      id: 'x',
      kind: 'event-date' as const,
      facet: 'dates' as const,
      prompt: 'Which date fills the blank? The telescope returned its first image on ___',
      answer: '4 May 2021',
      source: { start, end: text.length },
    };
    expect(leaningPrompt(card, priorNames(text))).toBe(true);
    const f = qualityFigures(
      [card],
      text,
      buildTextModel(text).sentences.map((s) => s.start),
    );
    expect(f.leaning).toBe(1);
  });
});

describe('a possessive subject after an adverb ("Now its banks have agreed …")', () => {
  it('leans on the sentence before: no card asks it alone', () => {
    const text = [
      'Velm rail firm sells stake',
      '',
      'Velm rail firm Tarnco has sold its stake in the Orsk line to a Spanish group for £100m. Now its banks have agreed to extend its credit facilities until March 2032.',
    ].join('\n');
    const prompts = generate(text, { title: 'Velm rail firm sells stake' }).cards.map((c) => c.prompt);
    expect(prompts.filter((p) => /its banks/.test(p))).toEqual([]);
  });
});

describe('"What happened in 2029?" answered by "The company …"', () => {
  it('is not asked: the answer does not say which company', () => {
    const text = [
      'Velm rail firm sells stake',
      '',
      'Velm rail firm Tarnco has sold its stake in the Orsk line to a Spanish group for £100m. The company has struggled with debts of £400m since 2029.',
    ].join('\n');
    const cards = generate(text, { title: 'Velm rail firm sells stake' }).cards;
    expect(cards.filter((c) => c.kind === 'date-event' && /^The company/.test(c.answer))).toEqual([]);
  });
});

describe('a definite subject that points back ("The company only began …", "The film made …")', () => {
  it('ends at an adverb after its head: "the company only began" is "the company"', () => {
    expect(leaningOf('The company only began building ferries in ___', none, true)).toBe('definite');
    expect(leaningOf('The firm recently announced a deal to buy ___ of Orsk Oil', none, false)).toBe('definite');
    // A noun in "-ly" is no adverb: "the family" is the head, and which family the clause does not say.
    expect(leaningOf('The family sold the mill in ___', none, true)).toBe('definite');
    expect(leaningOf('The family of Ivo Marr sold the mill in ___', none, true)).toBeNull();
  });

  it('a thing, an event or a person by an epithet leans; a clause that names it does not', () => {
    expect(leaningOf('The film made ___ in its first week on release', none, false)).toBe('definite');
    expect(leaningOf('The report predicts that nearly ___ of ferries will run on batteries', none, false)).toBe(
      'definite',
    );
    expect(leaningOf('The striker joined Velm Rovers from Orsk for ___', none, false)).toBe('definite');
    expect(leaningOf('The 19-year-old won the final in ___', none, true)).toBe('definite');
    expect(leaningOf('The Welshman dragged a shot wide from ___', none, false)).toBe('definite');
    expect(leaningOf('The decision to ban new mills does not apply to deals made before ___', none, true)).toBeNull();
    // An office alone reads as the office.
    expect(leaningOf('The chancellor also unveiled a one-off ___ refund for pensioners', none, false)).toBeNull();
  });

  it('a nationality makes a company, a side or a coach one of many, but the state’s own government is one', () => {
    expect(leaningOf('The Tarnish group has been keen to buy ports, having bought Velm Docks in ___', none, true)).toBe(
      'definite',
    );
    expect(leaningOf('The Velenian coach knows a repeat of the win in ___ is not likely', none, true)).toBe('definite');
    expect(leaningOf('The Tarnish government raised the harbour tax in ___', none, true)).toBeNull();
    expect(leaningOf('The German economy contracted in ___', none, true)).toBeNull();
  });
});

describe('"the company" in a story about one body', () => {
  const story = (then: string) =>
    [
      'Velen Shipping has ordered four new ferries for its Tarn routes, the largest order in its history.',
      'Velen Shipping said the ferries would run on batteries charged at the quay.',
      'Shares in Velen Shipping rose after the news, traders in Portvale said.',
      then,
    ].join(' ');

  it('is that body, once the story has named it', () => {
    const card = blankCards(story('The company will open its new depot on 9 October 2031 beside the harbour.')).find(
      (c) => c.answer === '9 October 2031',
    );
    expect(card?.prompt).toMatch(/^Which date fills the blank\? Velen Shipping will open its new depot on ___/);
  });

  it('is also that body after an adverb ("The firm recently announced …")', () => {
    const card = blankCards(
      story('The firm recently agreed to buy 26% of the Orsk ferry line from its founders.'),
    ).find((c) => c.answer === '26%');
    expect(card?.prompt).toMatch(/^Which percentage fills the blank\? Velen Shipping recently agreed to buy ___/);
  });

  it('makes no card of "the bank" that the story names once while another body leads it', () => {
    const text = story(
      'Velen Shipping also runs the Orsk ferry. The Bank of Tarn cut its rates in March. The bank said house prices rose fastest in the north in December 2031.',
    );
    expect(blankCards(text).some((c) => /Bank of Tarn said/.test(c.prompt))).toBe(false);
  });

  it('makes no card of "the Tarnish company": a nationality does not say which body', () => {
    const text = story('The Tarnish company will open its new depot on 9 October 2031 beside the harbour.');
    expect(blankCards(text).some((c) => c.answer === '9 October 2031')).toBe(false);
  });
});

describe('a measure as the subject ("Sales rose 2.8% to ___")', () => {
  it('leans when the clause does not say whose or where', () => {
    expect(leaningOf('Sales rose 2.8% to ___', none, false)).toBe('no-owner');
    expect(leaningOf('In 2031, imports declined by ___', none, false)).toBe('no-owner');
    expect(leaningOf('Consumer spending was up by ___ in the fourth quarter', none, false)).toBe('no-owner');
    expect(leaningOf('Retail borrowing rose at a record pace in ___', none, true)).toBe('no-owner');
    expect(leaningOf('GDP rose by ___ last year', none, false)).toBe('no-owner');
    expect(leaningOf('Foreign sales increased by ___ last year', none, false)).toBe('no-owner');
    expect(leaningOf('The economy grew by ___ in the third quarter', none, false)).toBe('no-owner');
    expect(leaningOf('The Tarnish economy grew by ___ in the third quarter', none, false)).toBeNull();
    // A month is no owner.
    expect(leaningOf('Inflation hit an annual rate of ___ in December', none, false)).toBe('no-owner');
  });

  it('reads alone when a name says whose', () => {
    expect(leaningOf('Sales of Velm Motors rose 4% to ___', none, false)).toBeNull();
    expect(leaningOf('Growth in Tarn slowed to ___ in the fourth quarter', none, false)).toBeNull();
    expect(leaningOf('Profits rose to ___ at the Orsk Ferry Company', none, false)).toBeNull();
  });
});

describe('"The 54-year-old …" about the article’s main person', () => {
  const story = (between: string) =>
    [
      'Ivo Marr has been sacked as coach of the Velm Harbour Club after six games without a win.',
      '"He understands the decision," said the club.',
      'Ivo Marr first took charge of the Velm Harbour Club in 2027, guiding them to the cup final.',
      between,
      'The 54-year-old then moved to Orsk City in 2029, before returning to Velm a year later.',
      'Ivo Marr said he was proud of his time at the club.',
    ].join(' ');

  it('is written as that person when the sentences between name no one else', () => {
    const card = cardsOf(story('')).find((c) => c.kind === 'event-date' && c.answer === '2029');
    expect(card?.prompt).toBe('Which date fills the blank? Ivo Marr then moved to Orsk City in ___');
  });

  it('makes no card when another person is named in between (the epithet may be theirs)', () => {
    const text = story('He was replaced at Orsk by Kai Toms.');
    expect(cardsOf(text).some((c) => c.answer === '2029' && /Ivo Marr then moved/.test(c.prompt))).toBe(false);
  });
});

describe('a blank inside the subject, or before a verb with no subject', () => {
  it('"The ___ deal will …" leans: which deal?', () => {
    expect(leaningOf('The ___ deal will make the group the third biggest ferry line', none, false)).toBe('definite');
    // It is never written with a name: the blank would go with the words it replaced.
    expect(
      standAlone('The ___ deal will make the group the third biggest ferry line', () => ['Velm Deal'], false),
    ).toBeNull();
  });

  it('"In ___ simultaneously occupied the top two places" is a fragment: who did?', () => {
    expect(isFragment('In ___ simultaneously occupied the top two places in the Tarn chart')).toBe(true);
    expect(isFragment('In ___ occupied the top two places in the Tarn chart')).toBe(true);
    expect(isFragment('In ___ the band occupied the top two places in the Tarn chart')).toBe(false);
  });
});

describe('a definite subject whose full name was given pages before ("the agency")', () => {
  it('is not written with that far name: another body may have been named since by its own name', () => {
    const filler = 'The pumps hum all night in the valley, and the crews walk the tunnels every week. '.repeat(80);
    const text =
      'Velm water\n\nAfter the storm the Velm Emergency Relief Agency had no idea which stations were open.\n\n' +
      `${filler}\n\nThe city’s water board, VWB, runs three tunnels. The agency has spent $20 billion over the past decade to upgrade pipes.`;
    const prompts = blankCards(text).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('Velm Emergency Relief Agency has spent'))).toBe(false);
  });

  it('is still written with a name given a few sentences before (guard)', () => {
    const text =
      'Velm water\n\nAfter the storm the Velm Emergency Relief Agency could not say which stations were open. ' +
      'The agency has spent $20 billion over the past decade to upgrade pipes.';
    const prompts = blankCards(text).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('Velm Emergency Relief Agency has spent'))).toBe(true);
  });
});
