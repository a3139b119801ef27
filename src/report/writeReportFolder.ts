/**
 * Writes a report folder whole or not at all. Rule: a folder is replaced only when its marker proves it
 * holds a previous report and nothing else; other folders are refused (or, with force, added to).
 * Why: `--out .` or `"out": "../data"` is one slip away, and must never delete what swiss-rank did not write.
 */
import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, stat, writeFile, chmod } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SwissRankError } from '../errors.js';
import { VERSION } from '../packageInfo.js';
import {
  createParents,
  danglingTarget,
  nearestFolder,
  probeFolder,
  removeCreated,
  replaceAtomically,
  temporaryPath,
} from './writeOutputFile.js';
import { systemErrorText } from './writeToStream.js';

/** The file in every report folder naming the files swiss-rank wrote there. */
export const REPORT_MARKER = '.swiss-rank-report';

export interface ReportFolderOptions {
  /** Config and data files: the folder may not be, or contain, the folder holding any of them. */
  readonly protect: readonly string[];
  /** Add the report's files to an existing folder that holds other files (never deleting or overwriting a file it did not write). */
  readonly force?: boolean;
}

/** What writing will do, decided from what is there now. */
type Plan =
  /** Nothing there: build beside it, rename into place. */
  | { kind: 'create'; target: string }
  /** A previous report and nothing else: build beside it, swap, remove the old one. */
  | { kind: 'replace'; target: string; info: Stats }
  /** An empty folder, or (force) one with other files: write our files into it. */
  | { kind: 'add'; target: string; ours: ReadonlySet<string>; listed: readonly string[] };

export async function checkReportFolder(folder: string, options: ReportFolderOptions): Promise<void> {
  await asReportError(folder, async () => {
    const plan = await planReport(folder, options, []);
    if (plan.kind === 'create') await probeFolder(await nearestFolder(dirname(plan.target), folder), folder);
    else if (plan.kind === 'replace') await probeFolder(dirname(plan.target), folder);
    else await probeFolder(plan.target, folder);
  });
}

export async function writeReportFolder(
  folder: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  options: ReportFolderOptions,
): Promise<void> {
  const names = [...files.keys()];
  for (const name of names) {
    if (name === REPORT_MARKER || !isPlainName(name)) throw new Error(`writeReportFolder: bad file name ${JSON.stringify(name)}`);
  }
  await asReportError(folder, async () => {
    const plan = await planReport(folder, options, names);
    if (plan.kind === 'create') await create(plan.target, files, folder);
    else if (plan.kind === 'replace') await replace(plan.target, plan.info, files);
    else await add(plan.target, files, plan.ours, plan.listed);
  });
}

/** Every failure as one SwissRankError naming the folder and the errno. */
async function asReportError(folder: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof SwissRankError) throw error;
    throw unwritable(folder, error);
  }
}

async function planReport(folder: string, options: ReportFolderOptions, names: readonly string[]): Promise<Plan> {
  const absolute = resolve(folder);
  let info: Stats | undefined;
  try {
    info = await stat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (info && !info.isDirectory()) {
    throw new SwissRankError('OUTPUT_UNWRITABLE', 'is a file, expected a folder', { file: folder });
  }
  // A symlink to a folder is followed: the link stays, its target is what gets written.
  const target = info ? await realpath(absolute) : await danglingTarget(absolute, folder);
  await refuseProtected(folder, await realFuturePath(target), options.protect);
  if (!info) return { kind: 'create', target };

  const contents = await readFolder(target);
  if (contents.entries.length === 0) return { kind: 'add', target, ours: new Set(), listed: [] };
  const foreign = contents.entries.filter((name) => !contents.ours.has(name)).sort();
  if (foreign.length === 0) return { kind: 'replace', target, info };
  if (!options.force) {
    throw new SwissRankError(
      'OUTPUT_NOT_OURS',
      `holds files swiss-rank did not write (e.g. ${foreign[0]}); choose another folder, or pass --force to add the report beside them`,
      { file: folder },
    );
  }
  const clash = [REPORT_MARKER, ...names].find((name) => foreign.includes(name));
  if (clash !== undefined) {
    throw new SwissRankError(
      'OUTPUT_NOT_OURS',
      `holds ${clash}, which swiss-rank did not write; --force adds files but never overwrites one it did not write`,
      { file: folder },
    );
  }
  return { kind: 'add', target, ours: contents.ours, listed: contents.listed };
}

/** The folder may not be, or be an ancestor of, a folder holding the run's config or data. */
async function refuseProtected(folder: string, target: string, protect: readonly string[]): Promise<void> {
  for (const path of protect) {
    const holding = dirname(await realpath(path).catch(() => resolve(path)));
    const rel = relative(target, holding);
    if (rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))) {
      throw new SwissRankError(
        'OUTPUT_IS_INPUT',
        `${rel === '' ? 'is' : 'contains'} the folder holding ${path}, which this report reads; choose another folder`,
        { file: folder },
      );
    }
  }
}

/** A path's real form even when its end does not exist yet: the real path of its closest
 *  existing ancestor plus the rest. */
async function realFuturePath(path: string): Promise<string> {
  let existing = path;
  while (!(await stat(existing).then(() => true, () => false)) && dirname(existing) !== existing) {
    existing = dirname(existing);
  }
  return join(await realpath(existing), relative(existing, path));
}

interface FolderContents {
  entries: string[];
  /** Entries a valid marker proves are ours: the marker, the regular files it lists, and the
   *  temp files of those (left by a run that was killed). */
  ours: Set<string>;
  /** The names the marker lists. */
  listed: string[];
}

async function readFolder(folder: string): Promise<FolderContents> {
  const entries = await readdir(folder);
  const listed = await readMarker(folder);
  const ours = new Set<string>();
  if (listed) {
    ours.add(REPORT_MARKER);
    for (const name of entries) {
      const own = listed.includes(name) || listed.some((l) => isTemporaryOf(name, l));
      if (own && (await lstat(join(folder, name)).then((s) => s.isFile(), () => false))) ours.add(name);
    }
  }
  return { entries, ours, listed: listed ?? [] };
}

/** The files a marker lists, or undefined when there is no marker or it is not ours. */
async function readMarker(folder: string): Promise<string[] | undefined> {
  const path = join(folder, REPORT_MARKER);
  if (!(await lstat(path).then((s) => s.isFile(), () => false))) return undefined;
  try {
    const json = JSON.parse(await readFile(path, 'utf8')) as { tool?: unknown; files?: unknown };
    if (json.tool !== 'swiss-rank' || !Array.isArray(json.files)) return undefined;
    if (!json.files.every((f): f is string => typeof f === 'string' && isPlainName(f) && f !== REPORT_MARKER)) return undefined;
    return json.files;
  } catch {
    return undefined;
  }
}

function markerText(files: readonly string[]): string {
  return `${JSON.stringify({ tool: 'swiss-rank', version: VERSION, files }, null, 2)}\n`;
}

/** A name for a file directly in the folder: no separators, no `.` or `..`. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0');
}

function isTemporaryOf(name: string, of: string): boolean {
  const prefix = `.${of.slice(0, 200)}.`;
  return name.startsWith(prefix) && /^\d+\.[0-9a-f]{8}\.tmp$/.test(name.slice(prefix.length));
}

/** Every file and the marker into a new folder (a hidden temp name beside `target`). */
async function build(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<string> {
  const building = temporaryPath(target);
  await mkdir(building);
  try {
    for (const [name, content] of files) await writeFile(join(building, name), content);
    await writeFile(join(building, REPORT_MARKER), markerText([...files.keys()]));
    return building;
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}

async function create(target: string, files: ReadonlyMap<string, string | Uint8Array>, shownAs: string): Promise<void> {
  const created = await createParents(dirname(target), shownAs);
  let building: string | undefined;
  try {
    building = await build(target, files);
    await rename(building, target);
  } catch (error) {
    if (building) await rm(building, { recursive: true, force: true });
    await removeCreated(created, dirname(target));
    throw error;
  }
}

/** Swaps a previous report for a new one; if the new one cannot be put in place, the old one
 *  is put back. The old one is removed only once the new one is in place. */
async function replace(target: string, previous: Stats, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const building = await build(target, files);
  const retired = `${building.slice(0, -'.tmp'.length)}.old`;
  try {
    await chmod(building, previous.mode & 0o7777).catch(() => undefined); // keep the folder's permissions
    await rename(target, retired);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
  try {
    await rename(building, target);
  } catch (error) {
    await rename(retired, target).catch(() => undefined);
    await rm(building, { recursive: true, force: true });
    throw error;
  }
  await removeOurs(retired);
}

/** Removes a retired report file by file (only what the marker proves ours), then the folder:
 *  anything unexpected that appeared in it meanwhile stays. */
async function removeOurs(folder: string): Promise<void> {
  const { ours } = await readFolder(folder);
  for (const name of ours) if (name !== REPORT_MARKER) await rm(join(folder, name), { force: true });
  await rm(join(folder, REPORT_MARKER), { force: true });
  await rmdir(folder).catch(() => undefined);
}

/** Writes the report's files into an existing folder: the marker first (listing every file of
 *  ours, so an interrupted run is still recognised), then each file staged as a temp file, then
 *  all renamed into place. A failure removes what it added and puts the old marker back. */
async function add(
  target: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  ours: ReadonlySet<string>,
  listed: readonly string[],
): Promise<void> {
  const markerPath = join(target, REPORT_MARKER);
  const oldMarker = ours.has(REPORT_MARKER) ? await readFile(markerPath) : undefined;
  const keptListed = listed.filter((name) => ours.has(name) && !files.has(name));
  const staged = new Map<string, string>();
  const added: string[] = [];
  try {
    await replaceAtomically(markerPath, markerText([...files.keys(), ...keptListed]));
    for (const [name, content] of files) {
      const temporary = temporaryPath(join(target, name));
      staged.set(name, temporary);
      await writeFile(temporary, content, { flag: 'wx' });
    }
    for (const [name, temporary] of staged) {
      await rename(temporary, join(target, name));
      staged.delete(name);
      if (!ours.has(name)) added.push(name);
    }
  } catch (error) {
    for (const temporary of staged.values()) await rm(temporary, { force: true });
    for (const name of added) await rm(join(target, name), { force: true });
    if (oldMarker) await replaceAtomically(markerPath, oldMarker).catch(() => undefined);
    else await rm(markerPath, { force: true });
    throw error;
  }
}

function unwritable(folder: string, error: unknown): SwissRankError {
  return new SwissRankError('OUTPUT_UNWRITABLE', `cannot write the report: ${systemErrorText(error)}`, { file: folder });
}
