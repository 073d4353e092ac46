import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The WAL pages a checkpoint copies back into the database file, if the writer's own
 * connection does none: past this, the writer checkpoints itself, as SQLite does by default at
 * 1,000. It only happens when the checkpointer thread falls behind or stops.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000;

/** How long the thread waits between checkpoints while the WAL keeps growing, and once it is fully copied. */
const BUSY_INTERVAL_MS = 50;
const IDLE_INTERVAL_MS = 200;

export type Checkpointer = Readonly<{ stop: () => Promise<void> }>;

/**
 * Runs SQLite's checkpoints, which copy committed pages from the write-ahead log back into the
 * database file, on a thread of its own with its own connection, so the one connection that
 * serves requests does not. A checkpoint writes every page the commits since the last one
 * changed, then syncs the file to disk: done on the serving thread it took about a quarter of
 * that thread's time while tickets were created (docs/performance.md).
 *
 * Checkpoints are PASSIVE: they never wait for or block the writer or a reader, and copy what
 * they can. Durability does not change: a commit is in the WAL, synced there at the next
 * checkpoint as before. The WAL starts again from its beginning at the first write after a
 * checkpoint copied all of it; under a long burst of writes that moment may not come, and the
 * writer's own connection then checkpoints once the WAL holds WRITER_CHECKPOINT_PAGES pages,
 * finding most of them already copied.
 */
export function startCheckpointer(file: string): Checkpointer {
  const worker = new Worker(CHECKPOINTER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file,
      busyIntervalMs: BUSY_INTERVAL_MS,
      idleIntervalMs: IDLE_INTERVAL_MS,
    },
  });
  // Never the reason the process stays up; a failed thread leaves the checkpoints to the writer.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => {
    process.emitWarning(
      `SQLite checkpointer stopped: ${error instanceof Error ? error.message : String(error)}; the serving connection checkpoints itself from now on`,
    );
  });
  return {
    stop: async () => {
      // Referenced again while it stops: a process waiting only for this thread would
      // otherwise end here, before its connection closes and commits what it holds.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}

/** The thread's code, CommonJS (an evaluated worker has `require`, not `import`). */
const CHECKPOINTER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
let timer = null;
function checkpoint() {
  // log: the pages in the WAL; checkpointed: those of them already in the database file.
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  timer = setTimeout(checkpoint, result.log > result.checkpointed ? workerData.busyIntervalMs : workerData.idleIntervalMs);
}
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
timer = setTimeout(checkpoint, workerData.busyIntervalMs);
`;
