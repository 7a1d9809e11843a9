/** The worker's job passes the article's publication date to the generator as `published`. */
import { describe, expect, it, vi } from 'vitest';
import type { GenerateOptions } from '../../../renderer/src/cards/types';

const seen: GenerateOptions[] = [];
vi.mock('../../../renderer/src/cards', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/src/cards')>();
  return {
    ...real,
    generate: (text: string, options: GenerateOptions = {}) => {
      seen.push(options);
      return real.generate(text, options);
    },
  };
});

const { runWork } = await import('../../../renderer/src/lib/article-work');

const TEXT = 'Harbour vote\nOn Thursday the council of Portvale, led by Ana Ruiz, postponed its vote until June 3rd.';

describe('the publication date reaches the generator', () => {
  it('from the form, from the file, and for the reading view', async () => {
    await runWork({ kind: 'text', raw: TEXT, format: 'txt', published: '2025-05-29' }, () => {});
    const md = `---\ntitle: Harbour vote\ndate: 2024-02-01\n---\n${TEXT}`;
    const done = await runWork({ kind: 'text', raw: md, format: 'md' }, () => {});
    await runWork({ kind: 'facts', text: TEXT, title: 'Harbour vote', published: '2023-01-05' }, () => {});
    await runWork({ kind: 'text', raw: TEXT, format: 'txt' }, () => {});
    expect(seen.map((o) => o.published)).toEqual(['2025-05-29', '2024-02-01', '2023-01-05', undefined]);
    expect(done).toMatchObject({ type: 'done', article: { published: '2024-02-01' } });
  });
});
