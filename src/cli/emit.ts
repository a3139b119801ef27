/**
 * Where a command's text goes: standard output, or the file --out names (see writeOutputFile: a
 * regular file is replaced atomically and keeps its mode; a device, FIFO or link target is written
 * through). A reader of stdout that went away throws OUTPUT_CLOSED, which ends the CLI quietly.
 */
import { OPTIONS, type OptionDeclaration, type OptionName } from '../options/declarations.js';
import { checkOutputFile, isStdoutPath, readerGone, writeOutputFile } from '../report/writeOutputFile.js';
import { writeToStream } from '../report/writeToStream.js';
import type { CliIo } from './cliIo.js';
import { DEFAULT_DATA_FILE } from './loadData.js';

/** Every file the command reads: the values of its input-file options, or the bundled table. */
export function inputFiles(values: Readonly<Record<string, unknown>>, names: readonly OptionName[]): string[] {
  const files = names.flatMap((name) => {
    const declaration: OptionDeclaration<unknown> = OPTIONS[name];
    const value = values[name];
    if (declaration.file !== 'input' || value === undefined) return [];
    return Array.isArray(value) ? value.map(String) : [String(value)];
  });
  if (names.includes('scores') && values.scores === undefined && values.winMatrix === undefined) files.push(DEFAULT_DATA_FILE);
  return files;
}

/** Before any work: --out must be writable and none of the files the run reads. */
export async function checkOutput(out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out !== undefined) await checkOutputFile(out, { inputs });
}

export async function emit(text: string, out: string | undefined, io: CliIo, note: (text: string) => void): Promise<void> {
  if (out === undefined) {
    if ((await writeToStream(io.stdout, text)) === 'closed') throw readerGone();
    return;
  }
  await writeOutputFile(out, text, { stdout: io.stdout });
  if (!isStdoutPath(out)) note(`wrote ${out}`);
}
