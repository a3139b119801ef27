/**
 * The CSD kernel in AssemblyScript (built to dist/kernel/csdKernel.wasm): the same tournaments as
 * src/core/tournamentSimulator.ts, which stays the readable reference, drawing the same numbers in
 * the same order so the counts are identical. Cost per tournament as there, with no allocation:
 * the JS side (src/core/wasm/) lays every plan out in this module's memory once per job.
 */

// ---- the layout the JS side writes (exported, so there is one source of these numbers) --------

/** A job: JOB_PLANS plans at i32 fields [JOB_PLAN0 ..) (their addresses), and the paired drops. */
export const JOB_PLAN_COUNT: i32 = 0;
export const JOB_DROP_SUM: i32 = 1; // f64[M], + (last - first) per tournament (paired runs only)
export const JOB_DROP_SQUARES: i32 = 2; // f64[M]
export const JOB_MODEL_COUNT: i32 = 3;
export const JOB_PLAY_ORDER_AT: i32 = 4; // i32[plans]: plan indices, sharers of rounds side by side
export const JOB_CHUNK: i32 = 5; // C: tournaments each plan plays before the next plan's turn
export const JOB_SEEDS_AT: i32 = 6; // u32[C * 4]: the chunk's tournament states
/** Per tournament t of the chunk: (K + 1) snapshots (depth d: 4 state words, then i32[M] order)
 *  when some plan resumes (else 0), and i32[M] of who left, by leaver index (leaverOffset's). */
export const JOB_SNAPSHOTS_AT: i32 = 7;
export const JOB_LEAVERS_AT: i32 = 8;
export const JOB_PLAN0: i32 = 9;

/** A plan: i32 fields; the *_AT fields are byte addresses of arrays in this memory. */
export const PLAN_MODELS: i32 = 0;
export const PLAN_ROUNDS: i32 = 1;
export const PLAN_PLAYED_ROUNDS: i32 = 2;
export const PLAN_BY_SCORES: i32 = 3; // 1: ranks decide; 0: win probabilities
export const PLAN_RANDOM_TIE_BREAK: i32 = 4;
export const PLAN_RANDOM_ORDER: i32 = 5;
export const PLAN_RECORD_LAST_POINTS: i32 = 6;
export const PLAN_FINISHERS: i32 = 7; // length of the schedule's finalPoints
export const PLAN_ROUND_AT: i32 = 8; // i32[K]
export const PLAN_RANKS_AT: i32 = 9; // i32[K * M] (scores) or
export const PLAN_PROBABILITY_AT: i32 = 10; // f64[K * M * M] (probabilities)
export const PLAN_ORDER_AT: i32 = 11; // i32[M]
export const PLAN_SPARE_AT: i32 = 12; // i32[M]
export const PLAN_LAST_POINTS_AT: i32 = 13; // i32[C * M] for the first and last plan (the drop's), else i32[M]
export const PLAN_GROUP_OFFSET_AT: i32 = 14; // i32[K + 1]
export const PLAN_GROUP_SIZES_AT: i32 = 15;
export const PLAN_ACTIVE_BEFORE_AT: i32 = 16; // i32[K]
export const PLAN_CUT_FROM_AT: i32 = 17;
export const PLAN_TIE_START_AT: i32 = 18;
export const PLAN_TIE_END_AT: i32 = 19;
export const PLAN_LEAVER_OFFSET_AT: i32 = 20; // i32[K + 1]
export const PLAN_LEAVER_POINTS_AT: i32 = 21;
export const PLAN_FINAL_POINTS_AT: i32 = 22; // i32[finishers]
export const PLAN_COUNT_FINAL_AT: i32 = 23; // f64[(K + 1) * M], points-major as SimulationCounts
export const PLAN_COUNT_LEFT_AT: i32 = 24; // f64[M * K]
export const PLAN_RESUME_DEPTH: i32 = 25; // rounds taken from the snapshot at that depth (0: none)
export const PLAN_SNAPSHOT_AT: i32 = 26; // i32[K + 1]: 1 where a later plan resumes (0: no array)
export const PLAN_LAST_POINTS_STRIDE: i32 = 27; // bytes from tournament t's lastPoints to t + 1's (0: shared)
export const PLAN_FIELDS: i32 = 28;

/** Where the JS side may start laying out (after this module's own static data). */
export function heapBase(): usize {
  return __heap_base;
}

// ---- xoshiro128** (as src/rng/xoshiro128.ts) ---------------------------------------------------
// One generator in globals, the round's: the hot one. The tournament's and the block's states are
// parked in memory and swapped in for their few draws (once per round, per tournament).

let s0: u32 = 1;
let s1: u32 = 0;
let s2: u32 = 0;
let s3: u32 = 0;
/** Parked states of four words: the tournament's, the block's, and four words just drawn. */
const TOURNAMENT: usize = memory.data(16, 16);
const BLOCK: usize = memory.data(16, 16);
const WORDS: usize = memory.data(16, 16);

@inline
function next(): u32 {
  const x1 = s1;
  const result = rotl<u32>(x1 * 5, 7) * 9;
  const x2 = s2 ^ s0;
  const x3 = s3 ^ x1;
  s1 = x1 ^ x2;
  s0 ^= x3;
  s2 = x2 ^ (x1 << 9);
  s3 = rotl<u32>(x3, 11);
  return result;
}

/** Uniform in [0, n): Lemire's multiply-shift with rejection, the JS kernel's exact arithmetic. */
@inline
function below(n: u32): u32 {
  let product = <u64>next() * <u64>n;
  if (<u32>product < n) {
    const threshold: u32 = (<u32>0 - n) % n; // (2^32 - n) mod n
    while (<u32>product < threshold) product = <u64>next() * <u64>n;
  }
  return <u32>(product >> 32);
}

/** A state of four words; all zero never leaves zero, so it becomes 1 (as reseed4). */
@inline
function setState(a: u32, b: u32, c: u32, d: u32): void {
  s0 = (a | b | c | d) == 0 ? 1 : a;
  s1 = b;
  s2 = c;
  s3 = d;
}

/** Swaps the state parked at `slot` in (and the current one out): the same swap undoes it. */
function swapWith(slot: usize): void {
  const a = s0, b = s1, c = s2, d = s3;
  s0 = load<u32>(slot);
  s1 = load<u32>(slot, 4);
  s2 = load<u32>(slot, 8);
  s3 = load<u32>(slot, 12);
  store<u32>(slot, a);
  store<u32>(slot, b, 4);
  store<u32>(slot, c, 8);
  store<u32>(slot, d, 12);
}

/** The next four words of the current generator into WORDS: a new state for another (reseedFrom). */
function drawFour(): void {
  for (let i: usize = 0; i < 16; i += 4) store<u32>(WORDS + i, next());
}

/** The state drawn by drawFour. */
function setStateFromWords(): void {
  setState(load<u32>(WORDS), load<u32>(WORDS, 4), load<u32>(WORDS, 8), load<u32>(WORDS, 12));
}

/** Where the block generator's state is kept: the JS side saves and restores it around a slice of
 *  a block, so another job may use this instance in between. */
export function blockStateAt(): usize {
  return BLOCK;
}

/** Seeds the block's generator (the words of blockSeed). */
export function seedBlock(a: u32, b: u32, c: u32, d: u32): void {
  swapWith(BLOCK);
  setState(a, b, c, d);
  swapWith(BLOCK);
}

// ---- the block ---------------------------------------------------------------------------------

@inline
function field(at: usize, index: i32): i32 {
  return load<i32>(at + (<usize>index << 2));
}

@inline
function i32At(array: usize, index: i32): i32 {
  return load<i32>(array + (<usize>index << 2));
}

@inline
function setI32(array: usize, index: i32, value: i32): void {
  store<i32>(array + (<usize>index << 2), value);
}

@inline
function incrementF64(array: usize, index: i32): void {
  const at = array + (<usize>index << 3);
  store<f64>(at, load<f64>(at) + 1);
}

/**
 * Plays `iterations` tournaments of the job at `job`: each takes four words from the block's
 * generator as its state and every plan plays from that state (BlockRunner.runPaired; with one
 * plan it is TournamentSimulator.simulate). Counts are added to each plan's count arrays.
 * Plans take turns by chunks of JOB_CHUNK tournaments, so a plan's arrays stay in cache while it
 * plays them. Plans that share their first rounds (the same outcomes and eliminations: bootstrap
 * replicates, zeroed benchmarks) play them once per tournament: from the same state they would
 * play them alike, so a later plan resumes from the snapshot an earlier one saved (src/core/wasm/
 * roundSharing.ts chooses the order and the depths). The counts are the same, bit for bit.
 */
export function simulate(job: usize, iterations: i32): void {
  const plans = field(job, JOB_PLAN_COUNT);
  const chunk = field(job, JOB_CHUNK);
  const seeds = <usize>field(job, JOB_SEEDS_AT);
  const playOrder = <usize>field(job, JOB_PLAY_ORDER_AT);
  for (let first = 0; first < iterations; first += chunk) {
    const n = min(chunk, iterations - first);
    swapWith(BLOCK);
    for (let t = 0; t < n; t++) {
      drawFour();
      memory.copy(seeds + (<usize>t << 4), WORDS, 16);
    }
    swapWith(BLOCK);
    for (let i = 0; i < plans; i++) {
      const plan = <usize>field(job, JOB_PLAN0 + i32At(playOrder, i));
      for (let t = 0; t < n; t++) play(job, plan, t);
    }
    if (plans > 1) for (let t = 0; t < n; t++) addDrops(job, plans, t);
  }
}

/** dropSum[m] += d, dropSquares[m] += d * d, d = last plan's points - first plan's, in tournament t. */
function addDrops(job: usize, plans: i32, t: i32): void {
  const firstPlan = <usize>field(job, JOB_PLAN0);
  const lastPlan = <usize>field(job, JOB_PLAN0 + plans - 1);
  const first = <usize>field(firstPlan, PLAN_LAST_POINTS_AT) + <usize>t * <usize>field(firstPlan, PLAN_LAST_POINTS_STRIDE);
  const last = <usize>field(lastPlan, PLAN_LAST_POINTS_AT) + <usize>t * <usize>field(lastPlan, PLAN_LAST_POINTS_STRIDE);
  const sum = <usize>field(job, JOB_DROP_SUM);
  const squares = <usize>field(job, JOB_DROP_SQUARES);
  const M = field(job, JOB_MODEL_COUNT);
  for (let m = 0; m < M; m++) {
    const d = <f64>(i32At(last, m) - i32At(first, m));
    const at = <usize>m << 3;
    store<f64>(sum + at, load<f64>(sum + at) + d);
    store<f64>(squares + at, load<f64>(squares + at) + d * d);
  }
}

/** Tournament t of the chunk (TournamentSimulator.play), from its state drawn by `simulate`, or
 *  from round PLAN_RESUME_DEPTH on from the snapshot an earlier plan of the job saved there. */
function play(job: usize, plan: usize, t: i32): void {
  const M = field(plan, PLAN_MODELS);
  const K = field(plan, PLAN_ROUNDS);
  const playedRounds = field(plan, PLAN_PLAYED_ROUNDS);
  const byScores = field(plan, PLAN_BY_SCORES) != 0;
  const roundAt = <usize>field(plan, PLAN_ROUND_AT);
  const outcomes = <usize>field(plan, byScores ? PLAN_RANKS_AT : PLAN_PROBABILITY_AT);
  let order = <usize>field(plan, PLAN_ORDER_AT);
  let spare = <usize>field(plan, PLAN_SPARE_AT);
  const lastPoints = <usize>field(plan, PLAN_LAST_POINTS_AT) + <usize>t * <usize>field(plan, PLAN_LAST_POINTS_STRIDE);
  const groupOffset = <usize>field(plan, PLAN_GROUP_OFFSET_AT);
  const groupSizes = <usize>field(plan, PLAN_GROUP_SIZES_AT);
  const activeBefore = <usize>field(plan, PLAN_ACTIVE_BEFORE_AT);
  const cutFrom = <usize>field(plan, PLAN_CUT_FROM_AT);
  const tieStart = <usize>field(plan, PLAN_TIE_START_AT);
  const tieEnd = <usize>field(plan, PLAN_TIE_END_AT);
  const leaverOffset = <usize>field(plan, PLAN_LEAVER_OFFSET_AT);
  const leaverPoints = <usize>field(plan, PLAN_LEAVER_POINTS_AT);
  const countFinal = <usize>field(plan, PLAN_COUNT_FINAL_AT);
  const countLeft = <usize>field(plan, PLAN_COUNT_LEFT_AT);

  const leavers = <usize>field(job, JOB_LEAVERS_AT) + ((<usize>t * <usize>M) << 2);
  const snapshots = <usize>field(job, JOB_SNAPSHOTS_AT) + ((<usize>t * (<usize>K + 1) * (<usize>M + 4)) << 2);
  const snapshotAt = <usize>field(plan, PLAN_SNAPSHOT_AT);
  const resume = field(plan, PLAN_RESUME_DEPTH);
  if (resume > 0) {
    const at = snapshot(snapshots, M, resume);
    for (let i: usize = 0; i < 16; i += 4) store<u32>(TOURNAMENT + i, load<u32>(at + i));
    memory.copy(order, at + 16, <usize>i32At(cutFrom, resume - 1) << 2);
    // The leavers of the shared rounds, as this plan would have counted them.
    for (let k = 0; k < resume; k++) {
      for (let i = i32At(leaverOffset, k), end = i32At(leaverOffset, k + 1); i < end; i++) {
        const m = i32At(leavers, i);
        const points = i32At(leaverPoints, i);
        incrementF64(countFinal, points * M + m);
        incrementF64(countLeft, m * K + k);
        setI32(lastPoints, m, points);
      }
    }
  } else {
    const seed = <usize>field(job, JOB_SEEDS_AT) + (<usize>t << 4);
    swapWith(TOURNAMENT);
    setState(load<u32>(seed), load<u32>(seed, 4), load<u32>(seed, 8), load<u32>(seed, 12));
    swapWith(TOURNAMENT);
    for (let m = 0; m < M; m++) setI32(order, m, m);
    if (field(plan, PLAN_RANDOM_ORDER) != 0) {
      swapWith(TOURNAMENT);
      randomOrder(roundAt, K);
      swapWith(TOURNAMENT);
    }
  }
  const randomTieBreak = field(plan, PLAN_RANDOM_TIE_BREAK) != 0;

  for (let k = resume; k < playedRounds; k++) {
    if (snapshotAt != 0 && i32At(snapshotAt, k) != 0) saveSnapshot(snapshots, M, k, order, k == 0 ? M : i32At(cutFrom, k - 1));
    // The round's own state: the next four words of the tournament's stream.
    swapWith(TOURNAMENT);
    drawFour();
    swapWith(TOURNAMENT);
    setStateFromWords();

    const round = <usize>i32At(roundAt, k);
    const roundOutcomes = byScores ? outcomes + ((round * <usize>M) << 2) : outcomes + ((round * <usize>M * <usize>M) << 3);
    let start = 0;
    const groupEnd = i32At(groupOffset, k + 1);
    for (let g = i32At(groupOffset, k); g < groupEnd; g++) {
      const size = i32At(groupSizes, g);
      if (byScores) playGroup<i32>(roundOutcomes, M, order, spare, start, size);
      else playGroup<f64>(roundOutcomes, M, order, spare, start, size);
      start += size;
    }
    const played = spare;
    spare = order;
    order = played;

    const from = i32At(tieStart, k);
    const cut = i32At(cutFrom, k);
    if (from < cut) {
      if (randomTieBreak) chooseLeaversAtRandom(order, from, cut, i32At(tieEnd, k));
      else chooseLeaversByIndex(order, from, cut, i32At(tieEnd, k));
    }
    // Leavers keep the points of the position they leave from.
    const active = i32At(activeBefore, k);
    for (let pos = cut, i = i32At(leaverOffset, k); pos < active; pos++, i++) {
      const m = i32At(order, pos);
      const points = i32At(leaverPoints, i);
      incrementF64(countFinal, points * M + m);
      incrementF64(countLeft, m * K + k);
      setI32(lastPoints, m, points);
      setI32(leavers, i, m);
    }
  }
  if (snapshotAt != 0 && i32At(snapshotAt, playedRounds) != 0) {
    saveSnapshot(snapshots, M, playedRounds, order, playedRounds == 0 ? M : i32At(cutFrom, playedRounds - 1));
  }
  const finishers = field(plan, PLAN_FINISHERS);
  const finalPoints = <usize>field(plan, PLAN_FINAL_POINTS_AT);
  for (let pos = 0; pos < finishers; pos++) incrementF64(countFinal, i32At(finalPoints, pos) * M + i32At(order, pos));
  if (field(plan, PLAN_RECORD_LAST_POINTS) != 0) {
    for (let pos = 0; pos < finishers; pos++) setI32(lastPoints, i32At(order, pos), i32At(finalPoints, pos));
  }
}

/** Where the snapshot of depth d (the state before round d) is kept. */
@inline
function snapshot(snapshots: usize, M: i32, depth: i32): usize {
  return snapshots + ((<usize>depth * (<usize>M + 4)) << 2);
}

/** Saves the tournament's generator and the first `active` places of `order` before round `depth`. */
function saveSnapshot(snapshots: usize, M: i32, depth: i32, order: usize, active: i32): void {
  const at = snapshot(snapshots, M, depth);
  for (let i: usize = 0; i < 16; i += 4) store<u32>(at + i, load<u32>(TOURNAMENT + i));
  memory.copy(at + 16, order, <usize>active << 2);
}

/** A uniformly random round order into roundAt (randomOrder.ts), from the current generator. */
function randomOrder(roundAt: usize, K: i32): void {
  for (let k = 0; k < K; k++) setI32(roundAt, k, k);
  for (let i = K - 1; i > 0; i--) {
    const j = <i32>below(<u32>(i + 1));
    const t = i32At(roundAt, i);
    setI32(roundAt, i, i32At(roundAt, j));
    setI32(roundAt, j, t);
  }
}

/** The bye of a group of odd size (TournamentSimulator.playGroup): parked at `into[end]`, its
 *  slot refilled from the last; returns the end of the paired part. */
@inline
function drawBye(order: usize, into: usize, start: i32, size: i32): i32 {
  let end = start + size;
  if (size & 1) {
    end--;
    const bye = start + <i32>below(<u32>size);
    setI32(into, end, i32At(order, bye));
    setI32(order, bye, i32At(order, end));
  }
  return end;
}

/**
 * Pairs the group order[start .. start+size) uniformly at random and plays its matches, winners
 * to into[start ..], then losers and the bye (TournamentSimulator.playGroup): the bye first, then
 * for each first unpaired model a partner uniform among the unpaired after it, whose slot is
 * refilled from the next one. T is the outcomes' type, one compiled copy each (a loop without the
 * other's branch and registers): i32 ranks, the higher wins, equal ranks or a coin rank (negative)
 * toss a coin; f64 M x M probabilities, a wins with probability P[a][b] (u < P * 2^32).
 * Walks addresses rather than indices: fewer live values, fewer spills in V8's code.
 */
function playGroup<T>(outcomes: usize, M: i32, order: usize, into: usize, start: i32, size: i32): void {
  let winner = into + (<usize>start << 2);
  let loser = winner + (<usize>(size >> 1) << 2);
  const end = order + (<usize>drawBye(order, into, start, size) << 2);
  for (let at = order + (<usize>start << 2); at < end; at += 8) {
    const a = load<i32>(at);
    let b = load<i32>(at, 4);
    const remaining = <u32>((end - at) >> 2) - 1;
    if (remaining > 1) {
      const r = at + 4 + (<usize>below(remaining) << 2);
      const partner = load<i32>(r);
      store<i32>(r, b);
      b = partner;
    }
    let aWins: bool;
    if (sizeof<T>() == 4) {
      const ra = load<i32>(outcomes + (<usize>a << 2));
      const rb = load<i32>(outcomes + (<usize>b << 2));
      aWins = ra == rb || (ra | rb) < 0 ? next() < 0x80000000 : ra > rb;
    } else {
      aWins = <f64>next() < load<f64>(outcomes + ((<usize>a * <usize>M + <usize>b) << 3)) * 4294967296.0;
    }
    const w = select<i32>(a, b, aWins);
    store<i32>(winner, w);
    store<i32>(loser, a + b - w);
    winner += 4;
    loser += 4;
  }
}

/** Ties at the cut, at random: a partial Fisher-Yates on whichever side is smaller. */
function chooseLeaversAtRandom(order: usize, from: i32, cutFrom: i32, to: i32): void {
  if (to - cutFrom <= cutFrom - from) {
    for (let pos = to - 1; pos >= cutFrom; pos--) swap(order, pos, from + <i32>below(<u32>(pos - from + 1)));
  } else {
    for (let pos = from; pos < cutFrom; pos++) swap(order, pos, pos + <i32>below(<u32>(to - pos)));
  }
}

/** Ties at the cut, by index: the lowest indices leave (selection on the smaller side). */
function chooseLeaversByIndex(order: usize, from: i32, cutFrom: i32, to: i32): void {
  if (to - cutFrom <= cutFrom - from) {
    for (let pos = to - 1; pos >= cutFrom; pos--) {
      let best = from;
      for (let i = from + 1; i <= pos; i++) if (i32At(order, i) < i32At(order, best)) best = i;
      swap(order, pos, best);
    }
  } else {
    for (let pos = from; pos < cutFrom; pos++) {
      let best = pos;
      for (let i = pos + 1; i < to; i++) if (i32At(order, i) > i32At(order, best)) best = i;
      swap(order, pos, best);
    }
  }
}

@inline
function swap(order: usize, i: i32, j: i32): void {
  const t = i32At(order, i);
  setI32(order, i, i32At(order, j));
  setI32(order, j, t);
}
