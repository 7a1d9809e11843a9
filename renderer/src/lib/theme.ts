import type { Settings } from '../../../electron/contract';

export type ThemeChoice = Settings['theme'];

/** Fired on window after settings change here, with the saved settings as detail (the shell re-reads theme and counts). */
export const SETTINGS_EVENT = 'dossier:settings';

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

/** Tells the shell the settings changed (it follows the new theme and reloads its counts). */
export function announceSettings(settings: Settings): void {
  window.dispatchEvent(new CustomEvent<Settings>(SETTINGS_EVENT, { detail: settings }));
}
