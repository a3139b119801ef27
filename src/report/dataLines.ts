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

/** The facts beyond the files, each one line (none for a plain table or matrices). */
export function provenanceFacts(source: DataSource): string[] {
  const provenance = source.provenance;
  if (provenance === undefined) return [];
  const facts: string[] = [];
  if (provenance.imported !== undefined) {
    facts.push(`imported from ${provenance.imported.kind}: ${provenance.imported.choices.join('; ')}`);
  }
  if (provenance.lowerIsBetter !== undefined && provenance.lowerIsBetter.length > 0) {
    const named = provenance.lowerIsBetter.map((l) => `${l.benchmark} (${l.reason})`).join(', ');
    facts.push(`lower is better: ${named}; their scores are negated, so means and baselines average -score`);
  }
  if (provenance.outcomes !== undefined) facts.push(`outcomes: ${provenance.outcomes}`);
  return facts;
}
