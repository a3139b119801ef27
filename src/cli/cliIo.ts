/** What a command gets from the process: its streams, the interrupt signal, an early pool. */
import type { WorkerPool } from '../run/workerPool.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  signal?: AbortSignal;
  /** A worker pool started early by the executable, used when --threads is not given. */
  pool?: WorkerPool;
}
