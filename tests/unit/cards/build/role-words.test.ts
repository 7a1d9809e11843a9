import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): roles readers of fresh speeches, letters and guides rejected.
const roleAnswers = (text: string) =>
  generate(text)
    .cards.filter((c) => c.kind === 'actor-role')
    .map((c) => `${c.actors?.[0]} → ${c.answer}`);

describe('a role card asks a role', () => {
  it('asks no title before someone else’s name ("Senator Ossoff") as a role', () => {
    const text =
      'Her successor, IVO BRANDT, is the first Velmish Senator to represent Tarn. JOHN VESK is the first Orskan Senator from his State. I can now happily and proudly call them Senator BRANDT, Senator VESK, and Senator MARR.';
    const roles = roleAnswers(text);
    expect(roles.some((r) => /→ Senator VESK/.test(r))).toBe(false);
    expect(roles).toContain('JOHN VESK → first Orskan Senator');
  });

  it('asks no place’s name, no kin phrase and no headline verb as a role', () => {
    expect(
      roleAnswers(
        'Set beside Tarn Lodge is the lovely Tarn Scenic Reserve. Tarn Lodge was built in 1920. Tarn Lodge has ten rooms.',
      ),
    ).toEqual([]);
    expect(
      roleAnswers(
        "At the villa I met the Prince of Velm, Ivo, who is the son of King Ivo's eldest son. Ivo laughed. Ivo left early.",
      ).some((r) => /son of King/.test(r)),
    ).toBe(false);
  });

  it('keeps a title written with its capitals ("Government Printer", "Attorney-General")', () => {
    const text =
      'The Government Printer, Ola Vesk, refused to print the order. Vesk said the order was unlawful. The Velm Attorney-General, Ivo Marr, agreed. Marr wrote to the council.';
    const roles = roleAnswers(text);
    expect(roles).toContain('Ola Vesk → Government Printer');
  });
});

describe('a role belongs to a person, not a place', () => {
  it('gives a place after "the gentleman from" no role of the gentleman', () => {
    const roles = roleAnswers(
      'I thank the gentleman from Velen, the Chair of the Harbour Committee, for his work. Ada Vesk spoke for an hour.',
    );
    expect(roles.some((r) => r.startsWith('Velen'))).toBe(false);
  });

  it('asks no role of a site ("Tarn Mosque") or a list number ("3 Imam")', () => {
    const roles = roleAnswers(
      '3 Imam Mosque, on the south side of the square. Built in 1620, the mosque is the largest in Velm. 4 Sheikh Tarn Mosque, on the east side. The Mosque has a blue dome.',
    );
    expect(roles).toEqual([]);
  });
});
