/**
 * Shell completion (yargs' own, slow: it runs the executable and bash): `swiss-rank completion`
 * prints a script, the executable answers --get-yargs-completions from the command table, and the
 * script sourced into bash completes a command and a flag.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { BIN, spawnCli, tempDir } from '../support/cli.js';

describe('swiss-rank completion', () => {
  it('prints a bash completion script', async () => {
    const r = await spawnCli(['completion']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('###-begin-swiss-rank-completions-###');
    expect(r.stdout).toContain('complete -o bashdefault -o default -F _swiss-rank_yargs_completions swiss-rank');
  });

  it('answers --get-yargs-completions with every command, and a command\'s flags', async () => {
    const commands = await spawnCli(['--get-yargs-completions', 'swiss-rank', '']);
    expect(commands.code).toBe(0);
    expect(commands.stdout.trim().split('\n')).toEqual([...COMMANDS.map((c) => c.name), 'completion']);
    const flags = await spawnCli(['--get-yargs-completions', 'swiss-rank', 'simulate', '--']);
    expect(flags.stdout.split('\n')).toEqual(expect.arrayContaining(['--scores', '--format', '--out', '--iterations']));
    expect(flags.stdout).not.toContain('--config');
  });

  it('completes in bash once sourced: `si` to simulate, `--for` to --format', () => {
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'swiss-rank'));
    const complete = (...words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          'source <(swiss-rank completion); COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _swiss-rank_yargs_completions; printf "%s\\n" "${COMPREPLY[@]}"',
          'bash',
          ...words,
        ],
        { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SHELL: '/bin/bash' }, encoding: 'utf8' },
      ).trim();
    expect(complete('swiss-rank', 'si')).toBe('simulate');
    expect(complete('swiss-rank', 'simulate', '--for')).toBe('--format');
  });
});
