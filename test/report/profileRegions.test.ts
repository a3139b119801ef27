/** The scatter's shaded regions are the profile rule's: every point of the plane, and every model's point, lies in its label's region. */
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { profileAt } from '../../src/analyses/profiles.js';
import type { Profile } from '../../src/analyses/sweepResult.js';
import { regionBoxes, type Region } from '../../src/report/html/profileRegions.js';
import { scatterFigure } from '../../src/report/html/scatterFigure.js';
import { HELM_LITE, OPEN_LLM, sweepFixtureFromFile } from './sweepFixture.js';

type Box = { profile: string; left: number; top: number; right: number; bottom: number };

/** The regions holding (px, py), each widened by `slack` px: half-open, as the rule is (base at the median is not weak). */
function regionAt(regions: readonly Box[], px: number, py: number, slack = 0) {
  const e = slack;
  return regions
    .filter((r) => r.left - e <= px && px < r.right + e && r.top - e <= py && py < r.bottom + e)
    .map((r) => r.profile);
}

describe('profile regions', () => {
  it('label every point of the plot as the rule does', () => {
    const rule = sweepFixtureFromFile(HELM_LITE).profileRule;
    const area = { left: 80, top: 58, right: 1116, bottom: 778 };
    const x = scaleLinear().domain([0, 8]).range([area.left, area.right]);
    const y = scaleLinear().domain([-1.5, 0.3]).range([area.bottom, area.top]);
    const regions: Region[] = regionBoxes(rule, x, y, area);
    expect(regions.map((r) => r.profile).sort()).toEqual(['aggressive specialist', 'in between', 'robust generalist', 'weak']);
    let checked = 0;
    for (let base = 0.05; base < 8; base += 0.1) {
      for (let drop = -1.49; drop < 0.3; drop += 0.013) {
        expect(regionAt(regions, x(base), y(drop)), `${base}, ${drop}`).toEqual([profileAt(base, drop, rule)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it.each([
    ['HELM Lite', HELM_LITE],
    ['the Open LLM Leaderboard', OPEN_LLM],
  ])('hold every model of %s at its own profile in the drawn figure', (_, file) => {
    const result = sweepFixtureFromFile(file);
    const svg = scatterFigure(result);
    const drawn = [...svg.matchAll(/<rect class="region ([a-z-]+)" fill="[^"]*" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"\/>/g)]
      .slice(0, 4) // the legend's swatches follow the regions
      .map(([, profile, x, y, w, h]) => ({
        profile: profile.replace(/-/g, ' '),
        left: Number(x),
        top: Number(y),
        right: Number(x) + Number(w),
        bottom: Number(y) + Number(h),
      }));
    const profiles = new Map(result.models.map((m) => [m.name, m.profile]));
    const points = [...svg.matchAll(/<circle class="point[^"]*" fill="[^"]*" cx="([\d.-]+)" cy="([\d.-]+)" r="[\d.]+"><title>([^\n<]*)/g)];
    expect(points.length).toBe(Math.min(result.models.length, points.length));
    expect(points.length).toBeGreaterThan(40);
    // The SVG prints coordinates to 0.01 px: a point that close to an edge may print on it.
    let onEdge = 0;
    for (const [, cx, cy, name] of points) {
      const profile = profiles.get(name.replace(/&amp;/g, '&')) as Profile;
      const exact = regionAt(drawn, Number(cx), Number(cy));
      if (exact.length === 1 && exact[0] === profile) continue;
      onEdge++;
      expect(regionAt(drawn, Number(cx), Number(cy), 0.01), name).toContain(profile);
    }
    expect(onEdge).toBeLessThan(points.length / 100);
  });
});
