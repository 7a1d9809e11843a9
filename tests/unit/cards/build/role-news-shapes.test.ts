import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): role shapes readers of fresh news rejected.
const roleOf = (text: string, name: string): string | null =>
  generate(text).actors.find((a) => a.name === name)?.role ?? null;

describe('a role is the person’s own title, not the words around it', () => {
  it('ends a title before a name at an "and" that joins a body, not a role', () => {
    const text =
      'Ties between the Velm government and Crown Prince Ivo Marr remain tense, officials said. Marr met the envoy on Monday.';
    expect(roleOf(text, 'Ivo Marr')).toBe('Crown Prince');
    // Two roles of one person joined by "and" stay one role.
    expect(roleOf('The founder and chief executive Ada Vesk opened the plant. Vesk spoke first.', 'Ada Vesk')).toBe(
      'founder and chief executive',
    );
  });

  it('reads no role from a fronted clause that ends in a noun before the subject’s name', () => {
    const text =
      'When the port fully returned to the public sector, Sir Ola Brandt told reporters: "It was a proud day for all of us." Brandt left in May.';
    expect(roleOf(text, 'Ola Brandt')).toBeNull();
    // An apposition after a preposition still gives its role.
    expect(
      roleOf('The letter went to the harbour director, Ola Brandt, on Monday. Brandt did not answer.', 'Ola Brandt'),
    ).toBe('harbour director');
  });

  it('keeps the name after a courtesy title inside a role ("adviser to Mrs. Brandt")', () => {
    const text = 'Ada Vesk, a lawmaker and adviser to Mrs. Brandt, praised the decision. Vesk spoke on radio.';
    const role = roleOf(text, 'Ada Vesk');
    expect(role === null || !/\bMrs?$/.test(role)).toBe(true);
    expect(role).toBe('lawmaker and adviser to Mrs. Brandt');
  });

  it('reads no place in a photograph’s caption ("center right") as a role', () => {
    const text = 'Tarn Osk, 67, center right, is helping her friend Ada Vesk, 89, left, at the market in Velm.';
    expect(roleOf(text, 'Tarn Osk')).toBeNull();
    // "her friend Ada Vesk": a friendship is no role to ask either.
    expect(generate(text).cards.filter((c) => c.kind === 'actor-role' || c.kind === 'role-actor')).toEqual([]);
  });

  it('gives no role to the object of a verb ("pushed colleagues at the Velm Office to help Mr. Brandt")', () => {
    const text =
      'The official repeatedly pushed his colleagues at the Velm Office to help Mr. Brandt undo his loss. Ola Brandt lost the vote.';
    expect(roleOf(text, 'Ola Brandt') ?? '').not.toMatch(/help|Office|colleagues/);
  });

  it('takes the fuller title a later mention gives ("President" then "Velmish President")', () => {
    const text =
      'The leaders of Tarn and Orsk said they received assurances from President Ivo Marr.\n\nMarr talked tougher, saying Velm will start accepting payments on Friday.\n\nVelmish President Ivo Marr attends a meeting with officials in Velm.';
    expect(roleOf(text, 'Ivo Marr')).toBe('Velmish President');
  });
});

describe('a role keeps the words of its title', () => {
  const roleCard = (text: string, name: string) =>
    generate(text).cards.find((c) => c.kind === 'actor-role' && c.actors?.[0] === name)?.answer;

  it('keeps "managing" of "managing director"', () => {
    const text =
      '"We see chances where the cuts were deepest," Ivo Marr, a managing director at Velm Sachs said in a note. "Rates will rise," said Ada Vesk, an analyst at Orsk Bank.';
    expect(roleCard(text, 'Ivo Marr')).toBe('managing director at Velm Sachs');
  });

  it('keeps the capitalised word of a court’s name ("High Court Judge")', () => {
    const text =
      'Velm High Court Judge Ivo Marr ruled on Friday that the survey must stop. Marr said the process was flawed.';
    expect(roleOf(text, 'Ivo Marr')).toBe('Velm High Court Judge');
  });
});

describe('a head of state’s bare title', () => {
  it('is asked by no card ("outgoing President", "former President"), but a title the article adds is', () => {
    const text = [
      'Outgoing President Ivo Marr spoke on Monday. Marr said the talks would go on.',
      'Former President Ola Brandt said nothing. Brandt left early.',
      'Ada Vesk, the mayor of Tarn, said the port would reopen. Vesk spoke for an hour.',
    ].join(' ');
    const asked = generate(text)
      .cards.filter((c) => c.kind === 'actor-role' || c.kind === 'role-actor')
      .map((c) => c.actors?.[0]);
    expect(asked).not.toContain('Ivo Marr');
    expect(asked).not.toContain('Ola Brandt');
    expect(asked).toContain('Ada Vesk');
  });
});

describe('a plural title', () => {
  it('is no person ("the Velmish, Tarnish and Orskan Prime Ministers")', () => {
    const doc = generate(
      'The Velmish, Tarnish and Orskan Prime Ministers went to the capital by train on Tuesday. "It was naive to announce it while they were still travelling," Ivo Marr, the head of the railway, said.',
    );
    expect(doc.actors.some((a) => a.kind === 'person' && a.name === 'Ministers')).toBe(false);
    expect(doc.cards.some((c) => c.answer === 'Ministers' || c.actors?.includes('Ministers'))).toBe(false);
  });
});

describe('a surname before a possessive name', () => {
  it('is the person and a body, not one person ("make Ms. Vesk Tarnbook’s largest shareholder")', () => {
    const doc = generate(
      'Ada Vesk bought a stake in Tarnbook on Monday. The purchase appears to make Ms. Vesk Tarnbook’s largest shareholder. Tarnbook said it welcomed the news. Tarnbook shares rose. Ms. Vesk did not comment.',
    );
    expect(doc.actors.some((a) => a.name === 'Vesk Tarnbook')).toBe(false);
    expect(doc.actors.find((a) => a.name === 'Tarnbook')?.kind).toBe('organisation');
  });
});

describe('a role that serves another person is not that person’s', () => {
  it('gives the one served only the title right before the name', () => {
    const office =
      'Talks went on. Ola Brandt, a senior official in President Ada Vesk’s office, said the talks would go on. Ada Vesk said nothing.';
    expect(roleOf(office, 'Ada Vesk')).toBe('President');
    const adviser =
      'Talks went on. The plan was praised by a former adviser to President Ada Vesk on Monday. Ada Vesk said nothing.';
    expect(roleOf(adviser, 'Ada Vesk')).toBe('President');
    const aide =
      'Talks went on in Orsk. The plan was backed by an aide to Mayor of Orsk Ola Brandt on Monday. Ola Brandt said nothing.';
    expect(roleOf(aide, 'Ola Brandt')).toBe('Mayor of Orsk');
  });

  it('keeps a title linked inside a body’s name, and an apposition after a comma', () => {
    const body =
      'Talks went on. Velmers for Fair Tax President Ivo Marr said the plan would fail. Marr spoke for an hour.';
    expect(roleOf(body, 'Ivo Marr')).toBe('Velmers for Fair Tax President');
    const apposition =
      'Talks went on. An adviser to the Velm interior minister, Ivo Marr, told reporters the men had left. Marr spoke again.';
    expect(roleOf(apposition, 'Ivo Marr')).toMatch(/^adviser to/);
  });
});

describe('a relation many may hold is not asked "Who is …?"', () => {
  it('asks a colleague’s relation from the person, never "Who is Ada Vesk’s colleague?"', () => {
    const text =
      'Ada Vesk runs the Velm firm. Ada Vesk’s colleague Ivo Marr said the firm would grow. Ivo Marr spoke to Ola Brandt. Ola Brandt said: "We will grow." Ada Vesk agreed.';
    const kinds = generate(text)
      .cards.filter((c) => c.actors?.includes('Ivo Marr') && c.facet === 'actors')
      .map((c) => c.kind);
    expect(kinds).toEqual(['actor-role']);
  });
});

describe('a day or a month before a title dates the sentence; it is no part of the title', () => {
  it('reads "On Friday Harbour Minister Ada Vesk" as the role "Harbour Minister"', () => {
    const text =
      'On Friday Harbour Minister Ada Vesk said in a statement that the ferry would run again. Vesk spoke in Velm.';
    expect(roleOf(text, 'Ada Vesk')).toBe('Harbour Minister');
    const later = 'In March Tarn party leader Ivo Marr quit the coalition. Marr was replaced a week later.';
    expect(roleOf(later, 'Ivo Marr')).toBe('Tarn party leader');
  });

  it('keeps a paper named after a day ("Sunday Courier journalist")', () => {
    const text = 'Sunday Courier journalist Ola Brandt broke the story. Brandt had waited a year.';
    expect(roleOf(text, 'Ola Brandt')).toBe('Sunday Courier journalist');
    const by = 'The book by Sunday Courier journalist Ola Brandt said the pair had fallen out. Brandt denied it.';
    expect(roleOf(by, 'Ola Brandt')).toBe('Sunday Courier journalist');
  });
});

describe('a verb of belief between two names ends the second name’s title', () => {
  it('gives "coach" to the person after "believes", not the whole clause before', () => {
    const text =
      'Former Velm captain Ivo Marr believes coach Ada Vesk must recall Kai Toms. Vesk has not said whether she will.';
    expect(roleOf(text, 'Ada Vesk')).toBe('coach');
    expect(roleOf(text, 'Ivo Marr')).toBe('Former Velm captain');
  });
});

describe('"Their coach" after a sentence naming several bodies', () => {
  it('keeps the bare role rather than guess whose coach', () => {
    const text = [
      'Tarn will defend the Velm Cup against a strong field. The pressure is on Orsk coach Ivo Marr as he seeks a first Velm Cup win.',
      'Tarnland have lost both their opening games to Orsk and Brigmark, but travel to Velmstad with high hopes.',
      '',
      'Their coach Ada Vesk has warned her side to cut out errors. Vesk named the team on Monday.',
    ].join('\n');
    expect(roleOf(text, 'Ada Vesk')).toBe('coach');
  });

  it('gives the body named alone before "Its chair" as the owner', () => {
    const text =
      'The Velm Dock Caucus met for the first time. Its chair, Ola Brandt, opened the meeting. Brandt spoke for an hour.';
    expect(roleOf(text, 'Ola Brandt')).toBe('chair of the Velm Dock Caucus');
  });
});

describe('"its founder" in the middle of a sentence', () => {
  it('is the founder of the sentence’s own subject, never of the body that opened the sentence before', () => {
    const text =
      'Orsk Energy has agreed to merge with Tarnprom. Velmoil claims that it has been punished for the ambitions of its founder Ivo Marr. Marr is in jail.';
    expect(roleOf(text, 'Ivo Marr') ?? '').not.toMatch(/Orsk|Tarnprom/);
  });
});

describe('a title read across a comma from another person’s name', () => {
  it('is never the role of the person after the comma', () => {
    const text = [
      'Ferry row grows',
      '',
      'In a separate interview with Velm Radio political editor Ivo Marr, Mr Toms said: "We must all pull together now." According to a new book by Sunday Courier journalist Ola Brandt, Ada Vesk broke a pledge to make way for Mr Toms.',
      '',
      'Kai Toms, the harbour minister, denied the claim. Vesk did not comment.',
    ].join('\n');
    expect(roleOf(text, 'Ada Vesk') ?? '').not.toMatch(/Brandt|journalist/);
    expect(roleOf(text, 'Kai Toms') ?? '').not.toMatch(/Marr|editor/);
    expect(roleOf(text, 'Ivo Marr')).toBe('Velm Radio political editor');
  });
});

describe('"and" inside a body’s name before a title', () => {
  it('keeps "Salt and Iron Company chairman" whole', () => {
    const text =
      'They met on Tuesday: Salt and Iron Company chairman Ivo Marr, Tarnco chairman Ada Vesk and minister Kai Toms. Marr spoke first.';
    expect(roleOf(text, 'Ivo Marr')).toBe('Salt and Iron Company chairman');
    // Two people's titles joined by "and" are still two.
    const two = 'Mayor Ola Brandt and Velm Bank chairman Ivo Marr opened the dock. Marr spoke first.';
    expect(roleOf(two, 'Ivo Marr')).toBe('Velm Bank chairman');
  });
});
