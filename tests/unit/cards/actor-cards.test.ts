import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';
import { actorCards } from '../../../renderer/src/cards/build/actors';
import type { ActorFact } from '../../../renderer/src/cards/types';

const source = { start: 0, end: 10 };
const person = (name: string, role: string | null, extra: Partial<ActorFact> = {}): ActorFact => ({
  name,
  aliases: [],
  kind: 'person',
  role,
  mentions: 2,
  source,
  confidence: 'high',
  ...extra,
});
const body = (name: string, acronym: string): ActorFact => ({
  name,
  aliases: [acronym],
  kind: 'organisation',
  role: null,
  mentions: 3,
  source,
  confidence: 'high',
});

describe('actor cards', () => {
  const people = [
    person('Ines Varga', 'Mayor of Port Velen'),
    person('Tomas Brecht', 'of the fishermen’s union'),
    person('Lena Okafor', 'his second cousin'),
    person('Piet Haas', 'pleased Director of Dock Works'),
    person('Ada Kern', 'Harbour Master', { roleBasis: 'clause', roleConfidence: 'low' }),
    person('Rui Santos', 'former Minister of Transport'),
  ];

  it('makes no role card of a phrase that opens with a preposition or a possessive', () => {
    const cards = actorCards(people);
    expect(cards.some((c) => c.actors?.includes('Tomas Brecht'))).toBe(false);
    expect(cards.some((c) => c.actors?.includes('Lena Okafor'))).toBe(false);
    expect(cards.some((c) => c.answer === 'Mayor of Port Velen' && !c.needsReview)).toBe(true);
  });

  it('asks the reader to confirm a role read far from the name or opening with a stray word', () => {
    const cards = actorCards(people);
    const role = (name: string) => cards.find((c) => c.kind === 'actor-role' && c.actors?.includes(name));
    expect(role('Ada Kern')?.unsure?.reason).toMatch(/sentence around the name/);
    // "pleased Director of …": the stray word goes, the role stays.
    expect(role('Piet Haas')?.answer).toBe('Director of Dock Works');
    expect(role('Rui Santos')?.needsReview).toBeUndefined();
  });

  it('makes no card of an acronym whose name does not spell it', () => {
    const cards = actorCards([
      body('Velen Harbour Authority', 'VHA'),
      body('Danish Coastal Board', 'TIDE'),
      body('Islamic State Khorasan Province', 'ISIS-K'),
      body('North Sea Fisheries Council', 'NSFC'),
    ]);
    const card = (alias: string) => cards.find((c) => c.kind === 'actor-alias' && c.prompt.includes(alias));
    expect(card('VHA')?.needsReview).toBeUndefined();
    expect(card('ISIS-K')?.needsReview).toBeUndefined();
    expect(card('TIDE')).toBeUndefined();
    // Typed, not chosen: only one real name has the acronym's initials.
    expect(cards.filter((c) => c.kind === 'actor-alias').every((c) => c.choices === undefined)).toBe(true);
  });
});

describe('a role two people hold', () => {
  it('asks neither person for it ("spokeswoman" and "spokesperson" of one body are one role)', () => {
    const cards = actorCards([
      person('Ada Pruitt', 'Harbour Board spokeswoman'),
      person('Ivo Lind', 'Harbour Board spokesperson'),
      person('Tomas Vell', 'Harbour Master'),
    ]);
    const asked = cards.filter((c) => c.kind === 'actor-role').map((c) => c.actors?.[0]);
    expect(asked).toEqual(['Tomas Vell']);
  });
});

describe('action roles', () => {
  it('make no card: "Who saved the late penalty?" needs the scene the clause gave', () => {
    const cards = actorCards([
      person('Tomas Vell', 'scored a goal', { roleBasis: 'action' }),
      person('Ivo Lind', 'saved the late penalty', { roleBasis: 'action' }),
      person('Ada Pruitt', 'Harbour Master'),
    ]);
    expect(cards.map((c) => c.actors?.[0])).not.toContain('Ivo Lind');
    expect(cards.map((c) => c.actors?.[0])).not.toContain('Tomas Vell');
    expect(cards.map((c) => c.actors?.[0])).toContain('Ada Pruitt');
  });
});

describe('role cards of people the article passes by', () => {
  it('makes none for a person named once, who says nothing and holds no office in the story', () => {
    const text = [
      'Ada Vesk is a Tarnish architect. Vesk built the Velm library in 1990 and the Arden ferry hall in 1994.',
      'Her fourth-year project drew on the work of Ivo Marr, a Velenian painter of the last century.',
      'The works were shown in Velm by Lena Moss, the mayor of Velm. Vesk said: “A hall should carry the river inside it.”',
    ].join(' ');
    const roles = generate(text).cards.filter((c) => c.kind === 'actor-role');
    expect(roles.map((c) => c.actors?.[0])).not.toContain('Ivo Marr');
    // An office in the story keeps its card, once named or not.
    expect(roles.find((c) => c.actors?.[0] === 'Lena Moss')?.answer).toMatch(/mayor of Velm/);
  });
});
