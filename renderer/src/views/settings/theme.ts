import type { Settings } from '../../../../electron/contract';

/** Applies a theme choice to <html data-theme>, resolving "system" with the OS preference. */
export function applyTheme(theme: Settings['theme']): void {
  const isDark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = isDark ? 'dark' : 'light';
  // The shell keeps the choice beside the resolved theme (renderer/src/lib/theme.ts).
  document.documentElement.dataset.themeChoice = theme;
}
