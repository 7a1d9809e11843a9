import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes found on real articles, each checked on sentences we wrote.
const actor = (text: string, name: string) => generate(text).actors.find((a) => a.name === name);

describe('names after a noun of kinship', () => {
  it('makes a single name after "her cousin," a person, with what he headed after the closing comma', () => {
    const text = 'The old queen fled abroad. Her cousin, Tesmaronet, headed the Kavan Front, which held the hills.';
    const person = actor(text, 'Tesmaronet');
    expect(person?.kind).toBe('person');
    expect(person?.role).toBe('headed the Kavan Front');
  });

  it('makes a single name right after "her husband" a person without taking the kinship as a role', () => {
    const person = actor('The widow of the mill stayed on. Her husband Oskaran had left in May.', 'Oskaran');
    expect(person?.kind).toBe('person');
    expect(person?.role).toBeNull();
  });
});

describe('kinship nouns with a prefix', () => {
  it('reads "her step-brother" as a kinship noun like "brother"', () => {
    expect(actor('The farm was sold in May. Her step-brother Velmaro stayed on.', 'Velmaro')?.kind).toBe('person');
  });
});

describe('a body a person speaks for', () => {
  it('reads "NAME for BODY, says" as a body actor the person speaks for', () => {
    const text =
      'Children lack sleep, a poll found. Marta Kell for Grain Safety Iceland Norway, says new rules are due this year.';
    expect(actor(text, 'Grain Safety Iceland Norway')?.kind).toBe('organisation');
    expect(actor(text, 'Marta Kell')?.role).toBe('speaks for Grain Safety Iceland Norway');
  });

  it('takes no body or role from "for" when no verb of saying follows', () => {
    const text = 'Fans voted Ana Ruiz for Player of the Year. Ana Ruiz was pleased.';
    expect(actor(text, 'Ana Ruiz')?.role).toBeNull();
    expect(generate(text).actors.map((a) => a.name)).not.toContain('Player of the Year');
  });
});

describe('a legislature named without an article', () => {
  it('makes "Congress" an actor when named bare twice mid-sentence', () => {
    const text =
      'Ana Ruiz won the election. Then, in Congress, her rivals blocked the plan. Crowds booed Congress in May.';
    expect(actor(text, 'Congress')?.kind).toBe('organisation');
  });

  it('does not make a bare "Congress" named once an actor', () => {
    expect(
      actor('Ana Ruiz won the election. Then, in Congress, her rivals blocked the plan.', 'Congress'),
    ).toBeUndefined();
  });
});

describe('owners of a named person’s role', () => {
  it('makes a single name owning an adviser a person, and one owning a coach a body', () => {
    const text =
      'Under Dorran, things changed. Dorran’s longtime aide James Hale spoke first. Kestrel’s coach Ivo Lind was angry.';
    expect(actor(text, 'Dorran')?.kind).toBe('person');
    expect(actor(text, 'Kestrel')?.kind).toBe('organisation');
    expect(actor(text, 'James Hale')?.role).toBe('Dorran’s longtime aide');
  });

  it('takes no owner from a weekday and makes a body’s first word its short name', () => {
    const text =
      'Kestrel Sports Club won the cup. Tuesday’s winner Ana Ruiz was pleased. Kestrel’s coach Ivo Lind was not.';
    const names = generate(text).actors.map((a) => a.name);
    expect(names).not.toContain('Tuesday');
    expect(names).not.toContain('Kestrel');
    expect(actor(text, 'Kestrel Sports Club')?.aliases).toContain('Kestrel');
  });
});

describe('a kinship after "their" is no body’s role', () => {
  it('gives "Their son, X" no role "son of the <last body>"', () => {
    const text =
      'Ola Brandt and Ada Vesk live near the Velm Harbour Hotel. Their son, Ivo Brandt Vesk, was born on March 19, 2012.';
    const son = generate(text).actors.find((a) => a.name === 'Ivo Brandt Vesk');
    expect(son?.role ?? '').not.toMatch(/ of the /);
  });
});
