import type { Article } from '../../../electron/contract';
import { call } from '../api';

const cache = new Map<string, Promise<Article>>();

/** An article's text, fetched once per session of the page (sources and reading view share it). */
export function getArticle(id: string): Promise<Article> {
  let entry = cache.get(id);
  if (!entry) {
    entry = call('library:get', { id });
    entry.catch(() => cache.delete(id));
    cache.set(id, entry);
  }
  return entry;
}

export function forgetArticle(id: string): void {
  cache.delete(id);
}
