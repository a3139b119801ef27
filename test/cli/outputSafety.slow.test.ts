/**
 * Outputs as a user meets them, through the built executable: `report --out` never removes a
 * folder it did not write (nor the config's or data's folder), `--out FILE` keeps devices, links,
 * FIFOs and modes, and a failing or closed stdout ends with one line (or, for a reader that went
 * away, silently with 141), never a stack trace or a quiet exit 0.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../support/cli.js';
import { fifoWithReader } from '../support/fifo.js';
import { REPO_ROOT } from '../support/paths.js';

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'output-safety');
const BUNDLED = join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv');
const isRoot = process.getuid?.() === 0;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The executable in `cwd` (never the repository: a broken `--out .` must not reach it), with
 *  stdout piped, or on a given file descriptor. */
function run(args: string[], options: { cwd: string; stdout?: number }): Promise<Finished> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A copy of the fixture tree (configs/report.json reading data/small.csv) in a temp folder. */
function project(): { root: string; config: string; data: string } {
  const root = join(tempDir(), 'project');
  cpSync(FIXTURE, root, { recursive: true });
  return { root, config: join(root, 'configs', 'report.json'), data: join(root, 'data', 'small.csv') };
}

/** Every file under `dir` with its text. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = entry.isFile() ? readFileSync(path, 'utf8') : '<not a file>';
  }
  return files;
}

const REPORT_FILES = ['.swiss-rank-report', 'report.html', 'results.csv', 'results.json'];
const SIMULATE = ['simulate', '--scores', join(FIXTURE, 'data', 'small.csv'), '--iterations', '300', '--format', 'json', '--quiet'];

describe('report --out never removes what swiss-rank did not write', () => {
  it("refuses a folder holding a user's file: exit 2, one line, the file intact, nothing else created", async () => {
    const { root, config } = project();
    mkdirSync(join(root, 'thesis'));
    writeFileSync(join(root, 'thesis', 'thesis.tex'), 'years of work');
    const before = snapshot(root);
    const r = await run(['report', '--config', config, '--out', 'thesis', '--quiet'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'swiss-rank: thesis: holds files swiss-rank did not write (e.g. thesis.tex); choose another folder, or pass --force to add the report beside them [OUTPUT_NOT_OURS]\n',
    );
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(join(root, '..'))).toEqual(['project']);
  });

  it('with --force, adds the report beside them and keeps them', async () => {
    const { root, config } = project();
    mkdirSync(join(root, 'thesis'));
    writeFileSync(join(root, 'thesis', 'thesis.tex'), 'years of work');
    const r = await run(['report', '--config', config, '--out', 'thesis', '--force', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(root, 'thesis')).sort()).toEqual([...REPORT_FILES, 'thesis.tex'].sort());
    expect(readFileSync(join(root, 'thesis', 'thesis.tex'), 'utf8')).toBe('years of work');
  });

  it('keeps the data when the config\'s "out" is "../data"', async () => {
    const { root, config } = project();
    writeFileSync(config, readFileSync(config, 'utf8').replace('"../reports/small"', '"../data"'));
    const before = snapshot(root);
    const r = await run(['report', '--config', config, '--quiet'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swiss-rank: .*data: is the folder holding .*small\.csv, which this report reads; choose another folder \[OUTPUT_IS_INPUT\]\n$/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses --out . (the folder holding the config and data) and leaves it whole', async () => {
    const { root, config } = project();
    const before = snapshot(root);
    const r = await run(['report', '--config', 'configs/report.json', '--out', '.', '--quiet'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swiss-rank: \.: contains the folder holding configs\/report\.json, .*\[OUTPUT_IS_INPUT\]\n$/);
    expect(snapshot(root)).toEqual(before);
    // Run from a folder of other files, '.' is refused as not ours.
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'todo.txt'), 'x');
    const elsewhere = await run(['report', '--config', config, '--out', '.', '--quiet'], { cwd: join(root, 'notes') });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('(e.g. todo.txt)');
    expect(readdirSync(join(root, 'notes'))).toEqual(['todo.txt']);
  });

  it('creates missing parent folders, and replaces a previous report keeping nothing stale', async () => {
    const { root, config } = project();
    const out = join(root, 'a', 'b', 'c');
    const first = await run(['report', '--config', config, '--out', 'a/b/c', '--quiet'], { cwd: root });
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    // An older version wrote one more file; the next report replaces the folder whole.
    writeFileSync(join(out, 'stale.txt'), 'old');
    const listed = JSON.parse(readFileSync(join(out, '.swiss-rank-report'), 'utf8'));
    writeFileSync(join(out, '.swiss-rank-report'), JSON.stringify({ ...listed, files: [...listed.files, 'stale.txt'] }));
    const again = await run(['report', '--config', config, '--out', 'a/b/c', '--quiet'], { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['c']); // no temp or retired folder beside it
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).iterations).toBe(500);
  });
});

describe('--out FILE', () => {
  it('creates missing parent folders', async () => {
    const dir = tempDir();
    const r = await run([...SIMULATE, '--out', 'x/y/result.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'x', 'y', 'result.json'), 'utf8')).models).toHaveLength(6);
  });

  it('writes a character device in place: mknod c 1 3 (as /dev/null) stays a device', async ({ skip }) => {
    if (!isRoot) skip('mknod needs root: run the tests as root to cover a device as --out');
    const dir = tempDir();
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    const r = await run([...SIMULATE, '--out', 'null'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, 'null')).rdev).toBe(statSync('/dev/null').rdev);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('follows a symlink (the link stays, its target gets the output) and a dangling one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    symlinkSync('results/new.json', join(dir, 'dangling.json'));
    for (const out of ['link.json', 'dangling.json']) {
      const r = await run([...SIMULATE, '--out', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(lstatSync(join(dir, out)).isSymbolicLink()).toBe(true);
    }
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).tool).toBe('swiss-rank');
    expect(JSON.parse(readFileSync(join(dir, 'results', 'new.json'), 'utf8')).tool).toBe('swiss-rank');
  });

  it('writes a FIFO in place for its reader', async () => {
    const dir = tempDir();
    const { path: fifo, received } = fifoWithReader(dir);
    const r = await run([...SIMULATE, '--out', 'fifo'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await received).models).toHaveLength(6);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("keeps a file's mode 0600", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'private.json'), 'old');
    chmodSync(join(dir, 'private.json'), 0o600);
    const r = await run([...SIMULATE, '--out', 'private.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'private.json'), 'utf8')).tool).toBe('swiss-rank');
  });

  it('refuses --out equal to the --scores input, before running, and the input stays', async () => {
    const { root, data } = project();
    const before = readFileSync(data, 'utf8');
    const r = await run(['sweep', '--scores', 'data/small.csv', '--out', 'data/small.csv', '--iterations', '300', '--quiet'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'swiss-rank: data/small.csv: is the same file as the input data/small.csv; choose another output file [OUTPUT_IS_INPUT]\n',
    );
    expect(readFileSync(data, 'utf8')).toBe(before);
  });
});

describe('standard output', () => {
  it('a full disk (/dev/full) is one line and a non-zero exit, not a quiet truncation', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await run(SIMULATE, { cwd: tempDir(), stdout: fd });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('swiss-rank: cannot write to standard output: ENOSPC (no space left on device) [OUTPUT_UNWRITABLE]\n');
    } finally {
      closeSync(fd);
    }
  });

  it('a reader that goes away (| head -c 100) ends it quietly with 141, like cat', async () => {
    // A real shell pipe (64 KiB) that the 170 KiB of sweep JSON overflows; PIPESTATUS[0] is swiss-rank's exit.
    const script = '"$0" "$1" sweep --scores "$2" --missing coin --iterations 2000 --format json --quiet | head -c 100; exit "${PIPESTATUS[0]}"';
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-c', script, process.execPath, BIN, BUNDLED], { cwd: tempDir() }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(141);
    expect(r.stdout).toHaveLength(100);
  });

  // (Not spelled /dev/stdout here: code that renames over its --out, as swiss-rank once did, would
  // replace the machine's /dev/stdout when run as root. /proc/self/fd/1 cannot be renamed over.)
  it('--out=- and --out /proc/self/fd/1 write to stdout and create nothing', async () => {
    const dir = tempDir();
    for (const out of ['--out=-', '--out=/proc/self/fd/1']) {
      const r = await run([...SIMULATE, out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).models).toHaveLength(6);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
