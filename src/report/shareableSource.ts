/**
 * A data source with its paths as a report shows them (relative to the config), never this
 * machine's absolute paths: the files, and an import's files and the paths inside its choices
 * (a long CSV's `file:line`, the alias file). Cost: O(files x choices).
 */
import type { DataSource } from '../tournament/tournament.js';

export function shareableSource(source: DataSource, shown: (file: string) => string, otherFiles: readonly string[] = []): DataSource {
  const provenance = source.provenance;
  const shared = { ...source, files: source.files.map(shown) };
  if (provenance === undefined) return shared;
  const paths = [...new Set([...source.files, ...(provenance.imported?.files ?? []), ...otherFiles])].sort((a, b) => b.length - a.length);
  // Longest first, so that a path is never rewritten through a shorter one it starts with.
  const inText = (text: string) => paths.reduce((out, path) => out.split(path).join(shown(path)), text);
  return {
    ...shared,
    provenance: {
      ...provenance,
      ...(provenance.files ? { files: provenance.files.map(shown) } : {}),
      ...(provenance.imported
        ? { imported: { ...provenance.imported, files: provenance.imported.files.map(shown), choices: provenance.imported.choices.map(inText) } }
        : {}),
    },
  };
}
