import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { betterRole, namesOffice } from '../../../../renderer/src/cards/extract/actors/roles';

// Issue 10: an actor's card asks the role the article gives the person in its events (their office or
// position), not a background description, when the article gives both. Sentences written for these tests.

const roleOf = (text: string, name: string) => generate(text).actors.find((a) => a.name === name)?.role;
const roleCard = (text: string, name: string) =>
  generate(text).cards.find((c) => c.kind === 'actor-role' && c.actors?.[0] === name);

describe('the role that names the person’s part in the story', () => {
  it('takes the office a later mention gives over a background apposition', () => {
    const text = [
      'Ivo Marsh, a civil engineer from Kessel, was elected in a close vote in 2019.',
      'Marsh, the mayor of Portvale, opened the new ferry pier on Monday.',
    ].join(' ');
    expect(roleOf(text, 'Ivo Marsh')).toBe('mayor of Portvale');
    expect(roleCard(text, 'Ivo Marsh')?.answer).toBe('mayor of Portvale');
  });

  it('takes the office a copula gives past a background apposition', () => {
    const text = 'Ana Teller, a lifelong member of the Portvale party, is the mayor of Kessel. Teller opened the pier.';
    expect(roleOf(text, 'Ana Teller')).toBe('mayor of Kessel');
  });

  it('takes the office a copula goes on to give ("… engineer and politician who is the 9th President of Velen")', () => {
    const text =
      'Ruben Aldaz Cortes (born 2 May 1960) is a Velenian engineer and politician who is the 9th and current President of Velen. Aldaz signed the harbour law.';
    expect(roleOf(text, 'Ruben Aldaz Cortes')).toBe('9th President of Velen');
  });

  it('takes a later apposition over a background copula ("is a lifelong member …"; "Teller, the Kessel harbour master")', () => {
    const text =
      'Ana Teller is a lifelong member of the Portvale party. Teller, the Kessel harbour master, opened the pier on Monday.';
    expect(roleOf(text, 'Ana Teller')).toBe('Kessel harbour master');
  });

  it('keeps the background when the article gives no office', () => {
    const text =
      'Ana Teller, a lifelong member of the Portvale party, opened the pier on Monday. Teller spoke to the crowd.';
    expect(roleOf(text, 'Ana Teller')).toBe('lifelong member of the Portvale party');
  });

  it('keeps an office read first, and never takes a bare title for one ("President": of what?)', () => {
    expect(betterRole('mayor of Portvale', 'chair of the Kessel harbour board')).toBe(false);
    expect(betterRole('civil engineer from Kessel', 'President')).toBe(false);
    expect(betterRole('civil engineer from Kessel', 'mayor of Portvale')).toBe(true);
    expect(namesOffice('Kessel harbour master')).toBe(true);
    expect(namesOffice('member of the Portvale party')).toBe(false);
  });
});
