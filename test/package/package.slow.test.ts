/**
 * The package as users get it: `npm pack`, installed into an empty folder, then the CLI, an ESM
 * consumer and a TypeScript consumer (type-checked against the published types) run from there.
 * Needs the npm registry for the dependencies (the npm cache serves repeats); runs on the build
 * that `npm test` makes first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const consumer = mkdtempSync(join(tmpdir(), 'swiss-rank-consumer-'));
const sh = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

describe('the packed package', () => {
  beforeAll(() => {
    sh('npm', ['pack', '--ignore-scripts', '--pack-destination', consumer, '--silent'], REPO_ROOT);
    const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack made no tarball');
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    sh('npm', ['install', '--no-audit', '--no-fund', '--silent', `./${tarball}`]);
  }, 300_000);

  it('ships only what runs', () => {
    const listed = sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], REPO_ROOT);
    const files = (JSON.parse(listed) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    expect(files).toContain('dist/swiss-rank.mjs');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/workers/simulateWorker.js');
    expect(files).toContain('dist/kernel/csdKernel.wasm');
    expect(files).toContain('data/helm_lite_v1.13.0.csv');
    expect(files).toContain('schema/swiss-rank.config.schema.json'); // editors complete configs from it (init points at it)
    expect(files).not.toContain('data/open_llm_leaderboard_v2.csv'); // the scale case stays in the repository
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/'))).toBe(false);
  });

  it('runs the CLI: --help and a simulate on the bundled data', () => {
    expect(sh('npx', ['--no-install', 'swiss-rank', '--help'])).toMatch(/simulate/);
    const json = JSON.parse(sh('npx', ['--no-install', 'swiss-rank', 'simulate', '--iterations', '20000', '--format', 'json', '--quiet']));
    expect(json.models).toHaveLength(91);
    expect(json.kernel).toBe('wasm'); // loaded from the installed package's own folder
  });

  it('runs an ESM consumer', () => {
    writeFileSync(
      join(consumer, 'consumer.mjs'),
      `import { scoreTableFromRecords, simulate, tournament } from 'swiss-rank';
       const scores = scoreTableFromRecords([{ model: 'a', X: 3, Y: 1 }, { model: 'b', X: 2, Y: 2 }, { model: 'c', X: 1, Y: 3 }]);
       const result = await simulate(tournament(scores), { iterations: 20000 });
       console.log(result.models.map((m) => m.name).join(','), result.matchesPerTournament);`,
    );
    expect(sh('node', ['consumer.mjs']).trim()).toMatch(/^[abc],[abc],[abc] 2$/);
  });

  it('type-checks a TypeScript consumer against the published types', () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import { loadScores, simulate, tournament, SwissRankError, type SimulationResult } from 'swiss-rank';
       const scores = await loadScores('leaderboard.csv', { layout: 'models-as-rows' });
       const result: SimulationResult = await simulate(tournament(scores, { elimination: 2, tieBreak: 'random' }), { iterations: 1000 });
       const best: string = result.models[0].name;
       const e: number = result.models[0].expectedScore;
       try { tournament(scores, { rounds: 'nope' }); } catch (error) { if (error instanceof SwissRankError) console.log(error.code, best, e); }
       // @ts-expect-error: the tie-break is 'random' or 'index'
       tournament(scores, { tieBreak: 'coin' });`,
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const types = join(REPO_ROOT, 'node_modules', '@types');
    sh('node', [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--lib', 'es2022,esnext.disposable', '--typeRoots', types, '--types', 'node', 'consumer.ts']);
  });

  it('type-checks with lib es2022 only and no @types/node (no DOM, no Node globals in the published types)', () => {
    writeFileSync(
      join(consumer, 'bare.ts'),
      `import { createRanker, loadScores, simulate, tournament, VERSION, type RunOptions } from 'swiss-rank';
       const scores = await loadScores('leaderboard.csv', { delimiter: ';' });
       const options: RunOptions = { iterations: 1000, onProgress: (done: number, total: number) => void [done, total] };
       const result = await simulate(tournament(scores), options);
       const ranker = createRanker({ threads: 2 });
       await ranker.sweep(tournament(scores));
       await ranker.close();
       export const shown: string = result.models[0].name + VERSION;`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.bare.json'),
      JSON.stringify({
        compilerOptions: { noEmit: true, strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022'], types: [] },
        files: ['bare.ts'],
      }),
    );
    sh('node', [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bare.json']);
    // `await using` where the consumer's lib declares Symbol.asyncDispose.
    writeFileSync(
      join(consumer, 'disposable.ts'),
      `import { createRanker } from 'swiss-rank';
       export async function run(): Promise<void> { await using ranker = createRanker({ threads: 1 }); void ranker; }`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.disposable.json'),
      JSON.stringify({
        compilerOptions: { noEmit: true, strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'esnext.disposable'], types: [] },
        files: ['disposable.ts'],
      }),
    );
    sh('node', [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.disposable.json']);
  });
});
