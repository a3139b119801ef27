/**
 * The library's per-item importer: harness logs or arena judgements of one kind -> the same
 * WinMatrices `--win-matrix` files give, with what each cell rests on, the provenance and what was
 * left out. Rule: kind in ITEM_KINDS; item kinds go through winMatrixFromItems, arena through
 * winMatrixFromBattles; options checked here (the library is not always typed). Cost: reading.
 */
import { SwissRankError } from '../../errors.js';
import { requirePathList } from '../../input/requirePaths.js';
import { requireSignal } from '../../requireSignal.js';
import { ITEM_KINDS, type ItemKind } from '../types.js';
import { readArenaJudgements } from './arenaJudgements.js';
import { readHelmInstances } from './helmInstances.js';
import { readInspectSamples } from './inspectSamples.js';
import { readLmEvalSamples } from './lmEvalSamples.js';
import { winMatrixFromBattles } from './winMatrixFromBattles.js';
import { winMatrixFromItems } from './winMatrixFromItems.js';
import { ARENA_SPLITS, UNSEEN_POLICIES, type WinsOptions, type WinsResult } from './winsTypes.js';

const ITEM_READERS = { 'lm-eval': readLmEvalSamples, helm: readHelmInstances, inspect: readInspectSamples } as const;

/** @example const { matrices } = await winMatricesFrom('inspect', ['logs/'], { unseen: 'error' }); */
export async function winMatricesFrom(kind: ItemKind, paths: readonly string[], options: WinsOptions = {}): Promise<WinsResult> {
  if (!(ITEM_KINDS as readonly unknown[]).includes(kind)) {
    throw new SwissRankError('BAD_OPTION', `expected one of ${ITEM_KINDS.join(', ')}, found ${JSON.stringify(kind)}`, { option: 'from' });
  }
  requirePathList(paths, 'paths');
  const signal = requireSignal(options.signal);
  const unseen = oneOf(options.unseen ?? 'coin', UNSEEN_POLICIES, 'unseen');
  const split = oneOf(options.arenaMatrices ?? 'per-category', ARENA_SPLITS, 'arenaMatrices');
  const read = { signal };
  if (kind === 'arena') {
    const { battles, provenance, leftOut } = await readArenaJudgements(paths, read);
    const built = winMatrixFromBattles(battles, split, unseen);
    return { ...built, counted: 'battles', provenance, leftOut: [...leftOut, ...built.leftOut] };
  }
  const { results, provenance, leftOut } = await ITEM_READERS[kind](paths, read);
  const built = winMatrixFromItems(results, unseen);
  return { ...built, counted: 'items', provenance, leftOut: [...leftOut, ...built.leftOut] };
}

function oneOf<T extends string>(value: unknown, values: readonly T[], option: string): T {
  if ((values as readonly unknown[]).includes(value)) return value as T;
  throw new SwissRankError('BAD_OPTION', `expected one of ${values.join(', ')}, found ${JSON.stringify(value)}`, { option });
}
