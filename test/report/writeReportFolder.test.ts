/**
 * writeReportFolder: a report folder is created (parents too), filled when empty, replaced only
 * when its marker proves it is a previous report, restored when the swap fails; a folder with
 * other files is refused (or added to with force, never overwriting them); and the folder of the
 * config or data is never the target, nor anything above it.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReportFolder, REPORT_MARKER, writeReportFolder } from '../../src/report/writeReportFolder.js';
import { caught } from '../input/support.js';
import { tempDir } from '../support/cli.js';

// A seam for faults: rename or writeFile can be made to fail while the rest stays real.
type Fault = (...paths: string[]) => Error | undefined;
const faults = vi.hoisted(() => ({ rename: undefined as Fault | undefined, writeFile: undefined as Fault | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const rename = async (from: string, to: string) => {
    const error = faults.rename?.(String(from), String(to));
    if (error) throw error;
    return actual.rename(from, to);
  };
  const writeFile = async (...args: Parameters<typeof actual.writeFile>) => {
    const error = faults.writeFile?.(String(args[0]));
    if (error) throw error;
    return actual.writeFile(...args);
  };
  return { ...actual, rename, writeFile, default: { ...actual, rename, writeFile } };
});
afterEach(() => {
  faults.rename = undefined;
  faults.writeFile = undefined;
});

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });
const REPORT = new Map<string, string>([
  ['results.json', '{"new":true}\n'],
  ['results.csv', 'model\n'],
  ['report.html', '<html>new</html>\n'],
]);
const none = { protect: [] };

/** The SwissRankError a write refuses with. */
const refusal = (promise: Promise<unknown>) => caught(() => promise);

/** Every file under `dir` with its text, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = entry.isFile() ? readFileSync(path, 'utf8') : `<${entry.isDirectory() ? 'dir' : 'other'}>`;
  }
  return files;
}

function marker(folder: string): { tool: string; version: string; files: string[] } {
  return JSON.parse(readFileSync(join(folder, REPORT_MARKER), 'utf8'));
}

/** A previous report as swiss-rank leaves it, with an extra file `stale.txt` it also wrote. */
function previousReport(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.json'), '{"old":true}\n');
  writeFileSync(join(folder, 'stale.txt'), 'from an older version\n');
  writeFileSync(join(folder, REPORT_MARKER), JSON.stringify({ tool: 'swiss-rank', version: '0.0.1', files: ['results.json', 'stale.txt'] }));
}

describe('writeReportFolder', () => {
  it('creates a missing folder and its parents, with the marker listing the files, nothing left beside', async () => {
    const dir = tempDir();
    const out = join(dir, 'reports', 'a', 'b');
    await checkReportFolder(out, none);
    expect(readdirSync(dir)).toEqual([]); // the check creates nothing
    await writeReportFolder(out, REPORT, none);
    expect(readdirSync(out).sort()).toEqual([REPORT_MARKER, 'report.html', 'results.csv', 'results.json']);
    expect(marker(out)).toMatchObject({ tool: 'swiss-rank', files: ['results.json', 'results.csv', 'report.html'] });
    expect(typeof marker(out).version).toBe('string');
    expect(readdirSync(join(dir, 'reports', 'a'))).toEqual(['b']);
  });

  it('fills an existing empty folder', async () => {
    const out = tempDir();
    await checkReportFolder(out, none);
    await writeReportFolder(out, REPORT, none);
    expect(readdirSync(out).sort()).toEqual([REPORT_MARKER, 'report.html', 'results.csv', 'results.json']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('<html>new</html>\n');
  });

  it('replaces a previous report whole: nothing stale stays, nothing is left beside', async () => {
    const dir = tempDir();
    const out = join(dir, 'report');
    previousReport(out);
    await checkReportFolder(out, none);
    await writeReportFolder(out, REPORT, none);
    expect(snapshot(out)).toEqual({
      [REPORT_MARKER]: readFileSync(join(out, REPORT_MARKER), 'utf8'),
      'results.json': '{"new":true}\n',
      'results.csv': 'model\n',
      'report.html': '<html>new</html>\n',
    });
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('puts the previous report back when the final rename fails, and leaves nothing beside', async () => {
    const dir = tempDir();
    const out = join(dir, 'report');
    previousReport(out);
    const before = snapshot(dir);
    // Fail only the rename that moves the new folder into place.
    faults.rename = (from, to) => (to === out && basename(from).endsWith('.tmp') ? errno('EIO', 'i/o error') : undefined);
    const error = await refusal(writeReportFolder(out, REPORT, none));
    expect(error.describe()).toBe(`${out}: cannot write the report: EIO (i/o error) [OUTPUT_UNWRITABLE]`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves nothing (not even the parents it made) when writing a file fails', async () => {
    const dir = tempDir();
    faults.writeFile = (path) => (basename(path).includes('report.html') ? errno('ENOSPC', 'no space left on device') : undefined);
    const error = await refusal(writeReportFolder(join(dir, 'x', 'y'), REPORT, none));
    expect(error.message).toBe('cannot write the report: ENOSPC (no space left on device)');
    expect(readdirSync(dir)).toEqual([]);
    // The same into an existing empty folder: it is empty again afterwards.
    const empty = tempDir();
    await refusal(writeReportFolder(empty, REPORT, none));
    expect(readdirSync(empty)).toEqual([]);
  });

  it("refuses a folder holding a user's file, naming it, and touches nothing", async () => {
    const dir = tempDir();
    const out = join(dir, 'x');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.tex'), 'years of work');
    const before = snapshot(dir);
    for (const attempt of [() => checkReportFolder(out, none), () => writeReportFolder(out, REPORT, none)]) {
      const error = await refusal(attempt());
      expect(error.code).toBe('OUTPUT_NOT_OURS');
      expect(error.describe()).toBe(
        `${out}: holds files swiss-rank did not write (e.g. thesis.tex); choose another folder, or pass --force to add the report beside them [OUTPUT_NOT_OURS]`,
      );
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['no marker', {}],
    ['a marker of another tool', { [REPORT_MARKER]: JSON.stringify({ tool: 'other', files: ['results.json'] }) }],
    ['a marker that is not JSON', { [REPORT_MARKER]: 'hello' }],
    ['a marker listing a path outside', { [REPORT_MARKER]: JSON.stringify({ tool: 'swiss-rank', files: ['results.json', '../x'] }) }],
  ])('refuses report-like files with %s', async (_, extra: Record<string, string>) => {
    const out = tempDir();
    writeFileSync(join(out, 'results.json'), 'mine');
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(out, name), text);
    const before = snapshot(out);
    expect((await refusal(writeReportFolder(out, REPORT, none))).code).toBe('OUTPUT_NOT_OURS');
    expect(snapshot(out)).toEqual(before);
  });

  it('counts a sub-folder, even one named like a listed file, as not ours', async () => {
    const out = tempDir();
    writeFileSync(join(out, REPORT_MARKER), JSON.stringify({ tool: 'swiss-rank', files: ['results.json'] }));
    mkdirSync(join(out, 'results.json'));
    writeFileSync(join(out, 'results.json', 'precious'), 'x');
    const error = await refusal(writeReportFolder(out, REPORT, none));
    expect(error.message).toContain('(e.g. results.json)');
    expect(readFileSync(join(out, 'results.json', 'precious'), 'utf8')).toBe('x');
  });

  it('with force, adds the report beside other files, keeping them', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'thesis.tex'), 'years of work');
    await checkReportFolder(out, { protect: [], force: true });
    await writeReportFolder(out, REPORT, { protect: [], force: true });
    expect(readdirSync(out).sort()).toEqual([REPORT_MARKER, 'report.html', 'results.csv', 'results.json', 'thesis.tex']);
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('years of work');
    expect(marker(out).files).toEqual(['results.json', 'results.csv', 'report.html']);
    // Again: its own files (listed in the marker) are replaced, the others kept.
    await writeReportFolder(out, new Map([['results.json', 'v2']]), { protect: [], force: true });
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('v2');
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('years of work');
    expect(marker(out).files.sort()).toEqual(['report.html', 'results.csv', 'results.json']);
  });

  it('with force, still refuses to overwrite a file it did not write, and writes nothing', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'results.csv'), 'my own csv');
    const before = snapshot(out);
    const error = await refusal(writeReportFolder(out, REPORT, { protect: [], force: true }));
    expect(error.code).toBe('OUTPUT_NOT_OURS');
    expect(error.message).toContain('results.csv');
    expect(snapshot(out)).toEqual(before);
    // A foreign file where the marker goes is refused even by the check.
    writeFileSync(join(out, REPORT_MARKER), 'not ours');
    expect((await refusal(checkReportFolder(out, { protect: [], force: true }))).code).toBe('OUTPUT_NOT_OURS');
  });

  it('with force, a failed rename puts the folder back as it was', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'thesis.tex'), 'years of work');
    const before = snapshot(out);
    faults.rename = (_, to) => (to === join(out, 'report.html') ? errno('EIO', 'i/o error') : undefined);
    await refusal(writeReportFolder(out, REPORT, { protect: [], force: true }));
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses a file, and follows a symlink to a folder (the link stays)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'mine');
    const error = await refusal(checkReportFolder(join(dir, 'file'), none));
    expect(error.describe()).toBe(`${join(dir, 'file')}: is a file, expected a folder [OUTPUT_UNWRITABLE]`);
    previousReport(join(dir, 'real'));
    symlinkSync('real', join(dir, 'link'));
    await writeReportFolder(join(dir, 'link'), REPORT, none);
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'results.json'), 'utf8')).toBe('{"new":true}\n');
    expect(existsSync(join(dir, 'real', 'stale.txt'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['file', 'link', 'real']);
  });

  it('refuses the folder holding a protected file, any folder above it, also through a link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'project', 'data'), { recursive: true });
    const data = join(dir, 'project', 'data', 'scores.csv');
    writeFileSync(data, 'precious');
    symlinkSync(join(dir, 'project'), join(dir, 'alias'));
    const before = snapshot(dir);
    for (const folder of [join(dir, 'project', 'data'), join(dir, 'project'), dir, join(dir, 'alias', 'data'), '/']) {
      for (const attempt of [() => checkReportFolder(folder, { protect: [data] }), () => writeReportFolder(folder, REPORT, { protect: [data], force: true })]) {
        const error = await refusal(attempt());
        expect(error.code, folder).toBe('OUTPUT_IS_INPUT');
        expect(error.message).toContain(data);
      }
    }
    // '.' when the data is below the working folder.
    const cwd = process.cwd();
    try {
      process.chdir(join(dir, 'project'));
      expect((await refusal(checkReportFolder('.', { protect: ['data/scores.csv'] }))).code).toBe('OUTPUT_IS_INPUT');
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(dir)).toEqual(before);
    // A folder beside or below the data's folder is fine.
    await writeReportFolder(join(dir, 'project', 'data', 'report'), REPORT, { protect: [data] });
    await writeReportFolder(join(dir, 'project', 'report'), REPORT, { protect: [data] });
  });
});
