/**
 * Ranking statistics: the baseline leaderboards, rank agreement, tiers and rank summaries.
 * Pure functions over plain arrays; nothing here runs a tournament.
 */
export { meanScore } from './meanScore.js';
export { normalizedMean } from './normalizedMean.js';
export { meanWinRate } from './meanWinRate.js';
export { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';
export { competitionRanks, fractionalRanks } from './ranks.js';
export { kendallTau } from './kendallTau.js';
export { rankTiers, lmarenaRank, type RankInterval, type Tiers } from './tiers.js';
export { rankSummary, type RankSummary, type RankSummaryOptions } from './rankSummary.js';
