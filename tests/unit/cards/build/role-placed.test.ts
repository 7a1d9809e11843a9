import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { actorCards } from '../../../../renderer/src/cards/build/actors';
import { actor } from './facts';

// Our own harbour town: officials with roles readers can place, and two they cannot.
const trust = actor('Lower Velen Harbour Trust', { kind: 'organisation' });
const PEOPLE = [
  actor('Ana Ames', { role: 'mayor of Velen' }),
  actor('Bruno Ruiz', { role: 'treasurer of the harbour board' }),
  actor('Carla Moss', { role: 'Commodore' }),
  actor('Dario Lind', { role: 'Lower Velen Harbour Trust' }),
  actor('Elsa Norr', { role: 'chief engineer of the dock works' }),
];

describe('role cards readers can place', () => {
  const cards = actorCards([...PEOPLE, trust]).filter((c) => c.kind === 'actor-role');

  it('asks no bare one-word title and no body name as a role, nor offers them as choices', () => {
    expect(cards.map((c) => c.actors?.[0])).toEqual(['Ana Ames', 'Bruno Ruiz', 'Elsa Norr']);
    for (const c of cards) {
      expect(c.choices ?? []).not.toContain('Commodore');
      expect(c.choices ?? []).not.toContain('Lower Velen Harbour Trust');
    }
  });

  it('offers wrong roles of the answer’s own form', () => {
    const members = [
      actor('Ines Varga', { role: 'Councillor (Green, North Ward)' }),
      actor('Jon Pike', { role: 'Councillor (Labour, Dock Ward)' }),
      actor('Kim Oduya', { role: 'Councillor (Liberal, Hill Ward)' }),
      actor('Lars Ekdal', { role: 'chief clerk of the port office' }),
      ...PEOPLE,
    ];
    const all = actorCards(members);
    const of = (name: string) => all.find((c) => c.kind === 'actor-role' && c.actors?.[0] === name);
    expect(of('Lars Ekdal')?.choices?.some((c) => c.includes('('))).toBe(false);
    expect(of('Ines Varga')?.choices?.every((c) => c.startsWith('Councillor ('))).toBe(true);
  });

  it('asks no role the back of a quote card already shows', () => {
    const text =
      'Velen harbour reopened on Monday. "The pier is safe again," said Ana Ames, the mayor of Velen. Bruno Ruiz, the treasurer of the harbour board, paid the bill.';
    const kinds = generate(text).cards.map((c) => `${c.kind}: ${c.answer}`);
    expect(kinds).toContain('quote-speaker: Ana Ames');
    expect(kinds).not.toContain('actor-role: mayor of Velen');
  });
});
