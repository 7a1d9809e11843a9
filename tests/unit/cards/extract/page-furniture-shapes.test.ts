import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { actorCards } from '../../../../renderer/src/cards/build/actors';
import { markPullQuotes } from '../../../../renderer/src/cards/document/pull-quotes';
import { buildTextModel } from '../../../../renderer/src/cards/document/text-model';
import { actor } from '../build/facts';

// Lines written for these tests (issue 10): what readers of fresh news pages rejected as no part of the story.
const text = [
  'Velm bank raises rates',
  '',
  'The Velm central bank raised its main rate to 2% on Tuesday, its first rise since 2031, chair Ada Vesk said.',
  '',
  'Orsk Bank chair Ivo Marr speaks at a conference on April 7, 2034, in Tarn. (Ola Brandt/Velm Images via Getty Images)',
  '',
  'Tarn Capital CEO Pia Lund discusses the rate rise on ‘Money Hour.’',
  '',
  '“We expect two more rises this year,” Vesk told reporters, adding that prices rose 7% in March.',
  '',
  'Nils Grau covers central banks for the Velm Courier.',
].join('\n');

describe('page furniture around a news story', () => {
  const doc = generate(text, { title: 'Velm bank raises rates', published: '2034-04-09' });

  it('reads no fact from a photograph’s caption ending in its bracketed credit', () => {
    expect(doc.cards.some((c) => /April 7, 2034|Ivo Marr|Orsk Bank/.test(`${c.prompt} ${c.answer}`))).toBe(false);
  });

  it('reads no fact from a video’s label ("discusses … on ‘Money Hour.’")', () => {
    expect(doc.actors.some((a) => a.name === 'Pia Lund')).toBe(false);
  });

  it('reads no role from the reporter’s line at the end', () => {
    expect(doc.actors.some((a) => a.name === 'Nils Grau')).toBe(false);
    // The story itself still gives its cards.
    expect(doc.quotes.map((q) => q.speaker)).toContain('Ada Vesk');
  });

  it('asks no role cut before its noun ("the Velm Savings Bureau’s first")', () => {
    const cards = actorCards([
      actor('Ola Brandt', { role: 'Velm Savings Bureau’s first' }),
      actor('Ada Vesk', { role: 'mayor of Velen' }),
      actor('Ivo Marr', { role: 'treasurer of the harbour board' }),
      actor('Tarn Lund', { role: 'chief engineer of the dock works' }),
    ]).filter((c) => c.kind === 'actor-role' || c.kind === 'role-actor');
    expect(cards.some((c) => c.actors?.[0] === 'Ola Brandt')).toBe(false);
    expect(cards.some((c) => c.actors?.[0] === 'Ada Vesk')).toBe(true);
  });
});

describe('a body named before its acronym', () => {
  it('is named from where the acronym’s letters begin ("the Board of the El Banco Central de Tarn (BCT)")', () => {
    const doc = generate(
      'A lawyer for the bank said: "We look forward to showing that the Board of the El Banco Central de Tarn (BCT) in Velm is the only valid authority." The BCT holds gold in London. The BCT has asked the court to act. Ivo Marr, a judge, agreed.',
    );
    const bank = doc.actors.find((a) => a.aliases.includes('BCT'));
    expect(bank?.name).toBe('Banco Central de Tarn');
    expect(doc.cards.some((c) => c.kind === 'actor-alias' && /Board/.test(c.answer))).toBe(false);
  });
});

describe('links to other stories set in the page', () => {
  const page = (middle: string[]) =>
    [
      'Velm shares fall',
      '',
      'Shares in Velm fell 3% on Monday after the Tarn Bank cut its forecast for the year, the exchange said.',
      '',
      ...middle.flatMap((line) => [line, '']),
      'The Velm exchange index closed 2% lower, and trading volume was twice the daily average.',
    ].join('\n');
  const pulled = (text: string) => {
    const model = buildTextModel(text);
    markPullQuotes(model);
    return model.paragraphs.map((p) => p.isPull);
  };
  const teasers = [
    'Orsk funds are outperforming in January, the Orsk Bank says',
    'Traders name 5 harbour stocks with big upside as Tarn bans ferries',
    'The struggles now for the Velm port are similar to 2019, so analysts expect a rebound',
  ];

  it('reads no facts from a run of headline lines between the paragraphs', () => {
    expect(pulled(page(teasers))).toEqual([false, false, true, true, true, false]);
    const doc = generate(page(teasers));
    expect(doc.cards.some((c) => /Orsk funds|harbour stocks|struggles now/.test(c.prompt))).toBe(false);
  });

  it('keeps a list’s items, a lone subheading and a quotation’s paragraph', () => {
    const list = [
      '- The Orsk ferry will carry 300 passengers a day from 2035',
      '- The Tarn ferry will carry 500 passengers a day from 2036',
    ];
    expect(pulled(page(list))).toEqual([false, false, false, false, false]);
    expect(pulled(page([teasers[0]]))).toEqual([false, false, false, false]);
    const quoted = ['“We will not sell a single share this year,” said Ada Vesk of the Tarn Bank', teasers[1]];
    expect(pulled(page(quoted))).toEqual([false, false, false, false, false]);
  });
});

describe('a finance page’s market-data notice', () => {
  it('reads no figure and no actor from it', () => {
    const text = [
      'Velm shares fall',
      '',
      'Shares in Velm fell 3% on Monday after the Tarn Bank cut its forecast for the year, the exchange said.',
      '',
      'Prices are a live view. *Prices are delayed at least 20 minutes. Velm Market News, Share Prices, and Trading Data.',
      '',
      'The Velm exchange index closed 2% lower, and trading volume was twice the daily average.',
    ].join('\n');
    const doc = generate(text);
    expect(doc.numbers.some((n) => n.value.startsWith('20'))).toBe(false);
    expect(doc.actors.some((a) => /Share Prices|Market News/.test(a.name))).toBe(false);
  });
});
