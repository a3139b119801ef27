// A leaderboard pipeline: read the leaderboard's JSON, rank it by CSD, write the ranking.
// Run: node examples/rank-leaderboard.js examples/leaderboard.json ranking.json (after npm run build)
import { readFile, writeFile } from 'node:fs/promises';
import { scoreTableFromRecords, simulate, tournament } from 'swiss-rank';

const [input = 'examples/leaderboard.json', output = 'ranking.json'] = process.argv.slice(2);
const leaderboard = JSON.parse(await readFile(input, 'utf8')) as { results: Record<string, unknown>[] };
const scores = scoreTableFromRecords(leaderboard.results, { modelKey: 'model' });
const result = await simulate(tournament(scores, { elimination: 1 }), { iterations: 100_000, seed: 1 });
await writeFile(output, JSON.stringify(result, null, 2));
console.log(result.models.slice(0, 5).map((m) => `${m.rank}. ${m.name} ${m.expectedScore.toFixed(3)}`).join('\n'));
