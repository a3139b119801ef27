/**
 * The README as a newcomer meets it: every command of its shell blocks (beyond the install-and-test
 * block CI runs itself) runs as shown, `swiss-rank` being `node dist/swiss-rank.mjs` in this
 * folder, from a scratch folder laid out like the repository (so what they write lands there), and
 * exits 0. Every link to a file of the repository points at a file that exists.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/paths.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The commands of every ```sh block but the one after the ci:commands marker, one per entry. */
function readmeCommands(): string[] {
  const blocks = [...readme.matchAll(/(<!-- ci:commands -->\n)?```sh\n([\s\S]*?)```/g)].filter((m) => m[1] === undefined);
  return blocks.flatMap((m) =>
    m[2]
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** The shared real data beside the repository (CI puts it there), which some commands read. */
const SHARED = join(REPO_ROOT, '..', 'shared');

function scratch(): string {
  // <tmp>/repo beside <tmp>/shared, so that ../shared/... in a command means what it does in a clone.
  const parent = mkdtempSync(join(tmpdir(), 'swiss-rank-readme-'));
  const dir = join(parent, 'repo');
  mkdirSync(dir);
  if (existsSync(SHARED)) symlinkSync(SHARED, join(parent, 'shared'));
  for (const name of ['dist', 'data', 'examples', 'node_modules', 'package.json', 'test']) symlinkSync(join(REPO_ROOT, name), join(dir, name));
  cpSync(join(REPO_ROOT, 'configs'), join(dir, 'configs'), { recursive: true });
  return dir;
}

function run(command: string, cwd: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const line = command.replace(/^swiss-rank /, `${JSON.stringify(process.execPath)} dist/swiss-rank.mjs `);
    execFile('bash', ['-c', line], { cwd, timeout: 300_000, maxBuffer: 1 << 26 }, (error, _stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
    );
  });
}

describe('the README', () => {
  const commands = readmeCommands();

  it('shows commands, every one of them swiss-rank', () => {
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(command).toMatch(/^swiss-rank \w+/);
  });

  it.each(commands)('runs as shown: %s', async (command) => {
    if (command.includes('../shared/') && !existsSync(SHARED)) return void console.warn(`skipped (no ../shared): ${command}`);
    const dir = scratch();
    const r = await run(command, dir);
    expect(r.code, r.stderr).toBe(0);
    // The shipped config writes beside itself (../reports), here inside the scratch folder.
    if (command.includes('report --config configs/helm-lite.json')) {
      expect(existsSync(join(dir, 'reports', 'helm-lite', 'report.html'))).toBe(true);
    }
  }, 300_000);

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(join(REPO_ROOT, link)), link).toBe(true);
  });
});
