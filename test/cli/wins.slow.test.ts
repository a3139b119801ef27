/** `swiss-rank wins` as users run it: the built executable, its output folder fed to simulate. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from '../support/cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

describe('swiss-rank wins, the executable', () => {
  it.each([
    ['helm', join(FIXTURES, 'helm/runs'), 3],
    ['inspect', join(FIXTURES, 'inspect/eee_fixture_arc_easy_2models'), 2],
  ] as const)('--from %s: the folder it writes is what simulate --win-matrix ranks', async (kind, path, models) => {
    const out = join(tempDir(), 'wins');
    const wins = await spawnCli(['wins', '--from', kind, path, '--out', out]);
    expect(wins.code, wins.stderr).toBe(0);
    const csv = readdirSync(out).filter((name) => name.endsWith('.csv')).map((name) => join(out, name));
    expect(csv).toHaveLength(1);
    const sim = await spawnCli(['simulate', '--win-matrix', ...csv, '--iterations', '2000', '--format', 'json', '--quiet']);
    expect(sim.code, sim.stderr).toBe(0);
    expect(JSON.parse(sim.stdout).models).toHaveLength(models);
  }, 60_000);
});
