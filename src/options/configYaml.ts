/**
 * A YAML report config to the data a JSON config holds, plus each key path's line and column.
 * Rule: strict YAML 1.2 (core schema); syntax errors, duplicate keys, unknown tags, merge keys,
 * several documents and alias bombs (> MAX_ALIASES expansions) are BAD_CONFIG at their line.
 * Cost: O(file size); locating a key path walks only that path.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { SwissRankError } from '../errors.js';

/** Alias expansions allowed in one config: anchors may share a few lists, never multiply them. */
export const MAX_ALIASES = 100;

export interface ParsedYamlConfig {
  readonly json: unknown;
  /** Where `rounds[2].benchmarks` (a config key path) is: the deepest part of it the file holds. */
  locate(keyPath: string): { line: number; column: number } | undefined;
}

export function parseConfigYaml(text: string, path: string): ParsedYamlConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
    schema: 'core',
    version: '1.2',
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = [...document.errors, ...document.warnings].map(
    (e) => new SwissRankError('BAD_CONFIG', `not valid YAML: ${firstLine(e.message)}`, { file: path, ...at(e.pos[0]) }),
  );
  if (problems.length > 0) throw SwissRankError.collect(problems);
  let json: unknown;
  try {
    json = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The only failure left is the yaml library's alias limit (a "billion laughs" file).
    throw new SwissRankError('BAD_CONFIG', `not a usable YAML config: ${firstLine((error as Error).message)}`, { file: path });
  }
  return { json, locate: (keyPath) => locateKeyPath(document, keyPath, at) };
}

function locateKeyPath(
  document: Document.Parsed,
  keyPath: string,
  at: (offset: number) => { line: number; column: number },
): { line: number; column: number } | undefined {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const [, key, index] of keyPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (index !== undefined && isSeq(node)) {
      const item = node.items[Number(index)] as Node | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : at(offset);
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
