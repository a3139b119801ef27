/**
 * Property: whatever a hand-edited spreadsheet does to a valid table (bytes, cells, rows), the
 * loader either accepts it or throws SwissRankError; and an accepted table builds a tournament and
 * simulates, or is refused with SwissRankError. Never another exception, never a hang.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { BlockRunner } from '../../src/engine/blockRunner.js';
import { buildTournament } from '../../src/tournament/tournament.js';

/** A longer hunt: SWISS_RANK_FUZZ_RUNS=20000 SWISS_RANK_FUZZ_SEED=... npx vitest run test/input/fuzzLoaders.test.ts */
const FUZZ_RUNS = Number(process.env.SWISS_RANK_FUZZ_RUNS ?? 400);
const FUZZ_SEED = Number(process.env.SWISS_RANK_FUZZ_SEED ?? 20261128);
const folder = mkdtempSync(join(tmpdir(), 'swiss-rank-fuzz-'));
const VALID = 'benchmark,m1,m2,m3,"m,4"\nA,0.1,0.2,0.3,0.4\nB,0.5,0.6,0.7,0.8\nC,1,2,3,4\n';
const MATRIX = ',a,b,c\na,,0.7,0.2\nb,0.3,,1\nc,0.8,0,0.5\n';
const NASTY = ['', ' ', 'N/A', '85%', '1,5', '"', '""', 'NaN', 'Infinity', '-0', '1e999', '1e-999', '0x10', '\u00a0', '٣',
  'm1', 'A', '\r', '\n', ';', '\t', '\ufeff', '-', '+1', '.5', '5.', '1_000', 'null', '😀', 'x'.repeat(300)];

type Mutation =
  | { kind: 'byte'; at: number; op: 'insert' | 'delete' | 'replace'; byte: number }
  | { kind: 'cell'; row: number; column: number; value: string }
  | { kind: 'row'; row: number; op: 'delete' | 'duplicate' | 'extra-cell' | 'drop-cell' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('byte' as const),
    at: fc.nat(200),
    op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
    byte: fc.oneof(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0x3b, 0xff, 0xc3, 0xef), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({ kind: fc.constant('cell' as const), row: fc.nat(5), column: fc.nat(6), value: fc.constantFrom(...NASTY) }),
  fc.record({
    kind: fc.constant('row' as const),
    row: fc.nat(5),
    op: fc.constantFrom('delete' as const, 'duplicate' as const, 'extra-cell' as const, 'drop-cell' as const),
  }),
);

function apply(text: string, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(text, 'utf8');
  for (const m of mutations) {
    if (m.kind === 'byte') {
      const at = m.at % (bytes.length + 1);
      const b = Buffer.from([m.byte]);
      bytes =
        m.op === 'insert'
          ? Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(at)])
          : m.op === 'delete'
            ? Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])
            : Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(at + 1)]);
      continue;
    }
    const rows = bytes.toString('utf8').split('\n');
    const r = m.row % rows.length;
    if (m.kind === 'cell') {
      const cells = rows[r].split(',');
      cells[m.column % cells.length] = m.value;
      rows[r] = cells.join(',');
    } else if (m.op === 'delete') rows.splice(r, 1);
    else if (m.op === 'duplicate') rows.splice(r, 0, rows[r]);
    else if (m.op === 'extra-cell') rows[r] += ',9';
    else rows[r] = rows[r].split(',').slice(0, -1).join(',');
    bytes = Buffer.from(rows.join('\n'), 'utf8');
  }
  return bytes;
}

/** Runs a step; SwissRankError is a fine answer, anything else fails the property. */
async function onlyOurErrors<T>(step: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SwissRankError) {
      expect(typeof error.code).toBe('string');
      expect(error.describe()).not.toMatch(/\bundefined\b/);
      const { line, column } = error.location;
      if (line !== undefined) expect(Number.isInteger(line) && line >= 1).toBe(true);
      if (column !== undefined) expect(Number.isInteger(column) && column >= 1).toBe(true);
      return undefined;
    }
    throw error;
  }
}

let file = 0;
describe('fuzzing the loaders with mutated tables', () => {
  it('score tables: accepted, or refused with SwissRankError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom('error', 'loss', 'coin'), async (mutations, missing) => {
        const path = join(folder, `table-${file++}.csv`);
        writeFileSync(path, apply(VALID, mutations));
        const table = await onlyOurErrors(() => loadScoreTable(path, { layout: 'benchmarks-as-rows' }));
        if (!table) return;
        const tournament = await onlyOurErrors(() => buildTournament(table, { missing: missing as 'error', elimination: 1 }));
        if (!tournament) return;
        const runner = new BlockRunner({ plans: [tournament.plan], seed: 1, iterations: 20 });
        runner.runBlock(0);
        const total = runner.counts.perPlan[0].finalPoints.reduce((a, b) => a + b, 0);
        expect(total).toBe(20 * table.models.length);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
  }, 120_000);

  it('win matrices: accepted, or refused with SwissRankError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const path = join(folder, `matrix-${file++}.csv`);
        writeFileSync(path, apply(MATRIX, mutations));
        const matrices = await onlyOurErrors(() => loadWinMatrices([path]));
        if (!matrices) return;
        const tournament = await onlyOurErrors(() => buildTournament(matrices, {}));
        if (tournament) new BlockRunner({ plans: [tournament.plan], seed: 1, iterations: 20 }).runBlock(0);
      }),
      { seed: FUZZ_SEED + 1, numRuns: FUZZ_RUNS },
    );
  }, 120_000);
});
