/**
 * Shapes readers of real articles sent back (issue 10: cards a careful reader keeps), each checked on
 * sentences we wrote: quotations that give their speaker away or say nothing, blanks a reader fills
 * without the quote, date clauses cut from their subject, roles the name already says, acronyms the
 * article does not teach, and "central arguments" the article never states as one.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { actorCards, initialsOf } from '../../../../renderer/src/cards/build/actors';
import { argumentCards } from '../../../../renderer/src/cards/build/arguments';
import { lacksSubject } from '../../../../renderer/src/cards/build/dates';
import { quoteCards } from '../../../../renderer/src/cards/build/quotes';
import { quoteSentences, speakerSentence } from '../../../../renderer/src/cards/build/speaker-quote';
import type { ArgumentFact } from '../../../../renderer/src/cards/types';
import { actor, quote } from './facts';

const coach = actor('Lars Vik', { role: 'Kelso Rovers’ coach' });
const mayor = actor('Ana Ames', { role: 'mayor of Velen' });
const keeper = actor('Ivo Sand', { role: 'harbour master at Velen Port' });

describe('who said it: the card shows words that do not name the speaker', () => {
  it('shows a short quotation whole', () => {
    const text = 'The ferry will run twice a day from the spring, and the fares stay as they are.';
    expect(speakerSentence(text, mayor, [coach])).toBe(text);
  });

  it('drops a sentence naming the speaker’s own club and shows another one of the quotation', () => {
    const text =
      'I did not see the Kelso side I know. Losing a final teaches young players more than a season of easy wins ever could.';
    expect(speakerSentence(text, coach, [mayor])).toBe(
      'Losing a final teaches young players more than a season of easy wins ever could',
    );
  });

  it('makes no card of a quotation whose every sentence says who speaks', () => {
    const text = 'I, as mayor, will open the new dock before the summer storms come in from the west.';
    expect(speakerSentence(text, mayor, [coach])).toBeNull();
    expect(speakerSentence('I am a sailor first and an official second, and always will be.', keeper, [])).toBeNull();
  });

  it('keeps a word the other speakers’ roles share (two speakers “at Velen Port” may both name it)', () => {
    const pilot = actor('Oda Brun', { role: 'pilot at Velen Port' });
    const text = 'Velen Port has never handled this many ships in one week, and the quay is full.';
    expect(speakerSentence(text, keeper, [pilot])).toBe(text);
  });

  it('trims a long quotation to its most informative sentence, word for word', () => {
    const text =
      'We are pleased. It is a good day. The council will spend $4 million on the sea wall at Grey Point before the winter of next year. We thank everyone who came to the meetings and wrote to us about it.';
    const shown = speakerSentence(`${text} ${text}`, mayor, [coach]);
    expect(shown).toBe(
      'The council will spend $4 million on the sea wall at Grey Point before the winter of next year',
    );
  });

  it('makes no card of a quotation too short and plain to tell speakers apart', () => {
    expect(speakerSentence('we had enough', mayor, [coach])).toBeNull();
    expect(speakerSentence('a tidy little harbour', mayor, [coach])).toBe('a tidy little harbour');
    expect(speakerSentence('gorgeous rotten deal', mayor, [coach])).toBe('gorgeous rotten deal');
    const cards = quoteCards([quote('we had enough', 'Ana Ames')], [mayor, coach], []);
    expect(cards.filter((c) => c.kind === 'quote-speaker')).toEqual([]);
  });

  it('keeps the id of the whole quotation when it shows one sentence of it', () => {
    const text =
      'I did not see the Kelso side I know. Losing a final teaches young players more than a season of easy wins ever could.';
    const [card] = quoteCards([quote(text, 'Lars Vik')], [coach, mayor], []);
    expect(card.prompt).not.toContain('Kelso');
    expect(card.id).toBe(quoteCards([quote(text, 'Lars Vik')], [coach, mayor], [])[0].id);
  });

  it('cuts sentences at their ends, not after a title or an initial', () => {
    expect(quoteSentences('Mr. Dahl spoke first. Then J. Berg replied!')).toEqual([
      'Mr. Dahl spoke first.',
      'Then J. Berg replied!',
    ]);
  });
});

describe('finish the quote: only a blank the quote alone can fill', () => {
  const article = (q: string) => `Ana Ames, the mayor of Velen, spoke at the harbour. “${q}” she said. Velen voted.`;
  const finish = (q: string, text: string) => {
    const fact = { ...quote(q, 'Ana Ames'), source: { start: text.indexOf(q), end: text.indexOf(q) + q.length } };
    return quoteCards([fact], [mayor], [], (a) => a.name, text).filter((c) => c.kind === 'quote-finish');
  };

  it('makes no card whose blank is a name the speaker’s role or the article around says', () => {
    const q = 'The boats from Velen will carry the grain to the mills along the river.';
    expect(finish(q, article(q))).toEqual([]);
    const twice = 'The boats will carry the grain to Dunmore before the ice closes the river.';
    expect(finish(twice, `Dunmore waits. ${article(twice)} Dunmore mills are idle.`)).toEqual([]);
  });

  it('makes no card whose blank is a list of names', () => {
    const q = 'Farmers and Fishers believe it is vital that the river stays open all year.';
    expect(finish(q, article(q))).toEqual([]);
  });

  it('makes no card whose blank is a country', () => {
    const q = 'The boats will carry the grain to Norway before the ice closes the river.';
    expect(finish(q, article(q))).toEqual([]);
    const dotted = 'The faith our U.S. allies show in the river pilots is a great honour.';
    expect(finish(dotted, article(dotted))).toEqual([]);
  });

  it('makes no card whose blank is one name of a list, nor the word “I”', () => {
    const q = 'We worked with families in Dunmore, Rask, Tollby and beyond to get the pipes replaced.';
    expect(finish(q, article(q))).toEqual([]);
    const mine = 'I did not see the Velen crew I am used to, rowing hard for every buoy.';
    expect(finish(mine, article(mine))).toEqual([]);
  });

  it('blanks the figure a quote asserts, never a name or a code in it: readers kept only figures', () => {
    const named = 'The boats will carry the grain to the Dunmore mills before the ice closes the river.';
    expect(finish(named, article(named))).toEqual([]);
    const code = 'Our 5G masts and the COVID-19 rules will reach every farm in the valley before winter.';
    expect(finish(code, article(code))).toEqual([]);
    const label = 'Order 14032 keeps the Velen ferry off the river for good, and we accept it.';
    expect(finish(label, article(label))).toEqual([]);
    const figures = 'The new wall will protect 300 homes and cost $40 million before the spring floods.';
    expect(finish(figures, article(figures)).map((c) => c.answer)).toEqual(['$40 million']);
  });
});

describe('a date clause names who did what', () => {
  it('knows a clause cut from its subject', () => {
    expect(lacksSubject('meets one of the aims set in the ___ harbour plan')).toBe(true);
    expect(lacksSubject('was signed by both towns on ___')).toBe(true);
    expect(lacksSubject('With the treaty signed in ___')).toBe(true);
    expect(lacksSubject('___, the two towns signed the harbour treaty')).toBe(false);
    expect(lacksSubject('in ___, the mayor opened the dock')).toBe(false);
    expect(lacksSubject('old gas mains were dug up across Velen in ___')).toBe(false);
  });

  it('makes no event-date card of a clause that does not say who acted', () => {
    const text =
      'The Velen Harbour Plan, first drawn up as a river study, meets one of the aims set in the 2019 Coastal Review of the ministry. The plan was revised.';
    expect(generate(text).cards.filter((c) => c.kind === 'event-date')).toEqual([]);
  });
});

describe('actor cards the article teaches', () => {
  it('asks no role the name already says', () => {
    const queen = actor('Ann Ross', { aliases: ['Queen Ann Ross'], role: 'Queen' });
    const cards = actorCards([queen, mayor]).filter((c) => c.kind === 'actor-role');
    expect(cards.map((c) => c.answer)).toEqual(['mayor of Velen']);
  });

  it('asks an acronym only where the article writes it beside its full name', () => {
    const fund = actor('Harbour Trust Fund', { kind: 'organisation', aliases: ['HATF'] });
    const asked = (text: string) => actorCards([fund], text).filter((c) => c.kind === 'actor-alias');
    expect(asked('The Harbour Trust Fund (HATF) paid for the dock.')).toHaveLength(1);
    expect(asked('HATF (Harbour Trust Fund) paid for the dock.')).toHaveLength(1);
    expect(asked('The HATF paid for the dock; the Harbour Trust Fund is old.')).toEqual([]);
  });

  it('asks no acronym that is only the initials of the name it stands beside', () => {
    const fund = actor('Harbour Trust Fund', { kind: 'organisation', aliases: ['HTF'] });
    const board = actor('Board of Velen and Tarnow Ports', { kind: 'organisation', aliases: ['BVTP'] });
    const text = 'The Harbour Trust Fund (HTF) and the Board of Velen and Tarnow Ports (BVTP) paid for the dock.';
    expect(actorCards([fund, board], text).filter((c) => c.kind === 'actor-alias')).toEqual([]);
    expect(initialsOf('BOVATP', 'Board of Velen and Tarnow Ports')).toBe(true);
    expect(initialsOf('HATF', 'Harbour Trust Fund')).toBe(false);
    expect(initialsOf('ISIS-K', 'Islamic State Khorasan Province')).toBe(false);
  });

  it('asks no acronym whose full name keeps a word of it', () => {
    const probe = actor('KESTREL-Second Flight', { kind: 'organisation', aliases: ['KESTREL-SF'] });
    expect(actorCards([probe], 'The KESTREL-Second Flight (KESTREL-SF) flew.')).toEqual([]);
  });
});

describe('central argument cards', () => {
  const arg = (text: string, article: string): ArgumentFact => ({
    kind: 'thesis',
    text,
    source: { start: article.indexOf(text), end: article.indexOf(text) + text.length },
  });

  it('makes none of a sentence the article does not state as its thesis', () => {
    const s = 'A total of 14 ferries were delayed in the storm, and the harbour closed for two days.';
    const article = `Velen Harbour\n\nThe storm came in on the night tide. The quay held.\n\nThe mayor spoke later. ${s}`;
    expect(argumentCards([arg(s, article)], 'Velen Harbour', article)).toEqual([]);
  });

  it('makes one of the sentence that closes the lead, with a short answer', () => {
    const s = 'In the end, the town chose the harbour over the railway because the sea feeds Velen.';
    const article = `Velen Harbour\n\nThe vote was close. ${s}\n\nThe mayor spoke later.`;
    const [card] = argumentCards([arg(s, article)], 'Velen Harbour', article);
    expect(card.kind).toBe('thesis');
    expect(card.answer.split(' ').length).toBeLessThanOrEqual(3);
  });

  it('never blanks the source of a claim (“according to the ___”)', () => {
    const text = 'If the wall fails, there is no second line of defence, according to the Velen Coastal Office.';
    const article = `Title\n\n${text}`;
    const cards = argumentCards([{ ...arg(text, article), kind: 'condition' }], 'Title', article);
    expect(cards.map((c) => c.answer)).not.toContain('Velen Coastal Office');
  });

  it('makes no cloze of a risk, factor, motive or claim: only the thesis is blanked', () => {
    const text = 'The greatest danger is that a winter storm breaks the old sea wall before the new one is ready.';
    const article = `Velen Harbour\n\nThe vote was close. The mayor spoke later.\n\n${text}`;
    for (const kind of ['risk', 'motive', 'claim', 'condition'] as const)
      expect(argumentCards([{ ...arg(text, article), kind }], 'Velen Harbour', article)).toEqual([]);
  });
});
