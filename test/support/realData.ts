/**
 * Where the tests find real leaderboard tables. Tables the project may ship (MIT) live in data/, so
 * a clone on its own runs their tests: HELM Lite (the bundled default) and the Open LLM Leaderboard.
 * LiveBench has no licence: it is read from ../shared/data when that folder sits beside the
 * repository (as in CI), and its tests say they are skipped otherwise.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** HELM Lite v1.13.0, 91 models x 10 scenarios, one gap (phi-3-small-8k-instruct on GSM8K). */
export const HELM_LITE = at('../../data/helm_lite_v1.13.0.csv');
/** The Open LLM Leaderboard v2: 4,496 models x 6 benchmarks. */
export const OPEN_LLM = at('../../data/open_llm_leaderboard_v2.csv');
export const LIVEBENCH = at('../../../shared/data/livebench_2026_01_08.csv');
export const LIVEBENCH_CATEGORIES = at('../../../shared/data/livebench_2026_01_08_categories.json');
/** False on a clone without ../shared: LiveBench tests are skipped (vitest lists them as skipped). */
export const HAS_LIVEBENCH = existsSync(LIVEBENCH) && existsSync(LIVEBENCH_CATEGORIES);
export const LIVEBENCH_SKIP_REASON = 'LiveBench (no licence, not copied here) needs ../shared/data beside the repository';
