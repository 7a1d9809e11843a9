import { describe, expect, it } from 'vitest';
import { guessPastedFormat, paragraphAround, slugify } from '../../../renderer/src/lib/format';
import { prepareArticle, prepareFile } from '../../../renderer/src/lib/prepare-article';

describe('preparing an article to save', () => {
  it('derives the id from the title, so a re-import finds the same article', () => {
    expect(slugify('Russia’s Recognition of the Taliban Government')).toBe(
      'russias-recognition-of-the-taliban-government',
    );
    expect(slugify('Ελληνικά')).toMatch(/^article-[a-z0-9]+$/);
    const a = prepareArticle('Title line\nSome body text here.', 'txt');
    expect(a).toMatchObject({ ok: true, article: { id: 'title-line', title: 'Title line' } });
  });

  it('reads pasted markup as HTML and keeps no script or tag', () => {
    const raw = '<h1>Plot</h1><p>Safe words.</p><script>window.pwned = 1</script><img src=x onerror="alert(1)">';
    expect(guessPastedFormat(raw)).toBe('html');
    const result = prepareArticle(raw, guessPastedFormat(raw));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).not.toMatch(/<|pwned|onerror/);
      expect(result.article.title).toBe('Plot');
    }
  });

  it('refuses empty, blank and binary input with a reason', () => {
    expect(prepareArticle('   \n ', 'txt')).toMatchObject({ ok: false });
    expect(prepareFile('x.txt', new Uint8Array([0x50, 0, 1, 2, 3]), 'txt')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    });
    expect(prepareFile('x.txt', new Uint8Array(0), 'txt')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    });
  });
});

describe('the source passage', () => {
  it('returns the marked span whole with short context cut at words', () => {
    const text = `First line.\n${'word '.repeat(100)}The marked sentence. ${'tail '.repeat(100)}\nNext line.`;
    const start = text.indexOf('The marked');
    const end = start + 'The marked sentence.'.length;
    const passage = paragraphAround(text, start, end);
    expect(passage.mark).toBe('The marked sentence.');
    expect(passage.before.startsWith('…word')).toBe(true);
    expect(passage.after.endsWith('tail…')).toBe(true);
    expect(passage.before.length).toBeLessThan(230);
    expect(paragraphAround('Short. Mark here. End.', 7, 17)).toEqual({
      before: 'Short. ',
      mark: 'Mark here.',
      after: ' End.',
    });
  });
});
