/**
 * The input layer's public face: load and validate score tables, win matrices and round plans,
 * and turn them into the kernel's RoundOutcomes.
 */
export { readCsvRows, type CsvOptions, type CsvRow } from './csvRows.js';
export { parseNumber, type CellPlace } from './parseNumber.js';
export { loadScoreTable, type ScoreTableOptions } from './scoreTable.js';
export { scoreTableFromMatrix, type ScoreMatrix } from './scoreTableFromMatrix.js';
export { loadWinMatrices } from './winMatrices.js';
export { winMatricesFromArrays, type WinArrays } from './winMatricesFromArrays.js';
export { parseRounds, roundsFromGroups, type Round, type RoundGroup } from './roundPlan.js';
export { closestNames } from './closestNames.js';
export { buildRoundOutcomes, MISSING_POLICIES, type MissingPolicy } from './roundOutcomes.js';
export { LAYOUTS, type Layout, type ScoreTable, type WinMatrices } from './types.js';
