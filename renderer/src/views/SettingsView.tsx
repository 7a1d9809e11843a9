/** Placeholder until the Settings view lands (owned by the progress-views work). */
export function SettingsView() {
  return <section aria-label="Settings"><h1>Settings</h1></section>;
}
