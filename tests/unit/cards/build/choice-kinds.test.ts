import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { actorCards } from '../../../../renderer/src/cards/build/actors';
import { roleSort, sameName, sameRole } from '../../../../renderer/src/cards/build/alike';
import { dateStyle } from '../../../../renderer/src/cards/build/quality';
import { quoteCards } from '../../../../renderer/src/cards/build/quotes';
import { articleSpeakers } from '../../../../renderer/src/cards/build/speakers';
import { actor, quote } from './facts';

// Our own harbour report: three people quoted, one who reports a statement, two only named.
const ARTICLE = [
  '“The pier will close in May,” said Ana Ames, the harbour chair.',
  'Bruno Ruiz, the treasurer, told the board the repairs would cost more than planned.',
  '“We were never asked,” Carla Moss said.',
  'According to Dario Lind, the ferry will keep running.',
  'Elsa Norr and Finn Oke watched from the quay while Ames spoke.',
  'The Harbour Board said it would publish the accounts.',
  'Gina Holt, an analyst at the Velen Institute, said the figures were wrong.',
  '“Too late,” said the Harbour Board’s secretary, Jon Kell.',
  'Ruiz later met Elsa Norr and he said the talks went well.',
].join('\n');

const HARBOUR = [
  actor('Ana Ames', { role: 'harbour chair' }),
  actor('Bruno Ruiz', { role: 'treasurer' }),
  actor('Carla Moss'),
  actor('Dario Lind'),
  actor('Elsa Norr'),
  actor('Finn Oke'),
  actor('Harbour Board', { kind: 'organisation' }),
  actor('Gina Holt'),
  actor('Velen Institute', { kind: 'organisation' }),
  actor('Jon Kell'),
];

const QUOTES = [
  quote('The pier will close in May when the tide tables allow it.', 'Ana Ames'),
  quote('We were never asked about any of this by the board.', 'Carla Moss'),
];

describe('who said it: the wrong choices are people the article has speaking', () => {
  it('finds the speakers of quotations and of reported statements, not people only named', () => {
    const speaks = articleSpeakers(ARTICLE, HARBOUR, QUOTES);
    for (const name of ['Ana Ames', 'Bruno Ruiz', 'Carla Moss', 'Dario Lind', 'Harbour Board', 'Gina Holt', 'Jon Kell'])
      expect(speaks.has(name), name).toBe(true);
    // Named only, named in an aside, or before a pronoun that speaks.
    for (const name of ['Elsa Norr', 'Finn Oke', 'Velen Institute']) expect(speaks.has(name), name).toBe(false);
  });

  it('offers only speakers, and people only for a person', () => {
    const card = quoteCards(QUOTES, HARBOUR, [], undefined, ARTICLE).find(
      (c) => c.kind === 'quote-speaker' && c.answer === 'Ana Ames',
    );
    expect(card?.choices).toBeDefined();
    const speakers = ['Ana Ames', 'Bruno Ruiz', 'Carla Moss', 'Dario Lind', 'Gina Holt', 'Jon Kell'];
    for (const c of card!.choices!) expect(speakers).toContain(c);
  });

  it('asks a typed answer rather than pad the choices with people who never spoke', () => {
    const text = '“The nets are full,” said Ivo Sand. “Not for long,” Pia Lund said. Oskar Berg and Tea Holm fished.';
    const people = ['Ivo Sand', 'Pia Lund', 'Oskar Berg', 'Tea Holm'].map((n) => actor(n));
    const quotes = [
      quote('The nets are full again this spring after two poor years.', 'Ivo Sand'),
      quote('Not for long if the quotas stay where they are this year.', 'Pia Lund'),
    ];
    const cards = quoteCards(quotes, people, [], undefined, text).filter((c) => c.kind === 'quote-speaker');
    expect(cards).toHaveLength(2);
    for (const c of cards) expect(c.choices).toBeUndefined();
  });

  it('never asks a body among people only, where no other body speaks', () => {
    const quotes = [...QUOTES, quote('The accounts will be published in full before the summer.', 'Harbour Board')];
    const card = quoteCards(quotes, HARBOUR, [], undefined, ARTICLE).find(
      (c) => c.kind === 'quote-speaker' && c.answer === 'Harbour Board',
    );
    expect(card).toBeDefined();
    expect(card!.choices).toBeUndefined();
  });
});

describe('no two choices that read as one name', () => {
  it('tells a surname, a shared surname and a contained name from another person', () => {
    expect(sameName('Ruiz', 'Ana Ruiz')).toBe(true);
    expect(sameName('Ana Ruiz', 'Tomas Ruiz')).toBe(true);
    expect(sameName('Ana Ruiz Sand', 'Ivo Sand')).toBe(true);
    expect(sameName('Ana Ruiz', 'Ana Moss')).toBe(false);
    expect(sameName('Jon P. Kell', 'Jon Kell')).toBe(true);
  });

  it('never offers a surname beside the full name, a relative of one surname, or an alias of the answer', () => {
    const people = [
      actor('Ana Ruiz', { aliases: ['Nana Ruiz'] }),
      actor('Ruiz'),
      actor('Tomas Ruiz'),
      actor('Nana R. Ruiz'),
      actor('Ivo Sand'),
      actor('Pia Lund'),
      actor('Oskar Berg'),
    ];
    const line = (n: string, i: number) => quote(`The market opens at ${i} o’clock on every weekday from now on.`, n);
    const quotes = people.map((p, i) => line(p.name, i + 1));
    for (const card of quoteCards(quotes, people, []).filter((c) => c.kind === 'quote-speaker')) {
      const choices = card.choices ?? [];
      for (const a of choices) for (const b of choices) if (a !== b) expect(sameName(a, b), `${a} / ${b}`).toBe(false);
      if (card.answer === 'Ana Ruiz') expect(choices).not.toContain('Nana Ruiz');
    }
  });
});

describe('wrong roles of the answer’s sort', () => {
  it('sorts roles: titles of office, a state’s roles, action phrases, owned roles', () => {
    expect(roleSort('Secretary of the Treasury')).toBe('office');
    expect(roleSort('private secretary')).toBe('office');
    // A consort's or relative's role is of its own sort: "First Lady" among offices gives the answer away.
    expect(roleSort('First Lady')).toBe('kin');
    expect(roleSort('wife of the harbour master')).toBe('kin');
    expect(roleSort('Council Majority Leader')).toBe('office');
    expect(roleSort('French envoy')).toBe('side:France');
    expect(roleSort('envoy of France to the talks')).toBe('side:France');
    expect(roleSort('Velen Front spokesperson', new Set(['velen front']))).toBe('side:velen front');
    expect(roleSort('led the dockers’ strike')).toBe('action');
    expect(roleSort('speaks for the harbour board')).toBe('action');
    expect(roleSort('Kelso Rovers’ coach')).toBe('owned');
  });

  it('tells the same role reworded', () => {
    expect(sameRole('Harbour Board chair', 'chair of the Harbour Board')).toBe(true);
    expect(sameRole('Prime Minister', 'former Prime Minister')).toBe(true);
    expect(sameRole('Harbour Board chair', 'Harbour Board treasurer')).toBe(false);
  });

  const ROLES = [
    actor('Ana Ames', { role: 'French envoy' }),
    actor('Ivo Sand', { role: 'French trade attaché' }),
    actor('Pia Lund', { role: 'German envoy' }),
    actor('Lars Holm', { role: 'French consul in Velen' }),
    actor('Tea Berg', { role: 'Secretary of the Treasury' }),
    actor('Oskar Falk', { role: 'Harbour Master' }),
    actor('Jon Kell', { role: 'Chief Pilot' }),
    actor('Rita Voss', { role: 'led the dockers’ strike' }),
    actor('Mats Dahl', { role: 'founded the ferry company' }),
    actor('Ulla Kirk', { role: 'speaks for the fishermen' }),
    actor('Eva Sten', { role: 'chair of the Harbour Board' }),
    actor('Nils Sten', { role: 'Harbour Board chair' }),
    actor('Sten', { role: 'Deputy Mayor' }),
  ];
  const cards = actorCards(ROLES).filter((c) => c.kind === 'actor-role');
  const card = (name: string) => cards.find((c) => c.actors?.[0] === name)!;

  it('asks a state’s role among roles of the same state where the article gives them', () => {
    expect(card('Ana Ames').choices).toBeDefined();
    expect([...card('Ana Ames').choices!].sort()).toEqual(
      ['French consul in Velen', 'French envoy', 'French trade attaché'].sort(),
    );
  });

  it('asks a title among titles, never among a state’s roles or action phrases', () => {
    expect(card('Tea Berg').choices).toBeDefined();
    for (const c of card('Tea Berg').choices!) expect(roleSort(c)).toBe('office');
  });

  it('never offers a role reworded, nor a role of another name of the same person', () => {
    for (const c of cards) {
      const choices = c.choices ?? [];
      for (const a of choices) for (const b of choices) if (a !== b) expect(sameRole(a, b), `${a} / ${b}`).toBe(false);
    }
    // "Sten" may be Eva or Nils Sten: the Deputy Mayor is never a wrong role of theirs.
    expect(card('Eva Sten').choices ?? []).not.toContain('Deputy Mayor');
  });
});

describe('who holds a role: people of the answer’s kind', () => {
  it('never offers the role’s owner written by surname, nor a name of the answer', () => {
    const people = [
      actor('Ana Ames', { role: 'President of Velen' }),
      actor('Ivo Sand', { role: 'Ames’s spokesman' }),
      actor('Pia Lund', { role: 'harbour treasurer' }),
      actor('Oskar Berg', { role: 'ferry pilot' }),
      actor('Sand'),
      actor('Velen Ferry Company', { kind: 'organisation' }),
    ];
    const card = actorCards(people).find((c) => c.kind === 'role-actor')!;
    expect(card.prompt).toBe('Who is Ames’s spokesman?');
    expect(card.choices).toBeDefined();
    expect(card.choices).not.toContain('Ana Ames');
    expect(card.choices).not.toContain('Sand');
    expect(card.choices).not.toContain('Velen Ferry Company');
  });
});

describe('date choices written the answer’s way', () => {
  it('never asks a date among dates written otherwise, where it would be the one so written', () => {
    const text = [
      'The harbour wall of Velm was finished on 12 May 1958 after a long winter.',
      'The town council approved a new ferry pier on 19 March 2013 by a narrow vote.',
      'The first ferry of the new line left the pier on October 7, 2017 with forty guests.',
      'The last crane of the old dock was taken down on June 2, 2019 in heavy rain.',
      'The pier lights were replaced on August 30, 2021 after a storm.',
      'The port log for 2016-11-02 records the day the crane arrived.',
    ].join(' ');
    const cards = generate(text).cards.filter((c) => c.kind === 'event-date' && c.choices);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) for (const choice of c.choices!) expect(dateStyle(choice)).toBe(dateStyle(c.answer));
    expect(dateStyle('12 May 1958')).toBe(dateStyle('3 June 2001'));
    expect(dateStyle('12 May 1958')).not.toBe(dateStyle('May 12, 1958'));
  });
});

describe('no wrong role the article also gives the person', () => {
  it('never offers a role written beside the answer’s name elsewhere', () => {
    const people = [
      actor('Ana Ames', { role: 'chair of the ferry board' }),
      actor('Ivo Sand', { role: 'Harbour Master' }),
      actor('Pia Lund', { role: 'Deputy Mayor' }),
      actor('Oskar Berg', { role: 'head of the pilots’ union' }),
      actor('Tea Holm', { role: 'Port Treasurer' }),
    ];
    const text = [
      'Ana Ames, the chair of the ferry board, opened the meeting.',
      'Years ago Deputy Mayor Ana Ames had built the first pier.',
      'Ivo Sand, the Harbour Master, spoke next.',
    ].join(' ');
    const card = actorCards(people, text).find((c) => c.kind === 'actor-role' && c.actors?.[0] === 'Ana Ames')!;
    expect(card.choices).toBeDefined();
    expect(card.choices).not.toContain('Deputy Mayor');
  });
});

describe('a role that is no one person’s (news pages, issue 10 round 5)', () => {
  it('asks no card of a role cut before its noun ("Velm League’s") or of a pair ("the two Toms brothers")', () => {
    const people = [
      actor('Kai Toms', { role: 'Olympic-champion Toms brothers' }),
      actor('Ada Vesk', { role: 'Velm League’s' }),
      actor('Ola Brandt', { role: 'chair of the Velm Harbour Board' }),
      actor('Ivo Marr', { role: 'captain of the Tarn ferry' }),
      actor('Eva Sten', { role: 'engineer at the Orsk port' }),
      actor('Mats Dahl', { role: 'Tarn Fishing Union leader' }),
    ];
    const asked = actorCards(people).flatMap((c) => c.actors ?? []);
    expect(asked).not.toContain('Kai Toms');
    expect(asked).not.toContain('Ada Vesk');
    expect(asked).toContain('Ola Brandt');
  });
});
