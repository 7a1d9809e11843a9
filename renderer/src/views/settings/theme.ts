import type { Settings } from '../../../../electron/contract';

/** Fired on window after settings change here, with the saved settings as detail (the shell re-reads theme and counts). */
export const SETTINGS_EVENT = 'dossier:settings';
/** Fired on window after an import or a backup restore replaced the collection. */
export const DATA_CHANGED_EVENT = 'dossier:data-changed';

/** Applies a theme choice to <html data-theme>, resolving "system" with the OS preference. */
export function applyTheme(theme: Settings['theme']): void {
  const isDark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = isDark ? 'dark' : 'light';
}

export function announceSettings(settings: Settings): void {
  window.dispatchEvent(new CustomEvent<Settings>(SETTINGS_EVENT, { detail: settings }));
}

export function announceDataChanged(): void {
  window.dispatchEvent(new Event(DATA_CHANGED_EVENT));
}
