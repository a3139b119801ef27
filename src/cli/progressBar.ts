/**
 * A progress bar on stderr for runs that last: drawn only on a TTY, only once a run has taken
 * more than a second, and cleared when it ends.
 */

const SHOW_AFTER_MS = 1000;
const WIDTH = 30;

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

export function progressBar(stream: NodeJS.WritableStream, label: string): ProgressBar {
  const started = Date.now();
  let drawn = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS || now - lastDraw < 100) return;
      lastDraw = now;
      const fraction = total > 0 ? done / total : 1;
      const filled = Math.round(fraction * WIDTH);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

export const noProgress: ProgressBar = { update() {}, finish() {} };
