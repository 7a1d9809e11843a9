/** Placeholder until the Progress view lands (owned by the progress-views work). */
export function ProgressView() {
  return <section aria-label="Progress"><h1>Progress</h1></section>;
}
