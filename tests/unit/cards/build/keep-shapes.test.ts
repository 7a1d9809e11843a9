/**
 * Cards a careful reader keeps as they are (issue 10, second round), each shape checked on sentences we
 * wrote: who-said cards on throwaway fragments and bland lines, the article's main voice over and over,
 * roles without an owner, a head of state's title, "to confirm" where the year is certain, a background
 * line given as the central argument, and a file's name shown as the article's title.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { actorCards, lacksOwner } from '../../../../renderer/src/cards/build/actors';
import { argumentCards } from '../../../../renderer/src/cards/build/arguments';
import { lacksSubject } from '../../../../renderer/src/cards/build/dates';
import { quoteCards, throwawayFragment } from '../../../../renderer/src/cards/build/quotes';
import { speakerSentence } from '../../../../renderer/src/cards/build/speaker-quote';
import { isFileSlug, promptTitle } from '../../../../renderer/src/cards/generate';
import type { ArgumentFact } from '../../../../renderer/src/cards/types';
import { actor, quote } from './facts';

const fragment = (text: string, speaker: string) => ({ ...quote(text, speaker), sieve: 'reported-fragment' });

describe('who said it: no card on a throwaway fragment or a bland line', () => {
  it('asks nobody of a scare quote or a short noun phrase of the narrator’s sentence', () => {
    for (const text of [
      'firm leadership',
      'keep the peace',
      'a grand old muddle',
      'calm and order and the quiet',
      'all she did',
    ])
      expect(throwawayFragment(fragment(text, 'Ana Ames'))).toBe(true);
  });

  it('keeps a fragment that states something, and any quotation that opens a sentence', () => {
    expect(throwawayFragment(fragment('has acted within the rules', 'Ana Ames'))).toBe(false);
    expect(throwawayFragment(fragment('her figures are sound', 'Ana Ames'))).toBe(false);
    expect(throwawayFragment(fragment('the first step towards the loss of the whole northern coast', 'Ana Ames'))).toBe(
      false,
    );
    expect(throwawayFragment(quote('Order first.', 'Ana Ames'))).toBe(false);
  });

  it('makes no who-said or when-said card of a scare quote in an article', () => {
    const text =
      'On 3 May 2031, Governor Ana Ames of Velen asked the council for a “firm hand” that would “keep the peace” in the harbour district. Ames later said the harbour “will pay its own way within a decade”.';
    const prompts = generate(text).cards.map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('firm hand') || p.includes('keep the peace'))).toBe(false);
    expect(prompts.some((p) => p.includes('will pay its own way'))).toBe(true);
  });

  it('shows no line that says nothing of its own (“it was a good day”)', () => {
    const mayor = actor('Ana Ames', { role: 'mayor of Velen' });
    expect(speakerSentence('It was a good day for us.', mayor, [])).toBeNull();
    expect(speakerSentence('We did really well today.', mayor, [])).toBeNull();
    // A coach's line after a match: up to twelve plain words say nothing a reader recalls the speaker by.
    expect(speakerSentence("I think we have learned a lot from today's game.", mayor, [])).toBeNull();
    expect(speakerSentence('In the first half it felt good out there.', mayor, [])).toBeNull();
    expect(speakerSentence('The ferry fares stay frozen.', mayor, [])).not.toBeNull();
  });
});

describe('who said it: the main voice is not the answer over and over', () => {
  const ames = actor('Ana Ames', { role: 'mayor of Velen' });
  const rask = actor('Ola Rask', { role: 'harbour master at Velen Port' });
  const lines = [
    'The new sea wall will be finished before the winter storms arrive at the harbour.',
    'Every family on the quay will have a say in how the harbour money is spent.',
    'We owe the fishermen of this town a harbour that does not flood each spring.',
    'The old pier is beyond repair and the council will pull it down next year.',
    'Tourists will come back once the ferry runs twice a day again from the mainland.',
  ];

  it('keeps at most as many of hers as the others have together, two at least', () => {
    const quotes = [
      ...lines.map((t) => quote(t, 'Ana Ames')),
      quote('The tides this year were higher than any we have measured since the port opened.', 'Ola Rask'),
    ];
    const said = quoteCards(quotes, [ames, rask], []).filter((c) => c.kind === 'quote-speaker');
    expect(said.filter((c) => c.answer === 'Ana Ames')).toHaveLength(2);
    expect(said.filter((c) => c.answer === 'Ola Rask')).toHaveLength(1);
  });

  it('keeps her sure attributions before the inferred ones', () => {
    const quotes = lines.map((t, i) => ({ ...quote(t, 'Ana Ames'), ...(i < 3 ? { confidence: 'low' as const } : {}) }));
    const said = quoteCards(
      [...quotes, quote('The tides were the highest we have measured.', 'Ola Rask')],
      [ames, rask],
      [],
    );
    const hers = said.filter((c) => c.kind === 'quote-speaker' && c.answer === 'Ana Ames');
    expect(hers.every((c) => !c.needsReview)).toBe(true);
  });

  it('asks who said it once when she is the only voice: every other card would have her name again', () => {
    const said = quoteCards(
      lines.slice(0, 3).map((t) => quote(t, 'Ana Ames')),
      [ames, rask],
      [],
    ).filter((c) => c.kind === 'quote-speaker');
    expect(said).toHaveLength(1);
  });

  it('leaves an article of several even voices as it is', () => {
    const quotes = [quote(lines[0], 'Ana Ames'), quote(lines[1], 'Ana Ames'), quote(lines[2], 'Ola Rask')];
    expect(quoteCards(quotes, [ames, rask], []).filter((c) => c.kind === 'quote-speaker')).toHaveLength(3);
  });
});

describe('roles: no card on a role without whose', () => {
  it('knows which roles need an owner the text did not give', () => {
    for (const role of ['private secretary', 'fellow minister', 'spokesman', 'press secretary', 'head coach'])
      expect(lacksOwner(role)).toBe(true);
    // A company's offices: "chief executive" of which firm? (Readers marked every such card to fix.)
    for (const role of [
      'chief executive',
      'Chief executive',
      'managing director',
      'chief financial officer',
      'party leader',
    ])
      expect(lacksOwner(role)).toBe(true);
    for (const role of ['Velm Ferries chief executive', 'chief executive of Velm Ferries', 'Tarn Party leader'])
      expect(lacksOwner(role)).toBe(false);
    for (const role of [
      'Kelso Rovers’ coach',
      'spokesman for the ministry',
      'NORSA spokeswoman',
      'Foreign Secretary',
      'Secretary of State',
      'harbour master',
    ])
      expect(lacksOwner(role)).toBe(false);
  });

  it('makes no role card of “private secretary” or “fellow minister”, and keeps the owned ones', () => {
    const cards = actorCards([
      actor('Tom Vell', { role: 'private secretary' }),
      actor('Ida Moss', { role: 'fellow minister' }),
      actor('Lars Vik', { role: 'spokesman for the Velen ministry' }),
      actor('Ana Ames', { role: 'Velen harbour master' }),
    ]);
    expect(cards.flatMap((c) => c.actors ?? [])).toEqual(['Lars Vik', 'Ana Ames']);
  });

  it('makes no card of the title everyone knows of the person the article is about', () => {
    const cards = actorCards([
      actor('Mira Tal', { role: 'President of Velen', mentions: 9 }),
      actor('Ana Ames', { role: 'mayor of Portwell', mentions: 2 }),
    ]);
    expect(cards.flatMap((c) => c.actors ?? [])).toEqual(['Ana Ames']);
    // Numbered ("the 12th President of Velen") it is the same title.
    const numbered = actorCards([
      actor('Mira Tal', { role: '12th President of Velen', mentions: 9 }),
      actor('Ana Ames', { role: 'mayor of Portwell', mentions: 2 }),
    ]);
    expect(numbered.flatMap((c) => c.actors ?? [])).toEqual(['Ana Ames']);
  });
});

describe('to confirm: only where the year is truly inferred', () => {
  const whenOf = (text: string, day: string) =>
    // The answer carries the year worked out for the day ("April 20, 2031"); the day as written is accepted.
    generate(text).cards.find((c) => c.kind === 'event-date' && (c.answer === day || c.acceptable?.includes(day)));

  it('is sure of a year taken from a full date earlier in the same paragraph', () => {
    const text =
      'On March 2, 2031, the Velen council voted to rebuild the harbour wall. On April 20, the first barges of stone arrived from the Kessan quarries. On June 3, the Velen wall was closed to traffic for the summer.';
    expect(whenOf(text, 'April 20')?.needsReview).toBeUndefined();
    expect(whenOf(text, 'June 3')?.needsReview).toBeUndefined();
  });

  it('stays unsure when the month goes back or another paragraph takes over', () => {
    const text =
      'On September 2, 2031, the Velen council voted to rebuild the harbour wall. On April 20, the first barges of stone arrived from the Kessan quarries.\n\nOn June 3, the Velen wall was closed to traffic for the summer.';
    expect(whenOf(text, 'April 20')?.needsReview).toBe(true);
    expect(whenOf(text, 'June 3')?.needsReview).toBe(true);
  });
});

describe('central argument: only a claim in the article’s own voice', () => {
  const arg = (text: string, article: string): ArgumentFact => ({
    kind: 'thesis',
    text,
    source: { start: article.indexOf(text), end: article.indexOf(text) + text.length },
  });

  it('makes none of a background line that closes the lead', () => {
    const s = 'According to the Velen Almanac, Professor Ames is the third most quoted historian of the coast.';
    const article = `Velen Harbour\n\nIda Ames spoke to us from her study. She has written nine books. ${s}\n\nThe talk went on.`;
    expect(argumentCards([arg(s, article)], 'Velen Harbour', article)).toEqual([]);
    const plain = 'Ida Ames has written nine books about the harbour towns of the northern coast.';
    const article2 = `Velen Harbour\n\nIda Ames spoke to us from her study. ${plain}\n\nThe talk went on.`;
    expect(argumentCards([arg(plain, article2)], 'Velen Harbour', article2)).toEqual([]);
  });

  it('makes one of an opinion that closes the lead (“may do more … than any”)', () => {
    const s =
      'The Kessan pact is the first deal on the coast to publish harbour tolls, and it may do more for trade than any treaty of the past century.';
    const article = `Why the pact matters\n\nThe ports have argued for years. ${s}\n\nThe mayor spoke later.`;
    expect(argumentCards([arg(s, article)], 'Why the pact matters', article).map((c) => c.kind)).toEqual(['thesis']);
  });

  it('makes none of an event with a purpose ("took action to allow …") that closes the lead', () => {
    const s = 'The governor later personally took action to allow the crew into the harbour.';
    const article = `Velen Harbour\n\nThe crew was refused twice. ${s}\n\nThe mayor spoke later.`;
    expect(argumentCards([arg(s, article)], 'Velen Harbour', article)).toEqual([]);
  });

  it('makes one of a causal claim that closes the lead', () => {
    const s =
      'The new wall enabled Velen to keep the Kessan fishing fleet when other harbours of the coast lost trade.';
    const article = `Velen Harbour\n\nThe storms came every winter. ${s}\n\nThe mayor spoke later.`;
    expect(argumentCards([arg(s, article)], 'Velen Harbour', article).map((c) => c.kind)).toEqual(['thesis']);
  });
});

describe('the article’s name in prompts: never a file’s name', () => {
  it('knows a file’s name from a title', () => {
    expect(isFileSlug('velen-harbour-report-2031')).toBe(true);
    expect(isFileSlug('notes_v2.txt')).toBe(true);
    expect(isFileSlug('Untitled article')).toBe(true);
    expect(isFileSlug('The Velen Harbour Report')).toBe(false);
    expect(isFileSlug('Velen')).toBe(false);
  });

  it('shows the first heading, else “this article”', () => {
    expect(promptTitle('Velen rebuilds its harbour\n\nThe council voted on Monday.', 'velen-2031')).toBe(
      'Velen rebuilds its harbour',
    );
    expect(promptTitle('Monday, March 2, 2031\n\nThe council voted on Monday.', 'velen-2031')).toBe('');
    const text =
      'Monday, March 2, 2031\n\nOn 2 March 2029, Velen opened its port. On 5 May 2030, the ferry began. On 9 June 2031, the wall fell. On 1 July 2031, the mayor resigned.';
    const timeline = generate(text, { title: 'velen-harbour-2031' }).cards.find((c) => c.kind === 'timeline');
    if (timeline) expect(timeline.prompt).toContain('this article');
    for (const c of generate(text, { title: 'velen-harbour-2031' }).cards)
      expect(c.prompt).not.toContain('velen-harbour');
  });
});

describe('to confirm: a speaker who goes on in the next paragraph', () => {
  const continued = (text: string) =>
    generate(text).quotes.find((q) => q.text.startsWith('We have waited twenty years'));

  it('is sure where the paragraph before names the speaker alone', () => {
    const text =
      'Ana Ames, the mayor of Velen, opened the new quay on Monday. "The wall will hold through the winter, and the ferries will run on time," Ames said.\n\n"We have waited twenty years for a harbour that does not flood every spring."';
    expect(continued(text)).toMatchObject({ speaker: 'Ana Ames', confidence: 'high' });
  });

  it('stays unsure where the paragraph before names another person', () => {
    const text =
      'Ana Ames, the mayor of Velen, opened the new quay with Ola Rask on Monday. "The wall will hold through the winter, and the ferries will run on time," Ames said.\n\n"We have waited twenty years for a harbour that does not flood every spring."';
    expect(continued(text)).toMatchObject({ speaker: 'Ana Ames', confidence: 'low' });
  });
});

describe('date prompts read as a question without the article’s sentence', () => {
  it('knows a clause cut from its subject', () => {
    for (const clause of [
      'who ran the ferry office at Velen in ___',
      'and had spent heavily on the quay since ___',
      'reached Portwell in ___ and was held there over unpaid fees',
      'launched in ___, pays half the cost of a new boat',
      'for a week in ___, did not have enough crew to sail',
      'reported on ___ that its profit had doubled',
    ])
      expect(lacksSubject(clause)).toBe(true);
    for (const clause of [
      'in ___, the mayor opened the dock',
      'born in ___ in Velen, Ames studied law',
      'old gas mains were dug up across Velen in ___',
    ])
      expect(lacksSubject(clause)).toBe(false);
  });

  it('asks no date or event of a relative clause (“Who founded the firm in ___”)', () => {
    const text =
      'Velen Ferries is run by Ida Moss, who founded the company with two friends from the harbour school in 2014. The firm carried 90,000 passengers last year.';
    const cards = generate(text).cards.filter((c) => c.kind === 'event-date' || c.kind === 'date-event');
    for (const c of cards) expect(`${c.prompt} ${c.answer}`).not.toMatch(/\bWho founded\b/);
  });
});

describe('to confirm: a date asked as the text writes it', () => {
  it('is not flagged when no year was given to it', () => {
    const text =
      'VELEN – Today, October 8, the harbour board approved a plan to replace every wooden pier within ten years. The board will meet again in the spring.';
    const card = generate(text).cards.find((c) => c.kind === 'event-date' && c.answer === 'October 8');
    expect(card).toBeDefined();
    expect(card?.needsReview).toBeUndefined();
  });
});

describe('finish the quote: no blank on one item of a list', () => {
  it('blanks no item of a list of common nouns', () => {
    const ames = actor('Ana Ames', { role: 'mayor of Velen' });
    const text =
      'When the harbour floods, the families on the quay suffer the loss of Tarnholm, poor sleep, damp houses and other troubles that last for years.';
    const cards = quoteCards([quote(text, 'Ana Ames')], [ames], []);
    expect(cards.filter((c) => c.kind === 'quote-finish').map((c) => c.answer)).not.toContain('Tarnholm');
  });
});

describe('roles in an article: the owner kept where the text gives it', () => {
  const roleCards = (text: string) =>
    generate(text)
      .cards.filter((c) => c.kind === 'actor-role' || c.kind === 'role-actor')
      .map((c) => `${c.prompt} ${c.answer}`);

  it('asks “Who is Ana Ames’s private secretary?” where the text says whose (the owner named in full)', () => {
    const text =
      "Mayor Ana Ames of Velen opened the new quay on Monday. Ames's private secretary Tom Vell read the plan aloud. Ames later left for Portwell.";
    expect(roleCards(text)).toContain("Who is Ana Ames's private secretary? Tom Vell");
  });

  it('asks nothing of “her private secretary”: no pronoun is turned into a name', () => {
    const text =
      'Ana Ames sent her private secretary, Tom Vell, to the quay. Vell was turned away by the guards at the gate.';
    expect(roleCards(text).filter((c) => c.includes('Tom Vell'))).toEqual([]);
  });
});

describe('date prompts: a relative clause asked with the name it stands for', () => {
  const prompts = (text: string) =>
    generate(text)
      .cards.filter((c) => c.kind === 'event-date')
      .map((c) => c.prompt);

  it('asks “Ida Moss turned forty in ___” of “Ida Moss, who turned forty in 2029, has run …”', () => {
    const text =
      'The harbour office is run by Ida Moss, who turned forty in 2029, has run the ferry desk since the floods and knows every skipper by name.';
    expect(prompts(text)).toContain('Which date fills the blank? Ida Moss turned forty in ___');
  });

  it('asks nothing where the name before “who” is the object of “of”', () => {
    const text =
      'The quay was built by the son of Ida Moss, who moved to Velen from Portwell in 2029 and opened a boatyard there.';
    expect(prompts(text).some((p) => p.includes('Ida Moss moved'))).toBe(false);
  });
});

describe('one statement, one who-said card', () => {
  it('asks once of two quotations of one statement ("…," she said. "…"), keeping the one that tells most', () => {
    const text = [
      'Port report',
      '',
      'The Kessel harbour board voted on Monday to close the old pier for a year of repairs.',
      '',
      '"We have waited far too long for the money to mend the old pier and its rotten piles," Kessel Harbour Board chair Ada Pruitt said. "The piles under the landing stage have been rotting since the great storm and nobody wanted to pay for them."',
      '',
      'Ivo Lind, who runs the ferry, disagreed. "Closing the pier for a whole year will cost the island its summer trade," he said.',
    ].join('\n');
    const said = generate(text)
      .cards.filter((c) => c.kind === 'quote-speaker')
      .map((c) => c.answer);
    expect(said.filter((a) => a === 'Ada Pruitt')).toHaveLength(1);
    expect(said).toContain('Ivo Lind');
  });
});

describe('finish the quote: the speaker is part of the card', () => {
  const ames = actor('Ana Ames', { role: 'mayor of Velen' });
  const text = 'We will need another 40 ferries on the Tarn crossing before the bridge opens to traffic.';

  it('is asked with a sure speaker, named in the prompt', () => {
    const card = quoteCards([quote(text, 'Ana Ames')], [ames], []).find((c) => c.kind === 'quote-finish');
    expect(card?.prompt).toMatch(/^Fill the blank in the quote by Ana Ames: /);
  });

  it('is not asked when the speaker is unsure or unknown ("I", "we" of whom?)', () => {
    const unsure = { ...quote(text, 'Ana Ames'), confidence: 'low' as const, sieve: 'pronoun' };
    expect(quoteCards([unsure], [ames], []).some((c) => c.kind === 'quote-finish')).toBe(false);
    const nobody = { ...quote(text, 'Ana Ames'), speaker: null, confidence: 'low' as const, sieve: 'none' };
    expect(quoteCards([nobody], [ames], []).some((c) => c.kind === 'quote-finish')).toBe(false);
  });

  it('blanks no figure that ends a run of figures ("50, 60, ___")', () => {
    const run = 'We used to get 50, 60, 70,000 people on the quay for the regatta every single summer.';
    const cards = quoteCards([quote(run, 'Ana Ames')], [ames], []);
    expect(cards.filter((c) => c.kind === 'quote-finish').map((c) => c.answer)).not.toContain('70,000');
  });
});
