import { describe, expect, it } from 'vitest';
import { actorCards } from '../../../../renderer/src/cards/build/actors';
import { reviewOfRole, spellsAcronym, trimRole } from '../../../../renderer/src/cards/build/review';
import { actor } from './facts';

describe('roles built from the role’s own words', () => {
  it('drops the words before a title that do not belong to it', () => {
    expect(trimRole('pleased President')).toBe('President');
    expect(trimRole('grateful Harbour Master')).toBe('Harbour Master');
    // A word that changes what the role says stays: a prospective MP is no MP.
    expect(trimRole('prospective Velm Party MP')).toBe('prospective Velm Party MP');
    expect(trimRole('alleged leader of the ring')).toBe('alleged leader of the ring');
    expect(trimRole('former Governor')).toBe('former Governor');
    expect(trimRole('president and CEO of the Tarnow Trust')).toBe('president and CEO of the Tarnow Trust');
    expect(trimRole('happy')).toBeNull();
  });

  it('does not flag a role that opens with a role noun in lower case', () => {
    const a = actor('Ida Rask', { role: 'chair of the river board', roleBasis: 'apposition' });
    expect(reviewOfRole(a)).toBeNull();
  });

  it('asks the trimmed role', () => {
    const cards = actorCards([
      actor('Ana Ames', { role: 'glad Mayor of Velen' }),
      actor('Ivo Sand', { role: 'Harbour Master' }),
    ]);
    const role = cards.find((c) => c.kind === 'actor-role' && c.actors?.[0] === 'Ana Ames');
    expect(role?.answer).toBe('Mayor of Velen');
  });

  it('asks a role one way only: a title from the person, a role naming its owner from the role', () => {
    const people = [
      actor('Ana Ames', { role: 'President' }),
      actor('Ivo Sand', { role: 'Harbour Master' }),
      actor('Lena Brandt', { role: 'Kelso Rovers’ coach' }),
    ];
    const cards = actorCards(people, 'President Ana Ames opened the dock. Ivo Sand, the Harbour Master, watched.');
    const kinds = (name: string) => cards.filter((c) => c.actors?.[0] === name).map((c) => c.kind);
    // A bare one-word title ("President" of what?) makes no card.
    expect(kinds('Ana Ames')).toEqual([]);
    expect(kinds('Ivo Sand')).toEqual(['actor-role']);
    expect(kinds('Lena Brandt')).toEqual(['role-actor']);
    expect(cards.find((c) => c.kind === 'role-actor')?.prompt).toBe('Who is Kelso Rovers’ coach?');
  });
});

describe('acronym cards only where the letters spell the name', () => {
  it('reads the initials of the name, small words optional', () => {
    expect(spellsAcronym('TRB', 'Tarnow River Board')).toBe(true);
    expect(spellsAcronym('OFFA', 'Office for Fisheries and Aquaculture')).toBe(true);
    expect(spellsAcronym('NORAC', 'Northern Rail Consortium')).toBe(true);
    expect(spellsAcronym('HSE', 'Harbour Safety Executive and Pilotage')).toBe(true);
    expect(spellsAcronym('ESDA', 'School of Design Arts')).toBe(false);
    expect(spellsAcronym('VBG', 'Tarnow Harbour Agency')).toBe(false);
  });

  it('makes no card of an acronym linked to a name it does not spell', () => {
    const bodies = [
      actor('School of Design Arts', { kind: 'organisation', aliases: ['ESDA'] }),
      actor('Tarnow River Board', { kind: 'organisation', aliases: ['TARB'] }),
    ];
    const text = 'The School of Design Arts (ESDA) sits beside the Tarnow River Board (TARB) on the quay.';
    const asked = actorCards(bodies, text)
      .filter((c) => c.kind === 'actor-alias')
      .map((c) => c.prompt);
    expect(asked).toEqual(['What does TARB stand for?']);
  });
});
