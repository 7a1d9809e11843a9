import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes that make a name an actor from what stands around it. Sentences written for this file.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));
const names = (body: string) => actorsOf(body).map((a) => a.name);

describe('a name before a report noun', () => {
  it('reads "a Harwick study" and "an ORIX survey" as the bodies that made them', () => {
    const text =
      'The valley lagged behind, and a Harwick study from 1970 called it a backwater. Weeks later, an ORIX survey found that most residents wanted roads.';
    expect(find(text, 'Harwick')?.kind).toBe('organisation');
    expect(find(text, 'ORIX')?.kind).toBe('organisation');
  });

  it('needs the report noun right after the name, in lower case', () => {
    const text = 'Farmers in Harwick study the weather closely. The Harwick Study Group met once.';
    expect(names(text)).not.toContain('Harwick');
  });
});

describe('an acronym that opens several names', () => {
  it('is the body behind them', () => {
    const text =
      'Lindholm won the NCFA Winter Cup on Sunday. The club now plays in the NCFA Super Series, and it holds all major NCFA titles.';
    expect(find(text, 'NCFA')?.kind).toBe('organisation');
  });

  it('is no actor when it opens one name only', () => {
    const text = 'Lindholm won the NCFA Winter Cup on Sunday and holds two NCFA titles.';
    expect(names(text)).not.toContain('NCFA');
  });
});

describe('single names listed with a body', () => {
  it('are bodies of the same kind', () => {
    const text = 'The coach took three titles, one each with FC Norda and Vesta, and a third with Norda.';
    expect(find(text, 'FC Norda')?.kind).toBe('organisation');
    expect(find(text, 'Vesta')?.kind).toBe('organisation');
  });

  it('leave a person and a single name alone', () => {
    const text = 'The coach thanked Ada Lund and Vesta after the match.';
    expect(find(text, 'Vesta')?.kind).not.toBe('organisation');
  });
});

describe('single names listed beside bodies', () => {
  const names = (text: string) => generate(text).actors.map((a) => a.name);

  it('makes a single name in a list beside a team that acts a body too', () => {
    const found = names(
      'Our reporter watched the final. Past winners include Ostrava, Velmora, and Kestrel Town. Later, Velmora won again and Velmora lost in May.',
    );
    expect(found).toContain('Velmora');
    expect(found).toContain('Ostrava');
  });

  it('takes nothing from a place and a comma before a body’s name', () => {
    const found = names('The Tesco Group has a new plan. The Bream, Tesco Group shops are closed on Sundays.');
    expect(found).not.toContain('Bream');
  });
});

describe('a body listed after a place and a body', () => {
  it('makes the name after "Canada, The Dayton Examiner," a body with no role, not a person titled by the paper', () => {
    const doc = generate(
      'Copies went to Canada, The Dayton Examiner, Harper Weekly, and others. The Dayton Examiner said no.',
    );
    const listed = doc.actors.find((a) => a.name === 'Harper Weekly');
    expect(listed?.kind).toBe('organisation');
    expect(listed?.role).toBeNull();
  });
});
