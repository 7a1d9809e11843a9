import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes found on real articles, each checked on sentences we wrote.
const actor = (text: string, name: string) => generate(text).actors.find((a) => a.name === name);

describe('names after a noun of kinship', () => {
  it('makes a single name after "his half-brother," a person, with what he led after the closing comma', () => {
    const text =
      'The old king fled abroad. His half-brother, Tesmaronet, led the Communist-dominated Kavan Front, which held the north.';
    const person = actor(text, 'Tesmaronet');
    expect(person?.kind).toBe('person');
    expect(person?.role).toBe('led the Communist-dominated Kavan Front');
  });

  it('makes a single name right after "her husband" a person without taking the kinship as a role', () => {
    const person = actor('The widow of the mill stayed on. Her husband Oskaran had left in May.', 'Oskaran');
    expect(person?.kind).toBe('person');
    expect(person?.role).toBeNull();
  });
});
