import type { Settings } from '../../../../electron/contract';

/** Fired on window after settings change here, with the saved settings as detail (the shell re-reads theme and counts). */
export const SETTINGS_EVENT = 'dossier:settings';

/** Applies a theme choice to <html data-theme>, resolving "system" with the OS preference. */
export function applyTheme(theme: Settings['theme']): void {
  const isDark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = isDark ? 'dark' : 'light';
  // The shell keeps the choice beside the resolved theme (renderer/src/lib/theme.ts).
  document.documentElement.dataset.themeChoice = theme;
}

export function announceSettings(settings: Settings): void {
  window.dispatchEvent(new CustomEvent<Settings>(SETTINGS_EVENT, { detail: settings }));
}
