/** How a ranking method is named in tables: `meanWinRate` -> `Win rate`, `csd:T=2` -> `CSD T=2`. */
const LABELS: Readonly<Record<string, string>> = {
  mean: 'Mean',
  normalizedMean: 'Norm. mean',
  meanWinRate: 'Win rate',
  roundMean: 'Round mean',
  roundWinRate: 'Round win rate',
};

export function methodLabel(method: string): string {
  return LABELS[method] ?? method.replace('csd:', 'CSD ');
}
