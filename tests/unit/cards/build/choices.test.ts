import { describe, expect, it } from 'vitest';
import { actorCards } from '../../../../renderer/src/cards/build/actors';
import { looksLikeBody } from '../../../../renderer/src/cards/build/card-kit';
import { quoteCards } from '../../../../renderer/src/cards/build/quotes';
import { actor, quote } from './facts';

// Our own sports report: two clubs and a town that extraction may take for people.
const ACTORS = [
  actor('Lena Brandt', { role: 'Kelso Rovers’ coach' }),
  actor('Tomas Vidal', { role: 'Harbour Athletic manager' }),
  actor('Kelso Rovers', { mentions: 6 }),
  actor('Harbour Athletic FC', { mentions: 3 }),
  actor('Dunmore City', { mentions: 2 }),
  actor('Ivo Sand'),
  actor('Pia Lund'),
  actor('Oskar Berg', { confidence: 'low', mentions: 1 }),
];

describe('choices of the answer’s kind, each a real alternative', () => {
  // Four people and the clubs speak: the clubs are never the wrong choices of a person's words.
  const OTHERS = [
    quote('The referee had a long evening and so did we.', 'Ivo Sand'),
    quote('Nobody in the stand will forget the second half.', 'Pia Lund'),
    quote('We lost the ball too often in the middle of the pitch.', 'Tomas Vidal'),
    quote('Tickets for the replay go on sale on Monday morning.', 'Kelso Rovers'),
    quote('The club thanks its supporters for their patience.', 'Harbour Athletic FC'),
  ];

  it('never offers a club, a town or a role’s owner as the person who said it', () => {
    const cards = quoteCards(
      [quote('We pressed well and we scored when it mattered most tonight.', 'Lena Brandt'), ...OTHERS],
      ACTORS,
      [],
    );
    const speaker = cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Lena Brandt')!;
    expect(speaker.choices).toHaveLength(4);
    for (const wrong of ['Kelso Rovers', 'Harbour Athletic FC', 'Dunmore City', 'Oskar Berg'])
      expect(speaker.choices).not.toContain(wrong);
  });

  it('never offers as wrong a speaker the article has saying the same words', () => {
    const words = 'We will build the new stand before the winter comes to the coast.';
    const cards = quoteCards(
      [quote(words, 'Lena Brandt'), quote(`${words} And we will pay for it.`, 'Ivo Sand'), ...OTHERS],
      ACTORS,
      [],
    );
    const first = cards.find((c) => c.kind === 'quote-speaker' && c.answer === 'Lena Brandt')!;
    expect(first.choices).toBeDefined();
    expect(first.choices).not.toContain('Ivo Sand');
  });

  it('asks who holds a role among people only', () => {
    const who = actorCards(ACTORS).filter((c) => c.kind === 'role-actor');
    expect(who.length).toBeGreaterThan(0);
    for (const card of who) for (const c of card.choices ?? []) expect(looksLikeBody(c)).toBe(false);
  });

  it('tells a body’s or a place’s shape from a person’s name', () => {
    expect(looksLikeBody('Harbour Athletic FC')).toBe(true);
    expect(looksLikeBody('Dunmore City')).toBe(true);
    expect(looksLikeBody('Lena Brandt')).toBe(false);
    expect(looksLikeBody('Jo Kim')).toBe(false);
  });
});
