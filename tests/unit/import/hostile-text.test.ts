/** Issue 11, "Hostile and odd text": no markup of any kind reaches facts or cards; UTF-16 is decoded. */
import { describe, expect, it } from 'vitest';
import { decodeArticle, generate, parseArticle } from '../../../renderer/src/cards';
import { hasMarkup, stripMarkup } from '../../../renderer/src/cards/parse/markup';
import type { FactsDoc } from '../../../renderer/src/cards/types';

const BODY =
  'The harbour council of Portvale met on 3 June 2025. Its chair, Ana Ruiz, said the vote would wait. ' +
  '“We will not rush a plan that costs this much,” Ruiz said after the meeting.';

/** Ways markup is smuggled past filters, each wrapped around ordinary words. */
const SMUGGLED = [
  '<<script>script>alert(1)<</script>/script>',
  '<img\nsrc=x\nonerror=alert(2)>',
  '< img src=x onerror=alert(3)>',
  '<svg/onload=alert(4)>',
  '<a href="javascript:alert(5)">link</a>',
  '&lt;b onmouseover=alert(6)&gt;bold&lt;/b&gt;',
  '<iframe src=//x.example>',
  '<!-- <script>alert(7)</script> -->',
];
const UNTERMINATED = '<img src=x onerror=alert(8)';

function everyString(doc: FactsDoc): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ ...doc, article: undefined });
  return out;
}

function expectClean(text: string) {
  expect(hasMarkup(text), text).toBe(false);
  expect(text).not.toMatch(/[<>]|onerror|onload|onmouseover|alert\(|javascript:/i);
}

describe('markup never reaches facts or cards', () => {
  const cases: [string, 'html' | 'md' | 'txt', string][] = [
    ['html', 'html', `<html><body><article><p>${SMUGGLED.join(' Words. ')}</p><p>${BODY}</p><p>More ${UNTERMINATED}`],
    ['markdown', 'md', `# Harbour vote\n\n${SMUGGLED.join('\n\nWords. ')}\n\n${BODY}\n\nMore ${UNTERMINATED}`],
    ['plain text', 'txt', `${SMUGGLED.join('\nWords. ')}\n${BODY}\nMore ${UNTERMINATED}`],
  ];
  for (const [label, format, raw] of cases) {
    it(`strips every smuggled tag from ${label}, and the cards made from it hold none`, () => {
      const parsed = parseArticle(raw, format, { whole: true });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expectClean(parsed.text);
      expect(parsed.text).toContain('Ana Ruiz');
      const doc = generate(parsed.text, { title: parsed.title ?? undefined });
      expect(doc.cards.length).toBeGreaterThan(0);
      for (const value of everyString(doc)) expectClean(value);
    });
  }

  it('strips markup from Markdown front matter values and keeps front matter out of the body', () => {
    const md =
      '\n---\ntitle: "<b>Harbour</b> vote <script>alert(1)</script>"\npublisher: <i onmouseover=alert(2)>Courier</i>\ndate: 2025-06-03\n---\n' +
      BODY;
    const parsed = parseArticle(md, 'md');
    expect(parsed).toMatchObject({ ok: true, title: 'Harbour vote', site: 'Courier', published: '2025-06-03' });
    if (!parsed.ok) return;
    expect(parsed.meta.publisher).toBe('Courier');
    expect(parsed.text).not.toMatch(/title:|publisher:|date:/);
    expectClean(parsed.text);
  });

  it('removes tags assembled by removing other tags, and leaves comparisons in prose alone', () => {
    for (const raw of [
      'a<scr<script>ipt>b',
      '<<<script>script>script>x',
      '<scr<script>/x</script>ipt>alert(1)</script>',
    ]) {
      const out = stripMarkup(raw);
      expect(hasMarkup(out), out).toBe(false);
      expect(out).not.toMatch(/<\s*\/?\s*script|alert/i);
    }
    expect(stripMarkup('<b>bold</b> and <i\nclass="x">split</i>')).toBe('bold and split');
    expect(stripMarkup('Inflation was < 3% and growth > 1%.')).toBe('Inflation was < 3% and growth > 1%.');
  });
});

describe('UTF-16 text', () => {
  const text = 'Portvale – “harbour” vote, 3 June 2025. Ελληνικά.';
  const le = (s: string, bom: boolean) => {
    const out: number[] = bom ? [0xff, 0xfe] : [];
    for (let i = 0; i < s.length; i += 1) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
    return new Uint8Array(out);
  };
  const be = (s: string, bom: boolean) => {
    const out: number[] = bom ? [0xfe, 0xff] : [];
    for (let i = 0; i < s.length; i += 1) out.push(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
    return new Uint8Array(out);
  };

  it('is decoded with or without a byte order mark, little- or big-endian', () => {
    for (const bytes of [le(text, true), le(text, false), be(text, true), be(text, false)]) {
      expect(decodeArticle(bytes)).toEqual({ ok: true, text });
    }
  });

  it('still refuses binary files with NUL bytes', () => {
    expect(decodeArticle(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 8, 0, 0x41]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    });
  });
});
