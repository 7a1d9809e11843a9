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

  it('asks the action as "Who …?"', () => {
    const card = generate(match).cards.find((c) => c.kind === 'role-actor' && c.answer === 'Tomas Vell');
    expect(card?.prompt).toBe('Who saved the late penalty?');
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

  it('keeps a title the person has over the action', () => {
    const text = 'The bridge was finished in May. Mayor Tomas Vell opened the new bridge.';
    expect(roleOf(text, 'Tomas Vell')).toBe('Mayor');
  });

  it('makes no card of an action two people share', () => {
    const text = 'The summit opened in Velm. Tomas Vell met the harbour workers. Ana Ruiz met the harbour workers.';
    expect(generate(text).cards.filter((c) => c.facet === 'actors')).toEqual([]);
  });
});
