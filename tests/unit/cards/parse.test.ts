import { describe, expect, it } from 'vitest';
import { decodeArticle, formatFromName, parseArticle } from '../../../renderer/src/cards';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('strips the byte order mark and keeps the text', () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, text: 'hi' });
  });

  it('refuses empty, white-space-only, binary and non-UTF-8 input with a reason', () => {
    expect(decodeArticle(new Uint8Array())).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(decodeArticle(bytes('  \n\t '))).toMatchObject({ ok: false });
    expect(decodeArticle(new Uint8Array([0x61, 0, 0x62]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    });
    expect(decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/UTF-8/),
    });
    // A UTF-16 byte order mark on an odd number of bytes: named, not called binary.
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/UTF-16/),
    });
  });

  it('refuses text over the article size limit', () => {
    expect(decodeArticle(bytes('a'.repeat(2_000_001)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too long/),
    });
  });
});

describe('parseArticle', () => {
  it('guesses the format from a file name', () => {
    expect(formatFromName('a.MD')).toBe('md');
    expect(formatFromName('page.htm')).toBe('html');
    expect(formatFromName('notes')).toBe('txt');
  });

  it('reads Markdown front matter into meta and strips the syntax, one paragraph per line', () => {
    const md =
      '---\ntitle: "A Title"\npublisher: Press\n---\n# Heading\n\nSome **bold** and [a link](http://x) text\nwrapped here.\n\n- item one\n> quoted line';
    const parsed = parseArticle(md, 'md');
    expect(parsed).toMatchObject({ ok: true, title: 'A Title', meta: { title: 'A Title', publisher: 'Press' } });
    if (parsed.ok) expect(parsed.text).toBe('Heading\nSome bold and a link text wrapped here.\nitem one\nquoted line');
  });

  it('turns hostile HTML into text without keeping any markup or script', () => {
    const html = `<html><head><title>T &amp; U</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><h1>Head</h1><p onclick="evil()">One &lt;b&gt; &#8220;two&#x201D; &nbsp;three</p><noscript>no</noscript>
      <template><p>hidden</p></template><img src=x onerror=alert(1)><p>He said <q>go <q>now</q></q>.<br>Next</p>
      <ul><li>a</li><li>b</li></ul><blockquote>Quoted</blockquote><!-- <script>bad()</script> --><svg><script>x()</script></svg>`;
    const parsed = parseArticle(html, 'html');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.title).toBe('T & U');
    // `&lt;b&gt;` is a tag once decoded: no markup of any kind reaches the text.
    expect(parsed.text).toBe('Head\nOne “two” three\nHe said “go ‘now’”.\nNext\na\nb\nQuoted');
    expect(parsed.text).not.toMatch(/alert|evil|color|hidden|bad\(|x\(\)/);
  });

  it('drops an unterminated script to the end of the file', () => {
    const parsed = parseArticle('<p>Kept</p><script>let a = "<p>not text</p>";', 'html');
    expect(parsed).toMatchObject({ ok: true, text: 'Kept' });
  });

  it('reports a document with no text', () => {
    expect(parseArticle('<script>x</script>', 'html').ok).toBe(false);
  });
});

describe('the article size limit', () => {
  it('is the contract’s limit', async () => {
    const contract = await import('../../../electron/contract');
    const cards = await import('../../../renderer/src/cards/parse/decode');
    expect(cards.MAX_ARTICLE_CHARS).toBe(contract.MAX_ARTICLE_CHARS);
  });
});
