/**
 * Where a command's text goes: standard output, or the file --out names (written atomically).
 */
import { writeAtomically } from '../report/writeAtomically.js';
import type { CliIo } from './cliIo.js';

export async function emit(text: string, out: string | undefined, io: CliIo, note: (text: string) => void): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeAtomically(out, text);
  note(`wrote ${out}`);
}
