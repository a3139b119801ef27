/**
 * The text of each model's label in the scatter: the name without its "organisation/" prefix
 * when the rest is unique among all models (so the plot stays readable), the full name
 * otherwise, shortened in the middle beyond a maximum width. O(models).
 */
import { truncateMiddle } from './textWidth.js';

/** "org/model" with a plain organisation token and no further slash. */
const ORGANISATION_PREFIX = /^[A-Za-z0-9_.-]+\/([^/]+)$/;

export function scatterLabelTexts(names: readonly string[], fontSize: number, maxWidth: number): string[] {
  const tails = names.map((name) => ORGANISATION_PREFIX.exec(name)?.[1] ?? name);
  const counts = new Map<string, number>();
  for (const t of [...tails, ...names]) counts.set(t, (counts.get(t) ?? 0) + 1);
  return names.map((name, i) => {
    const tail = tails[i];
    const short = tail !== name && tail.length > 0 && counts.get(tail) === 1 ? tail : name;
    return truncateMiddle(short, maxWidth, fontSize);
  });
}
