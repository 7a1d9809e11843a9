// Imported first by main.tsx: the first screen's request to main leaves before React and the
// app's modules are evaluated and the shell is laid out (see lib/startup.ts).
import { startFirstScreen } from './lib/startup';

startFirstScreen(window.location.hash);
