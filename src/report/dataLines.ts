/**
 * The data's provenance as text lines for tables (and the HTML summary): the files, then what an
 * import chose, which benchmarks count lower as better (their scores negated, so means and
 * baselines average -score) and how matches were decided when not by the paper's rule.
 * Cost: O(files + choices).
 */
import type { DataSource } from '../tournament/tournament.js';

/** `data: ...` and, for imported or re-oriented data, one line per fact. */
export function dataLines(source: DataSource): string[] {
  const lines = [`data: ${source.files.join(', ')}`];
  lines.push(...provenanceFacts(source));
  return lines;
}

/**
 * `arc_easy: acc_norm (default order), higher is better` and the same choice for other tasks as
 * one entry, `arc_easy, sciq: acc_norm (...)`, in first-seen order: 65 tasks make a few entries.
 * (JSON keeps one line per task.)
 */
export function groupedChoices(choices: readonly string[]): string[] {
  const byRest = new Map<string, string[]>();
  const order: string[] = [];
  for (const choice of choices) {
    const colon = choice.indexOf(': ');
    const [subject, rest] = colon < 0 ? [undefined, choice] : [choice.slice(0, colon), choice.slice(colon + 2)];
    if (!byRest.has(rest)) {
      byRest.set(rest, []);
      order.push(rest);
    }
    if (subject !== undefined) (byRest.get(rest) as string[]).push(subject);
  }
  return order.map((rest) => {
    const subjects = byRest.get(rest) as string[];
    return subjects.length === 0 ? rest : `${subjects.join(', ')}: ${rest}`;
  });
}

/** The facts beyond the files, each one line (none for a plain table or matrices). */
export function provenanceFacts(source: DataSource): string[] {
  const provenance = source.provenance;
  if (provenance === undefined) return [];
  const facts: string[] = [];
  if (provenance.imported !== undefined) {
    facts.push(`imported from ${provenance.imported.kind}: ${groupedChoices(provenance.imported.choices).join('; ')}`);
  }
  if (provenance.lowerIsBetter !== undefined && provenance.lowerIsBetter.length > 0) {
    const named = provenance.lowerIsBetter.map((l) => `${l.benchmark} (${l.reason})`).join(', ');
    facts.push(`lower is better: ${named}; their scores are negated, so means and baselines average -score`);
  }
  if (provenance.outcomes !== undefined) facts.push(`outcomes: ${provenance.outcomes}`);
  return facts;
}
