/** File formats from file names; imports nothing, so the UI can ask without loading the readers. */

export type ArticleFormat = 'txt' | 'md' | 'html';

/** The text format a file name suggests; unknown extensions are read as plain text. */
export function formatFromName(name: string): ArticleFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'txt';
}

/** The format a file's name gives: a PDF, or a text format. */
export function fileFormat(name: string): ArticleFormat | 'pdf' {
  return /\.pdf$/i.test(name.trim()) ? 'pdf' : formatFromName(name);
}
