/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): both charts
 * render with a size, every shown model has its label, labels neither overlap (with the browser's
 * own font metrics) nor get clipped, and the page makes no request besides its own file. With the
 * ranking explanation, at 91 and 4,496 models: search, sort, the details row and the heatmap work.
 * Full-page screenshots go to test-output/report/ for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/renderReportHtml.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';
import type { RankingExplanation } from '../../src/analyses/rankingExplanation.js';
import { TABLE_PAGE } from '../../src/report/html/tableScript.js';
import { explainedFixtureFromFile } from './explanationFixture.js';
import { cli } from '../support/cli.js';
import { HELM_LITE, HOSTILE_NAMES, hostileFixture, OPEN_LLM, sweepFixtureFromFile } from './sweepFixture.js';

/** Debian's Chromium; REPORT_TEST_CHROMIUM points elsewhere (e.g. to try the missing-browser path). */
const CHROMIUM = process.env.REPORT_TEST_CHROMIUM ?? '/usr/bin/chromium';
const OUT = new URL('../../test-output/report/', import.meta.url);
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const available = existsSync(CHROMIUM);

if (!available && process.env.CI) {
  it('has a browser for the HTML report test', () => {
    throw new Error(`${CHROMIUM} not found: the HTML report test needs Chromium (apt-get install chromium)`);
  });
} else if (!available) {
  console.warn(`skipping the HTML report browser test: ${CHROMIUM} not found (apt-get install chromium)`);
}

interface Box {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The parts of an SVG <text> element the checks read (the DOM types are not in this project's lib). */
interface SvgText {
  readonly transform: { baseVal: { consolidate(): { matrix: { a: number; b: number; e: number; f: number } } | null } };
  getBBox(): { x: number; y: number; width: number; height: number };
}

/** Pairs of boxes that overlap by more than `tolerance` px. */
function overlaps(boxes: readonly Box[], tolerance: number): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const t = tolerance;
      if (a.left < b.right - t && b.left < a.right - t && a.top < b.bottom - t && b.top < a.bottom - t) {
        pairs.push(`${a.name} / ${b.name}`);
      }
    }
  }
  return pairs;
}

/** The scatter's labels as rendered (unrotated, so their client rectangles are their boxes). */
function scatterLabelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#scatter-figure .model-label', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.getAttribute('data-model') ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

/**
 * The main figure's rotated labels, each box in the labels' common rotated frame (all share one
 * rotation), so overlapping boxes mean overlapping text.
 */
function mainLabelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('#main-figure .model-label', (els) =>
    els.map((e) => {
      const text = e as unknown as SvgText;
      const m = text.transform.baseVal.consolidate()!.matrix;
      const b = text.getBBox();
      const angle = Math.atan2(m.b, m.a);
      const u = m.e * Math.cos(angle) + m.f * Math.sin(angle);
      const v = -m.e * Math.sin(angle) + m.f * Math.cos(angle);
      const name = e.getAttribute('data-model') ?? '';
      return { name, left: u + b.x, right: u + b.x + b.width, top: v + b.y, bottom: v + b.y + b.height };
    }),
  );
}

/** Text (labels, legends, axes, of either chart) whose rendered box reaches outside its SVG. */
function clippedText(page: Page): Promise<string[]> {
  return page.$$eval('svg text', (els) =>
    els.flatMap((e) => {
      const svg = e.ownerSVGElement!.getBoundingClientRect();
      const r = e.getBoundingClientRect();
      const inside = r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom;
      return inside ? [] : [e.getAttribute('data-model') ?? e.textContent ?? ''];
    }),
  );
}

function mainLabelNames(page: Page): Promise<(string | null)[]> {
  return page.$$eval('#main-figure .model-label', (els) => els.map((e) => e.getAttribute('data-model')));
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report to test-output/report/<name>/report.html and opens it with every other request refused. */
  async function openReport(result: SweepResult, name: string, explanation?: RankingExplanation) {
    const folder = new URL(`${name}/`, OUT);
    mkdirSync(folder, { recursive: true });
    const file = new URL('report.html', folder);
    writeFileSync(
      file,
      renderReportHtml(result, {
        generatedAt: '2026-01-15T12:00:00.000Z',
        configPath: 'configs/example.json',
        configText: '{\n  "scores": "data.csv",\n  "sweep": [0, 1, 2]\n}\n',
        dataFiles: result.source.files.map((path) => ({ path, sha256: 'ab'.repeat(32) })),
        command: `swiss-rank report --config configs/example.json --out ${name}`,
      }, undefined, explanation),
    );
    return openPage(file);
  }

  /** Opens a report file with every request but the file itself refused and recorded. */
  async function openPage(file: URL) {
    const url = pathToFileURL(fileURLToPath(file)).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('request', (r) => {
      if (r.url() !== url) outside.push(r.url());
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, context, outside, consoleErrors };
  }

  async function expectChartsVisible(page: Page): Promise<void> {
    for (const id of ['#main-figure', '#scatter-figure']) {
      await expect.poll(() => page.locator(id).isVisible()).toBe(true);
      const box = await page.locator(id).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
  }

  it('renders the 91-model HELM Lite report offline, every model labelled', async () => {
    const result = sweepFixtureFromFile(HELM_LITE);
    expect(result.models).toHaveLength(91);
    const { page, context, outside, consoleErrors } = await openReport(result, 'helm-lite-91');
    try {
      await expectChartsVisible(page);
      expect(await mainLabelNames(page)).toEqual(result.models.map((m) => m.name));
      const rendered = await page
        .locator('#main-figure .model-label')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length);
      expect(rendered).toBe(91);
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      const notLabelled = await page.locator('.not-labelled .unlabelled').count();
      expect(scatterLabels).toBeGreaterThan(45);
      expect(scatterLabels + notLabelled).toBe(91);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      // 1 px: the font's line box is a little taller than its ink.
      expect(overlaps(await mainLabelBoxes(page), 1)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      // Every row is in the page (tbody.all-rows, printed); the screen shows them all through tbody.view.
      expect(await page.locator('#results-table tbody.all-rows tr').count()).toBe(91);
      expect(await page.locator('#results-table tbody.view tr').count()).toBe(91);
      await page.screenshot({ path: fileURLToPath(new URL('report-91.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('opens the report the CLI writes for configs/helm-lite.json (the bundled default)', async () => {
    const folder = new URL('cli-helm-lite/', OUT);
    const run = await cli('report', '--config', fileURLToPath(new URL('../../configs/helm-lite.json', import.meta.url)),
      '--out', fileURLToPath(folder), '--quiet');
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(new URL('results.json', folder), 'utf8')) as SweepResult;
    const { page, context, outside, consoleErrors } = await openPage(new URL('report.html', folder));
    try {
      await expectChartsVisible(page);
      expect(await mainLabelNames(page)).toEqual(results.models.map((m) => m.name));
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      const notLabelled = await page.locator('.not-labelled .unlabelled').count();
      expect(scatterLabels + notLabelled).toBe(91);
      // configs/helm-lite.json asks for the round-order analysis: its figure shows every model too.
      expect(await page.locator('#order-figure .model-label').count()).toBe(91);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await page.screenshot({ path: fileURLToPath(new URL('report-cli-helm-lite.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('keeps hostile model names as text: no injected element, every name intact', async () => {
    const { page, context, outside, consoleErrors } = await openReport(hostileFixture(), 'hostile-names');
    try {
      await expectChartsVisible(page);
      expect(await page.locator('img, b').count()).toBe(0);
      // Only the page's own: the hashed table script and the JSON island.
      expect(await page.locator('script').count()).toBe(2);
      expect(await clippedText(page)).toEqual([]);
      expect(await page.locator('svg').count()).toBe(2);
      expect(await mainLabelNames(page)).toEqual(expect.arrayContaining([...HOSTILE_NAMES]));
      const cells = await page.locator('#results-table tbody.view td.model').allTextContents();
      expect([...cells].sort()).toEqual([...HOSTILE_NAMES].sort());
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('renders the 4,496-model Open LLM Leaderboard report with the top and bottom 25', async () => {
    const result = sweepFixtureFromFile(OPEN_LLM);
    expect(result.models).toHaveLength(4496);
    const { page, context, outside, consoleErrors } = await openReport(result, 'open-llm-4496');
    try {
      await expectChartsVisible(page);
      const shown = [...result.models.slice(0, 25), ...result.models.slice(-25)].map((m) => m.name);
      expect(await mainLabelNames(page)).toEqual(shown);
      await expect.poll(() => page.getByText('4,446 models between them are omitted').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('only the top 25 and the bottom 25').isVisible()).toBe(true);
      const scatterLabels = await page.locator('#scatter-figure .model-label').count();
      expect(scatterLabels).toBeGreaterThan(20);
      expect(scatterLabels).toBeLessThanOrEqual(25 + 25 + 8);
      expect(overlaps(await scatterLabelBoxes(page), 0.5)).toEqual([]);
      expect(overlaps(await mainLabelBoxes(page), 1)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      expect(await page.locator('#results-table tbody.all-rows tr').count()).toBe(4496);
      expect(await page.locator('#results-table tbody.view tr').count()).toBe(TABLE_PAGE);
      await page.screenshot({ path: fileURLToPath(new URL('report-4496.png', OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
  /** The visible table's cell texts in one column (0-based), top to bottom. */
  function column(page: Page, index: number): Promise<string[]> {
    return page.$$eval(`#results-table tbody.view > tr:not(.details) > td:nth-child(${index + 1})`, (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
  }

  /** Search, sort, the details row and the heatmap, on a report with the ranking explanation. */
  async function exerciseExplainedReport(file: URL, name: string, shot: string) {
    const { result, explanation } = await explainedFixtureFromFile(file);
    const { page, context, outside, consoleErrors } = await openReport(result, name, explanation);
    const M = result.models.length;
    const timings: Record<string, number> = {};
    const timed = async (what: string, action: () => Promise<unknown>) => {
      const start = Date.now();
      await action();
      timings[what] = Date.now() - start;
    };
    try {
      // The heatmap: the top 20, every cell but the diagonal, labelled rows, and its exact meaning.
      await expect.poll(() => page.locator('#pairwise-heatmap').isVisible()).toBe(true);
      expect(await page.locator('#pairwise-heatmap .heat-cell').count()).toBe(20 * 19);
      expect(await page.locator('#pairwise-heatmap .heat-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-model'))))
        .toEqual(result.models.slice(0, 20).map((m) => m.name));
      await expect.poll(() => page.locator('#pairwise-caption').textContent()).toContain('This is not P(row finishes above column)');
      expect(await page.locator('#slope-chart .slope').count()).toBe(20);
      expect(await clippedText(page)).toEqual([]);

      // Search: a model far down the table is found and alone on screen.
      const target = result.models[M - 3];
      await timed('search', () => page.fill('#model-search', target.name));
      await expect.poll(() => column(page, 1)).toEqual(result.models.filter((m) => m.name.toLowerCase().includes(target.name.toLowerCase())).map((m) => m.name));
      await expect.poll(() => page.locator('#model-search-status').textContent()).toMatch(/of [\d,]+ models match/);

      // Its details row: the ranks, a row per round, the survival curve.
      const button = page.locator('#results-table tbody.view button.more', { hasText: target.name }).first();
      await timed('details', () => button.click());
      const details = page.locator('#results-table tbody.view tr.details');
      await expect.poll(() => details.count()).toBe(1);
      const lead = await details.locator('.details-lead').textContent();
      const rank = target.results[target.results.length - 1].rank;
      expect(lead).toContain(`${target.name} ranks #${rank.toLocaleString('en-US')} of ${M.toLocaleString('en-US')}`);
      expect(lead).toContain(`The mean score ranks it #${explanation.models[M - 3].meanScoreRank!.toLocaleString('en-US')}`);
      expect(await details.locator('table.round-record tbody tr').count()).toBe(explanation.rounds.length);
      expect(await details.locator('svg.survival polyline').count()).toBe(result.sweep.filter((t) => t > 0).length);
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await details.screenshot({ path: fileURLToPath(new URL(`${shot}-details.png`, OUT)) });
      await button.click();
      await expect.poll(() => details.count()).toBe(0);

      // Sort: by the mean score's rank (ascending, then descending), then by name.
      await page.fill('#model-search', '');
      const shown = Math.min(M, TABLE_PAGE);
      await expect.poll(() => page.locator('#results-table tbody.view tr').count()).toBe(shown);
      const meanHeader = page.locator('#results-table thead th', { hasText: 'mean score' }).locator('button.sort');
      const meanColumn = 2;
      const meanRanks = explanation.models.map((m) => m.meanScoreRank!).sort((a, b) => a - b);
      await timed('sort', () => meanHeader.click());
      await expect.poll(async () => (await column(page, meanColumn)).map(Number)).toEqual(meanRanks.slice(0, shown));
      await meanHeader.click();
      await expect.poll(async () => (await column(page, meanColumn)).map(Number)).toEqual([...meanRanks].reverse().slice(0, shown));
      expect(await page.locator('#results-table thead th[aria-sort="descending"]').count()).toBe(1);
      await page.locator('#results-table thead th', { hasText: 'Model' }).locator('button.sort').click();
      const byName = result.models.map((m) => m.name.toLowerCase()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await expect.poll(async () => (await column(page, 1)).map((n) => n.toLowerCase())).toEqual(byName.slice(0, shown));
      if (M > TABLE_PAGE) {
        await page.locator('#show-more').click();
        await expect.poll(() => page.locator('#results-table tbody.view tr').count()).toBe(2 * TABLE_PAGE);
      }
      // Back to rank order (a column's first click sorts it best first), a details row open, for the screenshot.
      await page.locator('#results-table thead th', { hasText: 'Rank' }).first().locator('button.sort').click();
      await expect.poll(async () => (await column(page, 0))[0]).toBe('1');
      await page.locator('#results-table tbody.view button.more').nth(2).click();
      await page.screenshot({ path: fileURLToPath(new URL(`${shot}.png`, OUT)), fullPage: true });
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      console.info(`${name}: ${JSON.stringify(timings)} ms (search, details, first sort, with the page open)`);
    } finally {
      await context.close();
    }
  }

  it('explains the 91-model report: search, sort, details row and heatmap', async () => {
    await exerciseExplainedReport(HELM_LITE, 'explained-91', 'explained-91');
  }, 180_000);

  it('explains the 4,496-model report: search, sort, details row and heatmap', async () => {
    await exerciseExplainedReport(OPEN_LLM, 'explained-4496', 'explained-4496');
  }, 300_000);
  it('without scripting shows every row and no search box (the printed page too)', async () => {
    const { result, explanation } = await explainedFixtureFromFile(HELM_LITE);
    const { context: first } = await openReport(result, 'explained-91-no-script', explanation);
    await first.close();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(fileURLToPath(new URL('explained-91-no-script/report.html', OUT))).href, { waitUntil: 'load' });
      const shownRows = () =>
        page.locator('#results-table tbody tr').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      expect(await shownRows()).toBe(91);
      expect(await page.locator('#model-search').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await shownRows()).toBe(91);
    } finally {
      await context.close();
    }
  }, 120_000);
});
