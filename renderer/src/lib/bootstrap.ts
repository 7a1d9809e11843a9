import bundledRaw from '../../../content/stratheia-russia-taliban.md?raw';
import { call } from '../api';
import { splitFrontMatter } from '../cards/parse/markdown';
import { slugify } from './format';
import { startGeneration } from './generate-client';

const SOURCE_NAME = 'stratheia-russia-taliban.md';

/**
 * First start: the bundled article is read and turned into cards in the worker,
 * then saved with everything accepted except the cards that need a person's review.
 * Later starts find it in the library (by the id its title gives) and do nothing.
 * Resolves true when it saved the article.
 */
export async function ensureBundledArticle(): Promise<boolean> {
  const title = splitFrontMatter(bundledRaw.replace(/\r\n?/g, '\n')).meta.title ?? SOURCE_NAME;
  const library = await call('library:list');
  if (library.some((a) => a.id === slugify(title))) return false;
  const { article, doc } = await startGeneration(
    { kind: 'text', raw: bundledRaw, format: 'md', sourceName: SOURCE_NAME },
    () => {},
  ).result;
  if (!article) throw new Error('The bundled article could not be read.');
  await call('library:save', { article: { ...article, bundled: true }, cards: doc.cards, acceptAll: true });
  return true;
}
