/**
 * The report's own script elements, for tests that check no other script reached the page: the
 * hashed table script and the inert JSON island (its "<" escaped, so it cannot hold a tag).
 */
import { TABLE_SCRIPT } from '../../src/report/html/tableScript.js';

const ISLAND = /<script type="application\/json" id="model-data">[^<]*<\/script>/;

/** The page without its two own scripts; throws when either is missing or repeated. */
export function withoutOwnScripts(html: string): string {
  if (html.split(TABLE_SCRIPT).length !== 2) throw new Error('the table script is not there exactly once');
  if ((html.match(new RegExp(ISLAND, 'g')) ?? []).length !== 1) throw new Error('the model data island is not there exactly once');
  return html.replace(TABLE_SCRIPT, '').replace(ISLAND, '');
}

/** The JSON island, parsed. */
export function modelData(html: string): unknown {
  const match = html.match(/<script type="application\/json" id="model-data">([^<]*)<\/script>/);
  if (!match) throw new Error('no model data island');
  return JSON.parse(match[1]);
}
