// Launches the built app with the Electron binary, or says in one line how to get it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the package exports the binary's path, and throws when it was never downloaded
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'Dossier is built (out/), but the Electron binary is missing and could not be downloaded: run `npx install-electron` with internet access, then `npm start` again.',
  );
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
