import type { Settings } from '../../../electron/contract';

export type ThemeChoice = Settings['theme'];

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** Sets `data-theme` on <html> to light or dark now ('system' as the OS is now) and `data-theme-choice` to the choice. */
export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = choice === 'system' ? (prefersDark() ? 'dark' : 'light') : choice;
  document.documentElement.dataset.themeChoice = choice;
}

/** The shell's `applyTheme`: 'system' keeps following the OS until the returned function is called. */
export function followTheme(choice: ThemeChoice): () => void {
  const set = () => applyTheme(choice);
  set();
  if (choice !== 'system' || !window.matchMedia) return () => {};
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', set);
  return () => query.removeEventListener('change', set);
}
