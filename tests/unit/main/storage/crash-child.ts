/**
 * The process the crash test kills: it opens the progress layer on a data
 * folder and answers reviews as fast as it can, printing `ack <seq> <card>
 * <rating>` only after the handler returned. Checkpoints and backups are made
 * very often so that kills land in the middle of them too.
 * Usage: node crash-child.mjs DATA_DIR START_ISO SEED
 */
import { createHandlers } from '../../../../electron/main/handlers';
import { createConfStoreFactory } from '../../../support/conf-store';

const [dataDir, startIso, seedArg] = process.argv.slice(2) as [string, string, string];
let seed = Number(seedArg) >>> 0;
const random = () => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};
let now = Date.parse(startIso);

const service = await createHandlers({
  dataDir,
  storeFactory: createConfStoreFactory(),
  clock: () => new Date(now),
  version: 'crash',
  openFile: async () => null,
  saveFile: async () => null,
  checkpointDelayMs: 1,
  backupIntervalMs: 10,
});
const { handlers, progress } = service;
process.stdout.write('ready\n');

for (let i = 0; ; i++) {
  const queue = await handlers['study:queue']({ limit: 1 });
  const item = queue.items[0];
  if (!item) {
    now += 86_400_000;
  } else {
    const rating = (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4;
    await handlers['study:answer']({ cardId: item.card.id, rating, mode: 'self', durationMs: 1000 });
    process.stdout.write(`ack ${progress.store.lastSeq()} ${item.card.id} ${rating} ${now}\n`);
    now += 60_000;
  }
  // Let the checkpoint and backup timers run between answers.
  if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
}
