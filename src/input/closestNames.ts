/**
 * The known names closest to an unknown one, for "did you mean" hints: same name ignoring case
 * first, then names containing it or contained in it (3+ characters), then small edit distances
 * (Levenshtein, case-insensitive, at most a third of the name's length). Cost: O(names x length^2).
 */
export function closestNames(name: string, known: readonly string[], limit = 3): string[] {
  const wanted = name.toLowerCase();
  const threshold = Math.max(1, Math.floor(wanted.length / 3));
  const ranked: { name: string; rank: number; distance: number }[] = [];
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower);
    // Containment only counts for names of 3+ characters: every name contains "a".
    const contains = Math.min(wanted.length, lower.length) >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    const rank = distance === 0 ? 0 : contains ? 1 : distance <= threshold ? 2 : -1;
    if (rank >= 0) ranked.push({ name: candidate, rank, distance });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.distance - b.distance);
  return ranked.slice(0, limit).map((r) => r.name);
}

/** Levenshtein distance with one rolling row. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
