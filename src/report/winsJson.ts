/**
 * The result of `swiss-rank wins` as a plain object: the JSON printed with `--format json`, and the
 * provenance.json written beside the matrices. Every matrix carries what its cells rest on
 * (`counts`: items both answered, or battles) and its file name. Cost: O(B M^2).
 */
import type { WinsResult } from '../import/wins/winsTypes.js';
import { VERSION } from '../packageInfo.js';

export interface WinsJson {
  readonly tool: 'swiss-rank';
  readonly version: string;
  readonly kind: string;
  readonly rule: string;
  readonly models: readonly string[];
  readonly files: readonly string[];
  readonly choices: readonly string[];
  readonly leftOut: readonly string[];
  readonly benchmarks: readonly {
    name: string;
    file: string;
    /** P[i][j], models in `models` order. */
    p: number[][];
    /** What each P[i][j] rests on: `counted` (0: a coin). */
    counts: number[][];
  }[];
  readonly counted: 'items' | 'battles';
}

export const ITEM_RULE = 'P[i][j] = mean over the items both answered of (s_i - s_j + 1) / 2 (right = 1, wrong = 0)';
export const BATTLE_RULE = 'P[i][j] = (wins of i over j + ties / 2) / battles between them';

export function winsJson(result: WinsResult, fileNames: readonly string[]): WinsJson {
  const { models, benchmarks, p } = result.matrices;
  const m = models.length;
  const square = (values: Float64Array, b: number) =>
    models.map((_, i) => Array.from(values.subarray((b * m + i) * m, (b * m + i + 1) * m)));
  return {
    tool: 'swiss-rank',
    version: VERSION,
    kind: result.provenance.kind,
    rule: result.counted === 'items' ? ITEM_RULE : BATTLE_RULE,
    models,
    files: result.provenance.files,
    choices: result.provenance.choices,
    leftOut: result.leftOut,
    counted: result.counted,
    benchmarks: benchmarks.map((name, b) => ({ name, file: fileNames[b]!, p: square(p, b), counts: square(result.counts, b) })),
  };
}
