/** Saved-page slimming before the DOM is built (closing tags found in any case), and the reader over the slimmed page. */
import { describe, expect, it } from 'vitest';
import { readWebPage, slimHtml } from '../../../renderer/src/cards/parse/html';

describe('slimHtml', () => {
  it('drops a script, a style and an SVG whose closing tags are written in any case', () => {
    const page = '<p>one</p><SCRIPT>var a = 1;</Script ><p>two</p><style>p{}</STYLE><Svg><g/></sVg><p>three</p>';
    expect(slimHtml(page)).toBe('<p>one</p><p>two</p><p>three</p>');
  });

  it('cuts at the right place when the page holds a capital dotted İ before a script (lower case would lengthen it)', () => {
    const page = '<p>İstanbul İzmir</p><script>var a = 1;</script><p>two</p>';
    expect(slimHtml(page)).toBe('<p>İstanbul İzmir</p><p>two</p>');
  });

  it('keeps JSON-LD and runs to the end of an unclosed script', () => {
    const ld = '<script type="application/ld+json">{"author":"A. Writer"}</script>';
    expect(slimHtml(`${ld}<p>kept</p><script>var c = 3;`)).toBe(`${ld}<p>kept</p>`);
  });
});

describe('readWebPage', () => {
  it('finds the article under menus and a cookie banner the same way after the walk replaces selector queries', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the harbour report says the ferry pier needs new piles before the winter storms, and the council agreed to pay for them from the reserve fund.</p>`;
    const page = `<html><head><title>Pier repairs | Coast Weekly</title></head><body>
      <nav><ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul></nav>
      <div class="cookie-banner">We use cookies.</div>
      <article><h1>Pier repairs</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}<p><img src="x.png"></p><p></p></article>
      </body></html>`;
    const read = readWebPage(page);
    expect('text' in read && read.found).toBe(true);
    if (!('text' in read)) return;
    expect(read.text).toContain('Paragraph 1 of the harbour report');
    expect(read.text).toContain('Paragraph 6 of the harbour report');
    expect(read.text).not.toContain('cookies');
    expect(read.text).not.toContain('Home');
  });
});
