/**
 * A second brute-force statement of SPEC.md "One tournament", written from the SPEC's words
 * rather than from exactTournament's: every score group is put in every order (all n! equally
 * likely) and paired 1st-2nd, 3rd-4th, the leftover last one taking the bye; a tie at the
 * elimination cut under `random` puts the tied group in every order and the first ones leave.
 * It keeps each model's survival history, so it checks survival and standings as well as E[S].
 * Each round's outcomes are merged before the next round is expanded; tiny plans only (M <= 6).
 */
export interface OracleCase {
  modelCount: number;
  roundCount: number;
  /** Probability that a beats b in round k. */
  beats: (k: number, a: number, b: number) => number;
  elimination: readonly number[];
  tieBreak: 'random' | 'index';
}

export interface OracleOutcome {
  points: number[];
  /** activeAfter[k][m]: m still active after round k. */
  activeAfter: boolean[][];
  probability: number;
}

export function shuffleOracle(c: OracleCase): OracleOutcome[] {
  const start: OracleOutcome = {
    points: new Array<number>(c.modelCount).fill(0),
    activeAfter: [],
    probability: 1,
  };
  let outcomes = [start];
  for (let k = 0; k < c.roundCount; k++) {
    const merged = new Map<string, OracleOutcome>();
    for (const outcome of outcomes) {
      for (const after of playRound(c, k, outcome)) {
        const key = JSON.stringify([after.points, after.activeAfter]);
        const seen = merged.get(key);
        if (seen) seen.probability += after.probability;
        else merged.set(key, after);
      }
    }
    outcomes = [...merged.values()];
  }
  return outcomes;
}

function playRound(c: OracleCase, k: number, o: OracleOutcome): OracleOutcome[] {
  const wasActive = k === 0 ? o.points.map(() => true) : o.activeAfter[k - 1];
  const active = o.points.map((_, m) => m).filter((m) => wasActive[m]);
  if (active.length <= 1) return [{ ...o, activeAfter: [...o.activeAfter, wasActive] }];

  // Every order of every score group, each pairing's two outcomes.
  const levels = [...new Set(active.map((m) => o.points[m]))];
  let paths: { winners: number[]; p: number }[] = [{ winners: [], p: o.probability }];
  for (const level of levels) {
    const group = active.filter((m) => o.points[m] === level);
    const orders = permutations(group);
    const grown: typeof paths = [];
    for (const path of paths) {
      for (const order of orders) {
        let branches = [{ winners: path.winners, p: path.p / orders.length }];
        for (let i = 0; i + 1 < order.length; i += 2) {
          const q = c.beats(k, order[i], order[i + 1]);
          branches = branches.flatMap((b) => [
            { winners: [...b.winners, order[i]], p: b.p * q },
            { winners: [...b.winners, order[i + 1]], p: b.p * (1 - q) },
          ]);
        }
        grown.push(...branches.filter((b) => b.p > 0));
      }
    }
    paths = grown;
  }

  const results: OracleOutcome[] = [];
  for (const path of paths) {
    const points = o.points.map((s, m) => s + path.winners.filter((w) => w === m).length);
    for (const { leavers, p } of eliminate(c, k, points, active)) {
      const still = wasActive.map((a, m) => a && !leavers.includes(m));
      results.push({ points, activeAfter: [...o.activeAfter, still], probability: path.p * p });
    }
  }
  return results;
}

function eliminate(c: OracleCase, k: number, points: number[], active: number[]): { leavers: number[]; p: number }[] {
  let needed = Math.min(c.elimination[k], active.length);
  const leavers: number[] = [];
  const levels = [...new Set(active.map((m) => points[m]))].sort((a, b) => a - b);
  for (const level of levels) {
    if (needed === 0) break;
    const tied = active.filter((m) => points[m] === level); // index order
    if (tied.length <= needed) {
      leavers.push(...tied);
      needed -= tied.length;
    } else if (c.tieBreak === 'index') {
      return [{ leavers: [...leavers, ...tied.slice(0, needed)], p: 1 }];
    } else {
      const orders = permutations(tied);
      return orders.map((order) => ({ leavers: [...leavers, ...order.slice(0, needed)], p: 1 / orders.length }));
    }
  }
  return [{ leavers, p: 1 }];
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((first, i) =>
    permutations(items.filter((_, j) => j !== i)).map((rest) => [first, ...rest]),
  );
}
