/**
 * The process the swap test kills: opens the handlers on a data folder and runs
 * a backup restore or a progress import, printing each step of the swap; it
 * SIGKILLs itself right after the step named KILL_AT ("none": runs to the end).
 * Usage: node swap-child.mjs DATA_DIR restore|import BACKUP_ID|FILE KILL_AT
 */
import fs from 'node:fs';
import { createHandlers } from '../../../../electron/main/handlers';
import { createConfStoreFactory } from '../../../support/conf-store';

const [dataDir, what, arg, killAt] = process.argv.slice(2) as [string, string, string, string];
const service = await createHandlers({
  dataDir,
  storeFactory: createConfStoreFactory(),
  clock: () => new Date('2026-03-05T10:00:00.000Z'),
  version: 'swap',
  openFile: async () => null,
  saveFile: async () => null,
  swapHook: (step) => {
    fs.writeSync(1, `step ${step}\n`);
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
if (what === 'restore') await service.handlers['backup:restore']({ id: arg });
else await service.handlers['progress:import']({ text: fs.readFileSync(arg, 'utf8') });
await service.close();
fs.writeSync(1, 'done\n');
