import type { Settings } from '../../../electron/contract';

export type ThemeChoice = Settings['theme'];

const dark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** Sets `data-theme` on <html> to light or dark; 'system' follows the OS and keeps following it. */
export function applyTheme(choice: ThemeChoice): () => void {
  const set = () => {
    document.documentElement.dataset.theme = choice === 'system' ? (dark() ? 'dark' : 'light') : choice;
    document.documentElement.dataset.themeChoice = choice;
  };
  set();
  if (choice !== 'system' || !window.matchMedia) return () => {};
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', set);
  return () => query.removeEventListener('change', set);
}
