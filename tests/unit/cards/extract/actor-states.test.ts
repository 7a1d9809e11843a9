import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// States a text names without naming them outright. Sentences written for this file.
const actorsOf = (body: string) => generate(`Report\n\n${body}`).actors;
const find = (body: string, name: string) => actorsOf(body).find((a) => a.name === name || a.aliases.includes(name));

describe('states', () => {
  it('knows states of the past', () => {
    const text = 'In 1965, North Vietnam sent more troops. East Germany and Yugoslavia stayed out of the quarrel.';
    expect(find(text, 'North Vietnam')?.kind).toBe('state');
    expect(find(text, 'East Germany')?.kind).toBe('state');
    expect(find(text, 'Yugoslavia')?.kind).toBe('state');
  });

  it('reads "the <demonym> government" as the state acting', () => {
    const text = 'The talks stalled. The Danish government, short of funds, asked for a delay.';
    const denmark = find(text, 'Denmark');
    expect(denmark?.kind).toBe('state');
    expect(denmark?.aliases).toContain('Danish government');
  });

  it('does not read a demonym before another noun as the state', () => {
    const text = 'The talks stalled. Danish farmers, short of funds, asked for a delay.';
    expect(find(text, 'Denmark')).toBeUndefined();
  });
});
