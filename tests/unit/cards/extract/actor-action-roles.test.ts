import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Roles of people the article names without a title, each shape checked on sentences we wrote.
const actorOf = (text: string, name: string) => generate(text).actors.find((a) => a.name === name);
const roleOf = (text: string, name: string) => actorOf(text, name)?.role ?? null;

describe('a role given by "became the"', () => {
  it('reads "became the youngest captain of the club" as the role', () => {
    const text =
      'Rovers beat Harwick 2–0 on Saturday. At the age of 19, Tomas Vell became the youngest captain of the club in its history.';
    expect(roleOf(text, 'Tomas Vell')).toBe('youngest captain of the club');
  });
});

describe('an action role for a person named without a title', () => {
  const match =
    'Rovers beat Harwick on Saturday. Tomas Vell saved the late penalty in the last minute. Ana Ruiz, the coach, praised the side.';

  it('reads the clause the person is the subject of, up to its first preposition', () => {
    const vell = actorOf(match, 'Tomas Vell');
    expect(vell?.role).toBe('saved the late penalty');
    expect(vell?.roleBasis).toBe('action');
    expect(vell?.roleConfidence).toBe('high');
  });

  it('asks no card of the action: readers kept none of "Who saved …?" (session 22)', () => {
    const cards = generate(match).cards.filter((c) => c.answer === 'Tomas Vell' || c.actors?.[0] === 'Tomas Vell');
    expect(cards.filter((c) => c.facet === 'actors')).toEqual([]);
  });

  it('keeps "will", "had" and "did not", and marks a clause that does not open its sentence as less sure', () => {
    const text =
      'The talks open in Velm on Monday. On Tuesday, Tomas Vell will meet the harbour workers. Ana Ruiz did not vote.';
    expect(roleOf(text, 'Tomas Vell')).toBe('will meet the harbour workers');
    expect(actorOf(text, 'Tomas Vell')?.roleConfidence).toBe('low');
    expect(roleOf(text, 'Ana Ruiz')).toBe('did not vote');
  });

  it('gives no action from a quotation, a verb of saying or thinking, or a name after a preposition', () => {
    const text =
      'The vote was close. “Tomas Vell saved the late penalty,” the coach said. Ana Ruiz said the club would appeal. Ivo Lind believed the referee. A shot from Mara Quint hit the post.';
    for (const name of ['Tomas Vell', 'Ana Ruiz', 'Ivo Lind', 'Mara Quint']) expect(roleOf(text, name)).toBeNull();
  });

  it('cuts no denial, no object before its infinitive, and takes no action with a pronoun in it', () => {
    const text =
      'The strike went on. Tomas Vell did not take the defeat by Rovers lightly. Ana Ruiz ordered the police to close the road. Ivo Lind raised its offer.';
    for (const name of ['Tomas Vell', 'Ana Ruiz', 'Ivo Lind']) expect(roleOf(text, name)).toBeNull();
  });

  it('takes no action that ends on a participle cut from its complement ("ranging from …")', () => {
    const text =
      'The story ran on Monday. After it ran, Ida Moss received support online ranging from Mayor Ana Ruiz to the harbour master Tom Weir.';
    expect(roleOf(text, 'Ida Moss')).toBeNull();
  });

  it('keeps a title the person has before the action', () => {
    const text = 'The bridge was finished in May. The city’s Mayor Tomas Vell opened the new bridge.';
    expect(roleOf(text, 'Tomas Vell')).toBe('city’s Mayor');
  });

  it('makes no card of an action two people share', () => {
    const text = 'The summit opened in Velm. Tomas Vell met the harbour workers. Ana Ruiz met the harbour workers.';
    expect(generate(text).cards.filter((c) => c.facet === 'actors')).toEqual([]);
  });
});

describe('people a person meets', () => {
  it('gives each person listed after "whose tour includes meetings with" the meeting as a role', () => {
    const text =
      'Ana Ruiz arrived in Velm on Monday. Ruiz, whose tour includes meetings with Ivo Lind, Bo Ekwall and Mara Quint, will stay a week.';
    for (const name of ['Ivo Lind', 'Bo Ekwall', 'Mara Quint']) expect(roleOf(text, name)).toBe('to meet Ruiz');
  });

  it('reads "met" as past and keeps the title a listed person already has', () => {
    const text = 'The talks ended on Friday. Ana Ruiz met Ivo Lind and Mayor Bo Ekwall in Velm.';
    expect(roleOf(text, 'Ivo Lind')).toBe('met Ana Ruiz');
    expect(roleOf(text, 'Bo Ekwall')).toBe('Mayor');
  });
});

describe('a person named as the owner of what someone acted on', () => {
  it('reads "The keeper saved Tomas Vell’s late penalty." as "whose late penalty was saved by the keeper"', () => {
    const text = 'Rovers drew 1–1 with Harwick. The keeper saved Tomas Vell’s late penalty. Harwick stay top.';
    expect(roleOf(text, 'Tomas Vell')).toBe('whose late penalty was saved by the keeper');
    // An action role is a fact on the actor; it makes no card (session 22).
    expect(generate(text).cards.some((c) => c.kind === 'role-actor' && c.answer === 'Tomas Vell')).toBe(false);
  });

  it('takes no owner from a long subject, an irregular verb or a phrase that goes on', () => {
    const text =
      'Rovers drew with Harwick. After a long delay the keeper saved Tomas Vell’s penalty. The keeper caught Ana Ruiz’s cross. The keeper blocked Ivo Lind’s shot from the edge of the box.';
    for (const name of ['Tomas Vell', 'Ana Ruiz', 'Ivo Lind']) expect(roleOf(text, name)).toBeNull();
  });
});

describe('a title qualified later in the sentence', () => {
  it('reads "the outgoing President" after the President’s name as his role', () => {
    const text =
      'The handover was set for January. President Tomas Vell met Ana Ruiz, the city mayor, and the outgoing President warned her of the crisis.';
    expect(roleOf(text, 'Tomas Vell')).toBe('outgoing President');
  });

  it('keeps the title when someone without a title is named between', () => {
    const text =
      'The handover was set for January. President Tomas Vell met Ana Ruiz, and the outgoing President warned her of the crisis.';
    expect(roleOf(text, 'Tomas Vell')).toBe('President who met Ana Ruiz');
  });
});

describe('an event named by a noun with "of"', () => {
  it('reads "the brief detention of Ana Ruiz" as "was briefly detained" and "the resignation of" as "resigned"', () => {
    const text =
      'Protests grew in Velm in May. After the brief detention of Ana Ruiz, the council met. The resignation of Ivo Lind followed a week later.';
    expect(roleOf(text, 'Ana Ruiz')).toBe('was briefly detained');
    expect(roleOf(text, 'Ivo Lind')).toBe('resigned');
  });

  it('reads a one-person event as the role, and asks no card of it', () => {
    const text = 'Protests grew in Velm in May. After the brief detention of Ana Ruiz, the council met.';
    expect(roleOf(text, 'Ana Ruiz')).toBe('was briefly detained');
    expect(generate(text).cards.some((c) => c.kind === 'role-actor' && c.answer === 'Ana Ruiz')).toBe(false);
  });
});

describe('a one-word title with the plain action it opens', () => {
  it('reads "Senator Vell did not vote." as "Senator who did not vote"', () => {
    const text = 'The bill passed 61 to 30 on Monday. Senator Tomas Vell did not vote.';
    expect(roleOf(text, 'Tomas Vell')).toBe('Senator who did not vote');
  });

  it('keeps a fuller title as it is', () => {
    const text = 'The bill passed 61 to 30 on Monday. Senate Majority Leader Tomas Vell did not vote.';
    expect(roleOf(text, 'Tomas Vell')).toBe('Senate Majority Leader');
  });
});

describe('a person whose act was acted on, in the passive', () => {
  it('reads "A late bid by Tomas Vell was rejected by the council." as the person’s role', () => {
    const text = 'The harbour sale closed in May. A late bid by Tomas Vell was rejected by the council.';
    expect(roleOf(text, 'Tomas Vell')).toBe('whose late bid was rejected by the council');
  });

  it('reads nothing when the clause goes on after the doer', () => {
    const text =
      'The harbour sale closed in May. A late bid by Tomas Vell was rejected by the council in a vote on Friday.';
    expect(roleOf(text, 'Tomas Vell')).toBeNull();
  });
});

describe('role cards of a name two people share', () => {
  it('asks no role of "Vell" when "Ana Vell" is another person', () => {
    const text =
      'The bill passed 61 to 30 on Monday. Representative Ana Vell (D-Ohio) voted for it. Senator Vell did not vote.';
    expect(roleOf(text, 'Vell')).toBe('Senator who did not vote');
    expect(generate(text).cards.filter((c) => c.facet === 'actors' && c.prompt.endsWith('give Vell?'))).toEqual([]);
  });
});

describe('a name inside a relative clause', () => {
  it('takes no action from "the players Tomas Vell selected were young"', () => {
    const text = 'The squad was named on Friday. The players Tomas Vell selected were young.';
    expect(roleOf(text, 'Tomas Vell')).toBeNull();
  });
});

describe('an action cut short that no longer picks out one person (session 22 reading)', () => {
  const text = [
    'Rovers beat Harwick on Saturday.',
    'Tomas Vell received the largest ovation in the second half.',
    'Ana Ruiz defeated another young keeper in the shoot-out.',
    'Ivo Lind spent ten years at the club before his move.',
    'Mara Quint requested donations from the fans after the match.',
    'Bo Ek saved the Harwick penalty in the last minute.',
  ].join(' ');

  it('gives no role from a superlative whose scope was cut, a comparing word, or an object that names nothing', () => {
    expect(roleOf(text, 'Tomas Vell')).toBeNull();
    expect(roleOf(text, 'Ana Ruiz')).toBeNull();
    expect(roleOf(text, 'Ivo Lind')).toBeNull();
    expect(roleOf(text, 'Mara Quint')).toBeNull();
  });

  it('keeps a cut action that names what it acted on', () => {
    expect(roleOf(text, 'Bo Ek')).toBe('saved the Harwick penalty');
  });
});

describe('a forecast is no action', () => {
  it('gives no role from "X will need to raise …" ("Treasurer who will need to raise")', () => {
    const text =
      'Growth will be slower than Treasurer Ivo Marr’s forecast, the bank said. Ivo Marr will need to raise about $10bn a year to balance the books, it claims.';
    expect(roleOf(text, 'Ivo Marr') ?? '').not.toMatch(/need/);
    expect(roleOf('Ada Vesk will want to win the vote. Vesk leads the council.', 'Ada Vesk') ?? '').not.toMatch(/want/);
  });
});
