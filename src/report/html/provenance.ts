/**
 * The provenance section: everything needed to reproduce the report (tool and version, seed,
 * iterations, block size, data files with their SHA-256, the config file and its text, the
 * command and the generation time). Every string is escaped.
 */
import type { SweepResult } from '../../analyses/sweepResult.js';
import { thousands } from './format.js';
import { escapeHtml } from './svg.js';

export interface ReportProvenance {
  /** ISO date-time. */
  readonly generatedAt: string;
  /** The config file, when the report came from one. */
  readonly configPath?: string;
  /** Its text, shown verbatim (escaped) in a <details>. */
  readonly configText?: string;
  readonly dataFiles: readonly { path: string; sha256: string }[];
  /** The command line that produced it. */
  readonly command?: string;
}

export function provenanceSection(result: SweepResult, provenance: ReportProvenance): string {
  const rows: [string, string][] = [
    ['Tool', `${escapeHtml(result.tool)} ${escapeHtml(result.version)}`],
    ['Seed', escapeHtml(String(result.seed))],
    ['Tournaments per setting', escapeHtml(thousands(result.iterations))],
    ['Block size', escapeHtml(thousands(result.blockSize))],
    ['Generated', `<time>${escapeHtml(provenance.generatedAt)}</time>`],
  ];
  if (provenance.command !== undefined) rows.push(['Command', `<code>${escapeHtml(provenance.command)}</code>`]);
  if (provenance.configPath !== undefined) rows.push(['Config', `<code>${escapeHtml(provenance.configPath)}</code>`]);
  let out = `<dl class="summary">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  out += dataFiles(provenance.dataFiles);
  if (provenance.configText !== undefined) {
    const name = provenance.configPath !== undefined ? ` (${escapeHtml(provenance.configPath)})` : '';
    out +=
      `<details class="config"><summary>Config file${name}</summary>` +
      `<pre>${escapeHtml(provenance.configText)}</pre></details>`;
  }
  return out;
}

function dataFiles(files: ReportProvenance['dataFiles']): string {
  if (files.length === 0) return '<p class="muted">No data files recorded.</p>';
  const rows = files.map(
    (f) =>
      `<tr><td><code>${escapeHtml(f.path)}</code></td>` +
      `<td><code class="hash">${escapeHtml(f.sha256)}</code></td></tr>`,
  );
  return (
    '<table class="files"><thead><tr><th>Data file</th><th>SHA-256</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
