import bundledRaw from '../../../content/stratheia-russia-taliban.md?raw';
import { call } from '../api';
import { startGeneration } from './generate-client';
import { prepareArticle } from './prepare-article';

/**
 * First start: the bundled article is parsed and turned into cards in the worker,
 * then saved with everything accepted except the cards that need a person's review.
 * Later starts find it in the library and do nothing.
 */
export async function ensureBundledArticle(): Promise<void> {
  const prepared = prepareArticle(bundledRaw, 'md', { sourceName: 'stratheia-russia-taliban.md' });
  if (!prepared.ok) throw new Error(`The bundled article could not be read: ${prepared.error}`);
  const library = await call('library:list');
  if (library.some((a) => a.id === prepared.article.id)) return;
  const doc = await startGeneration({ text: prepared.article.text, title: prepared.article.title }, () => {}).result;
  await call('library:save', {
    article: { ...prepared.article, bundled: true },
    cards: doc.cards,
    acceptAll: true,
  });
}
