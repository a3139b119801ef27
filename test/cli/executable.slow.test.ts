/** The built executable as users run it: a process of its own (slow: Node start-up per call). */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../support/cli.js';
import { HELM_LITE } from '../support/realData.js';

const helm = [HELM_LITE, '--missing', 'coin'];

describe('the installed executable', () => {
  it('runs as a process: --version, --help, and a simulate on a real table', async () => {
    const version = await spawnCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await spawnCli(['simulate', '--help']);
    expect(help.stdout).toMatch(/--elimination/);
    const run = await spawnCli(['simulate', '--scores', ...helm, '--iterations', '20000', '--threads', '2', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).models).toHaveLength(91);
  });

  it('exits 2 with one line and no stack trace on bad input', async () => {
    const r = await spawnCli(['simulate', '--iterations', '-5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swiss-rank: --iterations: .*\[BAD_OPTION\]\n$/);
  });

  it("prints an analysis's warnings on its early-started workers too (the default thread count)", async () => {
    // MMLU is a one-benchmark round: the bootstrap over benchmarks holds it fixed, and says so.
    const rounds = 'NarrativeQA,NaturalQuestions (open-book);MMLU';
    for (const threads of [[], ['--threads', '1']]) {
      const r = await spawnCli(['compare', '--rounds', rounds, '--iterations', '500', '--bootstrap', '20', '--quiet', '--format', 'json', ...threads]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/warning: the bootstrap over benchmarks holds 1 one-benchmark round\(s\) fixed.*MMLU/);
    }
  });
});
