import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Names followed by a lower-case head noun that says what they name. Sentences written for this file.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));
const names = (body: string) => actorsOf(body).map((a) => a.name);

describe('a lower-case head after a name', () => {
  it('reads "the X administration" as a body and "the X conference" as a forum', () => {
    const text =
      'The Lindqvist administration was leaving its successor a mess. Later the Bergen conference reached agreement, and protests came at the 12th Arctic Council conference.';
    expect(find(text, 'Lindqvist administration')?.kind).toBe('organisation');
    expect(find(text, 'Bergen conference')?.kind).toBe('forum');
    expect(find(text, 'Arctic Council conference')?.kind).toBe('forum');
  });

  it('names a party by its name, and an acronym or a state before the head is no new actor', () => {
    const text =
      'She ran with the Nuevo Rumbo party in 2016. He ran under the KLP party. The Danish administration said no.';
    expect(find(text, 'Nuevo Rumbo')?.kind).toBe('organisation');
    expect(names(text)).not.toContain('KLP party');
    expect(names(text)).not.toContain('Danish administration');
  });

  it('needs "the" before the name', () => {
    const text = 'Voters in Bergen conference with their mayor each spring.';
    expect(names(text)).not.toContain('Bergen conference');
  });
});
