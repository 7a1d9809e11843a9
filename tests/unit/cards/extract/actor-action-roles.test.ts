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
