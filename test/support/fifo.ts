/** A FIFO in `dir` with a reader already waiting on it: what is written through it arrives here. */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';

export function fifoWithReader(dir: string, name = 'fifo'): { path: string; received: Promise<string> } {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const received = new Promise<string>((resolve, reject) => {
    let text = '';
    createReadStream(path, 'utf8')
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
  return { path, received };
}
