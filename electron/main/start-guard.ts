/**
 * Runs the app's start-up; if it fails, shows why and exits, so that a process
 * without a window does not live on holding the single-instance lock (which
 * would make every later launch do nothing). No electron import: tested alone.
 */
export async function startOrExit(
  start: () => Promise<void>,
  dataDir: () => string,
  showError: (title: string, message: string) => void,
  exit: (code: number) => void,
): Promise<void> {
  try {
    await start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    showError(
      'Dossier could not start',
      `Dossier could not open its data folder (${dataDir()}):\n\n${detail}\n\nNothing was deleted. Check that the folder can be read and written, then start Dossier again.`,
    );
    exit(1);
  }
}
