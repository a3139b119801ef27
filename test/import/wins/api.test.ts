import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate, tournament, winMatricesFrom } from '../../../src/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

describe('winMatricesFrom, the library way', () => {
  it('gives WinMatrices a tournament takes: the HELM BBQ runs and the Inspect pair, simulated', async () => {
    const helm = await winMatricesFrom('helm', [join(FIXTURES, 'helm/runs')]);
    const inspect = await winMatricesFrom('inspect', [join(FIXTURES, 'inspect/eee_fixture_arc_easy_2models')], { unseen: 'error' });
    const helmRun = await simulate(tournament(helm.matrices), { iterations: 2000, seed: 1, threads: 1 });
    expect(helmRun.models.map((m) => m.name).sort()).toEqual([...helm.matrices.models].sort());
    const inspectRun = await simulate(tournament(inspect.matrices), { iterations: 2000, seed: 1, threads: 1 });
    // Two models, one match a round: sonnet wins with 2.5 / 3, so its expected win score is exactly that.
    const sonnet = inspectRun.models.find((m) => m.name === 'anthropic/claude-sonnet-4-0')!;
    expect(Math.abs(sonnet.expectedScore - 2.5 / 3)).toBeLessThan(5 * Math.sqrt((2.5 / 3) * (0.5 / 3) / 2000));
    expect(inspect.provenance.files).toHaveLength(2);
  });
});
