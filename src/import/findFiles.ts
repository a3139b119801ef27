/**
 * The files an importer reads from the paths a user gave: a file is taken as it is (whatever its
 * name), a folder is searched recursively for names the kind writes (`results_*.json`,
 * `per_instance_stats.json`, ...). Rule: sorted by path so that every run reads the same files in
 * the same order; symlinked folders are not followed (no cycles); a folder holding no such file is
 * BAD_IMPORT naming what was looked for. Cost: one readdir per folder.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SwissRankError } from '../errors.js';

export async function findFiles(
  paths: readonly string[],
  matches: (name: string) => boolean,
  lookingFor: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new SwissRankError('FILE_NOT_FOUND', 'no such file or folder', { file: path });
    }
    if (!info.isDirectory()) {
      found.push(path);
      continue;
    }
    const inFolder = await walk(path, matches);
    if (inFolder.length === 0) {
      throw new SwissRankError('BAD_IMPORT', `no ${lookingFor} in this folder or below it`, { file: path });
    }
    found.push(...inFolder);
  }
  return found;
}

async function walk(folder: string, matches: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SwissRankError('FILE_UNREADABLE', `cannot read the folder (${code})`, { file: folder });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, matches)));
    else if (entry.isFile() && matches(entry.name)) out.push(path);
  }
  return out;
}
