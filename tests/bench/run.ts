// npm run bench: one JSON object per line on stdout, nothing else there.
import { actionsSignupBench } from './actions.js';
import { backupDuration } from './backup.js';
import { boardBench } from './board.js';
import { inboxBench } from './board-inbox.js';
import { previewBench } from './preview.js';
import { browserLatency } from './browser-latency.js';
import { harvestBench } from './harvest.js';
import { sqliteCommit } from './sqlite-commit.js';
import type { Metric } from './stats.js';
import { ringLayout } from './rings.js';
import { columnsLayout } from './columns.js';
import { timelineLayout, timelinePan } from './timeline.js';
import { timerFireError, timerTickCpu } from './timer.js';

const SAMPLES = 500;
const WARMUP = 30;

/** The parts that can be measured on their own, by name. */
const ALONE: Record<string, () => Promise<Metric[]>> = { board: boardBench, preview: previewBench, harvest: () => harvestBench(3) };

const emit = (metric: Metric) => process.stdout.write(`${JSON.stringify(metric)}\n`);

async function main(): Promise<void> {
  // FLIPOVER_BENCH=board (or preview, or harvest) measures that part alone.
  const alone = ALONE[process.env.FLIPOVER_BENCH ?? ''];
  if (alone) {
    for (const metric of await alone()) emit(metric);
    return;
  }
  emit(sqliteCommit(SAMPLES, WARMUP));
  for (const metric of backupDuration(20)) emit(metric);
  for (const metric of await browserLatency(SAMPLES, WARMUP)) emit(metric);
  emit(await timerFireError(6));
  emit(await timerTickCpu(10));
  for (const metric of await boardBench()) emit(metric);
  for (const metric of await previewBench()) emit(metric);
  for (const metric of inboxBench()) emit(metric);
  emit(timelineLayout());
  emit(await timelinePan());
  emit(ringLayout());
  emit(columnsLayout());
  emit(await actionsSignupBench(200, 20));
  for (const metric of await harvestBench(3)) emit(metric);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
