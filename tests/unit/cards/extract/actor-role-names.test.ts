import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Role nouns that are also names, and people listed with their titles. Sentences written for this file.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));

describe('role nouns that are names', () => {
  it('reads a role noun that is a surname, after a given name, as the surname', () => {
    const text =
      'The talks stalled in May. Later, Harold Pike and Jonas Porter, the treasurer, agreed that the fund would not grow.';
    const porter = find(text, 'Jonas Porter');
    expect(porter?.kind).toBe('person');
    expect(porter?.role).toBe('treasurer');
    expect(find(text, 'Harold Pike')?.kind).toBe('person');
  });

  it('reads a role noun that is a given name, after a complete title, as the given name', () => {
    const text = 'The board met in March. Secretary of State Dean Lundgren opened the session and left at noon.';
    const dean = find(text, 'Dean Lundgren');
    expect(dean?.role).toBe('Secretary of State');
  });

  it('keeps a role noun before a surname as the title when no title comes before it', () => {
    const text = 'The faculty met in March. Dean Lundgren opened the session and left at noon.';
    expect(find(text, 'Lundgren')?.role).toBe('Dean');
  });
});

describe('people listed with their titles', () => {
  it('does not take the next titled person of a list for the role of the one before', () => {
    const text =
      'The mayor and her team (Treasurer Ada Lind, Secretary of Finance Bo Ringvold, and Sheriff Cal Moerken) faced the council in May.';
    expect(find(text, 'Ada Lind')?.role).toBe('Treasurer');
    expect(find(text, 'Bo Ringvold')?.role).toBe('Secretary of Finance');
    expect(find(text, 'Cal Moerken')?.role).toBe('Sheriff');
  });

  it('still reads a title with its state in apposition as the role', () => {
    const text = 'Amara Okonkwo, President of Ghana, said on Monday that the talks would go on.';
    expect(find(text, 'Amara Okonkwo')?.role).toBe('President of Ghana');
  });
});
